/** Teams: the list (filtered, visible to the caller only) and one team. */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { todayUtc } from '../../domain/dates.js';
import { NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import { donorRecordFilters, visibleDonorRecords } from '../access/donor-records.js';
import type { ServiceContext } from '../core/context.js';
import { recordHistory } from '../history/record-history.js';
import { loadReference, type Reference } from '../reference/reference.js';
import type { TeamListQuery, TeamView } from './schema.js';

function teamsQuery(db: Executor) {
  return db
    .selectFrom('teams as t')
    .innerJoin('organisations as d', 'd.code', 't.donorCode')
    .leftJoin('organisations as h', 'h.code', 't.hostOrgCode')
    .select([
      't.id',
      't.kind',
      't.name',
      't.donorCode',
      'd.name as donorName',
      'd.nameEn as donorNameEn',
      't.hostOrgCode',
      't.hostOrgName',
      'h.name as hostName',
      'h.nameEn as hostNameEn',
      't.areaCode',
      't.startsOn',
      't.endsOn',
      't.note',
      't.publishedAt',
      't.version',
    ]);
}
type TeamRow = Awaited<ReturnType<ReturnType<typeof teamsQuery>['execute']>>[number];

async function membersOf(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('teamMembers as m')
    .innerJoin('persons as p', 'p.id', 'm.personId')
    .select(['m.id', 'm.teamId', 'm.personId', 'p.nameZh', 'm.role', 'm.startsOn', 'm.endsOn'])
    .where('m.teamId', 'in', ids)
    .orderBy('m.teamId')
    .orderBy('m.startsOn')
    .orderBy('m.id')
    .execute();
}
type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

/** Where a team sits, for the policies. */
export function teamScope(
  ref: Reference,
  row: Pick<TeamRow, 'donorCode' | 'areaCode' | 'publishedAt'>,
) {
  return {
    orgPath: ref.orgs.pathOf(row.donorCode),
    areaPath: ref.areas.pathOf(row.areaCode),
    published: row.publishedAt !== null,
  };
}

function present(ctx: ServiceContext, ref: Reference, r: TeamRow, members: MemberRow[]): TeamView {
  const area = ref.areas.get(r.areaCode);
  const scope = teamScope(ref, r);
  const today = todayUtc();
  const day = r.endsOn !== null && r.endsOn < today ? r.endsOn : today;
  const leader = members.find(
    (m) => m.role === 'leader' && m.startsOn <= day && (m.endsOn === null || m.endsOn >= day),
  );
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    donor: { code: r.donorCode, name: r.donorName, nameEn: r.donorNameEn },
    host: {
      code: r.hostOrgCode,
      name: r.hostName ?? r.hostOrgName ?? '',
      nameEn: r.hostNameEn ?? '',
    },
    area: {
      code: r.areaCode,
      name: area?.name ?? '',
      nameEn: area?.nameEn ?? '',
      nameUg: area?.nameUg ?? null,
      level: area?.level ?? 'county',
    },
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    note: r.note,
    publishedAt: r.publishedAt,
    leader: leader ? { id: leader.personId, name: leader.nameZh } : null,
    members: members.map((m) => ({
      id: m.id,
      person: { id: m.personId, name: m.nameZh },
      role: m.role,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
    })),
    version: r.version,
    can: {
      write: can(ctx.actor, 'teams.write', scope),
      readHistory: can(ctx.actor, 'teams.readHistory', scope),
    },
  };
}

/** The teams the caller may see, by donor subtree, area subtree, period and kind. */
export async function listTeams(ctx: ServiceContext, q: TeamListQuery) {
  const ref = await loadReference(ctx.db);
  let query = ctx.db.selectFrom('teams as t');
  const refs = {
    donor: sql.ref<string>('t.donorCode'),
    area: sql.ref<string>('t.areaCode'),
    start: sql.ref<string>('t.startsOn'),
    end: sql.ref<string | null>('t.endsOn'),
    published: sql.ref<string | null>('t.publishedAt'),
  };
  const visible = visibleDonorRecords(ctx.actor, ref, refs);
  if (visible) query = query.where(visible);
  for (const c of donorRecordFilters(ref, q, refs)) query = query.where(c);
  if (q.kind) query = query.where('t.kind', '=', q.kind);
  if (q.person !== undefined) {
    const person = q.person;
    query = query.where('t.id', 'in', (eb) =>
      eb.selectFrom('teamMembers as tm').select('tm.teamId').where('tm.personId', '=', person),
    );
  }
  const { n } = await query
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const ids = (
    await query
      .select('t.id')
      .orderBy('t.startsOn', 'desc')
      .orderBy('t.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute()
  ).map((r) => r.id);
  const items = await teamsByIds(ctx, ref, ids);
  return { items, total: Number(n), limit: q.limit, offset: q.offset };
}

async function teamsByIds(ctx: ServiceContext, ref: Reference, ids: number[]) {
  if (ids.length === 0) return [];
  const [rows, members] = await Promise.all([
    teamsQuery(ctx.db).where('t.id', 'in', ids).execute(),
    membersOf(ctx.db, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [
          present(
            ctx,
            ref,
            r,
            members.filter((m) => m.teamId === id),
          ),
        ]
      : [];
  });
}

/** A team the caller may see; one it may not is reported as missing. @throws NotFoundError */
export async function getTeam(ctx: ServiceContext, id: number): Promise<TeamView> {
  const ref = await loadReference(ctx.db);
  const row = await teamsQuery(ctx.db).where('t.id', '=', id).executeTakeFirst();
  if (!row || !can(ctx.actor, 'teams.read', teamScope(ref, row))) {
    throw new NotFoundError(problem('team.notFound', { id }));
  }
  return present(ctx, ref, row, await membersOf(ctx.db, [id]));
}

/** A team's change history (the programme office, auditors, its donor's editors). */
export async function teamHistory(ctx: ServiceContext, id: number) {
  const ref = await loadReference(ctx.db);
  const row = await teamsQuery(ctx.db).where('t.id', '=', id).executeTakeFirst();
  const scope = row ? teamScope(ref, row) : null;
  if (!row || !scope || !can(ctx.actor, 'teams.read', scope)) {
    throw new NotFoundError(problem('team.notFound', { id }));
  }
  authorize(ctx.actor, 'teams.readHistory', scope);
  return recordHistory(ctx, [{ entityType: 'team', ids: [id] }]);
}
