import { describe, expect, it } from 'vitest';
import {
  PLAN_STATUSES,
  type PlanAction,
  planTransition,
} from '../../src/modules/plans/workflow.js';

describe('plan workflow (pure)', () => {
  const allowed: Record<PlanAction, Record<string, string>> = {
    edit: { draft: 'draft', returned: 'returned' },
    submit: { draft: 'submitted', returned: 'submitted' },
    approve: { submitted: 'approved' },
    return: { submitted: 'returned' },
  };
  for (const action of ['edit', 'submit', 'approve', 'return'] as const) {
    for (const status of PLAN_STATUSES) {
      const to = allowed[action][status];
      it(`${action} on a ${status} plan → ${to ?? 'refused'}`, () => {
        const t = planTransition(status, action);
        if (to) expect(t).toEqual({ ok: true, to });
        else expect(t).toMatchObject({ ok: false, reason: { params: { status } } });
      });
    }
  }
});
