import { Checkbox, Col, DatePicker, Form, InputNumber, Row, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATED_STAGES } from './editProjectForm';

/** Enter confirms a typed date; it must not submit the whole form. */
function keepEnter(e: KeyboardEvent) {
  if (e.key === 'Enter') e.preventDefault();
}

/**
 * The rest of what PATCH /api/projects/{code} changes: the plan year, fixed asset, continued from
 * an earlier year, and each stage's planned and actual date (from 招标 on: the approval date is a
 * field of its own). On the edit form.
 */
export function ProjectScheduleFields() {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="year"
            label={t('projectEdit.year')}
            extra={t('projectEdit.yearHint')}
            rules={[{ required: true, message: t('project.required') }]}
          >
            <InputNumber
              min={1990}
              max={2100}
              precision={0}
              style={{ width: '100%' }}
              data-testid="project-year"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="fixedAsset" valuePropName="checked" label={t('projectEdit.fixedAsset')}>
            <Checkbox data-testid="project-fixed-asset">{t('projectEdit.fixedAssetYes')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="continuing" valuePropName="checked" label={t('projectEdit.continuing')}>
            <Checkbox data-testid="project-continuing">{t('projectEdit.continuingYes')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('projectEdit.stageDates')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('projectEdit.stageDatesHint')}
      </Typography.Paragraph>
      <Row gutter={16} data-testid="stage-dates">
        {DATED_STAGES.map((stage) => (
          <Col xs={24} md={12} key={stage}>
            <Row gutter={8}>
              <Col span={12}>
                <Form.Item
                  name={['stageDates', stage, 'planned']}
                  label={t('projectEdit.stagePlanned', { stage: t(`stages.${stage}`) })}
                >
                  <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} onKeyDown={keepEnter} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name={['stageDates', stage, 'actual']}
                  label={t('projectEdit.stageActual', { stage: t(`stages.${stage}`) })}
                >
                  <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} onKeyDown={keepEnter} />
                </Form.Item>
              </Col>
            </Row>
          </Col>
        ))}
      </Row>
    </>
  );
}
