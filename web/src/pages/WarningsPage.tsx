import { DownOutlined } from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Dropdown,
  Empty,
  Input,
  Skeleton,
  Space,
  Table,
  Tabs,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useSession } from '../api/hooks';
import { useDonorOptions } from '../api/options';
import {
  type ComputeResult,
  useWarningStatusCounts,
  useWarnings,
  WARNING_KINDS,
  WARNING_STATUSES,
  type Warning,
  type WarningKind,
  type WarningQuery,
  type WarningStatus,
} from '../api/warnings';
import { ErrorResult } from '../components/ErrorResult';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { KeepDates } from '../components/FindingText';
import { LoginRequired } from '../components/LoginRequired';
import { PageTitle } from '../components/PageTitle';
import { ProjectCell } from '../components/ProjectCell';
import { WarningKindTag, WarningStatusTag } from '../components/WarningTags';
import { formatDate } from '../lib/format';
import { useUrlPaging } from '../lib/urlPaging';
import { hasAnyRole, useUrlState } from '../lib/urlState';
import {
  AssignWarningModal,
  CloseWarningModal,
  ComputeWarningsButton,
  useWarningChange,
  WarningSettingsButton,
  warningMessage,
} from './WarningDialogs';

const AUTO_RESOLVED_NOTE = 'resolved automatically';

const isStatus = (v: string | null): v is WarningStatus =>
  (WARNING_STATUSES as readonly string[]).includes(v ?? '');
const isKind = (v: string | null): v is WarningKind =>
  (WARNING_KINDS as readonly string[]).includes(v ?? '');

/**
 * A row's actions, at most three buttons: take (or, once taken, acknowledge), resolve, and a
 * menu with the rest (acknowledge, assign, dismiss); reopen when closed.
 */
function RowActions({
  warning,
  me,
  canAssign,
  onClose,
  onAssign,
}: {
  warning: Warning;
  me: number;
  canAssign: boolean;
  onClose: (w: Warning, status: 'resolved' | 'dismissed') => void;
  onAssign: (w: Warning) => void;
}) {
  const { t } = useTranslation();
  const change = useWarningChange();
  const busy = change.pending;
  const base = { id: warning.id, version: warning.version };
  const closed = warning.status === 'resolved' || warning.status === 'dismissed';

  if (closed) {
    return (
      <Button
        size="small"
        loading={busy}
        onClick={() => change.send({ ...base, status: 'open' }, t('warningsPage.reopened'))}
      >
        {t('warningsPage.reopen')}
      </Button>
    );
  }
  const mine = warning.owner?.id === me;
  const open = warning.status === 'open';
  const acknowledge = () =>
    change.send({ ...base, status: 'acknowledged' }, t('warningsPage.acknowledged'));
  const more = [
    ...(open && !mine ? [{ key: 'acknowledge', label: t('warningsPage.acknowledge') }] : []),
    ...(canAssign ? [{ key: 'assign', label: t('warningsPage.assign') }] : []),
    { key: 'dismiss', label: t('warningsPage.dismiss'), danger: true },
  ];
  return (
    <Space
      size={4}
      role="group"
      aria-label={t('warningsPage.rowActions', { project: warning.project.code })}
    >
      {mine ? null : (
        <Button
          size="small"
          disabled={busy}
          data-testid={`warning-take-${warning.id}`}
          onClick={() => change.send({ ...base, ownerUserId: me }, t('warningsPage.taken'))}
        >
          {t('warningsPage.take')}
        </Button>
      )}
      {mine && open ? (
        <Button
          size="small"
          disabled={busy}
          data-testid={`warning-acknowledge-${warning.id}`}
          onClick={acknowledge}
        >
          {t('warningsPage.acknowledge')}
        </Button>
      ) : null}
      <Button
        size="small"
        type="primary"
        ghost
        disabled={busy}
        data-testid={`warning-resolve-${warning.id}`}
        onClick={() => onClose(warning, 'resolved')}
      >
        {t('warningsPage.resolve')}
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: more,
          onClick: ({ key }) => {
            if (key === 'acknowledge') acknowledge();
            else if (key === 'assign') onAssign(warning);
            else onClose(warning, 'dismissed');
          },
        }}
      >
        <Button
          size="small"
          disabled={busy}
          aria-label={`${t('warningsPage.more')} · ${warning.project.code}`}
        >
          {t('warningsPage.more')} <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}

