import { Col, Empty, Row, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useHistory } from '../../api/hooks';
import type { HistoryEntry } from '../../api/types';
import { ErrorResult } from '../../components/ErrorResult';
import { formatDateTime } from '../../lib/format';

/** The project's change history, each entry expandable to its record before and after. */
export function HistoryTab({ code }: { code: string }) {
  const { t } = useTranslation();
  const history = useHistory('project', code, true);
  if (history.isError)
    return <ErrorResult error={history.error} onRetry={() => void history.refetch()} />;
  const json = (v: unknown) => (
    <pre style={{ margin: 0, maxHeight: 300, overflow: 'auto', fontSize: 12 }}>
      {JSON.stringify(v, null, 2)}
    </pre>
  );
  const columns: ColumnsType<HistoryEntry> = [
    {
      title: t('project.colAt'),
      dataIndex: 'at',
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
    },
    { title: t('project.colActor'), dataIndex: 'actor' },
    { title: t('project.colAction'), dataIndex: 'action' },
  ];
  return (
    <Table<HistoryEntry>
      rowKey="id"
      size="small"
      loading={history.isPending}
      columns={columns}
      dataSource={history.data?.items ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      expandable={{
        expandedRowRender: (e) => (
          <Row gutter={16}>
            <Col span={12}>
              <Typography.Text strong>{t('project.before')}</Typography.Text>
              {json(e.before)}
            </Col>
            <Col span={12}>
              <Typography.Text strong>{t('project.after')}</Typography.Text>
              {json(e.after)}
            </Col>
          </Row>
        ),
      }}
      locale={{
        emptyText: history.isPending ? (
          ' '
        ) : (
          <Empty description={t('project.historyEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ),
      }}
    />
  );
}
