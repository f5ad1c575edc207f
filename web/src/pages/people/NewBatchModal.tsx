import { App as AntApp, Button, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSession } from '../../api/hooks';
import { useDonorOptions } from '../../api/options';
import { useCreateBatch } from '../../api/people';
import { FormModal } from '../../components/FormModal';
import { grantOrganisations } from '../../lib/grants';

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
  const grantOrgs = session.data ? grantOrganisations(session.data.user) : [];
  const donorOptions =
    grantOrgs.length > 0
      ? donors.options.filter((o) => grantOrgs.some((g) => g.code === o.value))
      : donors.options;
  const required = (field: string) => [
    { required: true, message: t('people.form.required', { field }) },
  ];
  return (
    <FormModal<Values>
      form={form}
      title={t('people.batch.title')}
      okText={t('people.form.submit')}
      cancelText={t('people.form.cancel')}
      onClose={onClose}
      initialValues={{ donor: grantOrgs.length === 1 ? grantOrgs[0]?.code : undefined }}
      onSubmit={async (v) => {
        const b = await create.mutateAsync({
          donor: v.donor,
          programme: 'xinjiang',
          number: v.number ?? 0,
          name: v.name?.trim() ? v.name.trim() : null,
          startsOn: v.startsOn?.format('YYYY-MM-DD') ?? null,
        });
        void message.success(t('people.batch.done', { number: b.number }));
      }}
      onRefused={(err) => {
        if (!(err instanceof ApiError && err.status === 409)) return false;
        // The donor's and programme's names, not their codes.
        const number = form.getFieldValue('number') as number | null;
        form.setFields([{ name: 'number', errors: [t('people.batch.taken', { number })] }]);
        return true;
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
    </FormModal>
  );
}

/** The people page's "new batch" button and its dialog. */
export function NewBatchButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="batch-new">
        {t('people.batch.action')}
      </Button>
      {open ? <NewBatchModal onClose={() => setOpen(false)} /> : null}
    </>
  );
}
