import { Button, Card, Empty, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransactions } from '../../api/hooks';
import type { Transaction } from '../../api/types';
import { TRANSACTION_TYPES } from '../../api/vocabulary';
import { ErrorResult } from '../../components/ErrorResult';
import { Money } from '../../components/Money';
import { withUnit } from '../../components/MoneyInput';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDate } from '../../lib/format';
import { ReversalDialog } from './ReversalDialog';

/** The project's fund ledger, with the actual sums by transaction type. */
export function LedgerTable({ code }: { code: string }) {
  const { t } = useTranslation();
  const txs = useTransactions(code);
  const [reversing, setReversing] = useState<Transaction | null>(null);
  const items = txs.data?.items ?? [];
  const byId = new Map(items.map((x) => [x.id, x]));
  const dateOf = (id: number | null) => formatDate(id === null ? null : byId.get(id)?.date);

  const columns: ColumnsType<Transaction> = [
    {
      title: t('project.colDate'),
      dataIndex: 'date',
      render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(d)}</span>,
      sorter: (a, b) => a.date.localeCompare(b.date),
      defaultSortOrder: 'descend',
    },
    {
      title: t('project.colTxType'),
      dataIndex: 'type',
      render: (v: string, tx) => (
        <Space size={4} wrap={false}>
          {t(`txTypes.${v}`)}
          {tx.reversedBy !== null ? (
            <Tooltip title={t('ledger.reversedByHint', { date: dateOf(tx.reversedBy) })}>
              <Tag data-testid={`tx-reversed-${tx.id}`}>{t('ledger.reversed')}</Tag>
            </Tooltip>
          ) : null}
          {tx.reverses !== null ? (
            <Tooltip
              title={t('ledger.reversalOfHint', {
                date: dateOf(tx.reverses),
                type: t(`txTypes.${v}`),
              })}
            >
              <Tag color="orange" data-testid={`tx-reversal-${tx.id}`}>
                {t('ledger.reversal')}
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('project.colPlanned'),
      dataIndex: 'planned',
      render: (p: boolean) =>
        p ? <Tag>{t('project.planned')}</Tag> : <Tag color="blue">{t('project.actual')}</Tag>,
    },
    {
      title: withUnit(t, t('project.colValue')),
      dataIndex: 'valueFen',
      align: 'right',
      render: (v: number, tx) => (
        <Money
          fen={v}
          testId={`tx-value-${tx.id}`}
          style={tx.reversedBy !== null ? { textDecoration: 'line-through' } : undefined}
        />
      ),
    },
    { title: t('project.colNote'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
    {
      title: t('project.colCreatedBy'),
      dataIndex: 'createdByName',
      render: (name: string | null) => name ?? t('ledger.system'),
    },
    // The action column only when some entry may be reversed by the caller.
    ...(items.some((x) => x.can.reverse)
      ? [
          {
            title: t('ledger.colActions'),
            key: 'actions',
            render: (_: unknown, tx: Transaction) =>
              tx.can.reverse ? (
                <Button
                  size="small"
                  type="link"
                  danger
                  data-testid={`tx-reverse-${tx.id}`}
                  aria-label={t('ledger.reverseAria', {
                    date: formatDate(tx.date),
                    type: t(`txTypes.${tx.type}`),
                  })}
                  onClick={() => setReversing(tx)}
                >
                  {t('ledger.reverse')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const actualByType = TRANSACTION_TYPES.map((type) => ({
    type,
    fen: items.filter((x) => x.type === type && !x.planned).reduce((s, x) => s + x.valueFen, 0),
  }));

  return (
    <Card
      size="small"
      title={t('project.ledger')}
      extra={
        txs.data?.items.length ? (
          <Space wrap size="middle">
            <Typography.Text type="secondary">
              {withUnit(t, t('project.sumByType'))}
            </Typography.Text>
            {actualByType.map((x) => (
              <span key={x.type}>
                {t(`txTypes.${x.type}`)} <Money fen={x.fen} />
              </span>
            ))}
          </Space>
        ) : null
      }
    >
      {txs.isError ? (
        <ErrorResult error={txs.error} onRetry={() => void txs.refetch()} />
      ) : (
        <ResponsiveTable<Transaction>
          data-testid="ledger-table"
          rowKey="id"
          size="small"
          loading={txs.isPending}
          columns={columns}
          dataSource={txs.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: txs.isPending ? (
              ' '
            ) : (
              <Empty description={t('project.ledgerEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ),
          }}
        />
      )}
      <ReversalDialog code={code} entry={reversing} onClose={() => setReversing(null)} />
    </Card>
  );
}
