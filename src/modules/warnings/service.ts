/**
 * The early-warning work queue: list and work one warning. A project's warnings are as visible as
 * the project; a warning about a posting or a company's case (decision 0033) is seen by the
 * programme office and auditors, a donor editor of its donor and a recipient editor of its area.
 * (bulk.ts: many at once.)
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { type Actor, hasRole } from '../../domain/access.js';
import { readsDonorRecord } from '../../domain/donor-records.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { subjectOfKind, type WarningSubject } from '../../domain/warnings.js';
import { authorize, can } from '../access/authorize.js';
import { visibleDonorRecords } from '../access/donor-records.js';
import type { ServiceContext } from '../core/context.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { PROJECTS } from '../projects/aggregate.js';
import type { ProjectScope } from '../projects/policy.js';
import { hasDonorUnder, locatedUnder, visibleProjects } from '../projects/repository.js';
import { canReadProject, loadScopes, scopeOf } from '../projects/scope.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { presentWarning, type WarningCan, type WarningRow, warningSnapshot } from './presenters.js';
import type { UpdateWarningInput, WarningListQuery, WarningView } from './schema.js';

type Ctx = ServiceContext;

/** Warnings with their project, if they are a project's (what the filters and the count need). */
export function warningsOfProjects(db: Executor) {
  return db.selectFrom('warnings as w').leftJoin('projects as p', 'p.id', 'w.projectId');
}

type Filtered = ReturnType<typeof warningsOfProjects>;

/** The filtered warnings with their subject and owner, as the presenter needs them. */
export function presentable(query: Filtered) {
  return query
    .leftJoin('postings as po', (j) =>
      j.onRef('po.id', '=', 'w.subjectId').on('w.subjectKind', '=', 'posting'),
    )
    .leftJoin('persons as pe', 'pe.id', 'po.personId')
    .leftJoin('companyCases as cc', (j) =>
      j.onRef('cc.id', '=', 'w.subjectId').on('w.subjectKind', '=', 'company_case'),
    )
    .leftJoin('companies as co', 'co.id', 'cc.companyId')
    .leftJoin('users as u', 'u.id', 'w.ownerUserId')
    .select([
      'w.id',
      'w.subjectKind',
      'w.subjectId',
      'w.projectId',
      'p.code as projectCode',
      'p.nameZh as projectName',
      'p.nameEn as projectNameEn',
      'pe.id as personId',
      'pe.nameZh as personName',
      'po.role as postingRole',
      'co.id as companyId',
      'co.name as companyName',
      'cc.category as caseCategory',
      'w.donorCode',
      'w.areaCode',
      'w.kind',
      'w.dedupeKey',
      'w.detail',
      'w.detectedAt',
      'w.status',
      'w.ownerUserId',
      'u.username as ownerUsername',
      'u.displayName as ownerDisplayName',
      'w.resolutionNote',
      'w.resolvedAt',
      'w.updatedAt',
      'w.version',
    ]);
}

