import type { Actor } from '../../domain/access.js';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { type Action, policies } from '../policies.js';

type ResourceOf<A extends Action> = Parameters<(typeof policies)[A]>[1];

/** Whether the actor may perform the action (on the resource, when given). */
export function can<A extends Action>(actor: Actor, action: A, resource?: ResourceOf<A>): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  const policy = policies[action] as (a: typeof actor, r?: ResourceOf<A>) => boolean;
  return policy(actor, resource);
}

/**
 * Throws unless the actor may perform the action: 401 for an anonymous actor, 403 for a user
 * without the right. The one place where use cases ask for permission.
 */
export function authorize<A extends Action>(
  actor: Actor,
  action: A,
  resource?: ResourceOf<A>,
): void {
  if (can(actor, action, resource)) return;
  if (actor.kind === 'anonymous') throw new UnauthenticatedError(problem('auth.signIn'));
  throw new ForbiddenError(problem('access.denied', { action }));
}