export function WarningsPage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const session = useSession();
  const donorChoices = useDonorOptions();
  const language = i18n.language;

  const statusParam = params.get('status');
  const status: WarningStatus | 'all' =
    statusParam === 'all' ? 'all' : isStatus(statusParam) ? statusParam : 'open';
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : undefined;
  const donor = params.get('donor') || undefined;
  const project = params.get('project') || undefined;
  const mine = params.get('mine') === '1';

  const [projectText, setProjectText] = useState(project ?? '');
  useEffect(() => setProjectText(project ?? ''), [project]);
  const [closing, setClosing] = useState<Warning | null>(null);
  const [closeAs, setCloseAs] = useState<'resolved' | 'dismissed'>('resolved');
  const [assigning, setAssigning] = useState<Warning | null>(null);
  const [computed, setComputed] = useState<ComputeResult | null>(null);

  const user = session.data;
  const me = Number(user?.id ?? 0);
  const signedIn = !!user;
  const filters: Omit<WarningQuery, 'status'> = {
    kind,
    donor,
    project,
    owner: mine && me ? me : undefined,
  };
  const warnings = useWarnings(
    {
      ...filters,
      status: status === 'all' ? undefined : status,
      limit: paging.pageSize,
      offset: paging.offset,
    },
    signedIn,
  );
  const counts = useWarningStatusCounts(filters, signedIn);

  const canWrite = hasAnyRole(user, 'coordinator', 'donor-editor', 'recipient-editor');
  const canAssign = canWrite && hasAnyRole(user, 'coordinator', 'auditor');
  const coordinator = hasAnyRole(user, 'coordinator');
  const filtered = !!(kind || donor || project || mine);
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });

  const header = (
    <PageTitle
      title={t('warningsPage.title')}
      intro={t('warningsPage.intro')}
      extra={
        coordinator ? (
          <Space wrap>
            <ComputeWarningsButton onResult={setComputed} />
            <WarningSettingsButton />
          </Space>
        ) : null
      }
    />
  );

  if (session.isPending) {
    return (
      <>
        <PageTitle title={t('warningsPage.title')} intro={t('warningsPage.intro')} />
        <Skeleton active />
      </>
    );
  }
  if (!signedIn || (warnings.error instanceof ApiError && warnings.error.status === 401)) {
    return (
      <>
        <PageTitle title={t('warningsPage.title')} intro={t('warningsPage.intro')} />
        <LoginRequired
          title={t('warningsPage.loginTitle')}
          subTitle={t('warningsPage.loginText')}
        />
      </>
    );
  }

  const columns: ColumnsType<Warning> = [
    {
      title: t('warningsPage.colProject'),
      key: 'project',
      render: (_, w) => <ProjectCell project={w.project} nameWidth={160} />,
    },
    {
      title: t('warningsPage.colKind'),
      key: 'kind',
      render: (_, w) => <WarningKindTag kind={w.kind} />,
    },
    {
      title: t('warningsPage.colMessage'),
      key: 'message',
      render: (_, w) => (
        <div style={{ minWidth: 180, maxWidth: 250 }}>
          <div>
            <KeepDates text={warningMessage(w, language)} />
          </div>
          {w.resolutionNote ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {w.resolutionNote === AUTO_RESOLVED_NOTE
                ? t('warningsPage.autoResolved')
                : t('warningsPage.note', { note: w.resolutionNote })}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('warningsPage.colDates'),
      key: 'dates',
      render: (_, w) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <div title={t('warningsPage.sinceHint')}>
            {t('warningsPage.since', { date: formatDate(w.detail.since) })}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('warningsPage.detected', { date: formatDate(w.detectedAt) })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('warningsPage.colOwner'),
      key: 'owner',
      render: (_, w) =>
        w.owner ? (
          <span style={{ whiteSpace: 'nowrap' }} title={w.owner.username}>
            {w.owner.displayName || w.owner.username}
          </span>
        ) : (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('warningsPage.unassigned')}
          </Typography.Text>
        ),
    },
    {
      title: t('warningsPage.colStatus'),
      key: 'status',
      render: (_, w) => <WarningStatusTag status={w.status} />,
    },
    ...(canWrite
      ? [
          {
            title: t('warningsPage.colActions'),
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, w: Warning) => (
              <RowActions
                warning={w}
                me={me}
                canAssign={canAssign}
                onClose={(warning, to) => {
                  setCloseAs(to);
                  setClosing(warning);
                }}
                onAssign={setAssigning}
              />
            ),
          },
        ]
      : []),
  ];

  const tabLabel = (key: WarningStatus | 'all') => {
    const label = key === 'all' ? t('warningsPage.statusAll') : t(`warningsPage.statuses.${key}`);
    const count =
      key === 'all'
        ? WARNING_STATUSES.every((s) => counts[s] !== undefined)
          ? WARNING_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0)
          : undefined
        : counts[key];
    return (
      <Space size={6}>
        {label}
        {count === undefined ? null : (
          <Badge
            count={count}
            overflowCount={99999}
            showZero
            color={key === 'open' && count > 0 ? '#cf1322' : '#bfbfbf'}
          />
        )}
      </Space>
    );
  };

  const filterBar = (
    <FilterBar label={t('warningsPage.filters')}>
      <FilterSelect
        id="wf-kind"
        label={t('warningsPage.kind')}
        width={150}
        placeholder={t('warningsPage.allKinds')}
        value={kind}
        options={WARNING_KINDS.map((k) => ({ value: k, label: t(`warningsPage.kinds.${k}`) }))}
        onChange={(value) => setFilter({ kind: value })}
      />
      <FilterSelect
        id="wf-donor"
        label={t('warningsPage.donor')}
        width={150}
        searchable
        placeholder={t('warningsPage.allDonors')}
        value={donor}
        {...donorChoices}
        onChange={(value) => setFilter({ donor: value })}
      />
      <Space size={6}>
        <label htmlFor="wf-project">{t('warningsPage.project')}</label>
        <Input.Search
          id="wf-project"
          style={{ width: 220 }}
          allowClear
          placeholder={t('warningsPage.projectPlaceholder')}
          value={projectText}
          onChange={(e) => {
            setProjectText(e.target.value);
            if (!e.target.value) setFilter({ project: undefined });
          }}
          onSearch={(value) => setFilter({ project: value.trim() || undefined })}
        />
      </Space>
      <Checkbox
        checked={mine}
        data-testid="warnings-mine"
        onChange={(e) => setFilter({ mine: e.target.checked ? '1' : undefined })}
      >
        {t('warningsPage.mine')}
      </Checkbox>
      {filtered ? (
        <Button
          onClick={() =>
            setFilter({ kind: undefined, donor: undefined, project: undefined, mine: undefined })
          }
        >
          {t('warningsPage.clearFilters')}
        </Button>
      ) : null}
    </FilterBar>
  );

  const emptyText = warnings.isPending ? (
    ' '
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        filtered
          ? t('warningsPage.noMatch')
          : status === 'open'
            ? t('warningsPage.emptyOpen')
            : t('warningsPage.empty')
      }
    >
      {!filtered && coordinator ? (
        <Typography.Text type="secondary">{t('warningsPage.emptyHintCompute')}</Typography.Text>
      ) : null}
    </Empty>
  );

  return (
    <>
      {header}
      {computed ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setComputed(null) }}
          style={{ marginBottom: 16 }}
          data-testid="warnings-compute-result"
          title={t('warningsPage.computeResultTitle', { today: computed.today })}
          description={t('warningsPage.computeResultText', { ...computed })}
        />
      ) : null}
      {filterBar}
      <Tabs
        aria-label={t('warningsPage.statusTabs')}
        activeKey={status}
        onChange={(key) => update({ status: key === 'open' ? undefined : key, page: undefined })}
        items={[...WARNING_STATUSES, 'all' as const].map((key) => ({
          key,
          label: <span data-testid={`warnings-tab-${key}`}>{tabLabel(key)}</span>,
        }))}
        style={{ marginBottom: 0 }}
      />
      {warnings.isError && !warnings.data ? (
        <ErrorResult error={warnings.error} onRetry={() => void warnings.refetch()} />
      ) : (
        <Table<Warning>
          data-testid="warnings-table"
          rowKey="id"
          size="middle"
          loading={warnings.isFetching}
          columns={columns}
          dataSource={warnings.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText }}
          pagination={paging.pagination(warnings.data?.total ?? 0)}
          onChange={(pagination) => update(paging.pageParams(pagination))}
        />
      )}
      <CloseWarningModal warning={closing} status={closeAs} onClose={() => setClosing(null)} />
      <AssignWarningModal warning={assigning} onClose={() => setAssigning(null)} />
    </>
  );
}
