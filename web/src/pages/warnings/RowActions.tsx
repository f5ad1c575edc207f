import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Warning } from '../../api/warnings';
import { useWarningChange } from './useWarningChange';
import { subjectTitle } from './WarningSubject';

/**
 * A row's actions for a warning the caller may work (`can.work`), at most three buttons: take
 * (or, once taken, acknowledge), resolve, and a menu with the rest (acknowledge, assign, dismiss);
 * reopen when closed. Assigning, and taking a warning someone else holds, need `can.assign`.
 */
export function RowActions({
  warning,
  me,
  onClose,
  onAssign,
}: {
  warning: Warning;
  me: number;
  onClose: (w: Warning, status: 'resolved' | 'dismissed') => void;
  onAssign: (w: Warning) => void;
}) {
  const { t } = useTranslation();
  const change = useWarningChange();
  const busy = change.pending;
  const base = { id: warning.id, version: warning.version };
  const closed = warning.status === 'resolved' || warning.status === 'dismissed';

  if (closed) {
    return (
      <Button
        size="small"
        loading={busy}
        onClick={() => change.send({ ...base, status: 'open' }, t('warningsPage.reopened'))}
      >
        {t('warningsPage.reopen')}
      </Button>
    );
  }
  const mine = warning.owner?.id === me;
  const open = warning.status === 'open';
  const canAssign = warning.can.assign;
  // Taking a warning someone else holds moves it between people: the programme office's.
  const canTake = !mine && (warning.owner === null || canAssign);
  const acknowledge = () =>
    change.send({ ...base, status: 'acknowledged' }, t('warningsPage.acknowledged'));
  const more = [
    ...(open && !mine ? [{ key: 'acknowledge', label: t('warningsPage.acknowledge') }] : []),
    ...(canAssign ? [{ key: 'assign', label: t('warningsPage.assign') }] : []),
    { key: 'dismiss', label: t('warningsPage.dismiss'), danger: true },
  ];
  return (
    <Space
      size={4}
      role="group"
      aria-label={t('warningsPage.rowActions', { project: subjectTitle(warning) })}
    >
      {canTake ? (
        <Button
          size="small"
          disabled={busy}
          data-testid={`warning-take-${warning.id}`}
          onClick={() => change.send({ ...base, ownerUserId: me }, t('warningsPage.taken'))}
        >
          {t('warningsPage.take')}
        </Button>
      ) : null}
      {mine && open ? (
        <Button
          size="small"
          disabled={busy}
          data-testid={`warning-acknowledge-${warning.id}`}
          onClick={acknowledge}
        >
          {t('warningsPage.acknowledge')}
        </Button>
      ) : null}
      <Button
        size="small"
        type="primary"
        ghost
        disabled={busy}
        data-testid={`warning-resolve-${warning.id}`}
        onClick={() => onClose(warning, 'resolved')}
      >
        {t('warningsPage.resolve')}
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: more,
          onClick: ({ key }) => {
            if (key === 'acknowledge') acknowledge();
            else if (key === 'assign') onAssign(warning);
            else onClose(warning, 'dismissed');
          },
        }}
      >
        <Button
          size="small"
          disabled={busy}
          aria-label={`${t('warningsPage.more')} · ${subjectTitle(warning)}`}
        >
          {t('warningsPage.more')} <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
