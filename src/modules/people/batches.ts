/** Batches (批次, numbered per donor and programme) and the personnel kinds with their terms. */
import { ConflictError, InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { presentNamed } from './presenters.js';
import type { BatchInput } from './schema.js';

type Ctx = ServiceContext;

/** A batch as the API shows it. */
export function presentBatch(
  r: {
    id: number;
    donorCode: string;
    programmeCode: string;
    number: number;
    name: string | null;
    startsOn: string | null;
    version: number;
  },
  ref: Awaited<ReturnType<typeof loadReference>>,
) {
  return {
    id: r.id,
    donor: presentNamed(ref, r.donorCode),
    programme: r.programmeCode,
    number: r.number,
    name: r.name,
    startsOn: r.startsOn,
    version: r.version,
  };
}

/** Opens a donor's batch in a programme (409 when its number is taken). */
export async function createBatch(ctx: Ctx, input: BatchInput) {
  return write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    if (!ref.orgs.has(input.donor)) {
      throw InvalidInputError.field(
        'donor',
        problem('organisation.unknown', { code: input.donor }),
      );
    }
    authorize(ctx.actor, 'people.write', { orgPath: ref.orgs.pathOf(input.donor) });
    if (!ref.programmes.has(input.programme)) {
      throw InvalidInputError.field(
        'programme',
        problem('programme.unknown', { code: input.programme }),
      );
    }
    const taken = await uow.trx
      .selectFrom('personnelBatches')
      .select('id')
      .where('donorCode', '=', input.donor)
      .where('programmeCode', '=', input.programme)
      .where('number', '=', input.number)
      .executeTakeFirst();
    if (taken) {
      throw ConflictError.field(
        'number',
        problem('people.batchExists', {
          donor: input.donor,
          programme: input.programme,
          number: input.number,
        }),
      );
    }
    const at = new Date().toISOString();
    const row = await uow.trx
      .insertInto('personnelBatches')
      .values({
        donorCode: input.donor,
        programmeCode: input.programme,
        number: input.number,
        name: input.name ?? null,
        startsOn: input.startsOn ?? null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    uow.record({
      action: 'create',
      entityType: 'personnel-batch',
      entityId: String(row.id),
      after: row,
    });
    return presentBatch(row, ref);
  });
}

/** Batches, by donor (its sub-organisations too) and programme, newest number first. */
export async function listBatches(
  ctx: Ctx,
  q: { donor?: string | undefined; programme?: string | undefined },
) {
  authorize(ctx.actor, 'people.read');
  const ref = await loadReference(ctx.db);
  let query = ctx.db.selectFrom('personnelBatches').selectAll();
  if (q.donor) query = query.where('donorCode', 'in', [q.donor, ...ref.orgs.subtree(q.donor)]);
  if (q.programme) query = query.where('programmeCode', '=', q.programme);
  const rows = await query.orderBy('donorCode').orderBy('number', 'desc').execute();
  return rows.map((r) => presentBatch(r, ref));
}

/** The personnel kinds with their default terms and each programme's own. */
export async function listKinds(ctx: Ctx) {
  authorize(ctx.actor, 'people.read');
  const [kinds, terms] = await Promise.all([
    ctx.db.selectFrom('personnelKinds').selectAll().orderBy('sort').orderBy('code').execute(),
    ctx.db.selectFrom('personnelKindTerms').selectAll().execute(),
  ]);
  return kinds.map((k) => ({
    code: k.code,
    name: k.name,
    nameEn: k.nameEn,
    defaultTermMonths: k.defaultTermMonths,
    terms: Object.fromEntries(
      terms.filter((t) => t.kindCode === k.code).map((t) => [t.programmeCode, t.termMonths]),
    ),
  }));
}
