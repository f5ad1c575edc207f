import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client';

/**
 * Publishes one unpublished record (PATCH `{ published: true }` guarded by its version): shown
 * only when the record's own `can.update` allows and it is not yet published. Afterwards the
 * lists and figures under `invalidate` are read again.
 */
export function PublishButton({
  url,
  version,
  canUpdate,
  published,
  invalidate,
  testId,
}: {
  url: string;
  version: number;
  canUpdate: boolean;
  published: boolean;
  invalidate: readonly string[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const publish = useMutation({
    mutationFn: () =>
      api<unknown>(url, {
        method: 'PATCH',
        headers: { 'If-Match': `"${version}"` },
        body: { published: true },
      }),
    onSuccess: () => {
      void message.success(t('publish.done'));
      return Promise.all(
        [...invalidate, 'analytics'].map((key) => client.invalidateQueries({ queryKey: [key] })),
      );
    },
    onError: (err) => {
      void message.error(
        err instanceof ApiError && err.code === 'version.stale' ? t('publish.stale') : err.message,
      );
      return Promise.all(invalidate.map((key) => client.invalidateQueries({ queryKey: [key] })));
    },
  });
  if (!canUpdate || published) return null;
  return (
    <Popconfirm
      title={t('publish.confirm')}
      okText={t('publish.action')}
      cancelText={t('training.form.cancel')}
      onConfirm={() => publish.mutate()}
    >
      <Button size="small" loading={publish.isPending} data-testid={testId}>
        {t('publish.action')}
      </Button>
    </Popconfirm>
  );
}
