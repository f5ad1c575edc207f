/**
 * What the caller may ever do, action by action, answered by the policies themselves (the
 * route-level question, without a record): the web shows a screen's controls from this and from
 * each record's own `can`, never from roles it would have to re-interpret.
 */
import { z } from 'zod';
import type { Actor } from '../../domain/access.js';
import { type Action, policies } from '../policies.js';
import { can } from './authorize.js';

/** Every action of every capability. */
export const ACTIONS = Object.keys(policies) as Action[];

/** `{ "projects.write": true, … }` for every action. */
export const capabilitiesSchema = z
  .object(Object.fromEntries(ACTIONS.map((a) => [a, z.boolean()])) as Record<Action, z.ZodBoolean>)
  .meta({
    description:
      'For each action, whether the caller may ever perform it (its policy asked without a record); records carry their own `can`',
  });

export type Capabilities = Record<Action, boolean>;

export function capabilitiesOf(actor: Actor): Capabilities {
  return Object.fromEntries(ACTIONS.map((a) => [a, can(actor, a)])) as Capabilities;
}
