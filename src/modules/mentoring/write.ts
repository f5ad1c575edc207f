/** Mentoring: create, change (mentee, dates, publication), and the yearly assessments. */
import type { Transaction } from 'kysely';
import { engineOf } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { referenceIn } from '../reference/reference.js';
import { visiblePerson } from '../teams/persons.js';
import { assertDates } from '../teams/write.js';
import { write } from '../write.js';
import { getMentoring, mentoringScope } from './read.js';
import type {
  AssessmentInput,
  CreateMentoringInput,
  MentoringView,
  UpdateMentoringInput,
} from './schema.js';

async function load(trx: Transaction<DB>, id: number) {
  let query = trx.selectFrom('mentorings').selectAll().where('id', '=', id);
  if (engineOf(trx) === 'postgres') query = query.forUpdate();
  const mentoring = await query.executeTakeFirst();
  if (!mentoring) return null;
  const assessments = await trx
    .selectFrom('mentoringAssessments')
    .select(['year', 'grade', 'note'])
    .where('mentoringId', '=', id)
    .orderBy('year')
    .execute();
  return { mentoring, assessments };
}
type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

const snapshot = (l: Loaded) => ({ ...l.mentoring, assessments: l.assessments });

/** Refuses assessments for years outside [start year, end year] (422 on `field`). */
function assertYearsWithin(
  dates: { startsOn: string; endsOn: string | null },
  years: number[],
  field: string,
) {
  const from = Number(dates.startsOn.slice(0, 4));
  const to = dates.endsOn === null ? null : Number(dates.endsOn.slice(0, 4));
  for (const year of years) {
    if (year < from || (to !== null && year > to)) {
      throw InvalidInputError.field(
        field,
        problem('mentoring.assessmentYear', { from, to: to ?? '…' }),
      );
    }
  }
}

async function forWrite(uow: UnitOfWork, id: number, expectedVersion?: number) {
  const loaded = await load(uow.trx, id);
  const ref = await referenceIn(uow.trx, uow.memo);
  const scope = loaded ? mentoringScope(ref, loaded.mentoring) : null;
  if (!loaded || !scope || !can(uow.context.actor, 'mentoring.read', scope)) {
    throw new NotFoundError(problem('mentoring.notFound', { id }));
  }
  authorize(uow.context.actor, 'mentoring.write', scope);
  assertVersion(expectedVersion, loaded.mentoring.version, `mentoring ${id}`);
  return loaded;
}

async function bump(
  uow: UnitOfWork,
  before: Loaded,
  action: string,
  set: Partial<Loaded['mentoring']> = {},
) {
  const m = before.mentoring;
  const result = await uow.trx
    .updateTable('mentorings')
    .set({ ...set, version: m.version + 1, updatedAt: new Date().toISOString() })
    .where('id', '=', m.id)
    .where('version', '=', m.version)
    .executeTakeFirst();
  assertUpdated(result, `mentoring ${m.id}`);
  const after = await load(uow.trx, m.id);
  if (!after) throw new Error(`mentoring ${m.id} vanished`);
  uow.record({
    action,
    entityType: 'mentoring',
    entityId: String(m.id),
    before: snapshot(before),
    after: snapshot(after),
  });
}

/** Records a mentor (a person the actor may see) and one mentee; the donor is the mentor's. */
export async function createMentoring(
  ctx: ServiceContext,
  input: CreateMentoringInput,
): Promise<MentoringView> {
  assertDates(input.startsOn, input.endsOn);
  if (input.menteeOrgCode === undefined && input.menteeOrgName === undefined) {
    throw InvalidInputError.field('menteeOrgName', problem('mentoring.menteeOrgRequired'));
  }
  return write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    const mentor = await visiblePerson(uow.trx, ctx.actor, ref, input.mentorPersonId);
    if (!mentor) {
      throw InvalidInputError.field(
        'mentorPersonId',
        problem('team.unknownPerson', { id: input.mentorPersonId }),
      );
    }
    if (!ref.areas.has(input.areaCode)) {
      throw InvalidInputError.field('areaCode', problem('area.unknown', { code: input.areaCode }));
    }
    if (input.menteeOrgCode !== undefined && !ref.orgs.has(input.menteeOrgCode)) {
      throw InvalidInputError.field(
        'menteeOrgCode',
        problem('organisation.unknown', { code: input.menteeOrgCode }),
      );
    }
    authorize(ctx.actor, 'mentoring.write', { orgPath: ref.orgs.pathOf(mentor.donorCode) });
    const at = new Date().toISOString();
    const { id } = await uow.trx
      .insertInto('mentorings')
      .values({
        mentorPersonId: mentor.id,
        donorCode: mentor.donorCode,
        areaCode: input.areaCode,
        menteeName: input.menteeName,
        menteeOrgCode: input.menteeOrgCode ?? null,
        menteeOrgName: input.menteeOrgName ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        note: input.note ?? null,
        publishedAt: input.published ? at : null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const created = await load(uow.trx, id);
    if (!created) throw new Error(`mentoring ${id} vanished`);
    uow.record({
      action: 'create',
      entityType: 'mentoring',
      entityId: String(id),
      after: snapshot(created),
    });
    return getMentoring(uow.context, id);
  });
}

/** Changes the mentee, the dates (keeping every assessment's year inside), note, publication. */
export async function updateMentoring(
  ctx: ServiceContext,
  id: number,
  input: UpdateMentoringInput,
  expectedVersion?: number,
): Promise<MentoringView> {
  return write(ctx, async (uow) => {
    const before = await forWrite(uow, id, expectedVersion);
    const m = before.mentoring;
    const startsOn = input.startsOn ?? m.startsOn;
    const endsOn = input.endsOn === undefined ? m.endsOn : input.endsOn;
    assertDates(startsOn, endsOn);
    assertYearsWithin(
      { startsOn, endsOn },
      before.assessments.map((a) => a.year),
      input.startsOn !== undefined ? 'startsOn' : 'endsOn',
    );
    const menteeOrgName = input.menteeOrgName === undefined ? m.menteeOrgName : input.menteeOrgName;
    if (m.menteeOrgCode === null && menteeOrgName === null) {
      throw InvalidInputError.field('menteeOrgName', problem('mentoring.menteeOrgRequired'));
    }
    const publishedAt =
      input.published === undefined
        ? m.publishedAt
        : input.published
          ? (m.publishedAt ?? new Date().toISOString())
          : null;
    await bump(uow, before, 'update', {
      menteeName: input.menteeName ?? m.menteeName,
      menteeOrgName,
      startsOn,
      endsOn,
      note: input.note === undefined ? m.note : input.note,
      publishedAt,
    });
    return getMentoring(uow.context, id);
  });
}

/** Sets the assessment of one year (within the mentoring's years), replacing any before. */
export async function putAssessment(
  ctx: ServiceContext,
  id: number,
  year: number,
  input: AssessmentInput,
  expectedVersion?: number,
): Promise<MentoringView> {
  return write(ctx, async (uow) => {
    const before = await forWrite(uow, id, expectedVersion);
    assertYearsWithin(before.mentoring, [year], 'year');
    await uow.trx
      .deleteFrom('mentoringAssessments')
      .where('mentoringId', '=', id)
      .where('year', '=', year)
      .execute();
    await uow.trx
      .insertInto('mentoringAssessments')
      .values({ mentoringId: id, year, grade: input.grade, note: input.note ?? null })
      .execute();
    await bump(uow, before, 'assessment');
    return getMentoring(uow.context, id);
  });
}
