import { Alert, App as AntApp, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVersionConflict } from '../../api/people';
import { changedFields } from '../../api/recordEdits';
import {
  type TrainingProgramme,
  useCreateTrainingProgramme,
  useUpdateTrainingProgramme,
} from '../../api/training';
import { setServerErrors } from '../../lib/formErrors';
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
  const [failure, setFailure] = useState<string | null>(null);
  const required = { required: true, message: t('training.form.required') };
  const refused = (err: unknown) => {
    const { placed, rest } = setServerErrors(form, err);
    if (!placed || rest.length) setFailure(t('training.form.failed', { detail: rest.join('；') }));
  };
  const title = programme
    ? t('training.programmeForm.editTitle')
    : t('training.programmeForm.title');
  return (
    <Modal
      open={open}
      title={title}
      okText={t('training.form.ok')}
      cancelText={t('training.form.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {edit.conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="edit-conflict"
          title={t('training.editing.conflict')}
        />
      ) : null}
      {failure ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={failure} />
      ) : null}
      <Form<ProgrammeForm>
        form={form}
        layout="vertical"
        preserve={false}
        aria-label={title}
        initialValues={programme}
        onFinish={(v) => {
          setFailure(null);
          const base = edit.base;
          if (base) {
            const body = changedFields(namesOf(base), namesOf(v));
            if (Object.keys(body).length === 0) return onClose();
            update.mutate(
              {
                url: `/api/training/programmes/${encodeURIComponent(base.code)}`,
                version: base.version,
                body,
              },
              {
                onSuccess: () => {
                  void message.success(t('training.editing.saved'));
                  onClose();
                },
                onError: (err) => {
                  if (isVersionConflict(err)) {
                    void edit.reload((latest) => form.setFieldsValue(latest));
                    return;
                  }
                  edit.setConflict(false);
                  refused(err);
                },
              },
            );
            return;
          }
          create.mutate(
            { programme: 'xinjiang', code: v.code.trim(), ...namesOf(v) },
            { onSuccess: onClose, onError: refused },
          );
        }}
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
      </Form>
    </Modal>
  );
}
