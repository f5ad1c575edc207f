/** The early-warning screen's dialogs: resolve or dismiss with a note, assign an owner. */
import { Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers, type Warning } from '../../api/warnings';
import { ErrorResult } from '../../components/ErrorResult';
import { setServerErrors } from '../../lib/formErrors';
import { useWarningChange, warningMessage } from './useWarningChange';
import { subjectName } from './WarningSubject';

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
          <Typography.Text strong>{subjectName(warning, i18n.language)}</Typography.Text>
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
