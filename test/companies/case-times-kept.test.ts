/**
 * Decision 0069: the case times per officer, donor and area read the sums kept per officer and
 * company (`company_case_times`, triggers of migration 0039). They must answer exactly as the
 * cases do, for every kind of caller, filter, grouping and page, after opening, answering,
 * moving, re-assigning and deleting cases and changing companies; and the rebuild the migration
 * owes must equal the triggers' sums.
 */
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
} from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { keptSumsTriggers } from '../../src/db/migrations/kit.js';
import { type Actor, systemActor } from '../../src/domain/access.js';
import { caseTimes } from '../../src/modules/companies/case-times.js';
import { listCases, moveCase, openCase, respondToCase } from '../../src/modules/companies/cases.js';
import {
  projectionsNamed,
  recordTotalsNamed,
  upgradeDatabase,
  verifyProjections,
} from '../../src/modules/maintenance.js';
import {
  caseTimesTotals,
  salesCategories,
  salesChannels,
  salesTotals,
  trainingTotals,
} from '../../src/modules/record-totals.js';
import { generateCompanies } from '../../src/seed/generate-companies.js';
import { describeEachDatabase } from '../support/db.js';

const SYSTEM = systemActor('test');
const ANONYMOUS: Actor = { kind: 'anonymous' };
const user = (role: string, orgCode: string | null, areaCode: string | null = null): Actor => ({
  kind: 'user',
  userId: 1,
  username: role,
  via: 'session',
  grants: [{ role: role as never, orgCode, areaCode }],
});
const BYS = ['officer', 'donor', 'area'] as const;

