import { App as AntApp, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type BatchChanges, type BatchPage, usePatchBatch } from '../../api/peopleEdits';
import { FormModal } from '../../components/FormModal';

interface Values {
  number: number | null;
  name?: string;
  startsOn?: Dayjs | null;
}

function valuesOf(b: BatchPage): Values {
  return { number: b.number, name: b.name ?? '', startsOn: b.startsOn ? dayjs(b.startsOn) : null };
}

/** Only what changed: number, name (empty = none), start (empty = none). */
function changes(b: BatchPage, v: Values): BatchChanges {
  const body: BatchChanges = {};
  if (v.number !== null && v.number !== b.number) body.number = v.number;
  const name = v.name?.trim() ? v.name.trim() : null;
  if (name !== b.name) body.name = name;
  const startsOn = v.startsOn?.format('YYYY-MM-DD') ?? null;
  if (startsOn !== b.startsOn) body.startsOn = startsOn;
  return body;
}

/**
 * Changes a batch's number, name or start (PATCH, If-Match: the batch's version). A number the
 * donor's other batch has is refused on its field; a 409 on the version says so, reloads the
 * batch and shows its latest values.
 */
export function BatchEditModal({
  batch,
  onClose,
  onReload,
}: {
  batch: BatchPage;
  onClose: () => void;
  onReload: () => Promise<{ data?: BatchPage | undefined }>;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const patch = usePatchBatch();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      form={form}
      title={t('peopleEdits.batch.editTitle')}
      okText={t('people.form.submit')}
      cancelText={t('people.form.cancel')}
      onClose={onClose}
      conflictText={t('people.edit.conflict')}
      conflictTestId="batch-edit-conflict"
      onConflict={async () => {
        // The batch as stored now: the form shows its latest values to edit again.
        const latest = (await onReload()).data;
        if (latest) form.setFieldsValue(valuesOf(latest));
      }}
      initialValues={valuesOf(batch)}
      onSubmit={async (v) => {
        const body = changes(batch, v);
        if (Object.keys(body).length === 0) return;
        await patch.mutateAsync({
          url: `/api/people/batches/${batch.id}`,
          version: batch.version,
          body,
        });
        void message.success(t('peopleEdits.batch.done'));
      }}
      onRefused={(err) => {
        if (!(err instanceof ApiError && err.status === 409 && err.code === 'people.batchExists'))
          return false;
        const number = form.getFieldValue('number') as number | null;
        form.setFields([{ name: 'number', errors: [t('people.batch.taken', { number })] }]);
        return true;
      }}
    >
      <Form.Item
        name="number"
        label={t('people.batch.number')}
        rules={[
          {
            required: true,
            message: t('people.form.required', { field: t('people.batch.number') }),
          },
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
