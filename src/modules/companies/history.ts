/** A company's change history: its own entries and its cases'. */
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { recordHistory } from '../history/record-history.js';
import { readableCompany } from './service.js';

/** The change history of a company and of its cases, newest first. */
export async function companyHistory(ctx: ServiceContext, id: number) {
  const { scope } = await readableCompany(ctx, id);
  authorize(ctx.actor, 'companies.history', scope);
  const cases = await ctx.db
    .selectFrom('companyCases')
    .select('id')
    .where('companyId', '=', id)
    .execute();
  return recordHistory(ctx, [
    { entityType: 'company', ids: [id] },
    { entityType: 'company-case', ids: cases.map((c) => c.id) },
  ]);
}
