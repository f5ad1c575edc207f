import { Card, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ByDonor } from '../../api/training';
import { useTrainingByDonor } from '../../api/training';
import { ErrorResult } from '../../components/ErrorResult';
import { formatCount } from '../../lib/format';

type Row = ByDonor['rows'][number];

/** Sessions, participants and person-times by donor province or city, under the page's filters. */
export function ByDonorCard({ query }: { query: Record<string, string | undefined> }) {
  const { t, i18n } = useTranslation();
  const byDonor = useTrainingByDonor(query);
  return (
    <Card size="small" title={t('training.byDonorTitle')} data-testid="training-by-donor">
      {byDonor.isError ? (
        <ErrorResult error={byDonor.error} onRetry={() => void byDonor.refetch()} />
      ) : (
        <Table<Row>
          rowKey={(r) => r.donor.code}
          size="small"
          loading={byDonor.isFetching}
          pagination={false}
          dataSource={byDonor.data?.rows ?? []}
          locale={{
            emptyText: byDonor.isPending ? (
              ' '
            ) : (
              <Empty
                description={t('training.byDonorEmpty')}
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              />
            ),
          }}
          columns={[
            {
              title: t('training.colDonor'),
              key: 'donor',
              render: (_, r) => (i18n.language === 'en' ? r.donor.nameEn : r.donor.name),
            },
            {
              title: t('training.colSessions'),
              key: 'sessions',
              align: 'right',
              render: (_, r) => formatCount(r.sessions),
            },
            {
              title: t('training.colParticipants'),
              key: 'participants',
              align: 'right',
              render: (_, r) => formatCount(r.participants),
            },
            {
              title: t('training.colPersonTimes'),
              key: 'personTimes',
              align: 'right',
              render: (_, r) => (
                <span data-testid={`by-donor-${r.donor.code}`}>{formatCount(r.personTimes)}</span>
              ),
            },
            {
              title: t('training.colJobs'),
              key: 'jobsFound',
              align: 'right',
              render: (_, r) => formatCount(r.jobsFound),
            },
          ]}
        />
      )}
    </Card>
  );
}
