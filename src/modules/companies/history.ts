/** A company's change history: its own entries and its cases'. */
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { readableCompany } from './service.js';

type Ctx = ServiceContext;

/** The change history of a company and of its cases, newest first. */
export async function companyHistory(ctx: Ctx, id: number) {
  const { scope } = await readableCompany(ctx, id);
  authorize(ctx.actor, 'companies.history', scope);
  const cases = await ctx.db
    .selectFrom('companyCases')
    .select('id')
    .where('companyId', '=', id)
    .execute();
  const rows = await ctx.db
    .selectFrom('history')
    .select(['id', 'at', 'actor', 'action', 'entityType', 'entityId', 'before', 'after'])
    .where(
      (eb) =>
        eb.or([
          eb.and([eb('entityType', '=', 'company'), eb('entityId', '=', String(id))]),
          ...(cases.length > 0
            ? [
                eb.and([
                  eb('entityType', '=', 'company-case'),
                  eb(
                    'entityId',
                    'in',
                    cases.map((c) => String(c.id)),
                  ),
                ]),
              ]
            : []),
        ] as never) as never,
    )
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  return {
    items: rows.map((r) => ({
      ...r,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    })),
  };
}
