import { useRef } from 'react';
import {
  type Plan,
  type PlanItemInput,
  usePlanCompliance,
  usePlanWhatIf,
  type WhatIfInput,
} from '../../api/plans';
import type { ComplianceProjectBreakdown } from '../../api/types';
import { draftItems, type PlanDraft } from '../../lib/planDraft';
import { useDebounced } from '../../lib/useDebounced';

const WHAT_IF_DELAY_MS = 300;

function whatIfInput(plan: Plan, items: PlanItemInput[]): WhatIfInput {
  return { programme: plan.programme, donor: plan.donor.code, year: plan.year, items };
}

/**
 * The two 80% rules the plan page shows: the saved plan's (GET /api/plans/:id/compliance, for
 * whoever may read it) and, while the draft differs, the draft's "what if", ~300 ms after the last
 * change; an amount that does not parse keeps the last valid draft.
 */
export function usePlanFigures({
  plan,
  draft,
  dirty,
  editable,
}: {
  plan: Plan;
  draft: PlanDraft;
  /** The draft differs from the saved plan (only ever while the caller may edit it). */
  dirty: boolean;
  editable: boolean;
}) {
  const savedKey = JSON.stringify(
    whatIfInput(
      plan,
      plan.items.map((i) => ({ project: i.project, plannedFen: i.plannedFen })),
    ),
  );
  const savedCompliance = usePlanCompliance(plan.id, plan.version);
  const saved = savedCompliance.data;

  const items = editable ? draftItems(draft) : null;
  const draftKey = items ? JSON.stringify(whatIfInput(plan, items)) : null;
  const lastValidKey = useRef(savedKey);
  if (draftKey) lastValidKey.current = draftKey;
  const wantedKey = dirty ? (draftKey ?? lastValidKey.current) : savedKey;
  const settledKey = useDebounced(wantedKey, WHAT_IF_DELAY_MS);
  const whatIf = usePlanWhatIf(dirty ? (JSON.parse(settledKey) as WhatIfInput) : null);

  const shown = dirty ? (whatIf.data ?? saved) : saved;
  return {
    shown,
    saved,
    /** A what-if is waiting for the typing to settle or for the server. */
    busy: dirty && (settledKey !== wantedKey || whatIf.isFetching),
    /** An amount of the draft does not parse. */
    invalid: dirty && !items,
    error: dirty ? (whatIf.error ?? savedCompliance.error) : savedCompliance.error,
    retry: () => void (dirty ? whatIf.refetch() : savedCompliance.refetch()),
    /** Each project's rule parts in the figures shown. */
    breakdown: new Map<string, ComplianceProjectBreakdown>(
      (shown?.projects ?? []).map((p) => [p.code, p]),
    ),
  };
}
