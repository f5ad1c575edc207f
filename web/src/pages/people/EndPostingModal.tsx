import { App as AntApp, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type Posting, useEndPosting } from '../../api/people';
import { FormModal } from '../../components/FormModal';
import { formatDate, today } from '../../lib/format';

interface Values {
  actualEnd: Dayjs | null;
  reason: string;
}

/**
 * Ends a posting before its planned end: the date (from the term's start to the day before the
 * planned end) and the reason, both required; If-Match: the posting's own version (decision
 * 0071). A 409 on the version says so in the user's language and reloads the person; the parent
 * then hands the reloaded posting in, so saving again sends its new version.
 */
export function EndPostingModal({
  posting,
  onClose,
  onReload,
}: {
  posting: Posting | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const end = useEndPosting();
  const [form] = Form.useForm<Values>();
  const now = today();
  const suggested =
    posting && now >= posting.termStart && now < posting.plannedEnd ? now : posting?.termStart;
  if (!posting) return null;
  return (
    <FormModal<Values>
      form={form}
      title={t('people.end.title')}
      okText={t('people.end.submit')}
      danger
      cancelText={t('people.form.cancel')}
      onClose={onClose}
      conflictText={t('people.edit.conflict')}
      conflictTestId="posting-end-conflict"
      onConflict={onReload}
      intro={
        <Typography.Paragraph type="secondary">
          {t('people.end.intro', {
            role: posting.role,
            start: formatDate(posting.termStart),
            planned: formatDate(posting.plannedEnd),
          })}
        </Typography.Paragraph>
      }
      initialValues={{ actualEnd: suggested ? dayjs(suggested) : null, reason: '' }}
      onSubmit={async (v) => {
        await end.mutateAsync({
          postingId: posting.id,
          version: posting.version,
          body: { actualEnd: v.actualEnd?.format('YYYY-MM-DD') ?? '', reason: v.reason.trim() },
        });
        void message.success(t('people.end.done'));
      }}
    >
      <Form.Item
        name="actualEnd"
        label={t('people.end.date')}
        rules={[
          {
            required: true,
            message: t('people.form.required', { field: t('people.end.date') }),
          },
          {
            validator: (_, value: Dayjs | null | undefined) => {
              if (!value) return Promise.resolve();
              const day = value.format('YYYY-MM-DD');
              if (day < posting.termStart || day >= posting.plannedEnd) {
                return Promise.reject(
                  new Error(
                    t('people.end.dateOutside', {
                      start: formatDate(posting.termStart),
                      planned: formatDate(posting.plannedEnd),
                    }),
                  ),
                );
              }
              return Promise.resolve();
            },
          },
        ]}
      >
        <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('people.end.reason')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('people.form.required', { field: t('people.end.reason') }),
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