/** `column in (codes)`. */
function inCodes(column: string, codes: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(codes.length > 0 ? [...codes] : [''])})`;
}

/**
 * The warnings about postings and cases the actor may see, and the list's donor and area
 * filters on their copied donor and area; empty when the actor sees them all unfiltered. A work
 * item is never public: the issue-9 visibility rule without its "published" half.
 */
function subjectConditions(actor: Actor, ref: Reference, q: WarningListQuery) {
  const out: Expression<SqlBool>[] = [];
  const visible = visibleDonorRecords(actor, ref, {
    donor: sql.ref('w.donor_code'),
    area: sql.ref('w.area_code'),
    published: sql<null>`null`,
  });
  if (visible) out.push(visible);
  if (q.donor) out.push(inCodes('w.donor_code', ref.orgs.subtree(q.donor)));
  if (q.area) out.push(inCodes('w.area_code', ref.areas.subtree(q.area)));
  return out;
}

/**
 * The work queue: warnings the caller may see, newest first, filtered by status, kind, subject,
 * donor subtree, area subtree, owner and project.
 */
export async function listWarnings(ctx: Ctx, q: WarningListQuery) {
  const ref = await loadReference(ctx.db);
  if (q.donor !== undefined && !ref.orgs.has(q.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: q.donor }));
  }
  if (q.area !== undefined && !ref.areas.has(q.area)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: q.area }));
  }
  // Which subjects the list may hold: a kind, a subject or a project narrows it to one.
  const subject: WarningSubject | undefined =
    q.project !== undefined ? 'project' : q.kind ? subjectOfKind(q.kind) : q.subject;
  if (subject !== undefined && q.subject !== undefined && subject !== q.subject) {
    return { items: [], total: 0 };
  }
  // The project filters on the joined project `p`: read in the index's order (newest first),
  // a page stops early instead of collecting every visible project first.
  let query = warningsOfProjects(ctx.db);
  const visible = visibleProjects(ctx.actor, ref, { donor: q.donor, area: q.area });
  const projectSide = (eb: Parameters<NonNullable<typeof visible>>[0]) => {
    const parts: Expression<SqlBool>[] = [];
    if (visible) parts.push(visible(eb));
    if (q.donor) parts.push(hasDonorUnder(eb, ref, q.donor));
    if (q.area) parts.push(locatedUnder(eb, ref, q.area));
    return parts;
  };
  const others = subjectConditions(ctx.actor, ref, q);
  if (subject === 'project') {
    query = query.where('w.subjectKind', '=', 'project');
    query = query.where((eb) => eb.and(projectSide(eb as never)));
  } else if (subject !== undefined) {
    query = query.where('w.subjectKind', '=', subject);
    if (others.length > 0) query = query.where(sql<SqlBool>`${sql.join(others, sql` and `)}`);
  } else {
    query = query.where((eb) => {
      const ownSide = projectSide(eb as never);
      if (ownSide.length === 0 && others.length === 0) return sql<SqlBool>`1 = 1`;
      const one = (kind: Expression<SqlBool>, parts: Expression<SqlBool>[]) =>
        sql<SqlBool>`(${sql.join([kind, ...parts], sql` and `)})`;
      return sql<SqlBool>`(${one(sql`w.subject_kind = 'project'`, ownSide)} or ${one(
        sql`w.subject_kind <> 'project'`,
        others,
      )})`;
    });
  }
  if (q.project) query = query.where('p.code', '=', q.project);
  if (q.status) query = query.where('w.status', '=', q.status);
  if (q.kind) query = query.where('w.kind', '=', q.kind);
  if (q.owner !== undefined) query = query.where('w.ownerUserId', '=', q.owner);
  const [count, rows] = await Promise.all([
    // Counted without the owners' join: SQLite does not drop an unused left join (80 ms).
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    presentable(query)
      .orderBy('w.detectedAt', 'desc')
      .orderBy('w.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  const cans = await warningCans(ctx, ref, rows as WarningRow[]);
  return {
    items: rows.map((r) => presentWarning(r as WarningRow, cans.get(r.id) ?? NOTHING, ref)),
    total: Number(count.n),
  };
}

/** A posting's or a case's scope, as the policies read a project's: its donor and its area. */
export function subjectScope(ref: Reference, r: Pick<WarningRow, 'donorCode' | 'areaCode'>) {
  const orgPath = r.donorCode === null ? [] : ref.orgs.pathOf(r.donorCode);
  const areaPath = r.areaCode === null ? [] : ref.areas.pathOf(r.areaCode);
  return { orgPath, areaPath, donorPaths: [orgPath], areaPaths: [areaPath], published: false };
}

/** Whether the actor sees a warning about a posting or a case (the list's rule, one row). */
export function seesSubject(actor: Actor, scope: ReturnType<typeof subjectScope>): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  return hasRole(actor, 'coordinator', 'auditor') || readsDonorRecord(actor, scope);
}

const NOTHING: WarningCan = { work: false, assign: false };

export function canOf(ctx: Ctx, scope: Pick<ProjectScope, 'donorPaths' | 'areaPaths'>): WarningCan {
  const work = can(ctx.actor, 'warnings.write', scope);
  return { work, assign: work && can(ctx.actor, 'warnings.assign') };
}

/** What the caller may do with each warning, by id (one query for the projects' scopes). */
async function warningCans(ctx: Ctx, ref: Reference, rows: readonly WarningRow[]) {
  const out = new Map<number, WarningCan>();
  if (ctx.actor.kind !== 'user') return out;
  const projectIds = [...new Set(rows.flatMap((r) => (r.projectId === null ? [] : [r.projectId])))];
  const scopes = projectIds.length > 0 ? await loadScopes(ctx.db, ref, projectIds) : new Map();
  for (const r of rows) {
    const scope = r.projectId === null ? subjectScope(ref, r) : scopes.get(r.projectId);
    if (scope) out.set(r.id, canOf(ctx, scope));
  }
  return out;
}

const CLOSED = ['resolved', 'dismissed'] as const;

export type Before = WarningRow;

/** Who may work a warning (its scope for the policies) and whether the caller sees it at all. */
export interface WarningTarget {
  scope: Pick<ProjectScope, 'donorPaths' | 'areaPaths'>;
  visible: boolean;
}

/** The target of a warning: its project's scope, or its posting's or case's donor and area. */
export function targetOf(
  ctx: Ctx,
  ref: Reference,
  before: Before,
  projectScope: ProjectScope | undefined,
): WarningTarget | undefined {
  if (before.projectId === null) {
    const scope = subjectScope(ref, before);
    return { scope, visible: seesSubject(ctx.actor, scope) };
  }
  return projectScope && { scope: projectScope, visible: canReadProject(ctx, projectScope) };
}

/** What working a warning writes to its row (besides `updatedAt`, one time for the unit). */
export interface Change {
  status: WarningView['status'];
  ownerUserId: number | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  version: number;
}

/**
 * The rules of working one warning, in the order the caller hears of a refusal: one on a project
 * the caller may not see is 404; one it may see but not work is 403; a stale `If-Match` is 409;
 * resolving or dismissing needs a note (422); giving it to someone else needs `warnings.assign`
 * (403) and an enabled user (422, asked of `ownerExists`). Returns the row's new values.
 */
export async function decide(
  ctx: Ctx,
  id: number,
  before: Before | undefined,
  target: WarningTarget | undefined,
  input: UpdateWarningInput,
  expectedVersion: number | undefined,
  at: string,
  ownerExists: (id: number) => Promise<boolean>,
): Promise<Change> {
  if (!before || !target?.visible) {
    throw new NotFoundError(problem('warning.notFound', { id }));
  }
  authorize(ctx.actor, 'warnings.write', target.scope);
  assertVersion(expectedVersion, before.version, `warning ${id}`);

  const status = input.status ?? before.status;
  const note =
    input.resolutionNote === undefined ? before.resolutionNote : input.resolutionNote || null;
  const closing = (CLOSED as readonly string[]).includes(status);
  if (closing && !note) {
    throw InvalidInputError.field('resolutionNote', problem('warning.noteRequired', { status }));
  }
  const ownerUserId = input.ownerUserId === undefined ? before.ownerUserId : input.ownerUserId;
  const self = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  // Taking a warning or letting one's own go is working it; moving it between others is not.
  const assigning =
    ownerUserId !== before.ownerUserId &&
    ((ownerUserId !== null && ownerUserId !== self) ||
      (before.ownerUserId !== null && before.ownerUserId !== self));
  if (assigning) authorize(ctx.actor, 'warnings.assign');
  if (ownerUserId !== null && ownerUserId !== before.ownerUserId) {
    if (!(await ownerExists(ownerUserId))) {
      throw InvalidInputError.field(
        'ownerUserId',
        problem('warning.ownerUnknown', { id: ownerUserId }),
      );
    }
  }
  const wasClosed = (CLOSED as readonly string[]).includes(before.status);
  const resolvedAt = closing
    ? wasClosed && status === before.status
      ? before.resolvedAt
      : at
    : null;
  return { status, ownerUserId, resolutionNote: note, resolvedAt, version: before.version + 1 };
}

/** Whether users exist and are enabled, each asked of the database once per unit of work. */
export function ownerCheck(trx: Executor) {
  const known = new Map<number, Promise<boolean>>();
  return (id: number) => {
    let answer = known.get(id);
    if (!answer) {
      answer = trx
        .selectFrom('users')
        .select(['id', 'disabledAt'])
        .where('id', '=', id)
        .executeTakeFirst()
        .then((owner) => owner !== undefined && owner.disabledAt === null);
      known.set(id, answer);
    }
    return answer;
  };
}

/**
 * Works one warning: its status, owner and resolution note (the rules: {@link decide}).
 * Reopening clears `resolvedAt` and keeps the note.
 */
export async function updateWarning(
  ctx: Ctx,
  id: number,
  input: UpdateWarningInput,
  expectedVersion?: number,
): Promise<WarningView> {
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const before = (await presentable(warningsOfProjects(trx))
      .where('w.id', '=', id)
      .executeTakeFirst()) as Before | undefined;
    if (!before) throw new NotFoundError(problem('warning.notFound', { id }));
    const [projects, ref] = await Promise.all([
      before.projectId === null ? [] : uow.facts(PROJECTS, [before.projectId]),
      referenceIn(trx, uow.memo),
    ]);
    const project = projects[0];
    const target = targetOf(ctx, ref, before, project ? scopeOf(project, ref) : undefined);
    const at = new Date().toISOString();
    const change = await decide(
      ctx,
      id,
      before,
      target,
      input,
      expectedVersion,
      at,
      ownerCheck(trx),
    );
    const result = await trx
      .updateTable('warnings')
      .set({ ...change, updatedAt: at })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    assertUpdated(result, `warning ${id}`);
    const after = (await presentable(warningsOfProjects(trx))
      .where('w.id', '=', id)
      .executeTakeFirstOrThrow()) as Before;
    uow.record({
      action: 'update',
      entityType: 'warning',
      entityId: String(id),
      before: warningSnapshot(before),
      after: warningSnapshot(after),
    });
    return presentWarning(after, canOf(ctx, (target as WarningTarget).scope), ref);
  });
}
