import type { Actor } from '../../domain/access.js';

/**
 * A policy answers whether an actor may perform one action. Called without a resource it
 * answers the route-level question "may this actor ever do this?"; called with the resource
 * (its scope) it answers for that record. System actors are allowed everything before any
 * policy runs, so policies deal with users only.
 */
// biome-ignore lint/suspicious/noExplicitAny: each policy declares its own resource type
export type Policy<R = any> = (actor: Actor & { kind: 'user' }, resource?: R) => boolean;

/** Declares a capability's policies with their resource types kept. */
export function definePolicies<const P extends Record<string, Policy>>(policies: P): P {
  return policies;
}
