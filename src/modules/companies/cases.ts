/**
 * Use cases of a company's requests (诉求) as cases: open, respond, move through the status
 * machine (src/domain/company-cases.ts), list as a board, and time them in working days per
 * officer, donor and area. A case is seen and written as its company is.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { actorLabel } from '../../domain/access.js';
import { caseMoveProblem, lateOpenedBefore, workingDaysTo } from '../../domain/company-cases.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { loadReference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { type CaseRecord, caseSnapshot, presentCase } from './presenters.js';
import { officerOn, officersOf, scopeOf } from './repository.js';
import type {
  CaseDetail,
  CaseListQuery,
  MoveCaseInput,
  OpenCaseInput,
  RespondInput,
} from './schema.js';
import { assertKnown, companyForWrite } from './service.js';
import { readCaseSettings } from './settings.js';
import { rowConditionParts, rowConditions } from './visibility.js';

type Ctx = ServiceContext;

/** Cases joined with their company, donor, area and officer. */
function casesQuery(db: Executor) {
  return db
    .selectFrom('companyCases as k')
    .innerJoin('companies as c', 'c.id', 'k.companyId')
    .innerJoin('organisations as d', 'd.code', 'c.donorCode')
    .innerJoin('areas as a', 'a.code', 'c.areaCode')
    .leftJoin('companyOfficers as o', 'o.id', 'k.officerId')
    .select([
      'k.id',
      'k.companyId',
      'c.name as companyName',
      'c.donorCode',
      'd.name as donorName',
      'd.nameEn as donorNameEn',
      'c.areaCode',
      'a.name as areaName',
      'a.nameEn as areaNameEn',
      'c.publishedAt',
      'k.officerId',
      'o.name as officerName',
      'k.category',
      'k.description',
      'k.status',
      'k.rejectionReason',
      'k.openedAt',
      'k.firstResponseAt',
      'k.resolvedAt',
      'k.closedAt',
      'k.version',
    ]);
}

async function findCase(db: Executor, id: number): Promise<CaseRecord | undefined> {
  return casesQuery(db).where('k.id', '=', id).executeTakeFirst();
}

