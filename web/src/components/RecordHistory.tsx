/**
 * The change history of one people's, training, company or sales record (and the records it
 * holds), newest first, in words: who by name, what to which record, and each changed field
 * with its value before and after. Loading, empty and error states; shown only to a reader whose
 * record's `can` allows it (the caller decides).
 */
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { formatDateTime } from '../lib/format';
import {
  type RecordHistoryEntry,
  recordChangeText,
  recordEntryLabel,
  recordFieldLabel,
} from '../lib/recordHistoryValues';
import { ErrorResult } from './ErrorResult';

/**
 * `url`: the record's history route, e.g. `/api/people/persons/12/history`; `version`: the
 * record's version as shown, so that the history is asked again after each change;
 * `detailWidth`: the widest a change list may be (narrower in a drawer, so that it wraps).
 */
export function RecordHistory({
  url,
  version,
  testId,
  detailWidth = 720,
}: {
  url: string;
  version: number;
  testId?: string;
  detailWidth?: number;
}) {
  const { t, i18n } = useTranslation();
  const history = useQuery({
    queryKey: ['record-history', url, version],
    queryFn: ({ signal }) => api<{ items: RecordHistoryEntry[] }>(url, { signal }),
  });
  if (history.isError) {
    return <ErrorResult error={history.error} onRetry={() => void history.refetch()} />;
  }

  const detail = (e: RecordHistoryEntry) =>
    e.changes.length === 0 ? null : (
      <ul style={{ margin: 0, paddingLeft: 16, maxWidth: detailWidth }}>
        {e.changes.map((c) => (
          <li key={c.field} data-testid="record-change" data-field={c.field}>
            <Typography.Text strong>{recordFieldLabel(t, c.field)}</Typography.Text>
            {t('recordHistory.labelSeparator')}
            {c.kind === 'reference' ? (
              t('recordHistory.changed')
            ) : (
              <>
                <Typography.Text type="secondary">
                  {recordChangeText(t, i18n.language, e.entityType, c, 'before')}
                </Typography.Text>
                {' → '}
                <span>{recordChangeText(t, i18n.language, e.entityType, c, 'after')}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    );

  const columns: ColumnsType<RecordHistoryEntry> = [
    {
      title: t('recordHistory.colAt'),
      dataIndex: 'at',
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
    },
    {
      title: t('recordHistory.colActor'),
      dataIndex: 'actorName',
      render: (name: string | null) => name ?? t('recordHistory.system'),
    },
    {
      title: t('recordHistory.colAction'),
      key: 'action',
      render: (_, e) => recordEntryLabel(t, e.entityType, e.action),
    },
    { title: t('recordHistory.colDetail'), key: 'detail', render: (_, e) => detail(e) },
  ];

  return (
    <Card title={t('recordHistory.title')} data-testid={testId ?? 'record-history'}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('recordHistory.intro')}
      </Typography.Paragraph>
      <Table<RecordHistoryEntry>
        rowKey="id"
        size="small"
        loading={history.isPending}
        columns={columns}
        dataSource={history.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: history.isPending ? (
            ' '
          ) : (
            <Empty description={t('recordHistory.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ),
        }}
      />
    </Card>
  );
}
