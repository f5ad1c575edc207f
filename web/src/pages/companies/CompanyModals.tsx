import { Alert, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_CATEGORIES,
  type CaseCategory,
  useAssignOfficer,
  useOpenCase,
} from '../../api/companies';
import { setServerErrors } from '../../lib/formErrors';

/**
 * Assigns a chief service officer from a date (the current one ends the day before), against the
 * company's version read (If-Match: a change made meanwhile is refused, 409, and said).
 */
export function OfficerModal({
  company,
  version,
  open,
  onClose,
}: {
  company: number;
  version: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{
    name: string;
    contact?: string;
    organisation?: string;
    startOn: Dayjs;
  }>();
  const assign = useAssignOfficer(company);
  const [failure, setFailure] = useState<string | null>(null);
  const required = { required: true, message: t('training.form.required') };
  return (
    <Modal
      open={open}
      title={t('companies.officerForm.title')}
      okText={t('training.form.ok')}
      cancelText={t('training.form.cancel')}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('companies.officerForm.hint')}
      </Typography.Paragraph>
      {failure ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={failure} />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => {
          setFailure(null);
          assign.mutate(
            {
              name: v.name,
              contact: v.contact?.trim() || null,
              organisation: v.organisation?.trim() || null,
              startOn: v.startOn.format('YYYY-MM-DD'),
              version,
            },
            {
              onSuccess: onClose,
              onError: (err) => {
                const { placed, rest } = setServerErrors(form, err);
                if (!placed || rest.length) setFailure(rest.join('；'));
              },
            },
          );
        }}
      >
        <Form.Item
          name="name"
          label={t('companies.officerForm.name')}
          rules={[required, { max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="contact" label={t('companies.officerForm.contact')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="organisation" label={t('companies.officerForm.organisation')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="startOn" label={t('companies.officerForm.startOn')} rules={[required]}>
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A company's new request (诉求): its category and description. */
export function OpenCaseModal({
  company,
  open,
  onClose,
}: {
  company: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ category: CaseCategory; description: string }>();
  const create = useOpenCase(company);
  const [failure, setFailure] = useState<string | null>(null);
  const required = { required: true, message: t('training.form.required') };
  return (
    <Modal
      open={open}
      title={t('cases.openForm.title')}
      okText={t('training.form.ok')}
      cancelText={t('training.form.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={failure} />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => {
          setFailure(null);
          create.mutate(v, {
            onSuccess: onClose,
            onError: (err) => {
              const { placed, rest } = setServerErrors(form, err);
              if (!placed || rest.length) setFailure(rest.join('；'));
            },
          });
        }}
      >
        <Form.Item name="category" label={t('cases.openForm.category')} rules={[required]}>
          <Select
            options={CASE_CATEGORIES.map((k) => ({ value: k, label: t(`cases.category.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('cases.openForm.description')} rules={[required]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
