import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../api/hooks';
import { type Team, useTeams } from '../api/people';
import { AreaName } from '../components/AreaName';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { FilterSelect } from '../components/FilterBar';
import { PageTitle } from '../components/PageTitle';
import { RecordHistoryButton } from '../components/RecordHistoryButton';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { Dates } from './people/bits';
import { DonorAreaFilters } from './people/DonorAreaFilters';
import { EditMemberModal, EditTeamModal } from './people/TeamEditForms';
import { AddMemberModal, EndMemberModal, NewTeamModal } from './people/TeamForms';

const KINDS = ['medical', 'education', 'other'] as const;
type Kind = (typeof KINDS)[number];

/** Group-style teams (组团式): leader and members over time; filters in the URL. */
export function TeamsPage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const donor = params.get('donor') ?? '';
  const area = params.get('area') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind = (KINDS as readonly string[]).includes(kindParam) ? (kindParam as Kind) : undefined;
  const focus = Number(params.get('focus')) || undefined;
  const can = useCan();
  const [creating, setCreating] = useState(false);
  // The team a member is being added to, or whose member is being ended (by ids, so that the
  // dialog always has the team as last read: a 409 reloads the list and the dialog with it).
  const [adding, setAdding] = useState<number | null>(null);
  const [ending, setEnding] = useState<{ team: number; member: number } | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [editingMember, setEditingMember] = useState<{ team: number; member: number } | null>(null);
  const teams = useTeams({
    donor: donor || undefined,
    area: area || undefined,
    kind,
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined, focus: undefined });
  const filtered = !!(donor || area || kind);
  const teamById = (id: number | null | undefined) =>
    id == null ? undefined : teams.data?.items.find((x) => x.id === id);
  const addingTeam = teamById(adding);
  const endingTeam = teamById(ending?.team);
  const editingTeam = teamById(editing);
  const memberTeam = teamById(editingMember?.team);

  const columns: ColumnsType<Team> = [
    {
      title: t('people.teams.colName'),
      key: 'name',
      render: (_, x) => (
        <Space size={6} wrap>
          <Typography.Text strong>{x.name}</Typography.Text>
          <Tag>{t(`people.teams.kinds.${x.kind}`)}</Tag>
          {x.publishedAt ? null : <Tag>{t('people.unpublished')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('people.colDonor'),
      key: 'donor',
      render: (_, x) => donorName(x.donor, i18n.language),
    },
    {
      title: t('people.teams.colHost'),
      key: 'host',
      render: (_, x) => donorName(x.host, i18n.language),
    },
    {
      title: t('people.teams.colArea'),
      key: 'area',
      render: (_, x) => (
        <Link to={`/areas/${x.area.code}`}>
          <AreaName area={x.area} />
        </Link>
      ),
    },
    {
      title: t('people.teams.colDates'),
      key: 'dates',
      render: (_, x) => <Dates from={x.startsOn} to={x.endsOn} />,
    },
    {
      title: t('people.teams.colLeader'),
      key: 'leader',
      render: (_, x) =>
        x.leader ? (
          <Link to={`/people/${x.leader.id}`}>{x.leader.name}</Link>
        ) : (
          t('people.person.none')
        ),
    },
    {
      title: t('people.teams.colMembers'),
      key: 'members',
      align: 'right',
      render: (_, x) => x.members.length,
    },
  ];
  // The actions column only when a row on the page may be changed or its history read (a
  // reader who may do neither sees none).
  if ((teams.data?.items ?? []).some((r) => r.can.write || r.can.readHistory))
    columns.push({
      title: t('peopleForms.actions'),
      key: 'actions',
      render: (_, x) => (
        <Space size={4}>
          {x.can.write ? (
            <>
              <Button size="small" onClick={() => setEditing(x.id)} data-testid="team-edit">
                {t('peopleForms.teamEdit.action')}
              </Button>
              <Button size="small" onClick={() => setAdding(x.id)} data-testid="team-add-member">
                {t('peopleForms.member.action')}
              </Button>
            </>
          ) : null}
          {x.can.readHistory ? (
            <RecordHistoryButton
              url={`/api/teams/${x.id}/history`}
              version={x.version}
              name={x.name}
              testId={`history-team-${x.id}`}
            />
          ) : null}
        </Space>
      ),
    });

  return (
    <>
      <PageTitle
        title={t('people.teams.title')}
        intro={t('people.teams.intro')}
        extra={
          can('teams.write') ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="team-new">
              {t('peopleForms.team.action')}
            </Button>
          ) : null
        }
      />
      {creating ? <NewTeamModal onClose={() => setCreating(false)} /> : null}
      {addingTeam ? <AddMemberModal team={addingTeam} onClose={() => setAdding(null)} /> : null}
      {editingTeam ? <EditTeamModal team={editingTeam} onClose={() => setEditing(null)} /> : null}
      {memberTeam && editingMember ? (
        <EditMemberModal
          team={memberTeam}
          memberId={editingMember.member}
          onClose={() => setEditingMember(null)}
        />
      ) : null}
      {endingTeam && ending ? (
        <EndMemberModal
          team={endingTeam}
          memberId={ending.member}
          onClose={() => setEnding(null)}
        />
      ) : null}
      <DonorAreaFilters
        label={t('people.teams.filters')}
        idPrefix="tf"
        donor={donor}
        area={area}
        onChange={setFilter}
        extraFiltered={!!kind}
        onClear={() => setFilter({ donor: undefined, area: undefined, kind: undefined })}
      >
        <FilterSelect
          id="tf-kind"
          label={t('people.teams.kind')}
          width={130}
          placeholder={t('people.teams.allKinds')}
          value={kind ?? ''}
          options={KINDS.map((k) => ({ value: k, label: t(`people.teams.kinds.${k}`) }))}
          onChange={(value) => setFilter({ kind: value })}
        />
      </DonorAreaFilters>
      {teams.isError && !teams.data ? (
        <ErrorResult error={teams.error} onRetry={() => void teams.refetch()} />
      ) : (
        <Table<Team>
          data-testid="teams-table"
          rowKey="id"
          size="middle"
          loading={teams.isFetching}
          columns={columns}
          dataSource={teams.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          expandable={{
            defaultExpandedRowKeys: focus ? [focus] : [],
            expandedRowRender: (x) =>
              x.members.length === 0 ? (
                <Typography.Text type="secondary">{t('people.teams.noMembers')}</Typography.Text>
              ) : (
                <div>
                  <Typography.Text type="secondary">{t('people.teams.members')}</Typography.Text>
                  <ul
                    style={{ margin: '8px 0 0', paddingInlineStart: 20 }}
                    data-testid="team-members"
                  >
                    {x.members.map((m) => (
                      <li key={m.id}>
                        <Space size={8}>
                          <Link to={`/people/${m.person.id}`}>{m.person.name}</Link>
                          <Tag color={m.role === 'leader' ? 'gold' : undefined}>
                            {t(`people.teams.roles.${m.role}`)}
                          </Tag>
                          <Dates from={m.startsOn} to={m.endsOn} />
                          {x.can.write ? (
                            <Button
                              size="small"
                              type="link"
                              onClick={() => setEditingMember({ team: x.id, member: m.id })}
                              data-testid="team-edit-member"
                            >
                              {t('peopleForms.memberEdit.action')}
                            </Button>
                          ) : null}
                          {x.can.write && !m.endsOn ? (
                            <Button
                              size="small"
                              type="link"
                              onClick={() => setEnding({ team: x.id, member: m.id })}
                              data-testid="team-end-member"
                            >
                              {t('peopleForms.end.action')}
                            </Button>
                          ) : null}
                        </Space>
                      </li>
                    ))}
                  </ul>
                </div>
              ),
          }}
          locale={{
            emptyText: teams.isPending ? (
              ' '
            ) : (
              <Empty
                description={filtered ? t('people.teams.noMatch') : t('people.teams.empty')}
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              />
            ),
          }}
          pagination={paging.pagination(teams.data?.total ?? 0)}
          onChange={(pagination) => update(paging.pageParams(pagination))}
        />
      )}
    </>
  );
}
