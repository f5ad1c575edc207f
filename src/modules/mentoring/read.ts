/** Mentoring: the list (filtered, visible to the caller only) and one mentoring. */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import { donorRecordFilters, visibleDonorRecords } from '../access/donor-records.js';
import type { ServiceContext } from '../core/context.js';
import { recordHistory } from '../history/record-history.js';
import { loadReference, type Reference } from '../reference/reference.js';
import type { MentoringListQuery, MentoringView } from './schema.js';

function mentoringsQuery(db: Executor) {
  return db
    .selectFrom('mentorings as m')
    .innerJoin('persons as p', 'p.id', 'm.mentorPersonId')
    .innerJoin('organisations as d', 'd.code', 'm.donorCode')
    .leftJoin('organisations as o', 'o.code', 'm.menteeOrgCode')
    .select([
      'm.id',
      'm.mentorPersonId',
      'p.nameZh as mentorName',
      'm.donorCode',
      'd.name as donorName',
      'd.nameEn as donorNameEn',
      'm.areaCode',
      'm.menteeName',
      'm.menteeOrgCode',
      'm.menteeOrgName',
      'o.name as menteeOrgKnownName',
      'o.nameEn as menteeOrgNameEn',
      'm.startsOn',
      'm.endsOn',
      'm.note',
      'm.publishedAt',
      'm.version',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof mentoringsQuery>['execute']>>[number];

async function assessmentsOf(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('mentoringAssessments')
    .selectAll()
    .where('mentoringId', 'in', ids)
    .orderBy('mentoringId')
    .orderBy('year')
    .execute();
}
type AssessmentRow = Awaited<ReturnType<typeof assessmentsOf>>[number];

export function mentoringScope(
  ref: Reference,
  row: { donorCode: string; areaCode: string; publishedAt: string | null },
) {
  return {
    orgPath: ref.orgs.pathOf(row.donorCode),
    areaPath: ref.areas.pathOf(row.areaCode),
    published: row.publishedAt !== null,
  };
}

function present(
  ctx: ServiceContext,
  ref: Reference,
  r: Row,
  assessments: AssessmentRow[],
): MentoringView {
  const area = ref.areas.get(r.areaCode);
  const scope = mentoringScope(ref, r);
  return {
    id: r.id,
    mentor: { id: r.mentorPersonId, name: r.mentorName },
    donor: { code: r.donorCode, name: r.donorName, nameEn: r.donorNameEn },
    area: {
      code: r.areaCode,
      name: area?.name ?? '',
      nameEn: area?.nameEn ?? '',
      nameUg: area?.nameUg ?? null,
      level: area?.level ?? 'county',
    },
    mentee: {
      name: r.menteeName,
      org: {
        code: r.menteeOrgCode,
        name: r.menteeOrgKnownName ?? r.menteeOrgName ?? '',
        nameEn: r.menteeOrgNameEn ?? '',
      },
    },
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    note: r.note,
    publishedAt: r.publishedAt,
    assessments: assessments.map((a) => ({ year: a.year, grade: a.grade, note: a.note })),
    version: r.version,
    can: {
      write: can(ctx.actor, 'mentoring.write', scope),
      readHistory: can(ctx.actor, 'mentoring.readHistory', scope),
    },
  };
}

/** The mentorings the caller may see, by donor and area subtree, period and mentor. */
export async function listMentorings(ctx: ServiceContext, q: MentoringListQuery) {
  const ref = await loadReference(ctx.db);
  let query = ctx.db.selectFrom('mentorings as m');
  const refs = {
    donor: sql.ref<string>('m.donorCode'),
    area: sql.ref<string>('m.areaCode'),
    start: sql.ref<string>('m.startsOn'),
    end: sql.ref<string | null>('m.endsOn'),
    published: sql.ref<string | null>('m.publishedAt'),
  };
  const visible = visibleDonorRecords(ctx.actor, ref, refs);
  if (visible) query = query.where(visible);
  for (const c of donorRecordFilters(ref, q, refs)) query = query.where(c);
  if (q.mentor !== undefined) query = query.where('m.mentorPersonId', '=', q.mentor);
  const { n } = await query
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const ids = (
    await query
      .select('m.id')
      .orderBy('m.startsOn', 'desc')
      .orderBy('m.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute()
  ).map((r) => r.id);
  let items: MentoringView[] = [];
  if (ids.length > 0) {
    const [rows, assessments] = await Promise.all([
      mentoringsQuery(ctx.db).where('m.id', 'in', ids).execute(),
      assessmentsOf(ctx.db, ids),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    items = ids.flatMap((id) => {
      const r = byId.get(id);
      return r
        ? [
            present(
              ctx,
              ref,
              r,
              assessments.filter((a) => a.mentoringId === id),
            ),
          ]
        : [];
    });
  }
  return { items, total: Number(n), limit: q.limit, offset: q.offset };
}

async function readable(ctx: ServiceContext, id: number) {
  const ref = await loadReference(ctx.db);
  const row = await mentoringsQuery(ctx.db).where('m.id', '=', id).executeTakeFirst();
  const scope = row ? mentoringScope(ref, row) : null;
  if (!row || !scope || !can(ctx.actor, 'mentoring.read', scope)) {
    throw new NotFoundError(problem('mentoring.notFound', { id }));
  }
  return { ref, row, scope };
}

/** A mentoring the caller may see; one it may not is reported missing. @throws NotFoundError */
export async function getMentoring(ctx: ServiceContext, id: number): Promise<MentoringView> {
  const { ref, row } = await readable(ctx, id);
  return present(ctx, ref, row, await assessmentsOf(ctx.db, [id]));
}

/** A mentoring's change history (the programme office, auditors, its donor's editors). */
export async function mentoringHistory(ctx: ServiceContext, id: number) {
  const { scope } = await readable(ctx, id);
  authorize(ctx.actor, 'mentoring.readHistory', scope);
  return recordHistory(ctx, [{ entityType: 'mentoring', ids: [id] }]);
}
