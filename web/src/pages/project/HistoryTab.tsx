import { Button, Card, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useProjectHistory } from '../../api/hooks';
import type { ProjectHistoryEntry } from '../../api/types';
import { ErrorResult } from '../../components/ErrorResult';
import { Money } from '../../components/Money';
import { fieldLabel, historyActionLabel } from '../../lib/fieldLabels';
import { formatDate, formatDateTime } from '../../lib/format';
import { changeValueText } from '../../lib/historyValues';

/**
 * The project's change history and its ledger's, newest first, in words: who (by name), what
 * (a translated action), and for each field changed its name with the value before and after
 * (or which ledger entry); older entries on demand.
 */
export function HistoryTab({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const history = useProjectHistory(code, true);
  if (history.isError) {
    return <ErrorResult error={history.error} onRetry={() => void history.refetch()} />;
  }
  const entries = history.data?.pages.flatMap((p) => p.items) ?? [];

  const detail = (e: ProjectHistoryEntry) => {
    if (e.transaction) {
      const tx = e.transaction;
      return (
        <span>
          {t('historyTab.txText', {
            date: formatDate(tx.date),
            type: t(`txTypes.${tx.type}`),
            planned: tx.planned ? t('project.planned') : t('project.actual'),
          })}{' '}
          <Money fen={tx.valueFen} unit />
        </span>
      );
    }
    if (e.changes.length === 0) return null;
    return (
      <ul style={{ margin: 0, paddingLeft: 16, maxWidth: 720 }}>
        {e.changes.map((c) => (
          <li key={c.field} data-testid="history-change" data-field={c.field}>
            <Typography.Text strong>{fieldLabel(t, c.field)}</Typography.Text>
            {t('historyTab.labelSeparator')}
            <Typography.Text type="secondary" data-testid="change-before">
              {changeValueText(t, i18n.language, c, 'before')}
            </Typography.Text>
            {' → '}
            <span data-testid="change-after">{changeValueText(t, i18n.language, c, 'after')}</span>
          </li>
        ))}
      </ul>
    );
  };

  const columns: ColumnsType<ProjectHistoryEntry> = [
    {
      title: t('historyTab.colAt'),
      dataIndex: 'at',
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
    },
    {
      title: t('historyTab.colActor'),
      dataIndex: 'actorName',
      render: (name: string | null) => name ?? t('ledger.system'),
    },
    {
      title: t('historyTab.colAction'),
      key: 'action',
      render: (_, e) => historyActionLabel(t, e.entityType, e.action),
    },
    { title: t('historyTab.colDetail'), key: 'detail', render: (_, e) => detail(e) },
  ];

  return (
    <Card size="small" data-testid="project-history">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('historyTab.intro')}
      </Typography.Paragraph>
      <Table<ProjectHistoryEntry>
        rowKey="id"
        size="small"
        loading={history.isPending}
        columns={columns}
        dataSource={entries}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: history.isPending ? (
            ' '
          ) : (
            <Empty description={t('historyTab.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ),
        }}
      />
      {history.hasNextPage ? (
        <Button
          style={{ marginTop: 12 }}
          loading={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t('historyTab.loadMore')}
        </Button>
      ) : null}
    </Card>
  );
}
