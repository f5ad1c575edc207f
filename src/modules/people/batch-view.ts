/**
 * One batch (批次) as its page shows it: the batch, its postings with their people (only the
 * people the actor may see; personal data masked as on the roster) and its counts: people,
 * postings, serving today, long-term and flexible, by kind. Changing a batch's number, name or
 * start (If-Match: the batch's version; a number taken by the donor's other batch in the
 * programme is 409).
 */
import { sql } from 'kysely';
import { todayUtc } from '../../domain/dates.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { loadReference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { presentBatch } from './batches.js';
import { baseQuery, page } from './rosters.js';
import type { BatchPageQuery, UpdateBatchInput } from './schema.js';

type Ctx = ServiceContext;

/** The batch with its visible postings (paged) and counts; 404 when there is no such batch. */
export async function getBatch(ctx: Ctx, id: number, q: BatchPageQuery) {
  authorize(ctx.actor, 'people.read');
  const ref = await loadReference(ctx.db);
  const row = await ctx.db
    .selectFrom('personnelBatches')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(problem('people.batchNotFound', { id }));
  const today = todayUtc();
  const inBatch = baseQuery(ctx, ref, {}).where('po.batchId', '=', id);
  const serving = sql<
    number | string
  >`sum(case when po.term_start <= ${today} and po.ends_on >= ${today} then 1 else 0 end)`;
  const [listed, groups, people] = await Promise.all([
    page(ctx, ref, inBatch, q.limit, q.offset, 'area'),
    inBatch
      .select(['po.kindCode', 'po.mode', (eb) => eb.fn.countAll<number | string>().as('n')])
      .select(serving.as('serving'))
      .groupBy(['po.kindCode', 'po.mode'])
      .execute(),
    inBatch
      .select((eb) => eb.fn.count<number | string>('po.personId').distinct().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const byKind = new Map<string, { kind: string; postings: number; serving: number }>();
  let longTerm = 0;
  let flexible = 0;
  let servingToday = 0;
  for (const g of groups) {
    const n = Number(g.n);
    const s = Number(g.serving ?? 0);
    if (g.mode === 'flexible') flexible += n;
    else longTerm += n;
    servingToday += s;
    const k = byKind.get(g.kindCode) ?? { kind: g.kindCode, postings: 0, serving: 0 };
    k.postings += n;
    k.serving += s;
    byKind.set(g.kindCode, k);
  }
  return {
    ...presentBatch(row, ref),
    can: { update: can(ctx.actor, 'people.write', { orgPath: ref.orgs.pathOf(row.donorCode) }) },
    counts: {
      people: Number(people.n),
      postings: longTerm + flexible,
      servingToday,
      longTerm,
      flexible,
      byKind: [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    },
    date: today,
    items: listed.items,
    total: listed.total,
  };
}

/** Changes a batch's number, name or start; the donor's editors and the programme office. */
export async function updateBatch(
  ctx: Ctx,
  id: number,
  input: UpdateBatchInput,
  expectedVersion?: number,
) {
  return write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    const row = await uow.trx
      .selectFrom('personnelBatches')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) {
      authorize(ctx.actor, 'people.write');
      throw new NotFoundError(problem('people.batchNotFound', { id }));
    }
    authorize(ctx.actor, 'people.write', { orgPath: ref.orgs.pathOf(row.donorCode) });
    assertVersion(expectedVersion, row.version, `batch ${id}`);
    if (input.number !== undefined && input.number !== row.number) {
      const taken = await uow.trx
        .selectFrom('personnelBatches')
        .select('id')
        .where('donorCode', '=', row.donorCode)
        .where('programmeCode', '=', row.programmeCode)
        .where('number', '=', input.number)
        .executeTakeFirst();
      if (taken) {
        throw ConflictError.field(
          'number',
          problem('people.batchExists', {
            donor: ref.orgs.get(row.donorCode)?.name ?? row.donorCode,
            programme: ref.programmes.get(row.programmeCode)?.name ?? row.programmeCode,
            number: input.number,
          }),
        );
      }
    }
    const set = {
      number: input.number ?? row.number,
      name: input.name === undefined ? row.name : input.name,
      startsOn: input.startsOn === undefined ? row.startsOn : input.startsOn,
      version: row.version + 1,
      updatedAt: new Date().toISOString(),
    };
    const result = await uow.trx
      .updateTable('personnelBatches')
      .set(set)
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `batch ${id}`);
    uow.record({
      action: 'update',
      entityType: 'personnel-batch',
      entityId: String(id),
      before: row,
      after: { ...row, ...set },
    });
    return presentBatch({ ...row, ...set }, ref);
  });
}
