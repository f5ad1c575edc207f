/**
 * Companies and their cases as two kinds (decision 0064). Companies are created through
 * `createCompany` (the codes, the donor's `companies.write` grant, GB 32100, local hires at most
 * the actual jobs), identified by the credit code: one registered already is skipped. Cases are
 * opened through `openCase` on the company named by its credit code (the company's
 * `companies.write` grant), identified by company, category, description and day: one that
 * exists is skipped. Both exported from what the caller may see (the lists' own condition).
 */

import type { z } from 'zod';
import type { Executor } from '../../db/database.js';
import { normalizeCreditCode } from '../../domain/credit-code.js';
import { NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { can } from '../access/authorize.js';
import { caseConditions, openCase } from '../companies/cases.js';
import { scopeOf } from '../companies/repository.js';
import {
  type CreateCompanyInput,
  caseListQuery,
  companyListQuery,
  type OpenCaseInput,
} from '../companies/schema.js';
import { createCompany, filteredCompanies } from '../companies/service.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference } from '../reference/reference.js';
import {
  type ExportFilters,
  type ExportRecord,
  type KindHandler,
  orderedRecords,
  pastRow,
} from './kind-handler.js';

/** The hour (UTC) an imported case's day is stored at: noon in Beijing, the same day in both. */
const OPENED_AT = 'T04:00:00Z';

/** The companies list's filters (`GET /api/companies`) without its paging. */
const companyFilters = companyListQuery.omit({ limit: true, offset: true });
/** The case board's filters (`GET /api/company-cases`) without its paging. */
const caseFilters = caseListQuery.omit({ limit: true, offset: true });

export const companyHandler: KindHandler = {
  complete(row, options) {
    if (row.body.programme === undefined && options.programme) {
      row.body.programme = options.programme;
    }
  },
  identity: (row) => normalizeCreditCode(row.key),
  async checker(ctx) {
    const ref = await loadReference(ctx.db);
    return async (row) => {
      const b = row.body as unknown as CreateCompanyInput;
      if (
        ref.orgs.has(b.donor) &&
        !can(ctx.actor, 'companies.write', { orgPath: ref.orgs.pathOf(b.donor) })
      ) {
        return {
          severity: 'error',
          ref: problem('import.outOfScope', { code: b.donor }),
          field: 'donor',
        };
      }
      const same = await ctx.db
        .selectFrom('companies')
        .select('id')
        .where('creditCode', '=', normalizeCreditCode(b.creditCode))
        .executeTakeFirst();
      return same
        ? { severity: 'warning', ref: problem('import.exists', { code: row.key }) }
        : null;
    };
  },
  async apply(ctx, row) {
    await createCompany(ctx, row.body as unknown as CreateCompanyInput);
  },
  filters: companyFilters,
  records: companyRecords,
};

/** The companies the caller may see that the list's filters select (the list's own query). */
async function* companyRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  const ref = await loadReference(ctx.db);
  const selected = filteredCompanies(ctx, ref, filters as z.infer<typeof companyFilters>);
  // The list's order: newest signing first, then id (decision 0082).
  const page = (last: { signedOn: string; id: number } | undefined, size: number) => {
    let q = selected
      .selectAll('c')
      .orderBy('c.signedOn', 'desc')
      .orderBy('c.id', 'desc')
      .limit(size);
    if (last) q = q.where(pastRow('c.signed_on', 'c.id', 'desc', last.signedOn, last.id));
    return q.execute();
  };
  yield* orderedRecords(page, async function* (rows) {
    for (const c of rows) {
      yield {
        creditCode: c.creditCode,
        name: c.name,
        industry: c.industry,
        programme: c.programmeCode,
        donor: c.donorCode,
        area: c.areaCode,
        signedOn: c.signedOn,
        investmentPlannedFen: Number(c.investmentPlannedFen),
        investmentArrivedFen: Number(c.investmentArrivedFen),
        jobsPlanned: Number(c.jobsPlanned),
        jobsActual: Number(c.jobsActual),
        localHires: Number(c.localHires),
        note: c.note,
        published: c.publishedAt !== null,
      };
    }
  });
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface CaseRow extends OpenCaseInput {
  company: string;
  openedAt: string;
}

/** The company named by a credit code, if the caller may see it. */
async function visibleCompany(ctx: ServiceContext, db: Executor, creditCode: string) {
  const [company, ref] = await Promise.all([
    db
      .selectFrom('companies')
      .select(['id', 'donorCode', 'areaCode', 'publishedAt'])
      .where('creditCode', '=', normalizeCreditCode(creditCode))
      .executeTakeFirst(),
    loadReference(db),
  ]);
  return company && can(ctx.actor, 'companies.read', scopeOf(company, ref)) ? company : null;
}

export const caseHandler: KindHandler = {
  complete(row) {
    // The template's day becomes an instant, as the API takes it.
    const day = row.body.openedAt;
    if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
      row.body.openedAt = `${day}${OPENED_AT}`;
    }
  },
  identity: (row) => {
    const b = row.body as unknown as CaseRow;
    return [normalizeCreditCode(b.company), b.category, b.description, b.openedAt].join('|');
  },
  async checker(ctx) {
    return async (row) => {
      const b = row.body as unknown as CaseRow;
      // A company not found or not seen is the use case's refusal (apply), never told apart.
      const company = await visibleCompany(ctx, ctx.db, b.company);
      if (!company) return null;
      const day = b.openedAt.slice(0, 10);
      const same = await ctx.db
        .selectFrom('companyCases')
        .select('id')
        .where('companyId', '=', company.id)
        .where('category', '=', b.category)
        .where('description', '=', b.description)
        .where('openedAt', '>=', `${day}T00:00:00Z`)
        .where('openedAt', '<', `${nextDay(day)}T00:00:00Z`)
        .executeTakeFirst();
      return same
        ? { severity: 'warning', ref: problem('import.exists', { code: row.key }) }
        : null;
    };
  },
  async apply(ctx, row) {
    const { company: code, ...input } = row.body as unknown as CaseRow;
    const company = await visibleCompany(ctx, ctx.db, code);
    if (!company) throw new NotFoundError(problem('company.notFound', { id: code }));
    await openCase(ctx, company.id, input);
  },
  filters: caseFilters,
  records: caseRecords,
};

/** The cases the caller may see that the board's filters select (the board's own conditions). */
async function* caseRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  const { onCompany, onCase } = await caseConditions(ctx, filters as z.infer<typeof caseFilters>);
  // The board's order: newest opened first, then id (decision 0082).
  const page = (last: { openedAt: string; id: number } | undefined, size: number) => {
    let q = ctx.db
      .selectFrom('companyCases as k')
      .innerJoin('companies as c', 'c.id', 'k.companyId')
      .select(['k.id', 'c.creditCode', 'k.category', 'k.description', 'k.openedAt'])
      .orderBy('k.openedAt', 'desc')
      .orderBy('k.id', 'desc')
      .limit(size);
    if (last) q = q.where(pastRow('k.opened_at', 'k.id', 'desc', last.openedAt, last.id));
    for (const condition of [...onCompany, ...onCase]) q = q.where(() => condition);
    return q.execute();
  };
  yield* orderedRecords(page, async function* (rows) {
    for (const k of rows) {
      yield {
        company: k.creditCode,
        category: k.category,
        description: k.description,
        openedAt: k.openedAt.slice(0, 10),
      };
    }
  });
}
