/**
 * Annual plans (年度计划): the shapes of /api/plans (the server's, see schema.ts) and their React
 * Query hooks; "what if" answers with the compliance detail of the draft items.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { ApiBody, ApiQuery, ApiResponse } from './schema';
import type { DonorComplianceDetail } from './types';

/** One page of the plans the caller may see, each without its items (`itemsFen` is their sum). */
export type PlanList = ApiResponse<'/api/plans', 'get'>;
export type PlanSummary = PlanList['items'][number];
/** A plan with its items and what the caller may do with it now (`can`). */
export type Plan = ApiResponse<'/api/plans/{id}', 'get'>;
export type PlanItem = Plan['items'][number];
export type PlanListQuery = ApiQuery<'/api/plans', 'get'>;
export type NewPlan = ApiBody<'/api/plans', 'post'>;
export type PlanChange = ApiBody<'/api/plans/{id}', 'put'>;
export type PlanItemInput = PlanChange['items'][number];
export type WhatIfInput = ApiBody<'/api/plans/what-if', 'post'>;

export const planKeys = {
  all: ['plans'] as const,
  list: (q: PlanListQuery) => ['plans', 'list', q] as const,
  one: (id: number) => ['plans', 'one', id] as const,
  whatIf: (input: WhatIfInput) => ['plans', 'what-if', input] as const,
};

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** One page of the plans (`limit`, `offset`), newest year first, then by donor code. */
export function usePlans(q: PlanListQuery, enabled = true) {
  return useQuery({
    queryKey: planKeys.list(q),
    queryFn: ({ signal }) => api<PlanList>('/api/plans', { query: { ...q }, signal }),
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
    mutationFn: (body: NewPlan) => api<Plan>('/api/plans', { method: 'POST', body }),
    onSuccess: store,
  });
}

/** Replaces a draft's total and items, guarded by its version (If-Match): stale is 409. */
export function useUpdatePlan(id: number) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (input: PlanChange & { version: number }) =>
      api<Plan>(`/api/plans/${id}`, {
        method: 'PUT',
        headers: ifMatch(input.version),
        body: { totalFen: input.totalFen, items: input.items },
      }),
    onSuccess: store,
  });
}

/** The workflow's decisions, each answered by the plan's `can` of the same name. */
export type PlanDecision = Exclude<keyof Plan['can'], 'update'>;

/** Submits, approves or returns (with a reason) a plan, guarded by its version. */
export function usePlanDecision(id: number) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (input: {
      action: PlanDecision;
      version: number;
      reason?: ApiBody<'/api/plans/{id}/return', 'post'>['reason'];
    }) =>
      api<Plan>(`/api/plans/${id}/${input.action}`, {
        method: 'POST',
        headers: ifMatch(input.version),
        ...(input.action === 'return' ? { body: { reason: input.reason ?? '' } } : {}),
      }),
    onSuccess: store,
  });
}