describeEachDatabase('case times: kept sums answer as the cases do', (ctx) => {
  const context = (actor: Actor) => ({ actor, db: ctx.database.db, requestId: null });
  let callers: [string, Actor][] = [];
  let filters: { donor?: string; area?: string }[] = [];

  /** Every caller × filter × grouping × page: both ways, the same answer (late cases too). */
  async function expectSameAnswers() {
    let compared = 0;
    for (const [name, actor] of callers) {
      for (const f of filters) {
        for (const by of BYS) {
          for (const [limit, offset] of [
            [500, 0],
            [3, 0],
            [3, 4],
            [5, 10_000],
          ] as const) {
            const q = { ...f, by, limit, offset };
            const label = `${name} ${JSON.stringify(q)}`;
            let fast: unknown;
            try {
              fast = await caseTimes(context(actor), q);
            } catch (e) {
              // A caller who may not read cases is refused alike both ways.
              await expect(caseTimes(context(actor), q, { summed: false }), label).rejects.toThrow(
                (e as Error).message,
              );
              continue;
            }
            expect(fast, label).toEqual(await caseTimes(context(actor), q, { summed: false }));
            compared += 1;
          }
        }
        // The case board's count (a scoped caller's, without a case filter, from the sums).
        for (const extra of [{}, { status: 'open' as const }]) {
          const q = { ...f, ...extra, limit: 5, offset: 0 };
          const label = `${name} board ${JSON.stringify(q)}`;
          const board = await listCases(context(actor), q).catch((e: Error) => e);
          if (board instanceof Error) {
            await expect(listCases(context(actor), q, { summed: false }), label).rejects.toThrow(
              board.message,
            );
            continue;
          }
          const plain = await listCases(context(actor), q, { summed: false });
          expect(board.total, label).toBe(plain.total);
          expect(board.items.map((i) => i.id)).toEqual(plain.items.map((i) => i.id));
        }
      }
    }
    return compared;
  }

  beforeAll(async () => {
    const today = new Date().toISOString().slice(0, 10);
    await generateCompanies(ctx.database, {
      fromYear: Number(today.slice(0, 4)) - 2,
      years: 3,
      companiesPerYear: 25,
      casesPerCompany: 5,
      seed: 23,
      today,
    });
    const db = ctx.database.db;
    // A few cases open and unanswered since long ago: late today (the generator makes few).
    const some = await db.selectFrom('companies').select('id').orderBy('id').limit(40).execute();
    for (const [i, c] of some.entries()) {
      if (i % 4 !== 1) continue;
      await openCase(context(SYSTEM), Number(c.id), {
        category: 'other',
        description: 'waiting',
        openedAt: `2025-0${1 + (i % 9)}-10T03:00:00.000Z`,
      });
    }
    // Some companies unpublished, so that the scoped callers see less than everything.
    await sql`update companies set published_at = null where id % 3 = 0`.execute(db);
    const companies = await db.selectFrom('companies').select(['donorCode', 'areaCode']).execute();
    const count = (list: string[]) => {
      const m = new Map<string, number>();
      for (const x of list) m.set(x, (m.get(x) ?? 0) + 1);
      return [...m].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    };
    const [donor, otherDonor] = count(companies.map((c) => c.donorCode)) as [string, string];
    const prefectures = count(companies.map((c) => `${c.areaCode.slice(0, 4)}00`));
    const [prefecture] = prefectures as [string];
    const county = companies.find((c) => c.areaCode.startsWith(prefecture.slice(0, 4)))
      ?.areaCode as string;
    callers = [
      ['system', SYSTEM],
      ['coordinator', user('coordinator', null)],
      ['auditor', user('auditor', null)],
      [`donor editor ${donor}`, user('donor-editor', donor)],
      [`recipient editor ${prefecture}`, user('recipient-editor', null, prefecture)],
      ['viewer', user('viewer', null)],
      ['anonymous', ANONYMOUS],
    ];
    filters = [
      {},
      { donor },
      { donor: otherDonor },
      { area: prefecture },
      { area: county, donor },
      { area: '650000' },
    ];
  });

  it('answers every caller, filter, grouping and page exactly as the cases do', {
    timeout: 300_000,
  }, async () => {
    const compared = await expectSameAnswers();
    // Everyone but the anonymous caller reads the times (companies.read): 6 × 6 × 3 × 4.
    expect(compared).toBeGreaterThanOrEqual(6 * filters.length * BYS.length * 4);
    expect(await caseTimesTotals.check(ctx.database.db)).toEqual([]);
    // Fewer sums than cases; late cases exist (opened up to today), so the late count is compared.
    const [sums, cases] = await Promise.all([
      sql<{ n: number | string }>`select count(*) as n from company_case_times`.execute(
        ctx.database.db,
      ),
      sql<{ n: number | string }>`select count(*) as n from company_cases`.execute(ctx.database.db),
    ]);
    expect(Number(sums.rows[0]?.n)).toBeGreaterThan(0);
    expect(Number(sums.rows[0]?.n)).toBeLessThan(Number(cases.rows[0]?.n));
    const all = await caseTimes(context(SYSTEM), { by: 'donor', limit: 500, offset: 0 });
    expect(all.rows.reduce((n, r) => n + r.late, 0)).toBeGreaterThan(0);
    expect(all.rows.reduce((n, r) => n + r.cases, 0)).toBe(Number(cases.rows[0]?.n));
  });

  it('follows opening, answering, moving, re-assigning and deleting cases, and company changes', {
    timeout: 300_000,
  }, async () => {
    const db = ctx.database.db;
    const companies = await db.selectFrom('companies').select('id').orderBy('id').execute();
    const [a, b] = companies.map((c) => Number(c.id)) as [number, number];
    // Opened long ago and never answered: late; opened now: not late.
    const old = await openCase(context(SYSTEM), a, {
      category: 'other',
      description: 'old',
      openedAt: '2024-01-08T02:00:00.000Z',
    });
    const fresh = await openCase(context(SYSTEM), b, { category: 'other', description: 'new' });
    const oldId = Number((old as { id: number }).id);
    const freshId = Number((fresh as { id: number }).id);
    expect(await caseTimesTotals.check(db)).toEqual([]);
    await respondToCase(context(SYSTEM), freshId, { text: 'seen', responder: 'officer' });
    await moveCase(context(SYSTEM), freshId, { to: 'resolved' });
    await moveCase(context(SYSTEM), freshId, { to: 'closed' });
    expect(await caseTimesTotals.check(db)).toEqual([]);
    // Behind the application's back (an operator's repair): another officer, company, times.
    const officer = await db
      .selectFrom('companyOfficers')
      .select(['id', 'companyId'])
      .where('companyId', '<>', a)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('companyCases')
      .set({ officerId: officer.id, companyId: officer.companyId })
      .where('id', '=', oldId)
      .execute();
    await db
      .updateTable('companyCases')
      .set({ officerId: null })
      .where('id', '=', freshId)
      .execute();
    await sql`update company_cases set response_working_days = response_working_days + 2
      where id % 7 = 1 and response_working_days is not null`.execute(db);
    // A case deleted (its responses first), and a company's donor, area and publication changed.
    const gone = await db
      .selectFrom('companyCases')
      .select('id')
      .where('id', '<>', oldId)
      .where('id', '<>', freshId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await db.deleteFrom('companyCaseResponses').where('caseId', '=', gone.id).execute();
    await db.deleteFrom('companyCases').where('id', '=', gone.id).execute();
    const [first] = filters;
    expect(first).toEqual({});
    await sql`update companies set published_at = null, donor_code = ${filters[2]?.donor ?? ''}
      where id = ${b}`.execute(db);
    expect(await caseTimesTotals.check(db)).toEqual([]);
    const empty = await sql<{ n: number | string }>`select count(*) as n
      from company_case_times where cases = 0`.execute(db);
    expect(Number(empty.rows[0]?.n)).toBe(0);
    await expectSameAnswers();
  });

  it('fires on the columns the sums read, not on the others (description, version)', async () => {
    const db = ctx.database.db;
    const [one] = await db.selectFrom('companies').select('id').orderBy('id').limit(1).execute();
    const company = Number(one?.id);
    // With the company's sums gone, a firing update trigger would add its cases back.
    await sql`delete from company_case_times where company_id = ${company}`.execute(db);
    await sql`update company_cases set description = description || '.', version = version + 1
      where company_id = ${company}`.execute(db);
    const left = await sql<{ n: number | string }>`select count(*) as n from company_case_times
      where company_id = ${company}`.execute(db);
    expect(Number(left.rows[0]?.n)).toBe(0);
    // A column they read does fire it: the case is added back (and only it).
    await sql`update company_cases set resolved_at = resolved_at
      where id = (select min(id) from company_cases where company_id = ${company})`.execute(db);
    const back = await sql<{ n: number | string }>`select sum(cases) as n from company_case_times
      where company_id = ${company}`.execute(db);
    expect(Number(back.rows[0]?.n)).toBe(1);
    await caseTimesTotals.recompute(db);
    expect(await caseTimesTotals.check(db)).toEqual([]);
  });

  it('is recomputed after migrating when owed, and verify-projections checks it', {
    timeout: 300_000,
  }, async () => {
    const db = ctx.database.db;
    // Spoil the sums behind the triggers' back, as a bad backfill would: the check names it.
    await sql`update company_case_times set response_days = response_days + 1, cases = cases + 1`.execute(
      db,
    );
    await sql`delete from company_case_times where officer_key = 0`.execute(db);
    const spoiled = await verifyProjections(db);
    expect(new Set(spoiled.map((d) => d.projection))).toEqual(new Set(['case-times']));
    // The answers now differ from the cases (the comparisons can fail).
    const scoped = callers[3]?.[1] as Actor;
    const boardQ = { limit: 5, offset: 0 };
    expect((await listCases(context(scoped), boardQ)).total).not.toBe(
      (await listCases(context(scoped), boardQ, { summed: false })).total,
    );
    const q = { by: 'donor' as const, limit: 500, offset: 0 };
    expect(await caseTimes(context(SYSTEM), q)).not.toEqual(
      await caseTimes(context(SYSTEM), q, { summed: false }),
    );
    // The migration's mark (markRebuild): upgrading recomputes them from the cases.
    await sql`update projection_state set needs_rebuild = 1 where name = 'case-times'`.execute(db);
    const upgrade = await upgradeDatabase(ctx.database);
    expect(upgrade).toEqual({ migrations: [], rebuilt: ['case-times'] });
    expect(await verifyProjections(db)).toEqual([]);
    expect(await upgradeDatabase(ctx.database)).toEqual({ migrations: [], rebuilt: [] });
    await expectSameAnswers();
  });
});

describe('shanhai rebuild / verify-projections name the case sums', () => {
  it('takes case-times as a name beside the projections and the sales sums', () => {
    expect(projectionsNamed(['case-times'])).toEqual([]);
    expect(recordTotalsNamed(['case-times'])).toEqual([caseTimesTotals]);
    expect(recordTotalsNamed([])).toEqual([
      salesTotals,
      caseTimesTotals,
      trainingTotals,
      salesChannels,
      salesCategories,
    ]);
    expect(() => projectionsNamed(['nonsense'])).toThrow(/case-times/);
  });

  it('the kit emits one PostgreSQL function and trigger, or three SQLite triggers', async () => {
    const compiled: Record<string, string[]> = { sqlite: [], postgres: [] };
    for (const engine of ['sqlite', 'postgres'] as const) {
      const db = new Kysely<Record<string, never>>({
        dialect: {
          createAdapter: () => (engine === 'sqlite' ? new SqliteAdapter() : new PostgresAdapter()),
          createDriver: () => new DummyDriver(),
          createIntrospector: (k) =>
            engine === 'sqlite' ? new SqliteIntrospector(k) : new PostgresIntrospector(k),
          createQueryCompiler: () =>
            engine === 'sqlite' ? new SqliteQueryCompiler() : new PostgresQueryCompiler(),
        },
        log: (event) => {
          compiled[engine]?.push(event.query.sql);
        },
      });
      await keptSumsTriggers(db, engine, {
        name: 'x_sums',
        records: 'x',
        sums: 'x_totals',
        key: [{ column: 'k', of: (r) => sql.raw(`${r}.k`) }],
        values: [{ column: 'n', of: () => sql.raw('1') }],
        count: 'n',
        updateOf: ['k'],
      });
    }
    expect(compiled.sqlite).toHaveLength(3);
    expect(compiled.sqlite?.[2]).toMatch(/after update of "k"\s+on "x"/);
    expect(compiled.postgres).toHaveLength(2);
    expect(compiled.postgres?.[0]).toMatch(/create function shanhai_x_sums\(\)/);
    expect(compiled.postgres?.[0]).toContain('"n" = x_totals.n + excluded."n"');
    expect(compiled.postgres?.[1]).toMatch(/after insert or update of "k" or delete\s+on "x"/);
  });
});
