import { Alert, App as AntApp, Button, Card, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTransaction } from '../../api/hooks';
import { TRANSACTION_TYPES, type TransactionType } from '../../api/vocabulary';
import { MoneyInput, moneyRule, withUnit } from '../../components/MoneyInput';
import { setServerErrors } from '../../lib/formErrors';
import { parseWanToFen } from '../../lib/money';
import { useUnsavedChanges } from '../../lib/useUnsavedChanges';

interface TxForm {
  type: TransactionType;
  value: string;
  date: Dayjs;
  planned: 'planned' | 'actual';
  note?: string;
}

/** Records a commitment, arrival, disbursement or expenditure on the project's ledger. */
export function LedgerEntryForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const create = useCreateTransaction(code);
  const [form] = Form.useForm<TxForm>();
  const [formError, setFormError] = useState<string | null>(null);
  // An amount or a note typed and not recorded yet.
  const value = Form.useWatch('value', form);
  const note = Form.useWatch('note', form);
  useUnsavedChanges(!!(value?.trim() || note?.trim()));

  const submit = (values: TxForm) => {
    setFormError(null);
    const valueFen = parseWanToFen(values.value);
    if (valueFen === null) return;
    create.mutate(
      {
        type: values.type,
        valueFen,
        date: values.date.format('YYYY-MM-DD'),
        planned: values.planned === 'planned',
        note: values.note?.trim() || null,
      },
      {
        onSuccess: () => {
          void message.success(t('project.txSaved'));
          form.resetFields(['value', 'note']);
        },
        onError: (err) => {
          const { rest } = setServerErrors(form, err, { valueFen: 'value' });
          setFormError(rest.length ? rest.join('；') : null);
        },
      },
    );
  };

  return (
    <Card size="small" title={t('project.recordTx')}>
      {formError ? (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />
      ) : null}
      <Form<TxForm>
        form={form}
        layout="inline"
        aria-label={t('project.recordTx')}
        initialValues={{ type: 'disbursement', planned: 'actual', date: dayjs() }}
        onFinish={submit}
        style={{ rowGap: 12 }}
      >
        <Form.Item name="type" label={t('project.txType')} rules={[{ required: true }]}>
          <Select
            style={{ width: 130 }}
            options={TRANSACTION_TYPES.map((v) => ({ value: v, label: t(`txTypes.${v}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="value"
          label={withUnit(t, t('project.txValue'))}
          tooltip={t('money.inputHint')}
          required
          rules={[moneyRule(t)]}
        >
          <MoneyInput style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('project.txDate')}
          rules={[{ required: true, message: t('project.required') }]}
        >
          <DatePicker format="YYYY-MM-DD" allowClear={false} />
        </Form.Item>
        <Form.Item name="planned" label={t('project.txPlanned')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'actual', label: t('project.actual') },
              { value: 'planned', label: t('project.planned') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('project.txNote')}>
          <Input style={{ width: 180 }} maxLength={2000} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('project.recordTx')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
