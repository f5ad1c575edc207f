/** Teams: create, change (dates, name, publication), and their leader and members over time. */
import type { Transaction } from 'kysely';
import { engineOf } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { rangesOverlap } from '../../domain/dates.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { visiblePerson } from './persons.js';
import { getTeam, teamScope } from './read.js';
import type {
  AddMemberInput,
  CreateTeamInput,
  TeamView,
  UpdateMemberInput,
  UpdateTeamInput,
} from './schema.js';

/** Refuses an end before the start, on the field `field`. */
export function assertDates(startsOn: string, endsOn: string | null | undefined, field = 'endsOn') {
  if (endsOn != null && endsOn < startsOn) {
    throw InvalidInputError.field(field, problem('dates.endBeforeStart', { validFrom: startsOn }));
  }
}

function assertKnownOrg(ref: Reference, field: string, code: string | undefined) {
  if (code !== undefined && !ref.orgs.has(code)) {
    throw InvalidInputError.field(field, problem('organisation.unknown', { code }));
  }
}

type TeamRow = NonNullable<Awaited<ReturnType<typeof loadTeam>>>['team'];
type MemberRow = NonNullable<Awaited<ReturnType<typeof loadTeam>>>['members'][number];

/** The team and its members, locked on PostgreSQL for the unit of work. */
async function loadTeam(trx: Transaction<DB>, id: number) {
  let query = trx.selectFrom('teams').selectAll().where('id', '=', id);
  if (engineOf(trx) === 'postgres') query = query.forUpdate();
  const team = await query.executeTakeFirst();
  if (!team) return null;
  const members = await trx
    .selectFrom('teamMembers')
    .selectAll()
    .where('teamId', '=', id)
    .orderBy('startsOn')
    .orderBy('id')
    .execute();
  return { team, members };
}

function snapshot(team: TeamRow, members: MemberRow[]) {
  return {
    ...team,
    members: members.map((m) => ({
      id: m.id,
      personId: m.personId,
      role: m.role,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
    })),
  };
}

/**
 * The team to change: one the actor may not see is missing (404), one it sees but may not
 * change a 403; the version must match `If-Match` when given (409).
 */
async function teamForWrite(uow: UnitOfWork, id: number, expectedVersion?: number) {
  const loaded = await loadTeam(uow.trx, id);
  const ref = await referenceIn(uow.trx, uow.memo);
  const scope = loaded ? teamScope(ref, loaded.team) : null;
  if (!loaded || !scope || !can(uow.context.actor, 'teams.read', scope)) {
    throw new NotFoundError(problem('team.notFound', { id }));
  }
  authorize(uow.context.actor, 'teams.write', scope);
  assertVersion(expectedVersion, loaded.team.version, `team ${id}`);
  return { ...loaded, ref };
}

/** Moves the team's version on (every change of it or its members) and records the change. */
async function bump(
  uow: UnitOfWork,
  before: { team: TeamRow; members: MemberRow[] },
  action: string,
  set: Partial<TeamRow> = {},
) {
  const { team } = before;
  const result = await uow.trx
    .updateTable('teams')
    .set({ ...set, version: team.version + 1, updatedAt: new Date().toISOString() })
    .where('id', '=', team.id)
    .where('version', '=', team.version)
    .executeTakeFirst();
  assertUpdated(result, `team ${team.id}`);
  const after = await loadTeam(uow.trx, team.id);
  if (!after) throw new Error(`team ${team.id} vanished`);
  uow.record({
    action,
    entityType: 'team',
    entityId: String(team.id),
    before: snapshot(before.team, before.members),
    after: snapshot(after.team, after.members),
  });
}

/** Creates a team (the programme office, or the donor's editors). */
export async function createTeam(ctx: ServiceContext, input: CreateTeamInput): Promise<TeamView> {
  assertDates(input.startsOn, input.endsOn);
  if (input.hostOrgCode === undefined && input.hostOrgName === undefined) {
    throw InvalidInputError.field('hostOrgCode', problem('team.hostRequired'));
  }
  return write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    assertKnownOrg(ref, 'donorCode', input.donorCode);
    assertKnownOrg(ref, 'hostOrgCode', input.hostOrgCode);
    if (!ref.areas.has(input.areaCode)) {
      throw InvalidInputError.field('areaCode', problem('area.unknown', { code: input.areaCode }));
    }
    authorize(ctx.actor, 'teams.write', { orgPath: ref.orgs.pathOf(input.donorCode) });
    const at = new Date().toISOString();
    const { id } = await uow.trx
      .insertInto('teams')
      .values({
        kind: input.kind,
        name: input.name,
        donorCode: input.donorCode,
        hostOrgCode: input.hostOrgCode ?? null,
        hostOrgName: input.hostOrgName ?? null,
        areaCode: input.areaCode,
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
    const created = await loadTeam(uow.trx, id);
    if (!created) throw new Error(`team ${id} vanished`);
    uow.record({
      action: 'create',
      entityType: 'team',
      entityId: String(id),
      after: snapshot(created.team, []),
    });
    return getTeam(uow.context, id);
  });
}

