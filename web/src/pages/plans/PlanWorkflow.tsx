import { CheckOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Input, Modal, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type Plan, type PlanDecision, usePlanDecision } from '../../api/plans';
import { setServerErrors } from '../../lib/formErrors';

/**
 * The workflow buttons the plan's `can` allows: submit (the donor side, a draft or returned plan;
 * not with unsaved changes), approve and return with a reason (the programme office, a submitted
 * plan).
 */
export function PlanWorkflow({
  plan,
  unsaved,
  onConflict,
  onDone,
}: {
  plan: Plan;
  unsaved: boolean;
  onConflict: (err: ApiError) => void;
  onDone: (plan: Plan) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const decide = usePlanDecision(plan.id);
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const run = (action: PlanDecision, reason?: string) =>
    decide.mutate(
      { action, version: plan.version, ...(reason ? { reason } : {}) },
      {
        onSuccess: (next) => {
          setReturning(false);
          onDone(next);
          void message.success(t(`plans.workflow.done.${action}`));
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setReturning(false);
            onConflict(err);
            return;
          }
          if (action === 'return' && setServerErrors(form, err).placed) return;
          void message.error(t('plans.workflow.failed', { detail: err.message }));
        },
      },
    );

  const { submit: canSubmit, approve: canApprove, return: canReturn } = plan.can;
  if (!canSubmit && !canApprove && !canReturn) return null;

  return (
    <>
      <Space wrap>
        {canSubmit ? (
          <Tooltip title={unsaved ? t('plans.workflow.saveFirst') : undefined}>
            <Button
              type="primary"
              icon={<SendOutlined />}
              disabled={unsaved}
              loading={decide.isPending && decide.variables?.action === 'submit'}
              data-testid="plan-submit"
              onClick={() =>
                modal.confirm({
                  title: t('plans.workflow.submitTitle'),
                  content: t('plans.workflow.submitText'),
                  okText: t('plans.workflow.submit'),
                  cancelText: t('plans.cancel'),
                  onOk: () => run('submit'),
                })
              }
            >
              {t('plans.workflow.submit')}
            </Button>
          </Tooltip>
        ) : null}
        {canApprove ? (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={decide.isPending && decide.variables?.action === 'approve'}
            data-testid="plan-approve"
            onClick={() =>
              modal.confirm({
                title: t('plans.workflow.approveTitle'),
                content: t('plans.workflow.approveText'),
                okText: t('plans.workflow.approve'),
                cancelText: t('plans.cancel'),
                onOk: () => run('approve'),
              })
            }
          >
            {t('plans.workflow.approve')}
          </Button>
        ) : null}
        {canReturn ? (
          <Button
            danger
            icon={<RollbackOutlined />}
            data-testid="plan-return"
            onClick={() => {
              form.resetFields();
              setReturning(true);
            }}
          >
            {t('plans.workflow.return')}
          </Button>
        ) : null}
      </Space>
      <Modal
        open={returning}
        title={t('plans.workflow.returnTitle')}
        okText={t('plans.workflow.return')}
        okButtonProps={{ danger: true }}
        cancelText={t('plans.cancel')}
        confirmLoading={decide.isPending}
        onOk={() => form.submit()}
        onCancel={() => setReturning(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => run('return', v.reason.trim())}>
          <Form.Item
            name="reason"
            label={t('plans.workflow.reason')}
            rules={[
              { required: true, whitespace: true, message: t('plans.workflow.reasonRequired') },
            ]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
