/**
 * Training sessions: one donor organiser, one area, dates, place, topic, distinct participants
 * and person-times (人次), outcomes, named participants where known (decision 0027).
 */
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { recordHistory } from '../history/record-history.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { presentSession, sessionSnapshot } from './presenters.js';
import { participantsOf, type SessionRow, sessionsQuery } from './repository.js';
import type {
  CreateSessionInput,
  SessionListQuery,
  SessionView,
  UpdateSessionInput,
} from './schema.js';
import { scopeOf, sessionFilterConditions, visibleSessions } from './scope.js';
import { assertSessionRules, type SessionFacts } from './session-rules.js';

type Ctx = ServiceContext;
export const SESSION = 'training-session';

const sessionScope = (ref: Reference, r: SessionRow) =>
  scopeOf(ref, [r.organiserCode], [r.areaCode], r.publishedAt);

/** Resolves the codes of an input against the reference data and the database (422 by field). */
async function resolveCodes(
  db: Executor,
  ref: Reference,
  programme: string,
  input: {
    trainingProgramme?: string | null | undefined;
    project?: string | null | undefined;
    area?: string | undefined;
  },
) {
  if (input.area !== undefined && !ref.areas.has(input.area)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: input.area }));
  }
  let trainingProgrammeId: number | null | undefined;
  if (input.trainingProgramme === null) trainingProgrammeId = null;
  else if (input.trainingProgramme !== undefined) {
    const tp = await db
      .selectFrom('trainingProgrammes')
      .select(['id', 'programmeCode'])
      .where('code', '=', input.trainingProgramme)
      .executeTakeFirst();
    if (!tp) {
      throw InvalidInputError.field(
        'trainingProgramme',
        problem('training.programmeUnknown', { code: input.trainingProgramme }),
      );
    }
    if (tp.programmeCode !== programme) {
      throw InvalidInputError.field(
        'trainingProgramme',
        problem('training.programmeOtherProgramme', {
          code: input.trainingProgramme,
          programme: tp.programmeCode,
          sessionProgramme: programme,
        }),
      );
    }
    trainingProgrammeId = tp.id;
  }
  let projectId: number | null | undefined;
  if (input.project === null) projectId = null;
  else if (input.project !== undefined) {
    const p = await db
      .selectFrom('projects')
      .select('id')
      .where('code', '=', input.project)
      .executeTakeFirst();
    if (!p)
      throw InvalidInputError.field('project', problem('project.unknown', { code: input.project }));
    projectId = p.id;
  }
  return { trainingProgrammeId, projectId };
}

async function replaceParticipants(
  uow: UnitOfWork,
  sessionId: number,
  list: NonNullable<CreateSessionInput['participantList']>,
) {
  await uow.trx.deleteFrom('trainingParticipants').where('sessionId', '=', sessionId).execute();
  for (let i = 0; i < list.length; i += 500) {
    await uow.trx
      .insertInto('trainingParticipants')
      .values(
        list.slice(i, i + 500).map((p) => ({
          sessionId,
          name: p.name,
          organisation: p.organisation ?? null,
          personId: p.personId ?? null,
        })),
      )
      .execute();
  }
}

async function reload(db: Executor, id: number) {
  const row = await sessionsQuery(db).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(problem('training.sessionNotFound', { id }));
  return { row, participants: await participantsOf(db, [id]) };
}

