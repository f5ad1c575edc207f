import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Breadcrumb, Button, Card, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { type Plan, type PlanItemInput, useUpdatePlan } from '../../api/plans';
import { donorName } from '../../components/DonorTag';
import { PageTitle } from '../../components/PageTitle';
import { PlanStatusTag } from '../../components/PlanStatusTag';
import { formatDateTime } from '../../lib/format';
import { pathErrors } from '../../lib/formErrors';
import { draftItems, draftOf, isDirty, type PlanDraft, parseDraft } from '../../lib/planDraft';
import { useUnsavedChanges } from '../../lib/useUnsavedChanges';
import { PlanConflictAlert } from './PlanConflictAlert';
import { PlanFacts } from './PlanFacts';
import { PlanItems } from './PlanItems';
import { PlanRules } from './PlanRules';
import { PlanWorkflow } from './PlanWorkflow';
import { usePlanFigures } from './usePlanFigures';

/** The server's errors of a save: on the total, and on the projects sent (`items.N.…`). */
function saveErrorsOf(err: unknown, sent: readonly PlanItemInput[]) {
  const byProject: Record<string, string> = {};
  const total: string[] = [];
  for (const { path, message } of pathErrors(err)) {
    const [head, index] = path;
    const item = head === 'items' && typeof index === 'number' ? sent[index] : undefined;
    if (item && path.length > 2) byProject[item.project] = message;
    else if (head === 'totalFen' && path.length === 1) total.push(message);
  }
  return { byProject, total: total.length ? total.join('; ') : null };
}

/**
 * An annual plan: its facts, the two 80% rules (saved and "what if" for the draft), its items,
 * and the workflow. Edits are a draft until saved; leaving with unsaved edits asks first.
 */
export function PlanEditor({
  plan,
  reload,
}: {
  plan: Plan;
  reload: () => Promise<Plan | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const update = useUpdatePlan(plan.id);
  // What the caller may do with the plan now: its `can` (the policies and the workflow's state).
  const editable = plan.can.update;
  const hasActions = editable || plan.can.submit || plan.can.approve || plan.can.return;

  const [work, setWork] = useState<{ base: Plan; draft: PlanDraft }>(() => ({
    base: plan,
    draft: draftOf(plan),
  }));
  const [conflict, setConflict] = useState<{ base: Plan; detail: string } | null>(null);
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});
  const [totalError, setTotalError] = useState<string | null>(null);
  const dirty = editable && isDirty(work.base, work.draft);
  const parsed = parseDraft(work.draft);
  const figures = usePlanFigures({ plan, draft: work.draft, dirty, editable });
  useUnsavedChanges(dirty);

  // A newer version (a decision, a refetch) replaces the draft unless it holds unsaved changes.
  useEffect(() => {
    if (plan.version !== work.base.version && !dirty) {
      setWork({ base: plan, draft: draftOf(plan) });
    }
  }, [plan, work.base.version, dirty]);

  const setDraft = (draft: PlanDraft) => setWork((w) => ({ ...w, draft }));
  const restart = (base: Plan) => {
    setWork({ base, draft: draftOf(base) });
    setItemErrors({});
    setTotalError(null);
  };

  const save = () => {
    const sent = draftItems(work.draft);
    if (!sent || parsed.totalFen === null || parsed.overTotal) return;
    setTotalError(null);
    update.mutate(
      { totalFen: parsed.totalFen, items: sent, version: work.base.version },
      {
        onSuccess: (next) => {
          restart(next);
          setConflict(null);
          void message.success(t('plans.saved'));
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setConflict({ base: work.base, detail: err.message });
            void reload();
            return;
          }
          const { byProject, total } = saveErrorsOf(err, sent);
          setItemErrors(byProject);
          setTotalError(total);
          if (!total && !Object.keys(byProject).length) {
            void message.error(t('plans.saveFailed', { detail: err.message }));
          }
        },
      },
    );
  };

  const reloadLatest = async () => {
    restart((await reload()) ?? plan);
    setConflict(null);
  };

  const donor = donorName(plan.donor, i18n.language);

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
          <Space size={8} wrap>
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
        <PlanConflictAlert
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
            at: formatDateTime(plan.decidedAt),
          })}
        />
      ) : null}
      {plan.status === 'submitted' && !plan.can.approve ? (
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
              <Button icon={<UndoOutlined />} disabled={!dirty} onClick={() => restart(work.base)}>
                {t('plans.discard')}
              </Button>
            </>
          ) : null}
          <PlanWorkflow
            plan={plan}
            unsaved={dirty}
            onConflict={(err) => {
              setConflict({ base: plan, detail: err.message });
              void reload();
            }}
            onDone={(next) => setWork({ base: next, draft: draftOf(next) })}
          />
        </Space>
      ) : null}
      <PlanFacts
        plan={plan}
        editable={editable}
        totalText={work.draft.totalText}
        parsed={parsed}
        totalError={totalError}
        onTotalChange={(totalText) => {
          setTotalError(null);
          setDraft({ ...work.draft, totalText });
        }}
      />
      <PlanRules
        shown={figures.shown}
        saved={figures.saved}
        unsaved={dirty}
        busy={figures.busy}
        invalid={figures.invalid}
        error={figures.error}
        onRetry={figures.retry}
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
          breakdown={figures.breakdown}
          errors={itemErrors}
          onChange={(items) => {
            setItemErrors({});
            setDraft({ ...work.draft, items });
          }}
        />
      </Card>
    </>
  );
}
