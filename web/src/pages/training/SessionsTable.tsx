import { EditOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDonorName } from '../../api/names';
import type { SessionSummary } from '../../api/training';
import { AreaName } from '../../components/AreaName';
import { PublishButton } from '../../components/PublishButton';
import { RecordHistoryButton } from '../../components/RecordHistoryButton';
import { type ResponsiveColumn, ResponsiveTable } from '../../components/ResponsiveTable';
import { formatCount, formatDate } from '../../lib/format';
import { useUrlPaging } from '../../lib/urlPaging';
import { useUrlState } from '../../lib/urlState';
import { SessionModal } from './SessionModal';

/** A page of training sessions: topic, organiser, area, dates, place, participants and outcomes. */
export function SessionsTable({
  items,
  total,
  loading,
  pending,
  emptyText,
  showProgramme = true,
}: {
  items: readonly SessionSummary[];
  total: number;
  loading: boolean;
  pending: boolean;
  emptyText: string;
  showProgramme?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const paging = useUrlPaging();
  const { update } = useUrlState();
  const donorName = useDonorName();
  const en = i18n.language === 'en';
  const [editing, setEditing] = useState<SessionSummary | null>(null);
  const columns: ResponsiveColumn<SessionSummary>[] = [
    {
      title: t('training.colTopic'),
      key: 'topic',
      render: (_, s) => (
        <Space size={6} wrap>
          <span>{s.topic}</span>
          {s.published ? null : <Tag>{t('training.unpublished')}</Tag>}
          <PublishButton
            url={`/api/training/sessions/${s.id}`}
            version={s.version}
            canUpdate={s.can.update}
            published={s.published}
            invalidate={['training-sessions', 'training-programmes', 'training-by-donor']}
            testId={`publish-session-${s.id}`}
          />
          {s.can.update ? (
            <Button
              size="small"
              type="link"
              icon={<EditOutlined />}
              data-testid={`edit-session-${s.id}`}
              aria-label={t('training.editing.aria', { name: s.topic })}
              onClick={() => setEditing(s)}
            >
              {t('training.editing.action')}
            </Button>
          ) : null}
          {s.can.readHistory ? (
            <RecordHistoryButton
              url={`/api/training/sessions/${s.id}/history`}
              version={s.version}
              name={s.topic}
              testId={`history-session-${s.id}`}
            />
          ) : null}
        </Space>
      ),
    },
    ...(showProgramme
      ? [
          {
            title: t('training.colProgramme'),
            key: 'programme',
            render: (_: unknown, s: SessionSummary) =>
              s.trainingProgramme
                ? en
                  ? s.trainingProgramme.nameEn
                  : s.trainingProgramme.name
                : t('common.none'),
          },
        ]
      : []),
    {
      title: t('training.colOrganiser'),
      key: 'organiser',
      render: (_, s) => (en && s.organiser.nameEn ? s.organiser.nameEn : donorName(s.organiser)),
    },
    {
      title: t('training.colArea'),
      key: 'area',
      render: (_, s) => <AreaName area={s.area} />,
    },
    {
      title: t('training.colDates'),
      key: 'dates',
      render: (_, s) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDate(s.startDate)} – {formatDate(s.endDate)}
        </span>
      ),
    },
    {
      title: t('training.colPlace'),
      key: 'place',
      render: (_, s) => t(`training.places.${s.place}`),
    },
    {
      title: t('training.colParticipants'),
      key: 'participants',
      align: 'right',
      render: (_, s) => formatCount(s.participants),
    },
    {
      title: t('training.colPersonTimes'),
      key: 'personTimes',
      align: 'right',
      render: (_, s) => formatCount(s.personTimes),
    },
    {
      title: t('training.colJobs'),
      key: 'jobsFound',
      align: 'right',
      render: (_, s) => formatCount(s.jobsFound),
    },
    {
      title: t('training.colCertificates'),
      key: 'certificates',
      align: 'right',
      render: (_, s) => formatCount(s.certificates),
    },
  ];
  return (
    <>
      <ResponsiveTable<SessionSummary>
        data-testid="sessions-table"
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={[...items]}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: pending ? (
            ' '
          ) : (
            <Empty description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ),
        }}
        pagination={paging.pagination(total)}
        onChange={(pagination) => update(paging.pageParams(pagination))}
      />
      {editing ? <SessionModal open session={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
