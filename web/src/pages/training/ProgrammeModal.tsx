import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTrainingProgramme } from '../../api/training';
import { setServerErrors } from '../../lib/formErrors';

interface ProgrammeForm {
  code: string;
  name: string;
  nameEn: string;
}

/** The dialog that adds a training programme (天山计划 …): the programme office's. */
export function ProgrammeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProgrammeForm>();
  const create = useCreateTrainingProgramme();
  const [failure, setFailure] = useState<string | null>(null);
  const required = { required: true, message: t('training.form.required') };
  return (
    <Modal
      open={open}
      title={t('training.programmeForm.title')}
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
      <Form<ProgrammeForm>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => {
          setFailure(null);
          create.mutate(
            { programme: 'xinjiang', code: v.code.trim(), name: v.name, nameEn: v.nameEn },
            {
              onSuccess: onClose,
              onError: (err) => {
                const { placed, rest } = setServerErrors(form, err);
                if (!placed || rest.length)
                  setFailure(t('training.form.failed', { detail: rest.join('；') }));
              },
            },
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
          <Input autoComplete="off" />
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
