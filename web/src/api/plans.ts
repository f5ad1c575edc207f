/**
 * Annual plans (年度计划): the shapes of /api/plans and its React Query hooks. Kept in step with
 * src/modules/plans/schema.ts; "what if" answers with the compliance detail of the draft items.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { Donor, DonorComplianceDetail, ListResponse } from './types';

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Statuses in which the donor side may still change the total and items. */
export const EDITABLE_STATUSES: readonly PlanStatus[] = ['draft', 'returned'];

export interface PlanItem {
  project: string;
  name: string;
  nameEn: string | null;
  plannedFen: number;
}

export interface PlanSummary {
  id: number;
  programme: string;
  donor: Donor;
  year: number;
  status: PlanStatus;
  totalFen: number;
  /** The sum of the items' planned funds. */
  itemsFen: number;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  returnReason: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Plan extends PlanSummary {
  items: PlanItem[];
}

export interface PlanItemInput {
  project: string;
  plannedFen: number;
}

export interface WhatIfInput {
  programme: string;
  donor: string;
  year: number;
  items: PlanItemInput[];
}

export interface PlanListQuery {
  programme?: string | undefined;
  year?: number | undefined;
  donor?: string | undefined;
}

export const planKeys = {
  all: ['plans'] as const,
  list: (q: PlanListQuery) => ['plans', 'list', q] as const,
  one: (id: number) => ['plans', 'one', id] as const,
  whatIf: (input: WhatIfInput) => ['plans', 'what-if', input] as const,
};

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export function usePlans(q: PlanListQuery, enabled = true) {
  return useQuery({
    queryKey: planKeys.list(q),
    queryFn: ({ signal }) =>
      api<ListResponse<PlanSummary>>('/api/plans', {
        query: { programme: q.programme, year: q.year, donor: q.donor },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: planKeys.one(id),
    queryFn: ({ signal }) => api<Plan>(`/api/plans/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
  });
}

/** The two 80% rules of the saved plan on its own items (refetched with each new version). */
export function usePlanCompliance(id: number, version: number) {
  return useQuery({
    queryKey: [...planKeys.one(id), 'compliance', version] as const,
    queryFn: ({ signal }) => api<DonorComplianceDetail>(`/api/plans/${id}/compliance`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The two 80% rules for these items, computed by the server without saving anything. */
export function usePlanWhatIf(input: WhatIfInput | null) {
  return useQuery({
    queryKey: planKeys.whatIf(
      input ?? { programme: '', donor: '', year: 0, items: [] as PlanItemInput[] },
    ),
    queryFn: ({ signal }) =>
      api<DonorComplianceDetail>('/api/plans/what-if', {
        method: 'POST',
        body: input,
        signal,
      }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Puts a plan the server answered with into the cache and refreshes the lists. */
function useStorePlan() {
  const client = useQueryClient();
  return (plan: Plan) => {
    client.setQueryData(planKeys.one(plan.id), plan);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['plans', 'list'] }),
      client.invalidateQueries({ queryKey: ['compliance'] }),
    ]);
  };
}

export function useCreatePlan() {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (body: {
      programme: string;
      donor: string;
      year: number;
      totalFen: number;
      items?: PlanItemInput[];
    }) => api<Plan>('/api/plans', { method: 'POST', body }),
    onSuccess: store,
  });
}

/** Replaces a draft's total and items, guarded by its version (If-Match): stale is 409. */
export function useUpdatePlan(id: number) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (input: { totalFen: number; items: PlanItemInput[]; version: number }) =>
      api<Plan>(`/api/plans/${id}`, {
        method: 'PUT',
        headers: ifMatch(input.version),
        body: { totalFen: input.totalFen, items: input.items },
      }),
    onSuccess: store,
  });
}

export type PlanDecision = 'submit' | 'approve' | 'return';

/** Submits, approves or returns (with a reason) a plan, guarded by its version. */
export function usePlanDecision(id: number) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (input: { action: PlanDecision; version: number; reason?: string }) =>
      api<Plan>(`/api/plans/${id}/${input.action}`, {
        method: 'POST',
        headers: ifMatch(input.version),
        ...(input.action === 'return' ? { body: { reason: input.reason ?? '' } } : {}),
      }),
    onSuccess: store,
  });
}
