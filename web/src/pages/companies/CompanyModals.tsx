import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  CASE_CATEGORIES,
  type CaseCategory,
  useAssignOfficer,
  useOpenCase,
} from '../../api/companies';
import { FormModal } from '../../components/FormModal';

interface OfficerForm {
  name: string;
  contact?: string;
  organisation?: string;
  startOn: Dayjs;
}

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
  const [form] = Form.useForm<OfficerForm>();
  const assign = useAssignOfficer(company);
  const required = { required: true, message: t('training.form.required') };
  return (
    <FormModal<OfficerForm>
      form={form}
      open={open}
      title={t('companies.officerForm.title')}
      onClose={onClose}
      intro={
        <Typography.Paragraph type="secondary">
          {t('companies.officerForm.hint')}
        </Typography.Paragraph>
      }
      onSubmit={(v) =>
        assign.mutateAsync({
          name: v.name,
          contact: v.contact?.trim() || null,
          organisation: v.organisation?.trim() || null,
          startOn: v.startOn.format('YYYY-MM-DD'),
          version,
        })
      }
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
    </FormModal>
  );
}

interface CaseForm {
  category: CaseCategory;
  description: string;
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
  const [form] = Form.useForm<CaseForm>();
  const create = useOpenCase(company);
  const required = { required: true, message: t('training.form.required') };
  return (
    <FormModal<CaseForm>
      form={form}
      open={open}
      title={t('cases.openForm.title')}
      onClose={onClose}
      onSubmit={(v) => create.mutateAsync(v)}
    >
      <Form.Item name="category" label={t('cases.openForm.category')} rules={[required]}>
        <Select
          options={CASE_CATEGORIES.map((k) => ({ value: k, label: t(`cases.category.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('cases.openForm.description')} rules={[required]}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
