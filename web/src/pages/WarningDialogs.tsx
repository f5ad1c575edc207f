/** The early-warning screen's dialogs: resolve or dismiss with a note, assign, settings, compute. */
import { CalculatorOutlined, SettingOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import {
  type ComputeResult,
  useComputeWarnings,
  useSaveWarningSettings,
  useUpdateWarning,
  useUsers,
  useWarningSettings,
  type Warning,
  type WarningChange,
} from '../api/warnings';
import { ErrorResult } from '../components/ErrorResult';
import { setServerErrors } from '../lib/formErrors';
import { localName } from '../lib/projectName';

/** The message of a warning in the interface language. */
export function warningMessage(warning: Warning, language: string): string {
  return language === 'en' ? warning.detail.message.en : warning.detail.message.zh;
}

/**
 * Sends one change to a warning and reports the outcome: a toast on success, the conflict
 * explained on 409 (the list is refetched either way), field errors handed back to a form.
 */
export function useWarningChange() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const update = useUpdateWarning();
  const send = (
    change: WarningChange,
    done: string,
    options: {
      onSuccess?: () => void;
      /** Shows the error on the caller's form; true when it did. */
      onError?: (err: unknown) => boolean;
    } = {},
  ) =>
    update.mutate(change, {
      onSuccess: () => {
        void message.success(done);
        options.onSuccess?.();
      },
      onError: (err) => {
        if (err instanceof ApiError && err.status === 409) {
          void message.warning(t('warningsPage.conflict'), 6);
          options.onSuccess?.();
          return;
        }
        if (options.onError?.(err)) return;
        void message.error(
          err instanceof ApiError && err.status === 403
            ? t('warningsPage.forbidden', { detail: err.message })
            : t('warningsPage.failed', { detail: err.message }),
        );
      },
    });
  return { send, pending: update.isPending, variables: update.variables };
}

/** Resolve or dismiss: both need a resolution note. */
export function CloseWarningModal({
  warning,
  status,
  onClose,
}: {
  warning: Warning | null;
  status: 'resolved' | 'dismissed';
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const change = useWarningChange();
  const resolving = status === 'resolved';

  const submit = ({ note }: { note: string }) => {
    if (!warning) return;
    change.send(
      { id: warning.id, version: warning.version, status, resolutionNote: note.trim() },
      resolving ? t('warningsPage.resolved') : t('warningsPage.dismissed'),
      {
        onSuccess: onClose,
        onError: (err) =>
          setServerErrors(form, err, { resolutionNote: 'note', status: 'note' }).placed > 0,
      },
    );
  };

  return (
    <Modal
      open={!!warning}
      title={resolving ? t('warningsPage.resolveTitle') : t('warningsPage.dismissTitle')}
      okText={resolving ? t('warningsPage.resolve') : t('warningsPage.dismiss')}
      okButtonProps={{ danger: !resolving, ...{ 'data-testid': 'warning-close-ok' } }}
      cancelText={t('warningsPage.cancel')}
      confirmLoading={change.pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(open) => {
        if (!open) form.resetFields();
      }}
      destroyOnHidden
    >
      {warning ? (
        <Typography.Paragraph>
          <Typography.Text strong>{warning.project.code}</Typography.Text>{' '}
          {localName(warning.project.name, warning.project.nameEn, i18n.language)}
          <br />
          <Typography.Text type="secondary">
            {warningMessage(warning, i18n.language)}
          </Typography.Text>
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          name="note"
          label={t('warningsPage.noteLabel')}
          rules={[{ required: true, whitespace: true, message: t('warningsPage.noteRequired') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            autoFocus
            placeholder={
              resolving
                ? t('warningsPage.notePlaceholderResolve')
                : t('warningsPage.notePlaceholderDismiss')
            }
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Assign an owner from the user list (for those who may list users), or unassign. */
export function AssignWarningModal({
  warning,
  onClose,
}: {
  warning: Warning | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const users = useUsers(!!warning);
  const change = useWarningChange();
  const [owner, setOwner] = useState<number | undefined>(undefined);
  useEffect(() => setOwner(warning?.owner?.id), [warning]);

  const options = (users.data?.items ?? [])
    .filter((u) => !u.disabled || u.id === warning?.owner?.id)
    .map((u) => ({
      value: u.id,
      label: u.displayName ? `${u.displayName}（${u.username}）` : u.username,
    }));

  const submit = () => {
    if (!warning) return;
    const name = options.find((o) => o.value === owner)?.label ?? '';
    change.send(
      { id: warning.id, version: warning.version, ownerUserId: owner ?? null },
      owner ? t('warningsPage.assigned', { name }) : t('warningsPage.unassignedDone'),
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      open={!!warning}
      title={t('warningsPage.assignTitle')}
      okText={t('warningsPage.save')}
      cancelText={t('warningsPage.cancel')}
      confirmLoading={change.pending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {users.isError ? (
        <ErrorResult error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label={t('warningsPage.assignUser')} htmlFor="warning-owner">
            <Select<number>
              id="warning-owner"
              autoFocus
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={users.isPending}
              placeholder={t('warningsPage.assignPlaceholder')}
              value={owner}
              options={options}
              onChange={(value) => setOwner(value)}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** The no-disbursement period (the programme office). */
export function WarningSettingsButton() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const settings = useWarningSettings(open);
  const save = useSaveWarningSettings();
  const [form] = Form.useForm<{ noDisbursementMonths: number }>();

  useEffect(() => {
    if (open && settings.data) form.setFieldsValue(settings.data);
  }, [open, settings.data, form]);

  const submit = (values: { noDisbursementMonths: number }) =>
    save.mutate(values, {
      onSuccess: () => {
        void message.success(t('warningsPage.settingsSaved'));
        setOpen(false);
      },
      onError: (err) => {
        if (!setServerErrors(form, err).placed) {
          void message.error(t('warningsPage.settingsFailed', { detail: err.message }));
        }
      },
    });

  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)}>
        {t('warningsPage.settings')}
      </Button>
      <Modal
        open={open}
        title={t('warningsPage.settingsTitle')}
        okText={t('warningsPage.save')}
        cancelText={t('warningsPage.cancel')}
        okButtonProps={{ disabled: !settings.data }}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {settings.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : settings.isError ? (
          <ErrorResult error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={settings.data}
            preserve={false}
          >
            <Form.Item
              name="noDisbursementMonths"
              label={t('warningsPage.noDisbursementMonths')}
              extra={t('warningsPage.noDisbursementHelp')}
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min: 1,
                  max: 60,
                  message: t('warningsPage.monthsRange'),
                },
              ]}
            >
              <InputNumber min={1} max={60} precision={0} autoFocus style={{ width: 120 }} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}

/** Compute now (the programme office), after a confirmation; the counts go to `onResult`. */
export function ComputeWarningsButton({ onResult }: { onResult: (r: ComputeResult) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const compute = useComputeWarnings();
  return (
    <Popconfirm
      title={t('warningsPage.computeConfirmTitle')}
      description={<div style={{ maxWidth: 320 }}>{t('warningsPage.computeConfirmText')}</div>}
      okText={t('warningsPage.computeOk')}
      cancelText={t('warningsPage.cancel')}
      onConfirm={() =>
        compute.mutate(undefined, {
          onSuccess: onResult,
          onError: (err) =>
            void message.error(t('warningsPage.computeFailed', { detail: err.message })),
        })
      }
    >
      <Button
        type="primary"
        icon={<CalculatorOutlined />}
        loading={compute.isPending}
        data-testid="warnings-compute"
      >
        {t('warningsPage.compute')}
      </Button>
    </Popconfirm>
  );
}
