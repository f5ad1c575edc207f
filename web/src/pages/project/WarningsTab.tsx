import { Card, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWarnings, type Warning } from '../../api/warnings';
import { ErrorResult } from '../../components/ErrorResult';
import { WarningKindTag, WarningStatusTag } from '../../components/WarningTags';
import { formatDate } from '../../lib/format';
import { PROJECT_WARNINGS_LIMIT } from './projectData';

/**
 * The project's early warnings, read-only (the first PROJECT_WARNINGS_LIMIT; the queue pages
 * through the rest); they are worked in the warnings queue.
 */
export function WarningsTab({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const warnings = useWarnings({ project: code, limit: PROJECT_WARNINGS_LIMIT });
  const queue = `/warnings?project=${encodeURIComponent(code)}`;
  const columns: ColumnsType<Warning> = [
    {
      title: t('projectExtras.colKind'),
      dataIndex: 'kind',
      render: (_, w) => <WarningKindTag kind={w.kind} />,
    },
    {
      title: t('projectExtras.colMessage'),
      key: 'message',
      render: (_, w) => (i18n.language === 'en' ? w.detail.message.en : w.detail.message.zh),
    },
    {
      title: t('projectExtras.colSince'),
      key: 'since',
      render: (_, w) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(w.detail.since)}</span>,
    },
    {
      title: t('projectExtras.colOwner'),
      key: 'owner',
      render: (_, w) =>
        w.owner ? (
          w.owner.displayName
        ) : (
          <Typography.Text type="secondary">{t('projectExtras.unassigned')}</Typography.Text>
        ),
    },
    {
      title: t('projectExtras.colStatus'),
      dataIndex: 'status',
      render: (_, w) => <WarningStatusTag status={w.status} />,
    },
  ];
  return (
    <Card
      size="small"
      title={t('projectExtras.warningsTitle')}
      extra={
        <Link to={queue} data-testid="warnings-queue-link">
          {t('projectExtras.warningsQueue')}
        </Link>
      }
      data-testid="project-warnings"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('projectExtras.warningsIntro')}
      </Typography.Paragraph>
      {warnings.isError ? (
        <ErrorResult error={warnings.error} onRetry={() => void warnings.refetch()} />
      ) : (
        <Table<Warning>
          rowKey="id"
          size="small"
          loading={warnings.isPending}
          columns={columns}
          dataSource={warnings.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: warnings.isPending ? (
              ' '
            ) : (
              <Empty
                description={t('projectExtras.warningsEmpty')}
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              />
            ),
          }}
        />
      )}
    </Card>
  );
}
