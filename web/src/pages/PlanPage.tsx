import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Input,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, fieldErrors } from '../api/client';
import { useProgrammes, useSession } from '../api/hooks';
import {
  EDITABLE_STATUSES,
  type Plan,
  type PlanItemInput,
  usePlan,
  usePlanCompliance,
  usePlanWhatIf,
  useUpdatePlan,
  type WhatIfInput,
} from '../api/plans';
import type { ComplianceProjectBreakdown } from '../api/types';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { Money } from '../components/Money';
import { PageTitle } from '../components/PageTitle';
import { PlanStatusTag } from '../components/PlanStatusTag';
import {
  type DraftItem,
  draftItems,
  draftOf,
  fenToYuanInput,
  isDirty,
  type PlanDraft,
  parseDraft,
  planChanges,
} from '../lib/planDraft';
import { hasAnyRole } from '../lib/urlState';
import { useDebounced } from '../lib/useDebounced';
import { PlanItems } from './plans/PlanItems';
import { PlanRules } from './plans/PlanRules';
import { PlanWorkflow } from './plans/PlanWorkflow';

const WHAT_IF_DELAY_MS = 300;

function when(value: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '';
}

/** The 409 explained: what the other change did to the plan since the user's version. */
function ConflictAlert({
  base,
  latest,
  detail,
  onReload,
}: {
  base: Plan;
  latest: Plan;
  detail: string;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const changed = latest.version !== base.version;
  const c = planChanges(base, latest);
  const list = (codes: string[]) =>
    codes.slice(0, 5).join('、') + (codes.length > 5 ? t('plans.conflict.more') : '');
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="plan-conflict"
      style={{ marginBottom: 16 }}
      title={t('plans.conflict.title')}
      description={
        <Space orientation="vertical" size={2}>
          <span>{t('plans.conflict.text')}</span>
          {changed ? (
            <>
              <span>
                {t('plans.conflict.latest', {
                  version: latest.version,
                  at: when(latest.updatedAt),
                  status: t(`plans.status.${latest.status}`),
                })}
              </span>
              {c.totalBefore !== c.totalAfter ? (
                <span>
                  {t('plans.conflict.total')} <Money fen={c.totalBefore} /> →{' '}
                  <Money fen={c.totalAfter} />
                </span>
              ) : null}
              {c.added.length ? (
                <span>{t('plans.conflict.added', { list: list(c.added) })}</span>
              ) : null}
              {c.removed.length ? (
                <span>{t('plans.conflict.removed', { list: list(c.removed) })}</span>
              ) : null}
              {c.changed.length ? (
                <span>{t('plans.conflict.changed', { list: list(c.changed) })}</span>
              ) : null}
            </>
          ) : null}
          <Typography.Text type="secondary">{detail}</Typography.Text>
        </Space>
      }
      action={
        <Button onClick={onReload} data-testid="plan-reload">
          {t('plans.conflict.reload')}
        </Button>
      }
    />
  );
}

function whatIfInput(plan: Plan, items: PlanItemInput[]): WhatIfInput {
  return { programme: plan.programme, donor: plan.donor.code, year: plan.year, items };
}

/** Maps the server's `items.N.…` field errors of a save onto the projects sent. */
function itemErrorsOf(err: unknown, sent: readonly PlanItemInput[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrors(err))) {
    const m = /^items\.(\d+)\./.exec(field);
    const item = m ? sent[Number(m[1])] : undefined;
    if (item) out[item.project] = message;
  }
  return out;
}

