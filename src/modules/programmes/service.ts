/** Programmes and their two-80% thresholds, configured per year. */
import type { Executor } from '../../db/database.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference } from '../reference/reference.js';
import { write } from '../write.js';
import type { ProgrammeView, ThresholdInput } from './schema.js';

type Ctx = ServiceContext;

async function loadProgrammes(db: Executor, code?: string): Promise<ProgrammeView[]> {
  let query = db.selectFrom('programmes').selectAll().orderBy('code');
  if (code !== undefined) query = query.where('code', '=', code);
  const programmes = await query.execute();
  if (programmes.length === 0) return [];
  const thresholds = await db
    .selectFrom('programmeThresholds')
    .selectAll()
    .where(
      'programmeCode',
      'in',
      programmes.map((p) => p.code),
    )
    .orderBy('fromYear')
    .execute();
  const ref = await loadReference(db);
  const provincesOf = (programme: string) =>
    [...new Set(ref.pairingSpans(programme).map((s) => `${s.areaCode.slice(0, 2)}0000`))].sort();
  return programmes.map((p) => ({
    code: p.code,
    name: p.name,
    nameEn: p.nameEn,
    startYear: p.startYear,
    endYear: p.endYear,
    thresholds: thresholds
      .filter((t) => t.programmeCode === p.code)
      .map((t) => ({
        fromYear: t.fromYear,
        countyAndBelowBp: t.countyAndBelowBp,
        livelihoodBp: t.livelihoodBp,
        note: t.note,
      })),
    recipientProvinces: provincesOf(p.code),
  }));
}

export async function listProgrammes(ctx: Ctx) {
  return { items: await loadProgrammes(ctx.db) };
}

/** One programme with its thresholds. @throws NotFoundError */
export async function getProgramme(ctx: Ctx, code: string): Promise<ProgrammeView> {
  const [programme] = await loadProgrammes(ctx.db, code);
  if (!programme) throw new NotFoundError(problem('programme.notFound', { code }));
  return programme;
}

/**
 * Sets the thresholds that apply from `fromYear` on (until a later row takes over): inserts
 * the row or replaces it. The year must lie within the programme's period.
 */
export async function setThreshold(
  ctx: Ctx,
  programme: string,
  fromYear: number,
  input: ThresholdInput,
): Promise<ProgrammeView> {
  authorize(ctx.actor, 'programmes.write');
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const p = await trx
      .selectFrom('programmes')
      .selectAll()
      .where('code', '=', programme)
      .executeTakeFirst();
    if (!p) throw new NotFoundError(problem('programme.notFound', { code: programme }));
    if (
      (p.startYear !== null && fromYear < p.startYear) ||
      (p.endYear !== null && fromYear > p.endYear)
    ) {
      throw InvalidInputError.field(
        'fromYear',
        problem('programme.yearOutside', {
          programme,
          start: p.startYear ?? '…',
          end: p.endYear ?? '…',
        }),
      );
    }
    const before = await trx
      .selectFrom('programmeThresholds')
      .selectAll()
      .where('programmeCode', '=', programme)
      .where('fromYear', '=', fromYear)
      .executeTakeFirst();
    const values = {
      countyAndBelowBp: input.countyAndBelowBp,
      livelihoodBp: input.livelihoodBp,
      note: input.note ?? null,
    };
    if (before) {
      await trx
        .updateTable('programmeThresholds')
        .set(values)
        .where('programmeCode', '=', programme)
        .where('fromYear', '=', fromYear)
        .execute();
    } else {
      await trx
        .insertInto('programmeThresholds')
        .values({ programmeCode: programme, fromYear, ...values })
        .execute();
    }
    await trx
      .updateTable('programmes')
      .set({ updatedAt: new Date().toISOString() })
      .where('code', '=', programme)
      .execute();
    uow.changedReference();
    uow.record({
      action: before ? 'update' : 'create',
      entityType: 'programme-threshold',
      entityId: `${programme}/${fromYear}`,
      ...(before ? { before } : {}),
      after: { programmeCode: programme, fromYear, ...values },
    });
    return getProgramme(uow.context, programme);
  });
}
