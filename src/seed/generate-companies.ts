/**
 * The companies part of `shanhai generate` (decision 0039): companies brought in with their
 * officers and cases, one transaction and one history entry per year. Run by
 * {@link generateDataSet} after the projects, or alone (`shanhai generate --companies-only`)
 * into a set generated before companies were: each year draws from its own generator and the
 * ids continue from the tables', so both ways give the same rows.
 */
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { systemActor } from '../domain/access.js';
import { todayUtc } from '../domain/dates.js';
import { allocate } from '../domain/money.js';
import { write } from '../modules/write.js';
import { areaPools } from './generator-areas.js';
import { companyIds, generateCompaniesYear } from './generator-companies.js';
import { DONOR_WEIGHT, prng } from './generator-data.js';
import { GENERATE_DEFAULTS, type GenerateOptions } from './generator-options.js';

/** Companies and cases of the years of `options`; refuses a year whose companies exist. */
export async function generateCompanies(
  database: Database,
  options: Partial<GenerateOptions> = {},
): Promise<{ companies: number; cases: number }> {
  const o = { ...GENERATE_DEFAULTS, ...options };
  const today = o.today ?? todayUtc();
  const perYear = o.companiesPerYear ?? 0;
  const totals = { companies: 0, cases: 0 };
  if (perYear <= 0) return totals;
  const donors = Object.keys(DONOR_WEIGHT);
  const now = new Date().toISOString();
  for (let y = o.fromYear; y < o.fromYear + o.years; y++) {
    await write({ actor: systemActor('generate'), db: database.db }, async (uow) => {
      const trx = uow.trx;
      const done = await trx
        .selectFrom('history')
        .select('id')
        .where('entityType', '=', 'generated-companies')
        .where('entityId', '=', `xinjiang-${y}`)
        .executeTakeFirst();
      if (done) {
        throw new Error(`the companies of ${y} were generated already (history entry ${done.id})`);
      }
      const written = await generateCompaniesYear(
        trx,
        prng(o.seed * 67_867_967 + y),
        y,
        donors,
        allocate(
          perYear,
          donors.map((d) => DONOR_WEIGHT[d] ?? 1),
        ),
        o.casesPerCompany ?? 5,
        await areaPools(trx, donors),
        await companyIds(trx),
        today,
        now,
      );
      if (database.engine === 'postgres') {
        for (const table of [
          'companies',
          'company_officers',
          'company_cases',
          'company_case_responses',
        ]) {
          await sql`select setval(pg_get_serial_sequence(${table}, 'id'), greatest(1, (select max(id) from ${sql.table(table)})))`.execute(
            trx,
          );
        }
      }
      totals.companies += written.companies;
      totals.cases += written.cases;
      uow.record({
        action: 'generate',
        entityType: 'generated-companies',
        entityId: `xinjiang-${y}`,
        after: { year: y, ...written, seed: o.seed, today },
      });
    });
  }
  return totals;
}
