import { type Actor, hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/** Whose record an account action touches: the user's id. */
export interface AccountOwner {
  userId: number;
}

/**
 * Managing accounts needs a coordinator grant limited to neither an organisation nor an area
 * (the empty scope): a scoped coordinator could otherwise grant itself, or anyone, more than
 * it holds.
 */
function isAccountAdmin(actor: Actor): boolean {
  return roleCovers(actor, 'coordinator', {});
}

const isOwner = (actor: Actor & { kind: 'user' }, owner?: AccountOwner) =>
  owner !== undefined && owner.userId === actor.userId;

/**
 * Accounts: who may create and change users, read them, change passwords and hold API tokens.
 * Called without an owner, the resource-scoped policies answer "could this actor ever do it?".
 */
export const accountPolicies = definePolicies({
  'users.manage': (actor) => isAccountAdmin(actor),
  'users.read': (actor, owner?: AccountOwner) =>
    hasRole(actor, 'coordinator', 'auditor') || isOwner(actor, owner),
  /** One's own password (with the current one) or anyone's as an account administrator. */
  'users.set-password': (actor, owner?: AccountOwner) =>
    owner === undefined || isOwner(actor, owner) || isAccountAdmin(actor),
  /** One's own API tokens; an account administrator may also list and revoke anyone's. */
  'tokens.manage': (actor, owner?: AccountOwner) =>
    owner === undefined || isOwner(actor, owner) || isAccountAdmin(actor),
});
