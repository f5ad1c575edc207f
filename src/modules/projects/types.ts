/** Project types (智力, 产业, 民生 …): configuration, each with its default livelihood share. */

import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';
import { PROJECTS } from './aggregate.js';
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
  return write(ctx, async (uow) => {
    const trx = uow.trx;
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
      uow.record({
        action: before ? 'update' : 'create',
        entityType: 'project-type',
        entityId: t.code,
        ...(before ? { before: presentProjectType(before) } : {}),
        after: presentProjectType({ code: t.code, ...values }),
      });
    }
    uow.changedReference();
    // A type's default livelihood share is what the quality rules compare a project's against.
    for (const t of types) uow.touchWhere(PROJECTS, { type: t.code });
    return listProjectTypes(uow.context);
  });
}