/** Records a training session for a donor (its editor or the programme office). */
export async function createSession(ctx: Ctx, input: CreateSessionInput): Promise<SessionView> {
  return write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    if (!ref.programmes.has(input.programme)) {
      throw InvalidInputError.field(
        'programme',
        problem('programme.unknown', { code: input.programme }),
      );
    }
    if (!ref.orgs.has(input.organiser)) {
      throw InvalidInputError.field(
        'organiser',
        problem('organisation.unknown', { code: input.organiser }),
      );
    }
    authorize(ctx.actor, 'training.write', { donorPaths: [ref.orgs.pathOf(input.organiser)] });
    const codes = await resolveCodes(uow.trx, ref, input.programme, input);
    const facts: SessionFacts = { ...input, named: input.participantList?.length ?? 0 };
    assertSessionRules(facts);
    const at = new Date().toISOString();
    const { id } = await uow.trx
      .insertInto('trainingSessions')
      .values({
        programmeCode: input.programme,
        trainingProgrammeId: codes.trainingProgrammeId ?? null,
        organiserCode: input.organiser,
        projectId: codes.projectId ?? null,
        areaCode: input.area,
        startDate: input.startDate,
        endDate: input.endDate,
        place: input.place,
        topic: input.topic,
        participants: input.participants,
        personTimes: input.personTimes,
        jobsFound: input.jobsFound,
        certificates: input.certificates,
        note: input.note ?? null,
        publishedAt: input.published ? at : null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.participantList?.length) await replaceParticipants(uow, id, input.participantList);
    const after = await reload(uow.trx, id);
    uow.record({
      action: 'create',
      entityType: SESSION,
      entityId: String(id),
      after: sessionSnapshot(after.row, after.participants),
    });
    return presentSession(after.row, after.participants, ctx.actor, sessionScope(ref, after.row));
  });
}

/**
 * A session the actor may see (404 for one it may not: an unpublished record of another donor
 * does not exist for it), with the reference data and its scope.
 */
async function readable(ctx: Ctx, db: Executor, ref: Reference, id: number) {
  const row = await sessionsQuery(db).where('s.id', '=', id).executeTakeFirst();
  const scope = row ? sessionScope(ref, row) : undefined;
  if (!row || !scope || !can(ctx.actor, 'training.read', scope)) {
    throw new NotFoundError(problem('training.sessionNotFound', { id }));
  }
  return { row, scope };
}

/** One session with its named participants. */
export async function getSession(ctx: Ctx, id: number): Promise<SessionView> {
  authorize(ctx.actor, 'training.read');
  const ref = await loadReference(ctx.db);
  const { row, scope } = await readable(ctx, ctx.db, ref, id);
  return presentSession(row, await participantsOf(ctx.db, [id]), ctx.actor, scope);
}

/** Changes a session (If-Match: 409 when stale); `published` publishes or withdraws it. */
export async function updateSession(
  ctx: Ctx,
  id: number,
  input: UpdateSessionInput,
  expectedVersion?: number,
): Promise<SessionView> {
  return write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    const before = await readable(ctx, uow.trx, ref, id);
    authorize(ctx.actor, 'training.write', before.scope);
    assertVersion(expectedVersion, before.row.version, `training session ${id}`);
    const row = before.row;
    const codes = await resolveCodes(uow.trx, ref, row.programmeCode, input);
    const participantsBefore = await participantsOf(uow.trx, [id]);
    const merged = {
      startDate: input.startDate ?? row.startDate,
      endDate: input.endDate ?? row.endDate,
      participants: input.participants ?? row.participants,
      personTimes: input.personTimes ?? row.personTimes,
      jobsFound: input.jobsFound ?? row.jobsFound,
      certificates: input.certificates ?? row.certificates,
    };
    assertSessionRules({
      ...merged,
      named: input.participantList?.length ?? participantsBefore.length,
    });
    const at = new Date().toISOString();
    const publishedAt =
      input.published === undefined
        ? row.publishedAt
        : input.published
          ? (row.publishedAt ?? at)
          : null;
    const result = await uow.trx
      .updateTable('trainingSessions')
      .set({
        ...merged,
        ...(codes.trainingProgrammeId !== undefined
          ? { trainingProgrammeId: codes.trainingProgrammeId }
          : {}),
        ...(codes.projectId !== undefined ? { projectId: codes.projectId } : {}),
        ...(input.area !== undefined ? { areaCode: input.area } : {}),
        ...(input.place !== undefined ? { place: input.place } : {}),
        ...(input.topic !== undefined ? { topic: input.topic } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        publishedAt,
        updatedAt: at,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `training session ${id}`);
    if (input.participantList) await replaceParticipants(uow, id, input.participantList);
    const after = await reload(uow.trx, id);
    uow.record({
      action: 'update',
      entityType: SESSION,
      entityId: String(id),
      before: sessionSnapshot(row, participantsBefore),
      after: sessionSnapshot(after.row, after.participants),
    });
    return presentSession(after.row, after.participants, ctx.actor, sessionScope(ref, after.row));
  });
}

