import { hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/**
 * A value's place: its area's path (self first) and its donor's organisation path (empty when
 * the value names no donor).
 */
export interface ValueScope {
  areaPath: readonly string[];
  orgPath: readonly string[];
}

/**
 * The indicator model (decision 0048). Every signed-in user reads the definitions, the values
 * and the completeness of reporting (outcome figures of areas are not a donor's private
 * records). The programme office configures elements, indicators, sets and targets. Values are
 * entered by the programme office (any), a recipient editor for its area subtree, and a donor
 * editor for its donor's values (the value must name a donor its grant covers).
 */
export const indicatorPolicies = definePolicies({
  'indicators.read': (actor) => actor.grants.length > 0,
  'indicators.configure': (actor) => hasRole(actor, 'coordinator'),
  'indicators.enter': (actor, scope?: ValueScope) => {
    if (hasRole(actor, 'coordinator')) return true;
    if (!scope) return hasRole(actor, 'recipient-editor', 'donor-editor');
    if (roleCovers(actor, 'recipient-editor', scope)) return true;
    return scope.orgPath.length > 0 && roleCovers(actor, 'donor-editor', scope);
  },
});
