import {
  Alert,
  App as AntApp,
  type ButtonProps,
  DatePicker,
  Form,
  Input,
  Modal,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useReverseTransaction } from '../../api/hooks';
import type { Transaction } from '../../api/types';
import { Money } from '../../components/Money';
import { formatDate, today } from '../../lib/format';

interface ReversalForm {
  date: Dayjs;
  reason: string;
}

/** The dates a reversal of `entry` may take: from the entry's date to the end of its year. */
function allowedRange(entry: Transaction) {
  return { from: entry.date, to: `${entry.year}-12-31` };
}

/** Today when it is allowed, else the nearest allowed date. */
function defaultDate(entry: Transaction): string {
  const { from, to } = allowedRange(entry);
  // The middle of the three ISO dates (from ≤ to): today clamped into the range.
  return [from, today(), to].sort()[1] ?? from;
}

/**
 * Asks for the date and the reason of a reversal of `entry` (null: closed). The ledger is
 * append-only: the reversal records the opposite amount and both entries stay.
 */
export function ReversalDialog({
  code,
  entry,
  onClose,
}: {
  code: string;
  entry: Transaction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const reverse = useReverseTransaction(code);
  const [form] = Form.useForm<ReversalForm>();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!entry) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue({ date: dayjs(defaultDate(entry)) });
  }, [entry, form]);

  if (!entry) return null;
  const range = allowedRange(entry);
  const outOfRange = t('ledger.dateOutOfRange', { year: entry.year, date: formatDate(range.from) });

  const submit = (values: ReversalForm) => {
    setFormError(null);
    reverse.mutate(
      { id: entry.id, date: values.date.format('YYYY-MM-DD'), reason: values.reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('ledger.done'));
          onClose();
        },
        onError: (err) => {
          const fields = err instanceof ApiError ? (err.problem.errors ?? []) : [];
          if (err instanceof ApiError && err.status === 409) {
            setFormError(t('ledger.alreadyReversed'));
          } else if (fields.some((f) => f.field.endsWith('date'))) {
            form.setFields([{ name: 'date', errors: [outOfRange] }]);
          } else if (fields.some((f) => f.field.endsWith('reason'))) {
            form.setFields([{ name: 'reason', errors: [t('ledger.reasonRequired')] }]);
          } else {
            setFormError(t('ledger.failed', { detail: err.message }));
          }
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('ledger.dialogTitle')}
      okText={t('ledger.submit')}
      okButtonProps={{ danger: true, 'data-testid': 'reversal-submit' } as ButtonProps}
      cancelText={t('ledger.cancel')}
      confirmLoading={reverse.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('ledger.dialogIntro')}</Typography.Paragraph>
      <Typography.Paragraph data-testid="reversal-entry">
        <Typography.Text strong>{t('ledger.entry')}：</Typography.Text>
        {t('ledger.entryText', {
          date: formatDate(entry.date),
          type: t(`txTypes.${entry.type}`),
          planned: entry.planned ? t('project.planned') : t('project.actual'),
        })}{' '}
        · <Money fen={entry.valueFen} />
      </Typography.Paragraph>
      {formError ? (
        <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />
      ) : null}
      <Form<ReversalForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        aria-label={t('ledger.dialogTitle')}
      >
        <Form.Item
          name="date"
          label={t('ledger.date')}
          extra={t('ledger.dateHint', { date: formatDate(range.from) })}
          rules={[
            { required: true, message: t('ledger.dateRequired') },
            {
              validator: (_, v: Dayjs | undefined) => {
                if (!v) return Promise.resolve();
                const d = v.format('YYYY-MM-DD');
                return d >= range.from && d <= range.to
                  ? Promise.resolve()
                  : Promise.reject(new Error(outOfRange));
              },
            },
          ]}
        >
          <DatePicker
            format="YYYY-MM-DD"
            allowClear={false}
            disabledDate={(d) => {
              const s = d.format('YYYY-MM-DD');
              return s < range.from || s > range.to;
            }}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('ledger.reason')}
          rules={[{ required: true, whitespace: true, message: t('ledger.reasonRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder={t('ledger.reasonPlaceholder')}
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
