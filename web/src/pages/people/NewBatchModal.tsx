import { App as AntApp, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSession } from '../../api/hooks';
import { useDonorOptions } from '../../api/options';
import { useCreateBatch } from '../../api/people';
import { setServerErrors } from '../../lib/formErrors';
import { grantOrganisations } from '../../lib/grants';
import { FormErrorsAlert } from '../projects/FormErrorsAlert';

interface Values {
  donor: string;
  number: number | null;
  name?: string;
  startsOn?: Dayjs | null;
}

/**
 * Opens a batch (批次) of a donor in the Xinjiang programme: its number (per donor and
 * programme), an optional name and start. A number already taken is refused on its field.
 */
export function NewBatchModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const session = useSession();
  const donors = useDonorOptions();
  const create = useCreateBatch();
  const [form] = Form.useForm<Values>();
  const [rest, setRest] = useState<string[]>([]);
  const grantOrgs = session.data ? grantOrganisations(session.data.user) : [];
  const donorOptions =
    grantOrgs.length > 0
      ? donors.options.filter((o) => grantOrgs.some((g) => g.code === o.value))
      : donors.options;
  const required = (field: string) => [
    { required: true, message: t('people.form.required', { field }) },
  ];
  return (
    <Modal
      open
      title={t('people.batch.title')}
      okText={t('people.form.submit')}
      cancelText={t('people.form.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        aria-label={t('people.batch.title')}
        initialValues={{ donor: grantOrgs.length === 1 ? grantOrgs[0]?.code : undefined }}
        onFinish={(v) => {
          setRest([]);
          create.mutate(
            {
              donor: v.donor,
              programme: 'xinjiang',
              number: v.number ?? 0,
              name: v.name?.trim() ? v.name.trim() : null,
              startsOn: v.startsOn?.format('YYYY-MM-DD') ?? null,
            },
            {
              onSuccess: (b) => {
                void message.success(t('people.batch.done', { number: b.number }));
                onClose();
              },
              onError: (err) => {
                if (err instanceof ApiError && err.status === 409) {
                  // The donor's and programme's names, not their codes.
                  form.setFields([
                    { name: 'number', errors: [t('people.batch.taken', { number: v.number })] },
                  ]);
                  return;
                }
                setRest(setServerErrors(form, err).rest);
              },
            },
          );
        }}
      >
        <Form.Item
          name="donor"
          label={t('people.form.donor')}
          rules={required(t('people.form.donor'))}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={donors.loading}
            options={donorOptions}
          />
        </Form.Item>
        <Form.Item
          name="number"
          label={t('people.batch.number')}
          rules={[
            ...required(t('people.batch.number')),
            { type: 'number', min: 1, max: 999, message: t('people.batch.numberInvalid') },
          ]}
        >
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="name" label={t('people.batch.name')}>
          <Input maxLength={200} placeholder={t('people.batch.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('people.batch.startsOn')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
        </Form.Item>
        <FormErrorsAlert errors={rest} />
      </Form>
    </Modal>
  );
}
