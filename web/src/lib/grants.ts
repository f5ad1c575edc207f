import type { SessionUser } from '../api/types';

/**
 * The organisations the caller's grants are limited to, each once; empty when no grant names one.
 * Only a starting choice (which donor a new project or plan is for): whether the caller may create
 * one at all is the session's `can`, and the server refuses a donor outside the caller's scope.
 */
export function grantOrganisations(
  user: SessionUser | null | undefined,
): { code: string; name: string }[] {
  const seen = new Map<string, { code: string; name: string }>();
  for (const grant of user?.roles ?? []) {
    if (grant.org && !seen.has(grant.org.code)) seen.set(grant.org.code, grant.org);
  }
  return [...seen.values()];
}
