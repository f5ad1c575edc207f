import { Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultInput } from '../../api/projectEdits';
import type { ProjectResult } from '../../api/types';
import { RESULT_METRICS, type ResultMetric } from '../../api/vocabulary';
import { MoneyInput, moneyRule, withUnit } from '../../components/MoneyInput';
import { fenToWanInput, parseWanToFen } from '../../lib/money';

/** The dialog's values, as typed: counts and the output value (万元) are strings. */
interface ResultValues {
  metric: ResultMetric;
  kind: 'target' | 'achieved';
  value: string;
  female?: string;
  male?: string;
  ethnicMinority?: string;
  asOf?: Dayjs | null;
  note?: string;
}

const MONEY_METRIC: ResultMetric = 'output-value-fen';

/** A whole count ("1,200" → 1200); null when empty or not one. */
function parseCount(text: string | undefined): number | null {
  const clean = (text ?? '').trim().replace(/[,，\s]/g, '');
  if (!/^\d{1,12}$/.test(clean)) return null;
  return Number(clean);
}

function valuesOf(r: ProjectResult | null): Partial<ResultValues> {
  if (!r) return { kind: 'achieved', metric: 'jobs' };
  const count = (v: number | null) => (v === null ? '' : String(v));
  return {
    metric: r.metric,
    kind: r.planned ? 'target' : 'achieved',
    value: r.metric === MONEY_METRIC ? fenToWanInput(r.value) : String(r.value),
    female: count(r.female),
    male: count(r.male),
    ethnicMinority: count(r.ethnicMinority),
    asOf: r.asOf ? dayjs(r.asOf) : null,
    note: r.note ?? '',
  };
}

function resultOf(v: ResultValues): ResultInput {
  const money = v.metric === MONEY_METRIC;
  const value = (money ? parseWanToFen(v.value) : parseCount(v.value)) ?? 0;
  return {
    metric: v.metric,
    planned: v.kind === 'target',
    value,
    female: money ? null : parseCount(v.female),
    male: money ? null : parseCount(v.male),
    ethnicMinority: money ? null : parseCount(v.ethnicMinority),
    asOf: v.asOf ? v.asOf.format('YYYY-MM-DD') : null,
    note: v.note?.trim() || null,
  };
}

/**
 * Adds or changes one result of the project: metric, target or achieved, the value (万元 for the
 * output value, else a count), women / men / ethnic minorities among them, the date and a note.
 */
export function ResultDialog({
  open,
  editing,
  saving,
  onSave,
  onCancel,
}: {
  open: boolean;
  /** The result changed; null adds one. */
  editing: ProjectResult | null;
  saving: boolean;
  onSave: (result: ResultInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResultValues>();
  const metric = Form.useWatch('metric', form);
  const money = metric === MONEY_METRIC;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(valuesOf(editing));
    }
  }, [open, editing, form]);

  const count = (text: string | undefined) => parseCount(text) ?? 0;
  const countRule = {
    validator: (_: unknown, v: string | undefined) =>
      !v?.trim() || parseCount(v) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(t('projectEdit.valueInvalid'))),
  };

  return (
    <Modal
      open={open}
      title={editing ? t('projectEdit.resultTitleEdit') : t('projectEdit.resultTitleNew')}
      okText={t('project.confirm')}
      cancelText={t('project.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<ResultValues>
        form={form}
        layout="vertical"
        aria-label={editing ? t('projectEdit.resultTitleEdit') : t('projectEdit.resultTitleNew')}
        onFinish={(v) => onSave(resultOf(v))}
      >
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="metric"
              label={t('projectEdit.metric')}
              rules={[{ required: true, message: t('project.required') }]}
            >
              <Select
                options={RESULT_METRICS.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label={t('projectEdit.kind')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'target', label: t('project.target') },
                  { value: 'achieved', label: t('project.achieved') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        {money ? (
          <Form.Item
            name="value"
            label={withUnit(t, t('projectEdit.valueMoney'))}
            extra={t('money.inputHint')}
            rules={[moneyRule(t)]}
          >
            <MoneyInput />
          </Form.Item>
        ) : (
          <Form.Item
            name="value"
            label={t('projectEdit.value')}
            rules={[{ required: true, message: t('project.required') }, countRule]}
          >
            <Input inputMode="numeric" />
          </Form.Item>
        )}
        {money ? null : (
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item
                name="female"
                label={t('projectEdit.female')}
                dependencies={['value', 'male']}
                rules={[
                  countRule,
                  ({ getFieldValue }) => ({
                    validator: (_, v: string | undefined) =>
                      count(v) + count(getFieldValue('male') as string | undefined) <=
                      count(getFieldValue('value') as string | undefined)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('projectEdit.genderTooMany'))),
                  }),
                ]}
              >
                <Input inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="male" label={t('projectEdit.male')} rules={[countRule]}>
                <Input inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="ethnicMinority"
                label={t('projectEdit.minority')}
                dependencies={['value']}
                rules={[
                  countRule,
                  ({ getFieldValue }) => ({
                    validator: (_, v: string | undefined) =>
                      count(v) <= count(getFieldValue('value') as string | undefined)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('projectEdit.minorityTooMany'))),
                  }),
                ]}
              >
                <Input inputMode="numeric" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="asOf" label={t('projectEdit.asOf')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('projectEdit.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