/** Refuses members whose dates leave the team's [startsOn, endsOn]. */
function assertMembersWithin(
  team: Pick<TeamRow, 'startsOn' | 'endsOn'>,
  members: Pick<MemberRow, 'startsOn' | 'endsOn'>[],
  field: string,
) {
  for (const m of members) {
    const late = team.endsOn !== null && m.endsOn !== null && m.endsOn > team.endsOn;
    if (m.startsOn < team.startsOn || late) {
      throw InvalidInputError.field(
        field,
        problem('team.memberOutsideTeam', { from: team.startsOn, to: team.endsOn ?? '…' }),
      );
    }
  }
}

/** Changes a team's name, host name, end, note or publication. */
export async function updateTeam(
  ctx: ServiceContext,
  id: number,
  input: UpdateTeamInput,
  expectedVersion?: number,
): Promise<TeamView> {
  return write(ctx, async (uow) => {
    const before = await teamForWrite(uow, id, expectedVersion);
    const { team, members } = before;
    const endsOn = input.endsOn === undefined ? team.endsOn : input.endsOn;
    assertDates(team.startsOn, endsOn);
    assertMembersWithin({ startsOn: team.startsOn, endsOn }, members, 'endsOn');
    const hostOrgName = input.hostOrgName === undefined ? team.hostOrgName : input.hostOrgName;
    if (team.hostOrgCode === null && hostOrgName === null) {
      throw InvalidInputError.field('hostOrgName', problem('team.hostRequired'));
    }
    const published =
      input.published === undefined
        ? team.publishedAt
        : input.published
          ? (team.publishedAt ?? new Date().toISOString())
          : null;
    await bump(uow, before, 'update', {
      name: input.name ?? team.name,
      hostOrgName,
      endsOn,
      note: input.note === undefined ? team.note : input.note,
      publishedAt: published,
    });
    return getTeam(uow.context, id);
  });
}

/** Refuses a person twice over overlapping dates, and two leaders on one day (409s). */
function assertNoClash(
  members: MemberRow[],
  m: Pick<MemberRow, 'personId' | 'role' | 'startsOn' | 'endsOn'>,
  exceptId?: number,
) {
  const span = { from: m.startsOn, to: m.endsOn };
  const others = members.filter((o) => o.id !== exceptId);
  const twice = others.find(
    (o) => o.personId === m.personId && rangesOverlap({ from: o.startsOn, to: o.endsOn }, span),
  );
  if (twice) {
    throw ConflictError.field(
      'personId',
      problem('team.memberOverlap', { from: twice.startsOn, to: twice.endsOn ?? '…' }),
    );
  }
  if (m.role !== 'leader') return;
  const leader = others.find(
    (o) => o.role === 'leader' && rangesOverlap({ from: o.startsOn, to: o.endsOn }, span),
  );
  if (leader) {
    throw ConflictError.field(
      'role',
      problem('team.leaderOverlap', { from: leader.startsOn, to: leader.endsOn ?? '…' }),
    );
  }
}

/** Adds a leader or a member (a person the actor may see) over dates within the team's. */
export async function addTeamMember(
  ctx: ServiceContext,
  id: number,
  input: AddMemberInput,
  expectedVersion?: number,
): Promise<TeamView> {
  assertDates(input.startsOn, input.endsOn);
  return write(ctx, async (uow) => {
    const before = await teamForWrite(uow, id, expectedVersion);
    const person = await visiblePerson(uow.trx, ctx.actor, before.ref, input.personId);
    if (!person) {
      throw InvalidInputError.field(
        'personId',
        problem('team.unknownPerson', { id: input.personId }),
      );
    }
    const member = {
      personId: input.personId,
      role: input.role,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
    };
    assertMembersWithin(before.team, [member], 'startsOn');
    assertNoClash(before.members, member);
    await uow.trx
      .insertInto('teamMembers')
      .values({ teamId: id, ...member })
      .execute();
    await bump(uow, before, 'member-add');
    return getTeam(uow.context, id);
  });
}

/** Changes a member's role or dates (ending a membership: its `endsOn`). */
export async function updateTeamMember(
  ctx: ServiceContext,
  id: number,
  memberId: number,
  input: UpdateMemberInput,
  expectedVersion?: number,
): Promise<TeamView> {
  return write(ctx, async (uow) => {
    const before = await teamForWrite(uow, id, expectedVersion);
    const old = before.members.find((m) => m.id === memberId);
    if (!old) throw new NotFoundError(problem('team.memberNotFound', { team: id, id: memberId }));
    const member = {
      personId: old.personId,
      role: input.role ?? old.role,
      startsOn: input.startsOn ?? old.startsOn,
      endsOn: input.endsOn === undefined ? old.endsOn : input.endsOn,
    };
    assertDates(member.startsOn, member.endsOn);
    assertMembersWithin(
      before.team,
      [member],
      input.startsOn !== undefined ? 'startsOn' : 'endsOn',
    );
    assertNoClash(before.members, member, memberId);
    await uow.trx
      .updateTable('teamMembers')
      .set({ role: member.role, startsOn: member.startsOn, endsOn: member.endsOn })
      .where('id', '=', memberId)
      .execute();
    await bump(uow, before, 'member-update');
    return getTeam(uow.context, id);
  });
}
