import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { Warning } from '../../api/warnings';
import { KeepDates } from '../../components/FindingText';
import { WarningKindTag, WarningStatusTag } from '../../components/WarningTags';
import { formatDate } from '../../lib/format';
import { RowActions } from './RowActions';
import { warningMessage } from './useWarningChange';
import { WarningSubjectCell } from './WarningSubject';

/** The note the daily job leaves on a warning whose condition no longer holds. */
const AUTO_RESOLVED_NOTE = 'resolved automatically';

/**
 * The work queue's columns; the actions column only for those who may work warnings, each row's
 * actions by its own `can`.
 */
export function warningColumns(
  t: TFunction,
  language: string,
  {
    me,
    actions,
    onClose,
    onAssign,
  }: {
    me: number;
    actions: boolean;
    onClose: (warning: Warning, to: 'resolved' | 'dismissed') => void;
    onAssign: (warning: Warning) => void;
  },
): ColumnsType<Warning> {
  return [
    {
      title: t('warningsPage.colProject'),
      key: 'project',
      render: (_, w) => <WarningSubjectCell warning={w} />,
    },
    {
      title: t('warningsPage.colKind'),
      key: 'kind',
      render: (_, w) => <WarningKindTag kind={w.kind} />,
    },
    {
      title: t('warningsPage.colMessage'),
      key: 'message',
      render: (_, w) => (
        <div style={{ minWidth: 180, maxWidth: 250 }}>
          <div>
            <KeepDates text={warningMessage(w, language)} />
          </div>
          {w.resolutionNote ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {w.resolutionNote === AUTO_RESOLVED_NOTE
                ? t('warningsPage.autoResolved')
                : t('warningsPage.note', { note: w.resolutionNote })}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('warningsPage.colDates'),
      key: 'dates',
      render: (_, w) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <div title={t('warningsPage.sinceHint')}>
            {t('warningsPage.since', { date: formatDate(w.detail.since) })}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('warningsPage.detected', { date: formatDate(w.detectedAt) })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('warningsPage.colOwner'),
      key: 'owner',
      render: (_, w) =>
        w.owner ? (
          <span style={{ whiteSpace: 'nowrap' }} title={w.owner.username}>
            {w.owner.displayName || w.owner.username}
          </span>
        ) : (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('warningsPage.unassigned')}
          </Typography.Text>
        ),
    },
    {
      title: t('warningsPage.colStatus'),
      key: 'status',
      render: (_, w) => <WarningStatusTag status={w.status} />,
    },
    ...(actions
      ? [
          {
            title: t('warningsPage.colActions'),
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, w: Warning) =>
              w.can.work ? (
                <RowActions warning={w} me={me} onClose={onClose} onAssign={onAssign} />
              ) : null,
          },
        ]
      : []),
  ];
}