/** The conditions of a list of sessions: what the actor may see, and the filters. */
export async function sessionConditions(
  ctx: Ctx,
  ref: Reference,
  q: Omit<SessionListQuery, 'limit' | 'offset'>,
) {
  const conditions = sessionFilterConditions(ref, q);
  const visible = visibleSessions(ctx.actor, ref);
  if (visible) conditions.push(visible);
  if (q.trainingProgramme) {
    conditions.push(sql<SqlBool>`s.training_programme_id in
      (select id from training_programmes where code = ${q.trainingProgramme})`);
  }
  return conditions;
}

/** The sessions the actor may see, newest first, filtered and paged, with the total. */
export async function listSessions(ctx: Ctx, q: SessionListQuery) {
  authorize(ctx.actor, 'training.read');
  const ref = await loadReference(ctx.db);
  const conditions = await sessionConditions(ctx, ref, q);
  const where =
    conditions.length > 0 ? sql<SqlBool>`${sql.join(conditions, sql` and `)}` : sql<SqlBool>`1 = 1`;
  const [rows, total] = await Promise.all([
    sessionsQuery(ctx.db)
      .where(where)
      .orderBy('s.startDate', 'desc')
      .orderBy('s.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    ctx.db
      .selectFrom('trainingSessions as s')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => {
      const { participantList: _, ...view } = presentSession(
        r,
        [],
        ctx.actor,
        sessionScope(ref, r),
      );
      return view;
    }),
    total: Number(total.n),
  };
}

/** Sessions, participants and person-times by donor (the organiser's top organisation). */
export async function sessionsByDonor(ctx: Ctx, q: Omit<SessionListQuery, 'limit' | 'offset'>) {
  authorize(ctx.actor, 'training.read');
  const ref = await loadReference(ctx.db);
  const conditions = await sessionConditions(ctx, ref, q);
  const where =
    conditions.length > 0 ? sql<SqlBool>`${sql.join(conditions, sql` and `)}` : sql<SqlBool>`1 = 1`;
  const rows = await ctx.db
    .selectFrom('trainingSessions as s')
    .select((eb) => [
      's.organiserCode',
      eb.fn.countAll<number | string>().as('sessions'),
      eb.fn.sum<number | string>('s.participants').as('participants'),
      eb.fn.sum<number | string>('s.personTimes').as('personTimes'),
      eb.fn.sum<number | string>('s.jobsFound').as('jobsFound'),
    ])
    .where(where)
    .groupBy('s.organiserCode')
    .execute();
  const byDonor = new Map<
    string,
    { sessions: number; participants: number; personTimes: number; jobsFound: number }
  >();
  for (const r of rows) {
    const donor = ref.orgs.rootOf(r.organiserCode);
    const sum = byDonor.get(donor) ?? {
      sessions: 0,
      participants: 0,
      personTimes: 0,
      jobsFound: 0,
    };
    sum.sessions += Number(r.sessions);
    sum.participants += Number(r.participants);
    sum.personTimes += Number(r.personTimes);
    sum.jobsFound += Number(r.jobsFound);
    byDonor.set(donor, sum);
  }
  return {
    rows: [...byDonor.entries()]
      .map(([code, sum]) => {
        const org = ref.orgs.get(code);
        return { donor: { code, name: org?.name ?? code, nameEn: org?.nameEn ?? code }, ...sum };
      })
      .sort((a, b) => b.personTimes - a.personTimes || a.donor.code.localeCompare(b.donor.code)),
  };
}

/** The change history of a session, newest first (its donors' editors, the office, auditors). */
export async function sessionHistory(ctx: Ctx, id: number) {
  const ref = await loadReference(ctx.db);
  const { scope } = await readable(ctx, ctx.db, ref, id);
  authorize(ctx.actor, 'training.readHistory', scope);
  return recordHistory(ctx, [{ entityType: SESSION, ids: [id] }]);
}
