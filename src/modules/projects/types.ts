/** Project types (智力, 产业, 民生 …): configuration, each with its default livelihood share. */
import type { ServiceContext } from '../../http/types.js';
import { authorize } from '../access/authorize.js';
import { recordHistory } from '../history/service.js';
import { inTransaction } from '../tx.js';
import { presentProjectType } from './presenters.js';
import type { ProjectTypeInput } from './schema.js';

type Ctx = ServiceContext;

export async function listProjectTypes(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('projectTypes')
    .selectAll()
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return { items: rows.map(presentProjectType) };
}

/**
 * Adds types or changes them (the programme office). Projects keep the livelihood share they
 * have: a changed default applies to projects created, or re-typed, afterwards. Types are never
 * removed here, since projects refer to them.
 */
export async function putProjectTypes(ctx: Ctx, input: ProjectTypeInput | ProjectTypeInput[]) {
  authorize(ctx.actor, 'projectTypes.write');
  const types = Array.isArray(input) ? input : [input];
  return inTransaction(ctx.db, async (trx) => {
    for (const t of types) {
      const before = await trx
        .selectFrom('projectTypes')
        .selectAll()
        .where('code', '=', t.code)
        .executeTakeFirst();
      const at = new Date().toISOString();
      const values = {
        name: t.name,
        nameEn: t.nameEn,
        defaultLivelihoodBp: t.defaultLivelihoodBp,
        sort: t.sort ?? before?.sort ?? 100,
      };
      if (before) {
        await trx
          .updateTable('projectTypes')
          .set({ ...values, updatedAt: at })
          .where('code', '=', t.code)
          .execute();
      } else {
        await trx
          .insertInto('projectTypes')
          .values({ code: t.code, ...values, createdAt: at, updatedAt: at })
          .execute();
      }
      await recordHistory(trx, {
        actor: ctx.actor,
        action: before ? 'update' : 'create',
        entityType: 'project-type',
        entityId: t.code,
        ...(before ? { before: presentProjectType(before) } : {}),
        after: presentProjectType({ code: t.code, ...values }),
        requestId: ctx.requestId ?? null,
      });
    }
    return listProjectTypes({ ...ctx, db: trx });
  });
}
