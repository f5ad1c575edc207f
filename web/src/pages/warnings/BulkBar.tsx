/** The early-warning queue's bulk bar: the actions allowed on every selected warning. */
import { App as AntApp, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { problemText } from '../../api/problemText';
import { useBulkWarnings, type Warning } from '../../api/warnings';

type Action = 'take' | 'acknowledge' | 'resolve' | 'dismiss';

const closed = (w: Warning) => w.status === 'resolved' || w.status === 'dismissed';

/** Whether the single row action would be offered on this warning (see RowActions). */
export function allows(action: Action, w: Warning, me: number): boolean {
  if (!w.can.work || closed(w)) return false;
  if (action === 'take') return w.owner?.id !== me && (w.owner === null || w.can.assign);
  if (action === 'acknowledge') return w.status === 'open';
  return true;
}

/** A row may be selected when some bulk action is allowed on it. */
export const selectable = (w: Warning, me: number) =>
  (['take', 'acknowledge', 'resolve', 'dismiss'] as const).some((a) => allows(a, w, me));

export function BulkBar({
  selected,
  me,
  onDone,
}: {
  selected: Warning[];
  me: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const bulk = useBulkWarnings();
  const [noteFor, setNoteFor] = useState<'resolve' | 'dismiss' | null>(null);
  const [form] = Form.useForm<{ note: string }>();
  if (selected.length === 0) return null;
  const actions = (['take', 'acknowledge', 'resolve', 'dismiss'] as const).filter((a) =>
    selected.every((w) => allows(a, w, me)),
  );
  const send = (action: Action, resolutionNote?: string) =>
    bulk.mutate(
      {
        action,
        items: selected.map((w) => ({ id: w.id, version: w.version })),
        ...(resolutionNote ? { resolutionNote } : {}),
      },
      {
        onSuccess: (res) => {
          void message.success(t('warningsPage.bulkDone', { count: res.items.length }));
          setNoteFor(null);
          onDone();
        },
        onError: (err) => {
          if (!(err instanceof ApiError)) {
            void message.error(t('warningsPage.failed', { detail: err.message }));
            return;
          }
          // Which item was refused, then why.
          const item = err.problem.errors?.find((e) => e.code === 'warning.bulkItemRefused');
          const which = item ? problemText(item.code, item.params ?? {}, item.message ?? '') : '';
          void message.error(
            t('warningsPage.failed', { detail: [which, err.message].filter(Boolean).join('：') }),
            8,
          );
          if (err.status === 409) onDone();
        },
      },
    );
  return (
    <div
      role="toolbar"
      aria-label={t('warningsPage.bulkActions')}
      data-testid="warnings-bulk-bar"
      style={{ padding: '8px 12px', margin: '8px 0', background: '#e6f4ff', borderRadius: 6 }}
    >
      <Space wrap>
        <Typography.Text strong>
          {t('warningsPage.bulkSelected', { count: selected.length })}
        </Typography.Text>
        {actions.length === 0 ? (
          <Typography.Text type="secondary">{t('warningsPage.bulkNoneAllowed')}</Typography.Text>
        ) : null}
        {actions.map((a) => (
          <Button
            key={a}
            size="small"
            type={a === 'resolve' ? 'primary' : 'default'}
            danger={a === 'dismiss'}
            loading={bulk.isPending && bulk.variables?.action === a}
            disabled={bulk.isPending}
            data-testid={`warnings-bulk-${a}`}
            onClick={() => (a === 'resolve' || a === 'dismiss' ? setNoteFor(a) : send(a))}
          >
            {t(`warningsPage.${a}`)}
          </Button>
        ))}
        <Button size="small" type="link" onClick={onDone}>
          {t('warningsPage.bulkClear')}
        </Button>
      </Space>
      <Modal
        open={noteFor !== null}
        title={
          noteFor
            ? t('warningsPage.bulkNoteTitle', {
                action: t(`warningsPage.${noteFor}`),
                count: selected.length,
              })
            : ''
        }
        okText={noteFor ? t(`warningsPage.${noteFor}`) : ''}
        okButtonProps={{ danger: noteFor === 'dismiss', ...{ 'data-testid': 'warnings-bulk-ok' } }}
        cancelText={t('warningsPage.cancel')}
        confirmLoading={bulk.isPending}
        onOk={() => form.submit()}
        onCancel={() => setNoteFor(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ note }) => noteFor && send(noteFor, note.trim())}
        >
          <Form.Item
            name="note"
            label={t('warningsPage.bulkNoteLabel')}
            rules={[{ required: true, whitespace: true, message: t('warningsPage.noteRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
