/**
 * Use cases of companies brought in (招商引资) and their chief service officers (首席服务官).
 * A company is read as `companies.read` allows (another donor's unpublished company does not
 * exist for a donor editor: 404 by every route) and written by the programme office or its
 * donor's editors.
 */
import { sql } from 'kysely';
import { lateOpenedBefore, OPEN_CASE_STATUSES } from '../../domain/company-cases.js';
import { creditCodeProblem, normalizeCreditCode } from '../../domain/credit-code.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { companySnapshot, presentCompany, presentOfficer } from './presenters.js';
import {
  type CompanyRecord,
  companiesQuery,
  findCompany,
  officersOf,
  scopeOf,
} from './repository.js';
import type {
  AssignOfficerInput,
  CompanyDetail,
  CompanyListQuery,
  CreateCompanyInput,
  UpdateCompanyInput,
} from './schema.js';
import { readCaseSettings } from './settings.js';
import { rowConditions } from './visibility.js';

type Ctx = ServiceContext;

/** The credit code, checked and normalized (422 naming `creditCode` otherwise). */
export function checkedCreditCode(text: string): string {
  const code = normalizeCreditCode(text);
  if (creditCodeProblem(code) !== null) {
    throw InvalidInputError.field('creditCode', problem('company.creditCode', { code: text }));
  }
  return code;
}

/** Checks the reference codes a company names (422 naming the field). */
export function assertKnown(
  ref: Reference,
  input: { programme?: string | undefined; donor?: string | undefined; area?: string | undefined },
) {
  if (input.programme !== undefined && !ref.programmes.has(input.programme)) {
    throw InvalidInputError.field(
      'programme',
      problem('programme.unknown', { code: input.programme }),
    );
  }
  if (input.donor !== undefined && !ref.orgs.has(input.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: input.donor }));
  }
  if (input.area !== undefined && !ref.areas.has(input.area)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: input.area }));
  }
}

function assertLocalHires(localHires: number, jobsActual: number) {
  if (localHires > jobsActual) {
    throw InvalidInputError.field(
      'localHires',
      problem('company.localHires', { localHires, jobsActual }),
    );
  }
}

async function assertCodeFree(uow: UnitOfWork, code: string, self?: number) {
  const other = await uow.trx
    .selectFrom('companies')
    .select('id')
    .where('creditCode', '=', code)
    .executeTakeFirst();
  if (other && other.id !== self) {
    throw ConflictError.field(
      'creditCode',
      problem('company.creditCodeTaken', { code, id: other.id }),
    );
  }
}

/**
 * The companies `c` the caller may see that the list's filters select (an unknown code is
 * refused naming its field): the list's and the export's one condition.
 */
