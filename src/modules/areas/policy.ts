import { hasRole } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/** The area tree is reference data: only the programme office adds, renames or retires areas. */
export const areaPolicies = definePolicies({
  'areas.write': (actor) => hasRole(actor, 'coordinator'),
});
