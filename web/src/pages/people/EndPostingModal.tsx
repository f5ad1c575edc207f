import { Alert, App as AntApp, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVersionConflict, type Person, type Posting, useEndPosting } from '../../api/people';
import { today } from '../../lib/format';
import { setServerErrors } from '../../lib/formErrors';
import { FormErrorsAlert } from '../projects/FormErrorsAlert';

interface Values {
  actualEnd: Dayjs | null;
  reason: string;
}

/**
 * Ends a posting before its planned end: the date (from the term's start to the day before the
 * planned end) and the reason, both required; If-Match: the person's version. A 409 on the
 * version says so in the user's language and reloads the person.
 */
export function EndPostingModal({
  person,
  posting,
  onClose,
  onReload,
}: {
  person: Person;
  posting: Posting | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const end = useEndPosting();
  const [form] = Form.useForm<Values>();
  const [rest, setRest] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const close = () => {
    setRest([]);
    setConflict(false);
    onClose();
  };
  const now = today();
  const suggested =
    posting && now >= posting.termStart && now < posting.plannedEnd ? now : posting?.termStart;
  return (
    <Modal
      open={posting !== null}
      title={t('people.end.title')}
      okText={t('people.end.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('people.form.cancel')}
      confirmLoading={end.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {posting ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('people.end.intro', {
              role: posting.role,
              start: posting.termStart,
              planned: posting.plannedEnd,
            })}
          </Typography.Paragraph>
          {conflict ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="posting-end-conflict"
              title={t('people.edit.conflict')}
            />
          ) : null}
          <Form<Values>
            form={form}
            layout="vertical"
            aria-label={t('people.end.title')}
            initialValues={{ actualEnd: suggested ? dayjs(suggested) : null, reason: '' }}
            onFinish={(v) => {
              setRest([]);
              end.mutate(
                {
                  postingId: posting.id,
                  version: person.version,
                  body: {
                    actualEnd: v.actualEnd?.format('YYYY-MM-DD') ?? '',
                    reason: v.reason.trim(),
                  },
                },
                {
                  onSuccess: () => {
                    void message.success(t('people.end.done'));
                    close();
                  },
                  onError: (err) => {
                    if (isVersionConflict(err)) {
                      setConflict(true);
                      void onReload();
                      return;
                    }
                    setConflict(false);
                    setRest(setServerErrors(form, err).rest);
                  },
                },
              );
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
                            start: posting.termStart,
                            planned: posting.plannedEnd,
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
            <FormErrorsAlert errors={rest} />
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
