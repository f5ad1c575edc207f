import { Alert, App as AntApp, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useProject, useTransition } from '../../api/hooks';
import type { Project } from '../../api/types';
import { REASON_REQUIRED, type Stage } from '../../api/vocabulary';
import { today } from '../../lib/format';
import { setServerErrors } from '../../lib/formErrors';

interface TransitionForm {
  date: Dayjs;
  reason?: string;
}

/**
 * A button per stage the caller may move the project to now (its `can.moveTo`); a dialog asks for
 * the date and, to suspend or cancel, a reason.
 */
export function StageActions({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const transition = useTransition(project.code);
  const [target, setTarget] = useState<Stage | null>(null);
  const [conflict, setConflict] = useState(false);
  const [form] = Form.useForm<TransitionForm>();
  const project$ = useProject(project.code);

  const submit = (values: TransitionForm) => {
    if (!target) return;
    transition.mutate(
      {
        to: target,
        date: values.date.format('YYYY-MM-DD'),
        reason: values.reason?.trim() || undefined,
        version: project.version,
      },
      {
        onSuccess: () => {
          void message.success(t('project.transitioned', { stage: t(`stages.${target}`) }));
          setTarget(null);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setTarget(null);
            setConflict(true);
            return;
          }
          const { placed, rest } = setServerErrors(form, err);
          if (placed) return;
          void message.error(
            err instanceof ApiError && err.status === 403
              ? t('project.forbidden', { detail: err.message })
              : t('project.actionFailed', { detail: rest.join('；') }),
          );
        },
      },
    );
  };

  return (
    <>
      <Space wrap>
        {project.can.moveTo.map((s) => (
          <Button
            key={s}
            danger={s === 'cancelled'}
            type={REASON_REQUIRED.includes(s) ? 'default' : 'primary'}
            data-testid={`transition-${s}`}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ date: dayjs(today()) });
              setTarget(s);
            }}
          >
            {t('project.moveTo', { stage: t(`stages.${s}`) })}
          </Button>
        ))}
      </Space>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('project.conflictTitle')}
          description={t('project.conflictText')}
          action={
            <Button
              onClick={() => {
                setConflict(false);
                void project$.refetch();
              }}
            >
              {t('project.reload')}
            </Button>
          }
        />
      ) : null}
      <Modal
        open={!!target}
        title={target ? t('project.transitionTitle', { stage: t(`stages.${target}`) }) : ''}
        okText={t('project.confirm')}
        cancelText={t('project.cancel')}
        confirmLoading={transition.isPending}
        onOk={() => form.submit()}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="date"
            label={t('project.transitionDate')}
            rules={[{ required: true, message: t('project.required') }]}
          >
            <DatePicker format="YYYY-MM-DD" allowClear={false} />
          </Form.Item>
          {target && REASON_REQUIRED.includes(target) ? (
            <Form.Item
              name="reason"
              label={t('project.reason')}
              rules={[{ required: true, whitespace: true, message: t('project.reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} autoFocus />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}
