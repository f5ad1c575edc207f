import { Button, Empty, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../api/hooks';
import { type Mentoring, useMentorings } from '../api/people';
import { AreaName } from '../components/AreaName';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { PageTitle } from '../components/PageTitle';
import { RecordHistoryButton } from '../components/RecordHistoryButton';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { Dates } from './people/bits';
import { DonorAreaFilters } from './people/DonorAreaFilters';
import { MentoringEditModal } from './people/MentoringEditModal';
import { AssessmentModal, NewMentoringModal } from './people/MentoringForms';

/** Mentoring (传帮带): mentor, mentee and their yearly assessments; filters in the URL. */
export function MentoringPage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const donor = params.get('donor') ?? '';
  const area = params.get('area') ?? '';
  const mentorings = useMentorings({
    donor: donor || undefined,
    area: area || undefined,
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });
  const filtered = !!(donor || area);
  const can = useCan();
  const [creating, setCreating] = useState(false);
  // The mentoring being assessed, by id: the dialog has it as last read (a 409 reloads it).
  const [assessing, setAssessing] = useState<number | null>(null);
  const assessed = mentorings.data?.items.find((m) => m.id === assessing);
  const [editingId, setEditingId] = useState<number | null>(null);
  const edited = mentorings.data?.items.find((m) => m.id === editingId && m.can.write);

  const columns: ColumnsType<Mentoring> = [
    {
      title: t('people.mentoring.colMentor'),
      key: 'mentor',
      render: (_, m) => <Link to={`/people/${m.mentor.id}`}>{m.mentor.name}</Link>,
    },
    {
      title: t('people.colDonor'),
      key: 'donor',
      render: (_, m) => donorName(m.donor, i18n.language),
    },
    {
      title: t('people.mentoring.colMentee'),
      key: 'mentee',
      render: (_, m) => (
        <Space size={6}>
          <span>{m.mentee.name}</span>
          {m.publishedAt ? null : <Tag>{t('people.unpublished')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('people.mentoring.colOrg'),
      key: 'org',
      render: (_, m) => donorName(m.mentee.org, i18n.language),
    },
    {
      title: t('people.mentoring.colArea'),
      key: 'area',
      render: (_, m) => (
        <Link to={`/areas/${m.area.code}`}>
          <AreaName area={m.area} />
        </Link>
      ),
    },
    {
      title: t('people.mentoring.colDates'),
      key: 'dates',
      render: (_, m) => <Dates from={m.startsOn} to={m.endsOn} />,
    },
    {
      title: t('people.mentoring.colAssessments'),
      key: 'assessments',
      render: (_, m) =>
        m.assessments.length === 0 ? (
          t('people.mentoring.noAssessment')
        ) : (
          <Space size={4} wrap>
            {m.assessments.map((a) => (
              <Tag
                key={a.year}
                color={a.grade === 'excellent' ? 'green' : a.grade === 'fail' ? 'red' : 'blue'}
              >
                {t('people.mentoring.assessment', {
                  year: a.year,
                  grade: t(`people.mentoring.grades.${a.grade}`),
                })}
              </Tag>
            ))}
          </Space>
        ),
    },
  ];
  // The actions column only when a row on the page may be changed or its history read (a
  // reader who may do neither sees none).
  if ((mentorings.data?.items ?? []).some((r) => r.can.write || r.can.readHistory))
    columns.push({
      title: t('peopleForms.actions'),
      key: 'actions',
      render: (_, m) => (
        <Space size={4}>
          {m.can.write ? (
            <Button size="small" onClick={() => setEditingId(m.id)} data-testid="mentoring-edit">
              {t('peopleEdits.mentoring.action')}
            </Button>
          ) : null}
          {m.can.write ? (
            <Button size="small" onClick={() => setAssessing(m.id)} data-testid="mentoring-assess">
              {t('peopleForms.assessment.action')}
            </Button>
          ) : null}
          {m.can.readHistory ? (
            <RecordHistoryButton
              url={`/api/mentorings/${m.id}/history`}
              version={m.version}
              name={t('people.mentoring.pair', { mentor: m.mentor.name, mentee: m.mentee.name })}
              testId={`history-mentoring-${m.id}`}
            />
          ) : null}
        </Space>
      ),
    });

  return (
    <>
      <PageTitle
        title={t('people.mentoring.title')}
        intro={t('people.mentoring.intro')}
        extra={
          can('mentoring.write') ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="mentoring-new">
              {t('peopleForms.mentoring.action')}
            </Button>
          ) : null
        }
      />
      {creating ? <NewMentoringModal onClose={() => setCreating(false)} /> : null}
      {edited ? (
        <MentoringEditModal
          mentoring={edited}
          onClose={() => setEditingId(null)}
          onReload={() => mentorings.refetch()}
        />
      ) : null}
      {assessed ? (
        <AssessmentModal mentoring={assessed} onClose={() => setAssessing(null)} />
      ) : null}
      <DonorAreaFilters
        label={t('people.mentoring.filters')}
        idPrefix="mf"
        donor={donor}
        area={area}
        onChange={setFilter}
        onClear={() => setFilter({ donor: undefined, area: undefined })}
      />
      {mentorings.isError && !mentorings.data ? (
        <ErrorResult error={mentorings.error} onRetry={() => void mentorings.refetch()} />
      ) : (
        <Table<Mentoring>
          data-testid="mentoring-table"
          rowKey="id"
          size="middle"
          loading={mentorings.isFetching}
          columns={columns}
          dataSource={mentorings.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: mentorings.isPending ? (
              ' '
            ) : (
              <Empty
                description={filtered ? t('people.mentoring.noMatch') : t('people.mentoring.empty')}
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              />
            ),
          }}
          pagination={{
            ...paging.pagination(mentorings.data?.total ?? 0),
            showTotal: (count) => t('people.mentoring.total', { count }),
          }}
          onChange={(pagination) => update(paging.pageParams(pagination))}
        />
      )}
    </>
  );
}
