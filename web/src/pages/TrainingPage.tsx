import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../api/hooks';
import {
  type TrainingProgramme,
  useTrainingProgrammes,
  useTrainingSessions,
} from '../api/training';
import { ErrorResult } from '../components/ErrorResult';
import { ExportButton } from '../components/ExportButton';
import { PageTitle } from '../components/PageTitle';
import { SignedIn } from '../components/SignedIn';
import { formatCount } from '../lib/format';
import { useUrlPaging } from '../lib/urlPaging';
import { ByDonorCard } from './training/ByDonorCard';
import { ProgrammeModal } from './training/ProgrammeModal';
import { SessionModal } from './training/SessionModal';
import { SessionsTable } from './training/SessionsTable';
import { TrainingFilters, useTrainingFilters } from './training/TrainingFilters';

/** 培训: the training programmes, the sessions under the filters, person-times by donor. */
export function TrainingPage() {
  const { t } = useTranslation();
  const filters = useTrainingFilters();
  return (
    <>
      <PageTitle
        title={t('training.title')}
        intro={t('training.intro')}
        extra={<ExportButton kind="training" filters={filters.query} />}
      />
      <SignedIn title={t('training.loginTitle')} text={t('training.loginText')}>
        <TrainingScreen />
      </SignedIn>
    </>
  );
}

function TrainingScreen() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const filters = useTrainingFilters();
  const paging = useUrlPaging();
  const programmes = useTrainingProgrammes();
  const sessions = useTrainingSessions({
    ...filters.query,
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const [adding, setAdding] = useState<'session' | 'programme' | null>(null);
  const canAddSession = can('training.write');
  const canAddProgramme = can('trainingProgrammes.write');

  const buttons = (
    <Space wrap>
      {canAddSession ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding('session')}>
          {t('training.newSession')}
        </Button>
      ) : null}
      {canAddProgramme ? (
        <Button icon={<PlusOutlined />} onClick={() => setAdding('programme')}>
          {t('training.newProgramme')}
        </Button>
      ) : null}
    </Space>
  );

  return (
    <>
      <div style={{ marginBottom: 16 }}>{buttons}</div>
      <TrainingFilters filters={filters} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('training.programmesTitle')}>
            {programmes.isError ? (
              <ErrorResult error={programmes.error} onRetry={() => void programmes.refetch()} />
            ) : (
              <Table<TrainingProgramme>
                data-testid="programmes-table"
                rowKey="code"
                size="small"
                loading={programmes.isFetching}
                pagination={false}
                dataSource={programmes.data?.items ?? []}
                locale={{
                  emptyText: programmes.isPending ? (
                    ' '
                  ) : (
                    <Empty
                      image={Empty.PRESENTED_IMAGE_SIMPLE}
                      description={
                        canAddProgramme
                          ? t('training.programmesEmptyEditor')
                          : t('training.programmesEmpty')
                      }
                    />
                  ),
                }}
                columns={[
                  {
                    title: t('training.colProgramme'),
                    key: 'name',
                    render: (_, p) => (
                      <Link to={`/training/programmes/${encodeURIComponent(p.code)}`}>
                        {i18n.language === 'en' ? p.nameEn : p.name}
                      </Link>
                    ),
                  },
                  {
                    title: t('training.colSessions'),
                    key: 'sessions',
                    align: 'right',
                    render: (_, p) => formatCount(p.totals.sessions),
                  },
                  {
                    title: t('training.colParticipants'),
                    key: 'participants',
                    align: 'right',
                    render: (_, p) => formatCount(p.totals.participants),
                  },
                  {
                    title: t('training.colPersonTimes'),
                    key: 'personTimes',
                    align: 'right',
                    render: (_, p) => formatCount(p.totals.personTimes),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <ByDonorCard query={filters.query} />
        </Col>
        <Col span={24}>
          <Card size="small" title={t('training.sessionsTitle')}>
            {sessions.isError && !sessions.data ? (
              <ErrorResult error={sessions.error} onRetry={() => void sessions.refetch()} />
            ) : (
              <SessionsTable
                items={sessions.data?.items ?? []}
                total={sessions.data?.total ?? 0}
                loading={sessions.isFetching}
                pending={sessions.isPending}
                emptyText={
                  filters.filtered
                    ? t('training.noMatch')
                    : canAddSession
                      ? t('training.emptyEditor')
                      : t('training.empty')
                }
              />
            )}
          </Card>
        </Col>
      </Row>
      <SessionModal
        open={adding === 'session'}
        onClose={() => setAdding(null)}
        trainingProgramme={filters.trainingProgramme || undefined}
      />
      <ProgrammeModal open={adding === 'programme'} onClose={() => setAdding(null)} />
    </>
  );
}
