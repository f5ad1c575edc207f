import { App as AntApp, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { changedFields } from '../../api/recordEdits';
import {
  type TrainingProgramme,
  useCreateTrainingProgramme,
  useUpdateTrainingProgramme,
} from '../../api/training';
import { FormModal } from '../../components/FormModal';
import { useEditBase } from '../../lib/useEditBase';

interface ProgrammeForm {
  code: string;
  name: string;
  nameEn: string;
}

const namesOf = (v: { name: string; nameEn: string }) => ({
  name: v.name.trim(),
  nameEn: v.nameEn.trim(),
});

/**
 * The dialog that adds a training programme (天山计划 …): the programme office's. With
 * `programme` it renames one (its code stays): only what changed sent (PATCH, If-Match); a change
 * made meanwhile (409) is reloaded into the form and said.
 */
export function ProgrammeModal({
  open,
  onClose,
  programme,
}: {
  open: boolean;
  onClose: () => void;
  programme?: TrainingProgramme;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ProgrammeForm>();
  const create = useCreateTrainingProgramme();
  const update = useUpdateTrainingProgramme();
  const edit = useEditBase(
    programme,
    programme && `/api/training/programmes/${encodeURIComponent(programme.code)}`,
  );
  const required = { required: true, message: t('training.form.required') };
  const title = programme
    ? t('training.programmeForm.editTitle')
    : t('training.programmeForm.title');
  const submit = async (v: ProgrammeForm) => {
    const base = edit.base;
    if (base) {
      const body = changedFields(namesOf(base), namesOf(v));
      if (Object.keys(body).length === 0) return;
      await update.mutateAsync({
        url: `/api/training/programmes/${encodeURIComponent(base.code)}`,
        version: base.version,
        body,
      });
      void message.success(t('training.editing.saved'));
      return;
    }
    await create.mutateAsync({ programme: 'xinjiang', code: v.code.trim(), ...namesOf(v) });
  };

  return (
    <FormModal<ProgrammeForm>
      form={form}
      open={open}
      title={title}
      onClose={onClose}
      onConflict={() => edit.reload((latest) => form.setFieldsValue(latest))}
      conflictText={t('training.editing.conflict')}
      conflictTestId="edit-conflict"
      initialValues={programme}
      onSubmit={submit}
    >
      <Form.Item
        name="code"
        label={t('training.programmeForm.code')}
        extra={t('training.programmeForm.codeHint')}
        rules={[
          required,
          { pattern: /^[a-z][a-z0-9-]{0,39}$/, message: t('training.programmeForm.codeInvalid') },
        ]}
      >
        <Input autoComplete="off" disabled={!!programme} />
      </Form.Item>
      <Form.Item name="name" label={t('training.programmeForm.name')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item name="nameEn" label={t('training.programmeForm.nameEn')} rules={[required]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