function PlanEditor({ plan, reload }: { plan: Plan; reload: () => Promise<Plan | undefined> }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const session = useSession();
  const programmes = useProgrammes();
  const update = useUpdatePlan(plan.id);
  const canWrite = hasAnyRole(session.data, 'coordinator', 'donor-editor');
  const canDecide = hasAnyRole(session.data, 'coordinator');
  const editable = canWrite && EDITABLE_STATUSES.includes(plan.status);
  const hasActions = editable || (canDecide && plan.status === 'submitted');

  const [work, setWork] = useState<{ base: Plan; draft: PlanDraft }>(() => ({
    base: plan,
    draft: draftOf(plan),
  }));
  const [conflict, setConflict] = useState<{ base: Plan; detail: string } | null>(null);
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});
  const [totalError, setTotalError] = useState<string | null>(null);
  const dirty = editable && isDirty(work.base, work.draft);
  const parsed = parseDraft(work.draft);

  // A newer version (a decision, a refetch) replaces the draft unless it holds unsaved changes.
  useEffect(() => {
    if (plan.version !== work.base.version && !dirty) {
      setWork({ base: plan, draft: draftOf(plan) });
    }
  }, [plan, work.base.version, dirty]);

  // Leaving the page (reload, closing the tab) with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Saved figures: the plan's own rules on its saved items (GET /api/plans/:id/compliance), the
  // same computation as "what if", for whoever may read the plan.
  const savedKey = JSON.stringify(
    whatIfInput(
      plan,
      plan.items.map((i) => ({ project: i.project, plannedFen: i.plannedFen })),
    ),
  );
  const savedCompliance = usePlanCompliance(plan.id, plan.version);
  const saved = savedCompliance.data;
  const savedError = savedCompliance.error;

  // The draft's what-if, ~300 ms after the last change; an amount that does not parse keeps the
  // last valid draft.
  const items = editable ? draftItems(work.draft) : null;
  const draftKey = items ? JSON.stringify(whatIfInput(plan, items)) : null;
  const lastValidKey = useRef(savedKey);
  if (draftKey) lastValidKey.current = draftKey;
  const wantedKey = dirty ? (draftKey ?? lastValidKey.current) : savedKey;
  const settledKey = useDebounced(wantedKey, WHAT_IF_DELAY_MS);
  const whatIf = usePlanWhatIf(dirty && canWrite ? (JSON.parse(settledKey) as WhatIfInput) : null);

  const shown = dirty ? (whatIf.data ?? saved) : saved;
  const busy = dirty && (settledKey !== wantedKey || whatIf.isFetching);
  const breakdown = new Map<string, ComplianceProjectBreakdown>(
    (shown?.projects ?? []).map((p) => [p.code, p]),
  );

  const setDraft = (draft: PlanDraft) => setWork((w) => ({ ...w, draft }));
  const setItems = (next: DraftItem[]) => {
    setItemErrors({});
    setDraft({ ...work.draft, items: next });
  };

  const save = () => {
    const sent = draftItems(work.draft);
    if (!sent || parsed.totalFen === null || parsed.overTotal) return;
    setTotalError(null);
    update.mutate(
      { totalFen: parsed.totalFen, items: sent, version: work.base.version },
      {
        onSuccess: (next) => {
          setWork({ base: next, draft: draftOf(next) });
          setItemErrors({});
          setConflict(null);
          void message.success(t('plans.saved'));
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setConflict({ base: work.base, detail: err.message });
            void reload();
            return;
          }
          const byProject = itemErrorsOf(err, sent);
          const total = fieldErrors(err).totalFen;
          setItemErrors(byProject);
          setTotalError(total ?? null);
          if (!total && !Object.keys(byProject).length) {
            void message.error(t('plans.saveFailed', { detail: err.message }));
          }
        },
      },
    );
  };

  const reloadLatest = async () => {
    const latest = (await reload()) ?? plan;
    setWork({ base: latest, draft: draftOf(latest) });
    setConflict(null);
    setItemErrors({});
    setTotalError(null);
  };

  const donor = donorName(plan.donor, i18n.language);
  const programme = programmes.data?.items.find((p) => p.code === plan.programme);
  const totalInvalid = parsed.totalFen === null;
  const unallocated = (parsed.totalFen ?? 0) - parsed.itemsFen;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/plans">{t('plans.title')}</Link> },
          { title: `${donor} ${plan.year}` },
        ]}
      />
      <PageTitle
        title={t('plans.planTitle', { donor, year: plan.year })}
        extra={
          <Space size={8}>
            <PlanStatusTag status={plan.status} testId="plan-status" />
            {dirty ? (
              <Tag color="orange" data-testid="plan-unsaved">
                {t('plans.unsaved')}
              </Tag>
            ) : null}
          </Space>
        }
      />
      {conflict ? (
        <ConflictAlert
          base={conflict.base}
          latest={plan}
          detail={conflict.detail}
          onReload={() => void reloadLatest()}
        />
      ) : null}
      {plan.status === 'returned' && plan.returnReason ? (
        <Alert
          type="warning"
          showIcon
          data-testid="plan-return-reason"
          style={{ marginBottom: 16 }}
          title={t('plans.returnedBecause', { reason: plan.returnReason })}
          description={t('plans.decidedBy', {
            who: plan.decidedBy ?? t('common.none'),
            at: when(plan.decidedAt),
          })}
        />
      ) : null}
      {plan.status === 'submitted' && !canDecide ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('plans.awaitingApproval')}
        />
      ) : null}
      {hasActions ? (
        <Space wrap style={{ marginBottom: 16 }}>
          {editable ? (
            <>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={!dirty || !parsed.valid || parsed.overTotal}
                loading={update.isPending}
                onClick={save}
                data-testid="plan-save"
              >
                {t('plans.save')}
              </Button>
              <Button
                icon={<UndoOutlined />}
                disabled={!dirty}
                onClick={() => {
                  setWork({ base: work.base, draft: draftOf(work.base) });
                  setItemErrors({});
                  setTotalError(null);
                }}
              >
                {t('plans.discard')}
              </Button>
            </>
          ) : null}
          <PlanWorkflow
            plan={plan}
            canWrite={canWrite}
            canDecide={canDecide}
            unsaved={dirty}
            onConflict={(err) => {
              setConflict({ base: plan, detail: err.message });
              void reload();
            }}
            onDone={(next) => setWork({ base: next, draft: draftOf(next) })}
          />
        </Space>
      ) : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('plans.programme')}>
            {programme
              ? i18n.language === 'en'
                ? programme.nameEn
                : programme.name
              : plan.programme}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.donor')}>
            <Space size={6}>
              {donor}
              <Typography.Text type="secondary">{plan.donor.code}</Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.year')}>{plan.year}</Descriptions.Item>
          <Descriptions.Item
            label={
              editable ? (
                <label htmlFor="plan-total">{t('plans.totalYuan')}</label>
              ) : (
                t('plans.total')
              )
            }
          >
            {editable ? (
              <Space orientation="vertical" size={0}>
                <Space.Compact>
                  <Input
                    id="plan-total"
                    data-testid="plan-total"
                    inputMode="decimal"
                    style={{ width: 170, textAlign: 'right' }}
                    value={work.draft.totalText}
                    status={totalInvalid || totalError || parsed.overTotal ? 'error' : undefined}
                    onChange={(e) => {
                      setTotalError(null);
                      setDraft({ ...work.draft, totalText: e.target.value });
                    }}
                  />
                  <Button
                    onClick={() =>
                      setDraft({ ...work.draft, totalText: fenToYuanInput(parsed.itemsFen) })
                    }
                  >
                    {t('plans.totalFromItems')}
                  </Button>
                </Space.Compact>
                {totalInvalid ? (
                  <Typography.Text type="danger">{t('plans.amountInvalid')}</Typography.Text>
                ) : totalError ? (
                  <Typography.Text type="danger">{totalError}</Typography.Text>
                ) : parsed.totalFen !== null ? (
                  <Typography.Text type="secondary">
                    <Money fen={parsed.totalFen} />
                  </Typography.Text>
                ) : null}
              </Space>
            ) : (
              <Money fen={plan.totalFen} testId="plan-total" />
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.itemsSum')}>
            <Money fen={parsed.itemsFen} testId="plan-items-sum" />
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.unallocated')}>
            <Space size={6} wrap>
              <Money fen={unallocated} style={unallocated < 0 ? { color: '#cf1322' } : {}} />
              {parsed.overTotal ? (
                <Typography.Text type="danger" data-testid="plan-over-total">
                  {t('plans.overTotal')}
                </Typography.Text>
              ) : null}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.submittedAt')}>
            {when(plan.submittedAt) || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.decided')}>
            {plan.decidedAt
              ? t('plans.decidedBy', { who: plan.decidedBy ?? '', at: when(plan.decidedAt) })
              : t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.updated')}>
            <Space size={6}>
              {when(plan.updatedAt)}
              <Typography.Text type="secondary">
                {t('plans.version', { version: plan.version })}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <PlanRules
        shown={shown}
        saved={saved}
        unsaved={dirty}
        busy={busy}
        invalid={dirty && !items}
        error={dirty ? (whatIf.error ?? savedError) : savedError}
        onRetry={() => void (dirty ? whatIf.refetch() : savedCompliance.refetch())}
      />
      <Card
        size="small"
        title={t('plans.items.title', { count: work.draft.items.length })}
        extra={
          editable ? (
            <Typography.Text type="secondary">{t('plans.items.hint')}</Typography.Text>
          ) : null
        }
      >
        <PlanItems
          programme={plan.programme}
          donor={plan.donor.code}
          year={plan.year}
          items={work.draft.items}
          editable={editable}
          breakdown={breakdown}
          errors={itemErrors}
          onChange={setItems}
        />
      </Card>
    </>
  );
}

export function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const planId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  const plan = usePlan(planId);

  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <Link to="/plans">{t('plans.title')}</Link> }, { title: id }]}
    />
  );
  if (!planId) {
    return (
      <>
        {crumbs}
        <ErrorResult
          error={new Error(t('plans.notFoundText', { id }))}
          title={t('plans.notFoundTitle')}
        />
      </>
    );
  }
  if (plan.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }
  if (plan.isError) {
    const status = plan.error instanceof ApiError ? plan.error.status : 0;
    const notFound = status === 404;
    return (
      <>
        {crumbs}
        <ErrorResult
          error={plan.error}
          title={
            notFound
              ? t('plans.notFoundTitle')
              : status === 401
                ? t('plans.loginTitle')
                : status === 403
                  ? t('plans.forbiddenTitle')
                  : undefined
          }
          onRetry={
            notFound || status === 401 || status === 403 ? undefined : () => void plan.refetch()
          }
          extra={
            notFound ? (
              <Typography.Paragraph>{t('plans.notFoundText', { id })}</Typography.Paragraph>
            ) : status === 401 ? (
              <Link to="/login" state={{ from: { pathname: `/plans/${id}` } }}>
                {t('header.login')}
              </Link>
            ) : null
          }
        />
      </>
    );
  }
  return (
    <PlanEditor
      key={plan.data.id}
      plan={plan.data}
      reload={async () => (await plan.refetch()).data}
    />
  );
}
