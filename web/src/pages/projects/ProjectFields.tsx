import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectTypes } from '../../api/hooks';
import { useDonorOptions, useProgrammeOptions } from '../../api/options';
import { useNextProjectCode } from '../../api/projectCodes';
import { PROGRESS_STAGES } from '../../api/vocabulary';
import { MoneyInput, moneyRule, withUnit } from '../../components/MoneyInput';
import { formatShare, parsePercentToBp } from '../../lib/money';
import { PROJECT_CODE } from '../../lib/patterns';
import type { NewProjectValues } from './newProjectForm';

/**
 * What a new project is: code, programme, names, donor, type and livelihood share (the type's
 * default; another share needs a reason). When `editing`, the code is shown but fixed, and the
 * donors with their shares are a field of their own (DonorsField).
 */
export function ProjectIdentityFields({ editing = false }: { editing?: boolean } = {}) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance<NewProjectValues>();
  const programmeChoices = useProgrammeOptions();
  const types = useProjectTypes();
  const donors = useDonorOptions();
  const language = i18n.language;
  const required = { required: true, message: t('project.required') };

  // The code suggested from the programme, donor and year (of approval, else this year): filled
  // in while the field is empty or still holds the previous suggestion, never over a typed code.
  const programme = Form.useWatch('programme', form);
  const donor = Form.useWatch('donor', form);
  const approval = Form.useWatch('approvalDate', form) as Dayjs | null | undefined;
  const year = approval ? approval.year() : new Date().getFullYear();
  const suggestion = useNextProjectCode(programme, editing ? undefined : donor, year);
  const suggested = suggestion.data?.code;
  const lastSuggested = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!suggested || editing) return;
    const current = form.getFieldValue('code') as string | undefined;
    if (!current || current === lastSuggested.current) {
      form.setFields([{ name: 'code', value: suggested, errors: [] }]);
    }
    lastSuggested.current = suggested;
  }, [suggested, form, editing]);
  const code = Form.useWatch('code', form);

  const typeCode = Form.useWatch('type', form);
  const share = Form.useWatch('livelihoodShare', form);
  const type = types.data?.items.find((x) => x.code === typeCode);
  const shareBp = typeof share === 'string' ? parsePercentToBp(share) : null;
  const shareChanged = !!type && shareBp !== null && shareBp !== type.defaultLivelihoodBp;

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="code"
          label={t('projectForm.code')}
          extra={
            editing ? (
              t('projectEdit.codeFixed')
            ) : suggested ? (
              <span data-testid="code-suggestion">
                {t('codeSuggestion.hint', { code: suggested })}{' '}
                {code !== suggested ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0, height: 'auto' }}
                    onClick={() => form.setFields([{ name: 'code', value: suggested, errors: [] }])}
                  >
                    {t('codeSuggestion.use')}
                  </Button>
                ) : null}
              </span>
            ) : (
              t('projectForm.codeHint')
            )
          }
          rules={[required, { pattern: PROJECT_CODE, message: t('projectForm.codeInvalid') }]}
        >
          <Input maxLength={64} autoFocus={!editing} disabled={editing} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="programme" label={t('projectForm.programme')} rules={[required]}>
          <Select {...programmeChoices} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['name', 'zh']}
          label={t('projectForm.nameZh')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input maxLength={300} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['name', 'en']} label={t('projectForm.nameEn')}>
          <Input maxLength={300} />
        </Form.Item>
      </Col>
      {editing ? null : (
        <Col xs={24} md={12}>
          <Form.Item name="donor" label={t('projectForm.donor')} rules={[required]}>
            {/* The donor by its name in the language shown, never by its code. */}
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={donors.loading}
              options={donors.options}
              data-testid="project-donor"
            />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={12}>
        <Form.Item name="type" label={t('projectForm.type')} rules={[required]}>
          <Select
            loading={types.isPending}
            options={(types.data?.items ?? []).map((ty) => ({
              value: ty.code,
              label: language === 'en' ? ty.nameEn : ty.name,
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="livelihoodShare"
          label={t('projectForm.livelihoodShare')}
          extra={
            type
              ? t('projectForm.livelihoodDefault', { share: formatShare(type.defaultLivelihoodBp) })
              : undefined
          }
          rules={[
            required,
            {
              validator: (_, v: string | undefined) =>
                !v || parsePercentToBp(v) !== null
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('projectForm.shareInvalid'))),
            },
          ]}
        >
          <Input inputMode="decimal" suffix="%" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        {shareChanged ? (
          <Form.Item
            name="livelihoodReason"
            label={t('projectForm.livelihoodReason')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('projectForm.livelihoodReasonRequired'),
              },
            ]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        ) : null}
      </Col>
    </Row>
  );
}

/**
 * The new project's budget (万元), starting stage and approval date; when `editing`, no stage
 * (stages move by transitions on the project page) but 立项's planned date.
 */
export function ProjectBudgetFields({ editing = false }: { editing?: boolean } = {}) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name="budget"
          label={withUnit(t, t('projectForm.budget'))}
          extra={t('money.inputHint')}
          required
          rules={[moneyRule(t)]}
        >
          <MoneyInput placeholder="100" />
        </Form.Item>
      </Col>
      {editing ? null : (
        <Col xs={24} md={8}>
          <Form.Item name="stage" label={t('projectForm.stage')} rules={[{ required: true }]}>
            <Select options={PROGRESS_STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={8}>
        <Form.Item name="approvalDate" label={t('projectForm.approvalDate')}>
          <DatePicker
            format="YYYY-MM-DD"
            style={{ width: '100%' }}
            // Enter confirms the typed date; it must not submit the whole form.
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
        </Form.Item>
      </Col>
      {editing ? (
        <Col xs={24} md={8}>
          {/* 立项's planned date (its actual date is the approval date beside it). */}
          <Form.Item
            name={['stageDates', 'approved', 'planned']}
            label={t('projectEdit.stagePlanned', { stage: t('stages.approved') })}
          >
            <DatePicker
              format="YYYY-MM-DD"
              style={{ width: '100%' }}
              data-testid="approval-planned"
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.preventDefault();
              }}
            />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}
