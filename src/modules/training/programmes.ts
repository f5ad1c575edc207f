/** Training programmes (天山计划, 蒲公英计划, 领航员计划 …): the programme office's reference data. */
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { loadReference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import type { CreateTrainingProgrammeInput, UpdateTrainingProgrammeInput } from './schema.js';
import { visibleSessions } from './scope.js';

type Ctx = ServiceContext;
const ENTITY = 'training-programme';

type ProgrammeRow = {
  id: number;
  code: string;
  programmeCode: string;
  name: string;
  nameEn: string;
  version: number;
};

/** Each programme with its sessions the actor may see counted. */
async function withTotals(ctx: Ctx, db: Executor, rows: ProgrammeRow[]) {
  const ref = await loadReference(db);
  const visible = visibleSessions(ctx.actor, ref) ?? sql<SqlBool>`1 = 1`;
  const ids = rows.map((r) => r.id);
  const sums =
    ids.length === 0
      ? []
      : await db
          .selectFrom('trainingSessions as s')
          .select((eb) => [
            's.trainingProgrammeId',
            eb.fn.countAll<number | string>().as('sessions'),
            eb.fn.sum<number | string>('s.participants').as('participants'),
            eb.fn.sum<number | string>('s.personTimes').as('personTimes'),
          ])
          .where('s.trainingProgrammeId', 'in', ids)
          .where(visible)
          .groupBy('s.trainingProgrammeId')
          .execute();
  const byId = new Map(sums.map((s) => [s.trainingProgrammeId, s]));
  return rows.map((r) => {
    const s = byId.get(r.id);
    return {
      code: r.code,
      programme: r.programmeCode,
      name: r.name,
      nameEn: r.nameEn,
      version: r.version,
      totals: {
        sessions: Number(s?.sessions ?? 0),
        participants: Number(s?.participants ?? 0),
        personTimes: Number(s?.personTimes ?? 0),
      },
      can: { update: can(ctx.actor, 'trainingProgrammes.write') },
    };
  });
}

const columns = ['id', 'code', 'programmeCode', 'name', 'nameEn', 'version'] as const;

export async function listTrainingProgrammes(ctx: Ctx) {
  authorize(ctx.actor, 'training.read');
  const rows = await ctx.db
    .selectFrom('trainingProgrammes')
    .select(columns)
    .orderBy('code')
    .execute();
  return { items: await withTotals(ctx, ctx.db, rows) };
}

async function find(db: Executor, code: string) {
  const row = await db
    .selectFrom('trainingProgrammes')
    .select(columns)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(problem('training.programmeNotFound', { code }));
  return row;
}

export async function getTrainingProgramme(ctx: Ctx, code: string) {
  authorize(ctx.actor, 'training.read');
  const [view] = await withTotals(ctx, ctx.db, [await find(ctx.db, code)]);
  if (!view) throw new NotFoundError(problem('training.programmeNotFound', { code }));
  return view;
}

export async function createTrainingProgramme(ctx: Ctx, input: CreateTrainingProgrammeInput) {
  return write(ctx, async (uow) => {
    authorize(ctx.actor, 'trainingProgrammes.write');
    const ref = await referenceIn(uow.trx, uow.memo);
    if (!ref.programmes.has(input.programme)) {
      throw InvalidInputError.field(
        'programme',
        problem('programme.unknown', { code: input.programme }),
      );
    }
    const taken = await uow.trx
      .selectFrom('trainingProgrammes')
      .select('id')
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (taken)
      throw ConflictError.field('code', problem('training.programmeExists', { code: input.code }));
    const at = new Date().toISOString();
    await uow.trx
      .insertInto('trainingProgrammes')
      .values({
        code: input.code,
        programmeCode: input.programme,
        name: input.name,
        nameEn: input.nameEn,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .execute();
    const row = await find(uow.trx, input.code);
    uow.record({ action: 'create', entityType: ENTITY, entityId: input.code, after: row });
    const [view] = await withTotals(ctx, uow.trx, [row]);
    if (!view) throw new NotFoundError(problem('training.programmeNotFound', { code: input.code }));
    return view;
  });
}

export async function updateTrainingProgramme(
  ctx: Ctx,
  code: string,
  input: UpdateTrainingProgrammeInput,
  expectedVersion?: number,
) {
  return write(ctx, async (uow) => {
    authorize(ctx.actor, 'trainingProgrammes.write');
    const before = await find(uow.trx, code);
    assertVersion(expectedVersion, before.version, `training programme ${code}`);
    const result = await uow.trx
      .updateTable('trainingProgrammes')
      .set({ ...input, updatedAt: new Date().toISOString(), version: before.version + 1 })
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    assertUpdated(result, `training programme ${code}`);
    const after = await find(uow.trx, code);
    uow.record({ action: 'update', entityType: ENTITY, entityId: code, before, after });
    const [view] = await withTotals(ctx, uow.trx, [after]);
    if (!view) throw new NotFoundError(problem('training.programmeNotFound', { code }));
    return view;
  });
}
