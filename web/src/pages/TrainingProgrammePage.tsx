import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useCan } from '../api/hooks';
import { useTrainingProgramme, useTrainingSessions } from '../api/training';
import { ErrorResult } from '../components/ErrorResult';
import { PageTitle } from '../components/PageTitle';
import { SignedIn } from '../components/SignedIn';
import { formatCount } from '../lib/format';
import { useUrlPaging } from '../lib/urlPaging';
import { ByDonorCard } from './training/ByDonorCard';
import { ProgrammeModal } from './training/ProgrammeModal';
import { SessionModal } from './training/SessionModal';
import { SessionsTable } from './training/SessionsTable';
import { TrainingFilters, useTrainingFilters } from './training/TrainingFilters';

/** One training programme (天山计划 …): its totals, its sessions, person-times by donor. */
export function TrainingProgrammePage() {
  const { t } = useTranslation();
  return (
    <SignedIn title={t('training.loginTitle')} text={t('training.loginText')}>
      <ProgrammeScreen />
    </SignedIn>
  );
}

function ProgrammeScreen() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const can = useCan();
  const programme = useTrainingProgramme(code);
  const filters = useTrainingFilters();
  const paging = useUrlPaging();
  const query = { ...filters.query, trainingProgramme: code };
  const sessions = useTrainingSessions(
    { ...query, limit: paging.pageSize, offset: paging.offset },
    programme.isSuccess,
  );
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState(false);

  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[
        { key: 'all', title: <Link to="/training">{t('training.programmePage.back')}</Link> },
      ]}
    />
  );
  if (programme.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton active paragraph={{ rows: 6 }} />
      </>
    );
  }
  if (programme.isError) {
    const notFound = programme.error instanceof ApiError && programme.error.status === 404;
    return (
      <>
        {crumbs}
        <ErrorResult
          error={programme.error}
          title={notFound ? t('training.programmePage.notFoundTitle') : undefined}
          onRetry={notFound ? undefined : () => void programme.refetch()}
        />
      </>
    );
  }
  const p = programme.data;
  const canAdd = can('training.write');
  return (
    <>
      {crumbs}
      <PageTitle
        title={i18n.language === 'en' ? p.nameEn : p.name}
        intro={
          <Typography.Text data-testid="programme-totals" data-person-times={p.totals.personTimes}>
            {t('training.programmePage.totals', {
              sessions: formatCount(p.totals.sessions),
              participants: formatCount(p.totals.participants),
              personTimes: formatCount(p.totals.personTimes),
            })}
          </Typography.Text>
        }
        extra={
          <Space wrap>
            {p.can.update ? (
              <Button
                icon={<EditOutlined />}
                data-testid="edit-programme"
                onClick={() => setRenaming(true)}
              >
                {t('training.programmePage.edit')}
              </Button>
            ) : null}
            {canAdd ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('training.newSession')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <TrainingFilters filters={filters} programmeFixed />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card size="small" title={t('training.sessionsTitle')}>
            {sessions.isError && !sessions.data ? (
              <ErrorResult error={sessions.error} onRetry={() => void sessions.refetch()} />
            ) : (
              <SessionsTable
                showProgramme={false}
                items={sessions.data?.items ?? []}
                total={sessions.data?.total ?? 0}
                loading={sessions.isFetching}
                pending={sessions.isPending}
                emptyText={
                  filters.filtered
                    ? t('training.noMatch')
                    : canAdd
                      ? t('training.emptyEditor')
                      : t('training.empty')
                }
              />
            )}
          </Card>
        </Col>
        <Col span={24}>
          <ByDonorCard query={query} />
        </Col>
      </Row>
      <SessionModal open={adding} onClose={() => setAdding(false)} trainingProgramme={code} />
      {renaming ? <ProgrammeModal open programme={p} onClose={() => setRenaming(false)} /> : null}
    </>
  );
}
