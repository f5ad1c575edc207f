/**
 * Who is asking, and the pure helpers that policies use to decide. Access is scoped twice, as
 * in DHIS2: by organisation subtree (which donor) and by area subtree (which counties).
 */

export const ROLES = [
  'coordinator',
  'donor-editor',
  'recipient-editor',
  'auditor',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

/** One role held by a user, optionally limited to an organisation subtree and/or an area subtree. */
export interface RoleGrant {
  role: Role;
  orgCode: string | null;
  areaCode: string | null;
}

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: number;
      username: string;
      grants: RoleGrant[];
      via: 'session' | 'token';
    }
  /** Trusted code paths: the CLI, seed loaders, scheduled jobs. Policies let it do anything. */
  | { kind: 'system'; name: string };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** A system actor, named after the command or job that acts. */
export function systemActor(name: string): Actor {
  return { kind: 'system', name };
}

/** How the actor is written in the change history. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'user':
      return `user:${actor.username}`;
    case 'system':
      return `system:${actor.name}`;
  }
}

/**
 * Where a record sits: its organisation with the organisation's ancestors (self first) and its
 * area with the area's ancestors (self first). Policies compare grants against these paths.
 */
export interface Scope {
  orgPath?: readonly string[];
  areaPath?: readonly string[];
}

/** The grants of a given role (none for anonymous and system actors). */
export function grantsOf(actor: Actor, role: Role): RoleGrant[] {
  return actor.kind === 'user' ? actor.grants.filter((g) => g.role === role) : [];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'user' && actor.grants.some((g) => roles.includes(g.role));
}

/**
 * True when one of the actor's grants of `role` covers the scope: an unscoped grant covers
 * everything; a scoped grant covers records whose path contains the grant's organisation /
 * area. With no scope given (the route-level question "could this actor ever do it?") any
 * grant of the role answers yes.
 */
export function roleCovers(actor: Actor, role: Role, scope?: Scope): boolean {
  return grantsOf(actor, role).some((g) => {
    if (!scope) return true;
    const orgOk = g.orgCode === null || (scope.orgPath?.includes(g.orgCode) ?? false);
    const areaOk = g.areaCode === null || (scope.areaPath?.includes(g.areaCode) ?? false);
    return orgOk && areaOk;
  });
}

/**
 * What of the records the actor may see, as the `projects.read` policy (and every issue-9
 * record's read rule, and the measures) reads its grants: null for every record; otherwise the published ones, plus those with a donor under one of
 * `donors` or located under one of `areas`. A donor-editor grant that also names an area, or a
 * recipient-editor grant that also names an organisation, covers no record by its donor / area
 * alone. Anonymous callers see the published ones.
 */
export function visibility(actor: Actor): { donors: string[]; areas: string[] } | null {
  if (actor.kind === 'system' || hasRole(actor, 'coordinator', 'auditor')) return null;
  const donorGrants = grantsOf(actor, 'donor-editor').filter((g) => g.areaCode === null);
  const areaGrants = grantsOf(actor, 'recipient-editor').filter((g) => g.orgCode === null);
  if (donorGrants.some((g) => g.orgCode === null) || areaGrants.some((g) => g.areaCode === null)) {
    return null;
  }
  return {
    donors: donorGrants.map((g) => g.orgCode ?? ''),
    areas: areaGrants.map((g) => g.areaCode ?? ''),
  };
}