async function responsesOf(db: Executor, caseIds: readonly number[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('companyCaseResponses')
    .selectAll()
    .where('caseId', 'in', [...caseIds])
    .orderBy('respondedAt')
    .orderBy('id')
    .execute();
}

async function responseCounts(db: Executor, caseIds: readonly number[]) {
  if (caseIds.length === 0) return new Map<number, number>();
  const rows = await db
    .selectFrom('companyCaseResponses')
    .select((eb) => ['caseId', eb.fn.countAll<number | string>().as('n')])
    .where('caseId', 'in', [...caseIds])
    .groupBy('caseId')
    .execute();
  return new Map(rows.map((r) => [r.caseId, Number(r.n)]));
}

/**
 * The board's filters as conditions on the case (k) and on its company (c), after what the
 * caller may see (an unknown code refused naming its field): the list's and the export's one
 * condition.
 */
export async function caseConditions(ctx: Ctx, q: Omit<CaseListQuery, 'limit' | 'offset'>) {
  const [ref, settings] = await Promise.all([loadReference(ctx.db), readCaseSettings(ctx.db)]);
  assertKnown(ref, q);
  const onCompany = rowConditions(ctx.actor, ref, q, 'c');
  const onCase: Expression<SqlBool>[] = [];
  if (q.company !== undefined) onCase.push(sql<SqlBool>`k.company_id = ${q.company}`);
  if (q.status) onCase.push(sql<SqlBool>`k.status = ${q.status}`);
  if (q.late === true) {
    const cutoff = lateOpenedBefore(new Date(), settings.responseWorkingDays);
    onCase.push(
      sql<SqlBool>`k.status = 'open' and k.first_response_at is null and k.opened_at < ${cutoff}`,
    );
  }
  return { onCompany, onCase, ref, settings };
}

/**
 * The number of cases a scoped caller may see under the donor / area filters, from the sums kept
 * per officer and company (migration 0039, decision 0069): the filtered companies' cases less
 * those of the companies the caller may not see (unpublished ones outside its subtrees, a few).
 * Counting the visible cases themselves joins every case to its company (~200,000 at national
 * scale: 25–30 ms of CPU on SQLite against ~8). Equal to that count
 * (test/companies/case-times-kept.test.ts).
 */
async function summedCaseCount(
  db: Executor,
  visible: Expression<SqlBool>,
  filters: readonly Expression<SqlBool>[],
) {
  const where = (parts: readonly Expression<SqlBool>[]) =>
    parts.length > 0 ? sql.join(parts, sql` and `) : sql`1 = 1`;
  const all =
    filters.length === 0
      ? sql`select coalesce(sum(t.cases), 0) from company_case_times t`
      : sql`select coalesce(sum(t.cases), 0) from company_case_times t
          join companies c on c.id = t.company_id where ${where(filters)}`;
  const hidden = sql`select coalesce(sum(t.cases), 0) from companies c
    join company_case_times t on t.company_id = c.id
    where ${where([...filters, sql<SqlBool>`not coalesce(${visible}, false)`])}`;
  const { rows } = await sql<{ n: number | string }>`select (${all}) - (${hidden}) as n`.execute(
    db,
  );
  return { n: rows[0]?.n ?? 0 };
}

/**
 * The case board: the cases the caller may see, newest first, by status, company, donor, area.
 * A scoped caller's count without a case filter comes from the kept sums (`summed: false`
 * counts the cases, for the tests that compare the two).
 */
export async function listCases(ctx: Ctx, q: CaseListQuery, { summed = true } = {}) {
  authorize(ctx.actor, 'companies.read');
  // The count and the page's ids read company_cases (joined to companies only when a condition
  // is on the company), never the reference tables; the page's names are joined to its rows
  // alone (decision 0042).
  const { onCompany, onCase, ref, settings } = await caseConditions(ctx, q);
  const conditions = [...onCompany, ...onCase];
  const from = sql`company_cases k ${
    onCompany.length > 0 ? sql`join companies c on c.id = k.company_id` : sql``
  } where ${conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`1 = 1`}`;
  const parts = rowConditionParts(ctx.actor, ref, q, 'c');
  const [count, ids] = await Promise.all([
    summed && onCase.length === 0 && parts.visible !== null
      ? summedCaseCount(ctx.db, parts.visible, parts.filters).then((r) => ({ rows: [r] }))
      : sql<{ n: number | string }>`select count(*) as n from ${from}`.execute(ctx.db),
    sql<{ id: number | string }>`select k.id from ${from}
      order by k.opened_at desc, k.id desc limit ${q.limit} offset ${q.offset}`.execute(ctx.db),
  ]);
  const pageIds = ids.rows.map((r) => Number(r.id));
  const rows =
    pageIds.length === 0
      ? []
      : await casesQuery(ctx.db)
          .where('k.id', 'in', pageIds)
          .orderBy('k.openedAt', 'desc')
          .orderBy('k.id', 'desc')
          .execute();
  const counts = await responseCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  const now = new Date();
  return {
    items: rows.map((r) =>
      presentCase(
        r,
        counts.get(r.id) ?? 0,
        ctx.actor,
        scopeOf(r, ref),
        settings.responseWorkingDays,
        now,
      ),
    ),
    total: Number(count.rows[0]?.n ?? 0),
    deadlineWorkingDays: settings.responseWorkingDays,
  };
}

/** One case with its responses; a case the caller may not see does not exist for it. */
export async function getCase(ctx: Ctx, id: number): Promise<CaseDetail> {
  const [row, ref, settings] = await Promise.all([
    findCase(ctx.db, id),
    loadReference(ctx.db),
    readCaseSettings(ctx.db),
  ]);
  if (!row || !can(ctx.actor, 'companies.read', scopeOf(row, ref))) {
    throw new NotFoundError(problem('companyCase.notFound', { id }));
  }
  const responses = await responsesOf(ctx.db, [id]);
  return {
    ...presentCase(
      row,
      responses.length,
      ctx.actor,
      scopeOf(row, ref),
      settings.responseWorkingDays,
    ),
    responses: responses.map((r) => ({
      id: r.id,
      respondedAt: r.respondedAt,
      text: r.text,
      responder: r.responder,
      createdBy: r.createdBy,
    })),
  };
}

function instant(text: string | undefined, fallback: string): string {
  return text === undefined ? fallback : new Date(text).toISOString();
}

/** Opens a case for a company, attributed to the officer serving on the day it was opened. */
export async function openCase(ctx: Ctx, companyId: number, input: OpenCaseInput) {
  const id = await write(ctx, async (uow) => {
    await companyForWrite(uow, companyId);
    const at = new Date().toISOString();
    const openedAt = instant(input.openedAt, at);
    const officers = await officersOf(uow.trx, [companyId]);
    const officer = officerOn(officers, openedAt.slice(0, 10));
    const { id } = await uow.trx
      .insertInto('companyCases')
      .values({
        companyId,
        officerId: officer?.id ?? null,
        category: input.category,
        description: input.description,
        status: 'open',
        rejectionReason: null,
        openedAt,
        firstResponseAt: null,
        resolvedAt: null,
        closedAt: null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await findCase(uow.trx, id);
    if (!row) throw new Error(`case ${id} vanished`);
    uow.record({
      action: 'create',
      entityType: 'company-case',
      entityId: String(id),
      after: caseSnapshot(row),
    });
    return id;
  });
  return getCase(ctx, id);
}

/** A case to write: 404 / 403 / 409 as for its company. */
async function caseForWrite(uow: UnitOfWork, id: number, expectedVersion?: number) {
  const row = await findCase(uow.trx, id);
  const ref = await referenceIn(uow.trx, uow.memo);
  if (!row) throw new NotFoundError(problem('companyCase.notFound', { id }));
  const scope = scopeOf(row, ref);
  if (!can(uow.ctx.actor, 'companies.read', scope)) {
    authorize(uow.ctx.actor, 'companies.write', scope);
    throw new NotFoundError(problem('companyCase.notFound', { id }));
  }
  authorize(uow.ctx.actor, 'companies.write', scope);
  assertVersion(expectedVersion, row.version, `case ${id}`);
  return row;
}

async function saveCase(
  uow: UnitOfWork,
  before: CaseRecord,
  action: string,
  set: Partial<
    Pick<CaseRecord, 'status' | 'rejectionReason' | 'firstResponseAt' | 'resolvedAt' | 'closedAt'>
  >,
  extra?: object,
) {
  // The times in working days are kept on the case as its dates are written (decision 0042).
  const derived = {
    ...('firstResponseAt' in set
      ? { responseWorkingDays: workingDaysTo(before.openedAt, set.firstResponseAt ?? null) }
      : {}),
    ...('resolvedAt' in set
      ? { resolutionWorkingDays: workingDaysTo(before.openedAt, set.resolvedAt ?? null) }
      : {}),
  };
  const result = await uow.trx
    .updateTable('companyCases')
    .set({
      ...set,
      ...derived,
      version: before.version + 1,
      updatedAt: new Date().toISOString(),
    })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  assertUpdated(result, `case ${before.id}`);
  const after = await findCase(uow.trx, before.id);
  if (!after) throw new Error(`case ${before.id} vanished`);
  uow.record({
    action,
    entityType: 'company-case',
    entityId: String(before.id),
    before: caseSnapshot(before),
    after: { ...caseSnapshot(after), ...extra },
  });
}

/**
 * Records a response. The first one sets the case's response time and moves an open case to
 * in progress; a closed or rejected case takes none (409).
 */
export async function respondToCase(
  ctx: Ctx,
  id: number,
  input: RespondInput,
  expectedVersion?: number,
): Promise<CaseDetail> {
  await write(ctx, async (uow) => {
    const row = await caseForWrite(uow, id, expectedVersion);
    if (row.status === 'closed' || row.status === 'rejected') {
      throw ConflictError.field('status', problem('companyCase.finished', { status: row.status }));
    }
    const at = new Date().toISOString();
    const respondedAt = instant(input.respondedAt, at);
    if (respondedAt < row.openedAt) {
      throw InvalidInputError.field(
        'respondedAt',
        problem('companyCase.responseBeforeOpened', { openedAt: row.openedAt }),
      );
    }
    const { id: responseId } = await uow.trx
      .insertInto('companyCaseResponses')
      .values({
        caseId: id,
        respondedAt,
        text: input.text,
        responder: input.responder,
        createdBy: actorLabel(ctx.actor),
        createdAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const first =
      row.firstResponseAt === null || respondedAt < row.firstResponseAt
        ? respondedAt
        : row.firstResponseAt;
    await saveCase(
      uow,
      row,
      'respond',
      {
        firstResponseAt: first,
        ...(row.status === 'open' ? { status: 'in_progress' as const } : {}),
      },
      { response: { id: responseId, respondedAt, text: input.text, responder: input.responder } },
    );
  });
  return getCase(ctx, id);
}

/** Moves a case to another status (the rules in the domain; If-Match: 409 when stale). */
export async function moveCase(
  ctx: Ctx,
  id: number,
  input: MoveCaseInput,
  expectedVersion?: number,
): Promise<CaseDetail> {
  await write(ctx, async (uow) => {
    const row = await caseForWrite(uow, id, expectedVersion);
    const responses = (await responseCounts(uow.trx, [id])).get(id) ?? 0;
    const refused = caseMoveProblem({
      from: row.status,
      to: input.to,
      responses,
      reason: input.reason,
    });
    if (refused) {
      throw refused.problem.code === 'companyCase.rejectReason'
        ? InvalidInputError.field(refused.field, refused.problem)
        : ConflictError.field(refused.field, refused.problem);
    }
    const at = new Date().toISOString();
    await saveCase(uow, row, 'transition', {
      status: input.to,
      ...(input.to === 'rejected' ? { rejectionReason: (input.reason ?? '').trim() } : {}),
      ...(input.to === 'resolved' ? { resolvedAt: at } : {}),
      ...(input.to === 'closed' ? { closedAt: at } : {}),
      ...(input.to === 'in_progress' && row.status === 'resolved' ? { resolvedAt: null } : {}),
    });
  });
  return getCase(ctx, id);
}
