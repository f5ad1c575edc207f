import { Alert, Badge, Empty, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useCan, useSession } from '../api/hooks';
import {
  WARNING_KINDS,
  WARNING_STATUSES,
  type WarningKind,
  type WarningStatus,
} from '../api/vocabulary';
import {
  type ComputeResult,
  useWarningStatusCounts,
  useWarnings,
  type Warning,
  type WarningQuery,
} from '../api/warnings';
import { ErrorResult } from '../components/ErrorResult';
import { LoginRequired } from '../components/LoginRequired';
import { PageTitle } from '../components/PageTitle';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { ResponsiveTabs } from '../components/ResponsiveTabs';
import { formatDate } from '../lib/format';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { BulkBar, selectable } from './warnings/BulkBar';
import { ComputeWarningsButton, WarningSettingsButton } from './warnings/OfficeButtons';
import { AssignWarningModal, CloseWarningModal } from './warnings/WarningDialogs';
import { WarningFilters } from './warnings/WarningFilters';
import { subjectTitle } from './warnings/WarningSubject';
import { warningColumns } from './warnings/warningColumns';

const isStatus = (v: string | null): v is WarningStatus =>
  (WARNING_STATUSES as readonly string[]).includes(v ?? '');
const isKind = (v: string | null): v is WarningKind =>
  (WARNING_KINDS as readonly string[]).includes(v ?? '');

export function WarningsPage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const session = useSession();
  const can = useCan();
  const language = i18n.language;

  const statusParam = params.get('status');
  const status: WarningStatus | 'all' =
    statusParam === 'all' ? 'all' : isStatus(statusParam) ? statusParam : 'open';
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : undefined;
  const project = params.get('project') || undefined;
  const mine = params.get('mine') === '1';

  const [closing, setClosing] = useState<Warning | null>(null);
  const [closeAs, setCloseAs] = useState<'resolved' | 'dismissed'>('resolved');
  const [assigning, setAssigning] = useState<Warning | null>(null);
  const [computed, setComputed] = useState<ComputeResult | null>(null);

  const user = session.data?.user;
  const me = user?.id ?? 0;
  const signedIn = !!user;
  // A donor editor's queue opens on its own donor; `donor=all` shows all it may see. A link to one
  // project's warnings (`project=…`) shows that project's, whoever its donor is.
  const ownDonor =
    project || user?.roles.some((r) => r.role === 'coordinator')
      ? undefined
      : user?.roles.find((r) => r.role === 'donor-editor' && r.org)?.org?.code;
  const donorParam = params.get('donor') || undefined;
  const donor = donorParam === 'all' ? undefined : (donorParam ?? ownDonor);
  // A recipient editor's queue opens on its own area likewise; `area=all` shows all it may see.
  const ownArea =
    project || ownDonor || user?.roles.some((r) => r.role === 'coordinator')
      ? undefined
      : user?.roles.find((r) => r.role === 'recipient-editor' && r.area)?.area?.code;
  const areaParam = params.get('area') || undefined;
  const area = areaParam === 'all' ? undefined : (areaParam ?? ownArea);
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const filters: Omit<WarningQuery, 'status'> = {
    kind,
    donor,
    area,
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
  const rows = warnings.data?.items;
  // A selection holds rows of the page shown, as they are now (their versions).
  useEffect(() => {
    setSelectedIds((ids) =>
      ids.filter((id) => rows?.some((w) => w.id === id && selectable(w, me))),
    );
  }, [rows, me]);
  const selected = (rows ?? []).filter((w) => selectedIds.includes(w.id));

  const canCompute = can('warnings.compute');
  const canSettings = can('warnings.settings');
  const filtered = !!(
    kind ||
    (donor && donor !== ownDonor) ||
    (area && area !== ownArea) ||
    project ||
    mine
  );
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });

  const header = (
    <PageTitle
      title={t('warningsPage.title')}
      intro={t('warningsPage.intro')}
      extra={
        canCompute || canSettings ? (
          <Space wrap>
            {canCompute ? <ComputeWarningsButton onResult={setComputed} /> : null}
            {canSettings ? <WarningSettingsButton /> : null}
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

  const columns = warningColumns(t, language, {
    me,
    // The actions column for those who may work warnings; each row's own `can` says which.
    actions: can('warnings.write'),
    onClose: (warning, to) => {
      setCloseAs(to);
      setClosing(warning);
    },
    onAssign: setAssigning,
  });

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
    <WarningFilters
      kind={kind}
      donor={donor}
      ownDonor={ownDonor}
      area={area}
      ownArea={ownArea}
      allVisible={ownArea ? areaParam === 'all' : donorParam === 'all'}
      project={project}
      mine={mine}
      setFilter={setFilter}
    />
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
      {!filtered && canCompute ? (
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
          title={t('warningsPage.computeResultTitle', { today: formatDate(computed.today) })}
          description={t('warningsPage.computeResultText', { ...computed })}
        />
      ) : null}
      {filterBar}
      <ResponsiveTabs
        aria-label={t('warningsPage.statusTabs')}
        activeKey={status}
        onChange={(key) => update({ status: key === 'open' ? undefined : key, page: undefined })}
        items={[...WARNING_STATUSES, 'all' as const].map((key) => ({
          key,
          label: <span data-testid={`warnings-tab-${key}`}>{tabLabel(key)}</span>,
        }))}
        style={{ marginBottom: 0 }}
      />
      <BulkBar selected={selected} me={me} onDone={() => setSelectedIds([])} />
      {warnings.isError && !warnings.data ? (
        <ErrorResult error={warnings.error} onRetry={() => void warnings.refetch()} />
      ) : (
        <ResponsiveTable<Warning>
          data-testid="warnings-table"
          rowKey="id"
          size="middle"
          loading={warnings.isFetching}
          columns={columns}
          dataSource={rows ?? []}
          rowSelection={
            can('warnings.write')
              ? {
                  selectedRowKeys: selectedIds,
                  onChange: (keys) => setSelectedIds(keys.map(Number)),
                  getCheckboxProps: (w) => ({
                    disabled: !selectable(w, me),
                    'aria-label': t('warningsPage.selectRow', { project: subjectTitle(w) }),
                  }),
                }
              : undefined
          }
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