export function filteredCompanies(
  ctx: Ctx,
  ref: Reference,
  q: Omit<CompanyListQuery, 'limit' | 'offset'>,
) {
  assertKnown(ref, q);
  let query = ctx.db.selectFrom('companies as c');
  for (const condition of rowConditions(ctx.actor, ref, q, 'c')) {
    query = query.where(() => condition);
  }
  if (q.industry) query = query.where('c.industry', '=', q.industry);
  if (q.q) {
    const term = `%${q.q.toLowerCase()}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql<string>`lower(${eb.ref('c.name')})`, 'like', term),
        eb(sql<string>`lower(${eb.ref('c.creditCode')})`, 'like', term),
      ]),
    );
  }
  return query;
}

/** The companies the caller may see, newest signed first; filters by donor and area subtree. */
export async function listCompanies(ctx: Ctx, q: CompanyListQuery) {
  authorize(ctx.actor, 'companies.read');
  const ref = await loadReference(ctx.db);
  // Counted and paged on companies alone (the (signed_on, id) index of migration 0022 gives
  // the newest page); only the page's rows are joined to their donor's and area's names.
  const query = filteredCompanies(ctx, ref, q);
  const [count, ids] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    query
      .select('c.id')
      .orderBy('c.signedOn', 'desc')
      .orderBy('c.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  const rows =
    ids.length === 0
      ? []
      : await companiesQuery(ctx.db)
          .where(
            'c.id',
            'in',
            ids.map((r) => r.id),
          )
          .orderBy('c.signedOn', 'desc')
          .orderBy('c.id', 'desc')
          .execute();
  const officers = await officersOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) =>
      presentCompany(
        r,
        officers.filter((o) => o.companyId === r.id),
        ctx.actor,
        scopeOf(r, ref),
      ),
    ),
    total: Number(count.n),
  };
}

/**
 * A company the caller may read, with its scope; one it may not read is reported as one that
 * does not exist. @throws NotFoundError
 */
export async function readableCompany(ctx: Ctx, id: number, ref?: Reference) {
  const [row, reference] = await Promise.all([
    findCompany(ctx.db, id),
    ref ?? loadReference(ctx.db),
  ]);
  if (!row) throw new NotFoundError(problem('company.notFound', { id }));
  const scope = scopeOf(row, reference);
  if (!can(ctx.actor, 'companies.read', scope)) {
    throw new NotFoundError(problem('company.notFound', { id }));
  }
  return { row, scope, ref: reference };
}

/** One company with its officers and its cases counted. */
export async function getCompany(ctx: Ctx, id: number): Promise<CompanyDetail> {
  const { row, scope } = await readableCompany(ctx, id);
  const [officers, settings] = await Promise.all([
    officersOf(ctx.db, [id]),
    readCaseSettings(ctx.db),
  ]);
  const cutoff = lateOpenedBefore(new Date(), settings.responseWorkingDays);
  const counts = await ctx.db
    .selectFrom('companyCases')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('total'),
      eb.fn
        .sum<number | string | null>(
          sql`case when status in (${sql.join([...OPEN_CASE_STATUSES])}) then 1 else 0 end`,
        )
        .as('open'),
      eb.fn
        .sum<number | string | null>(
          sql`case when status = 'open' and first_response_at is null and opened_at < ${cutoff} then 1 else 0 end`,
        )
        .as('late'),
    ])
    .where('companyId', '=', id)
    .executeTakeFirstOrThrow();
  return {
    ...presentCompany(row, officers, ctx.actor, scope),
    officers: officers.map(presentOfficer),
    cases: {
      total: Number(counts.total),
      open: Number(counts.open ?? 0),
      late: Number(counts.late ?? 0),
    },
  };
}

async function reload(uow: UnitOfWork, id: number): Promise<CompanyRecord> {
  const row = await findCompany(uow.trx, id);
  if (!row) throw new Error(`company ${id} vanished`);
  return row;
}

/** Records a company brought in. */
export async function createCompany(ctx: Ctx, input: CreateCompanyInput): Promise<CompanyDetail> {
  const id = await write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    assertKnown(ref, input);
    authorize(ctx.actor, 'companies.write', { orgPath: ref.orgs.pathOf(input.donor) });
    const creditCode = checkedCreditCode(input.creditCode);
    assertLocalHires(input.localHires, input.jobsActual);
    await assertCodeFree(uow, creditCode);
    const at = new Date().toISOString();
    const { id } = await uow.trx
      .insertInto('companies')
      .values({
        name: input.name,
        creditCode,
        industry: input.industry,
        programmeCode: input.programme,
        donorCode: input.donor,
        areaCode: input.area,
        signedOn: input.signedOn,
        investmentPlannedFen: input.investmentPlannedFen,
        investmentArrivedFen: input.investmentArrivedFen,
        jobsPlanned: input.jobsPlanned,
        jobsActual: input.jobsActual,
        localHires: input.localHires,
        note: input.note ?? null,
        publishedAt: input.published ? at : null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await reload(uow, id);
    uow.record({
      action: 'create',
      entityType: 'company',
      entityId: String(id),
      after: companySnapshot(row),
    });
    return id;
  });
  return getCompany(ctx, id);
}

/**
 * Loads a company for a write: 404 when the caller may not read it (after a 403 for a caller
 * who may never write it), 403 when it may read but not write, 409 on a stale version.
 */
export async function companyForWrite(uow: UnitOfWork, id: number, expectedVersion?: number) {
  const { ctx, trx } = uow;
  const [row, ref] = await Promise.all([findCompany(trx, id), referenceIn(trx, uow.memo)]);
  if (!row) throw new NotFoundError(problem('company.notFound', { id }));
  const scope = scopeOf(row, ref);
  if (!can(ctx.actor, 'companies.read', scope)) {
    authorize(ctx.actor, 'companies.write', scope);
    throw new NotFoundError(problem('company.notFound', { id }));
  }
  authorize(ctx.actor, 'companies.write', scope);
  assertVersion(expectedVersion, row.version, `company ${id}`);
  return { row, ref, scope };
}

/** Changes a company's fields (If-Match: 409 when stale); moving it to another donor needs both. */
export async function updateCompany(
  ctx: Ctx,
  id: number,
  input: UpdateCompanyInput,
  expectedVersion?: number,
): Promise<CompanyDetail> {
  await write(ctx, async (uow) => {
    const { row, ref } = await companyForWrite(uow, id, expectedVersion);
    assertKnown(ref, input);
    if (input.donor !== undefined && input.donor !== row.donorCode) {
      authorize(ctx.actor, 'companies.write', { orgPath: ref.orgs.pathOf(input.donor) });
    }
    const creditCode =
      input.creditCode === undefined ? row.creditCode : checkedCreditCode(input.creditCode);
    if (creditCode !== row.creditCode) await assertCodeFree(uow, creditCode, id);
    assertLocalHires(input.localHires ?? row.localHires, input.jobsActual ?? row.jobsActual);
    const at = new Date().toISOString();
    const published =
      input.published === undefined
        ? row.publishedAt
        : input.published
          ? (row.publishedAt ?? at)
          : null;
    const result = await uow.trx
      .updateTable('companies')
      .set({
        name: input.name ?? row.name,
        creditCode,
        industry: input.industry ?? row.industry,
        donorCode: input.donor ?? row.donorCode,
        areaCode: input.area ?? row.areaCode,
        signedOn: input.signedOn ?? row.signedOn,
        investmentPlannedFen: input.investmentPlannedFen ?? row.investmentPlannedFen,
        investmentArrivedFen: input.investmentArrivedFen ?? row.investmentArrivedFen,
        jobsPlanned: input.jobsPlanned ?? row.jobsPlanned,
        jobsActual: input.jobsActual ?? row.jobsActual,
        localHires: input.localHires ?? row.localHires,
        note: input.note === undefined ? row.note : input.note,
        publishedAt: published,
        updatedAt: at,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `company ${id}`);
    const after = await reload(uow, id);
    uow.record({
      action: 'update',
      entityType: 'company',
      entityId: String(id),
      before: companySnapshot(row),
      after: companySnapshot(after),
    });
  });
  return getCompany(ctx, id);
}

/**
 * Assigns a chief service officer from `startOn`: the one serving then ends the day before
 * (422 when the new one would not start after it). The company's version moves on.
 */
export async function assignOfficer(
  ctx: Ctx,
  id: number,
  input: AssignOfficerInput,
  expectedVersion?: number,
): Promise<CompanyDetail> {
  await write(ctx, async (uow) => {
    const { row } = await companyForWrite(uow, id, expectedVersion);
    const trx = uow.trx;
    const officers = await officersOf(trx, [id]);
    const latest = officers[0];
    const at = new Date().toISOString();
    if (latest && latest.startOn >= input.startOn) {
      throw InvalidInputError.field(
        'startOn',
        problem('companyOfficer.startBefore', { date: latest.startOn }),
      );
    }
    const dayBefore = new Date(Date.parse(`${input.startOn}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    if (latest && (latest.endOn === null || latest.endOn >= input.startOn)) {
      await trx
        .updateTable('companyOfficers')
        .set({ endOn: dayBefore, updatedAt: at })
        .where('id', '=', latest.id)
        .execute();
    }
    const { id: officerId } = await trx
      .insertInto('companyOfficers')
      .values({
        companyId: id,
        name: input.name,
        contact: input.contact ?? null,
        organisation: input.organisation ?? null,
        startOn: input.startOn,
        endOn: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const result = await trx
      .updateTable('companies')
      .set({ version: row.version + 1, updatedAt: at })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `company ${id}`);
    uow.record({
      action: 'assign-officer',
      entityType: 'company',
      entityId: String(id),
      before: { officer: latest ? presentOfficer(latest) : null },
      after: { officer: { id: officerId, ...input, endOn: null } },
    });
  });
  return getCompany(ctx, id);
}
