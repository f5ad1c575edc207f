/**
 * Exports follow their list screens' filters (decision 0074), on both engines: for sales,
 * companies, company cases, exchange activities and training sessions, an export given a list's
 * filters holds exactly the rows the list route gives with them (every page), for the programme
 * office, a viewer, Shanghai's and Beijing's donor editors and Hotan's recipient editor, in the
 * list's default order (decision 0082); a donor
 * editor's export never holds another donor's unpublished row; a bad filter is refused as the
 * list refuses it (same status, same problem), before any file starts.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../src/domain/credit-code.js';
import type { App } from '../../src/http/types.js';
import { runImport } from '../../src/modules/transfer/import.js';
import { type Kind, SPECS } from '../../src/modules/transfer/kinds.js';
import { signInCallers, type Who } from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { insertPlan, insertProject, insertTransaction } from '../support/factories.js';
import { filledTemplate, SYSTEM } from './support.js';

type Caller = Exclude<Who, 'anonymous' | 'auditor'>;
const CALLERS: readonly Caller[] = ['coordinator', 'viewer', 'shanghai', 'beijing', 'hotan'];

const DONORS = ['110000', '310000'] as const;
/** Hotan city (in Hotan prefecture, Hotan's editor's) and Bachu (Kashgar: not Hotan's). */
const AREAS = ['653201', '653130'] as const;
const YES_NO = ['是', '否'] as const;
const N = 12;
const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const month = (i: number) => String(i + 1).padStart(2, '0');
const published = (i: number) => (i % 5 < 2 ? YES_NO[0] : YES_NO[1]);

const creditCode = (i: number) => {
  const stem = `91653200MA${String(700 + i).padStart(7, '0')}`;
  return `${stem}${creditCodeCheckChar(stem)}`;
};

/** The seed of each kind: template rows, and the record each row is for the checks. */
interface Seed {
  key: string;
  donor: string;
  area: string;
  published: boolean;
}

const seeds: Seed[] = Array.from({ length: N }, (_, i) => ({
  key: String(i),
  donor: at(DONORS, i),
  area: at(AREAS, Math.floor(i / 2)),
  published: published(i) === '是',
}));

const ROWS: Record<
  'sales' | 'companies' | 'company-cases' | 'exchanges' | 'training',
  ExcelJS.CellValue[][]
> = {
  sales: seeds.map((s, i) => [
    'xinjiang',
    s.donor,
    s.area,
    `2026-${month(i)}`,
    at(['online-platform', 'trade-fair'], Math.floor(i / 3)),
    at(['dried-fruit', 'nuts'], Math.floor(i / 4)),
    `产品${i}`,
    1000 + i,
    1,
    '吨',
    null,
    published(i),
  ]),
  companies: seeds.map((s, i) => [
    creditCode(i),
    `企业${i}号`,
    at(['食品加工', '纺织'], Math.floor(i / 3)),
    'xinjiang',
    s.donor,
    s.area,
    `2026-${month(i)}-01`,
    5_000_000,
    2_000_000,
    100,
    60,
    50,
    null,
    published(i),
  ]),
  'company-cases': seeds.map((_, i) => [
    creditCode(i),
    at(['land', 'financing'], i),
    `诉求${i}`,
    `2026-${month(i)}-02`,
  ]),
  exchanges: seeds.map((s, i) => [
    'xinjiang',
    at(['study-tour', 'camp'], Math.floor(i / 3)),
    `活动${i}`,
    i % 4 === 3 ? '110000; 310000' : s.donor,
    s.area,
    `2026-${month(i)}-10`,
    `2026-${month(i)}-20`,
    null,
    30,
    10,
    null,
    published(i),
  ]),
  training: seeds.map((s, i) => [
    'xinjiang',
    s.donor,
    `培训${i}`,
    s.area,
    'xinjiang',
    `2026-${month(i)}-01`,
    `2026-${month(i)}-05`,
    40,
    120,
    3,
    5,
    null,
    null,
    null,
    published(i),
  ]),
};

/** Each kind's list route, the field of a list item and the export column that name a row. */
const LISTS = {
  projects: { url: '/api/projects', item: 'code', column: 'code', limit: 5 },
  sales: { url: '/api/consumption-sales', item: 'product', column: 'product', limit: 5 },
  companies: { url: '/api/companies', item: 'creditCode', column: 'creditCode', limit: 5 },
  'company-cases': {
    url: '/api/company-cases',
    item: 'description',
    column: 'description',
    limit: 5,
  },
  exchanges: { url: '/api/exchanges', item: 'title', column: 'title', limit: 5 },
  training: { url: '/api/training/sessions', item: 'topic', column: 'topic', limit: 5 },
} as const satisfies Record<keyof typeof ROWS | 'projects', unknown>;
type Listed = keyof typeof LISTS;
const projectCode = (i: number) => `XF-${i}`;

/** The filters each list screen sends (as the web's pages build them), one set per case. */
const FILTERS: Record<Listed, Record<string, string>[]> = {
  projects: [
    {},
    { donor: '310000' },
    { area: '653200' },
    { year: '2026', programme: 'xinjiang' },
    { q: 'XF-1' },
    { stage: 'approved', area: '653130' },
  ],
  sales: [
    {},
    { donor: '310000' },
    { area: '653200' },
    { channel: 'online-platform', productCategory: 'dried-fruit' },
    { donor: '110000', from: '2026-03', to: '2026-09' },
  ],
  companies: [{}, { donor: '110000' }, { area: '653200' }, { q: '1号' }, { industry: '纺织' }],
  'company-cases': [{}, { donor: '310000' }, { area: '653200' }, { status: 'open', late: 'true' }],
  exchanges: [
    {},
    { donor: '310000' },
    { area: '653200' },
    { kind: 'camp' },
    { from: '2026-03-01', to: '2026-06-30' },
  ],
  training: [{}, { donor: '110000' }, { area: '653200', from: '2026-01-01', to: '2026-06-30' }],
};

const query = (q: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();

describeEachDatabase('exports follow the list screens’ filters', (ctx) => {
  let app: App;
  let cookies: Map<Who, string | undefined>;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    ({ cookies } = await signInCallers(app, ctx.database));
    for (const kind of ['sales', 'companies', 'company-cases', 'exchanges', 'training'] as const) {
      const file = await filledTemplate(ctx.database, kind, ROWS[kind]);
      const report = await runImport({ actor: SYSTEM, db: ctx.database.db }, kind, file, {
        dryRun: false,
        lang: 'en',
        programme: 'xinjiang',
      });
      expect(
        report.problems.filter((p) => p.severity !== 'warning'),
        kind,
      ).toEqual([]);
      expect(report.accepted, kind).toBe(N);
    }
    for (const [i, s] of seeds.entries()) {
      await insertProject(ctx.database, {
        code: projectCode(i),
        donor: s.donor,
        locations: [{ area: s.area, shareBp: 10000 }],
        year: i < N / 2 ? 2025 : 2026,
        stage: i % 4 === 1 ? 'reserve' : 'approved',
        published: s.published,
      });
      // Every other project has a ledger entry: the ledger's export holds those the filters select.
      if (i % 2 === 0) {
        await insertTransaction(ctx.database, {
          projectCode: projectCode(i),
          type: 'commitment',
          valueFen: 100_000 + i,
          date: '2026-03-01',
        });
      }
    }
  });
  const headers = (who: Caller) => ({ cookie: cookies.get(who) ?? '' });

  /** Every page of the list route with the filters: the rows' names. */
  const listed = async (kind: Listed, who: Caller, filters: Record<string, string>) => {
    const { url, item, limit } = LISTS[kind];
    const out: string[] = [];
    for (let offset = 0; ; offset += limit) {
      const res = await app.inject({
        method: 'GET',
        url: `${url}?${query({ ...filters, limit, offset })}`,
        headers: headers(who),
      });
      expect(res.statusCode, `${who} ${url} ${res.body}`).toBe(200);
      const items = res.json().items as Record<string, string>[];
      out.push(...items.map((x) => String(x[item])));
      if (items.length < limit) return out;
    }
  };

  /** The export with the filters (CSV, English): the rows' names. */
  const exported = async (kind: Kind & Listed, who: Caller, filters: Record<string, string>) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/exports/${kind}?${query({ ...filters, format: 'csv', lang: 'en' })}`,
      headers: headers(who),
    });
    expect(res.statusCode, `${who} ${kind} ${res.body}`).toBe(200);
    const rows = parse(res.body.replace(/^\uFEFF/, '')) as string[][];
    const at = SPECS[kind].columns.findIndex((c) => c.field === LISTS[kind].column);
    expect(at).toBeGreaterThanOrEqual(0);
    // In the list's order (decision 0082), not sorted here.
    return rows.slice(1).map((r) => r[at] ?? '');
  };

  for (const kind of Object.keys(LISTS) as Listed[]) {
    describe(kind, () => {
      it('an export with the list’s filters holds exactly the list’s rows, all pages, in its order, for every caller', async () => {
        const everything = await exported(kind, 'coordinator', {});
        expect(everything.length).toBe(N);
        for (const filters of FILTERS[kind]) {
          const narrowed = Object.keys(filters).length > 0;
          for (const who of CALLERS) {
            const list = await listed(kind, who, filters);
            const file = await exported(kind, who, filters);
            expect(file, `${kind} ${who} ${query(filters)}`).toEqual(list);
            if (who === 'coordinator' && narrowed) {
              // The filter selects something, and not everything: the test can fail.
              expect(file.length, query(filters)).toBeGreaterThan(0);
              expect(file.length, query(filters)).toBeLessThan(N);
            }
          }
        }
      });
    });
  }

  it('never gives a donor editor another donor’s unpublished rows, filtered or not', async () => {
    // Row i of every kind is seed i: its name carries the number.
    const seedOf = (name: string) => {
      const exchange = /(\d+)(号|$)/.exec(name);
      return Number(exchange?.[1]);
    };
    const numberOf: Record<Listed, (name: string) => number> = {
      projects: (code) => Number(code.split('-')[1]),
      sales: seedOf,
      companies: (code) => ROWS.companies.findIndex((r) => r[0] === code),
      'company-cases': seedOf,
      exchanges: seedOf,
      training: seedOf,
    };
    for (const kind of Object.keys(LISTS) as Listed[]) {
      for (const [who, own] of [
        ['beijing', '110000'],
        ['shanghai', '310000'],
      ] as const) {
        for (const filters of [{}, { donor: DONORS[0] }, { donor: DONORS[1] }] as Record<
          string,
          string
        >[]) {
          const file = await exported(kind, who, filters);
          const seen = file.map(numberOf[kind]);
          const others = seen.filter((i) => {
            const s = seeds[i] as Seed;
            // An exchange of both donors is each donor's own.
            const joint = kind === 'exchanges' && i % 4 === 3;
            return !s.published && s.donor !== own && !joint;
          });
          expect(others, `${kind} ${who} ${query(filters)}`).toEqual([]);
          if (Object.keys(filters).length === 0) {
            // Its own unpublished rows are there (the test can fail).
            expect(
              seen.some((i) => !(seeds[i] as Seed).published && (seeds[i] as Seed).donor === own),
              `${kind} ${who}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('exports the ledger entries of the projects the registry’s filters select', async () => {
    for (const filters of FILTERS.projects) {
      for (const who of CALLERS) {
        const listedWithEntries = (await listed('projects', who, filters)).filter(
          (code) => Number(code.split('-')[1]) % 2 === 0,
        );
        const res = await app.inject({
          method: 'GET',
          url: `/api/exports/ledger?${query({ ...filters, format: 'csv', lang: 'en' })}`,
          headers: headers(who),
        });
        expect(res.statusCode, res.body).toBe(200);
        const at = SPECS.ledger.columns.findIndex((c) => c.field === 'project');
        const rows = (parse(res.body.replace(/^\uFEFF/, '')) as string[][]).slice(1);
        expect(rows.map((r) => r[at]).sort(), `${who} ${query(filters)}`).toEqual(
          listedWithEntries.sort(),
        );
      }
    }
  });

  it('exports the items of the plans the plans list shows with its filters; 403 as the list to who may not read plans', async () => {
    const plans: [string, number][] = [
      ['110000', 2025],
      ['310000', 2025],
      ['110000', 2026],
      ['310000', 2026],
    ];
    for (const [donor, year] of plans) {
      const items = seeds
        .map((s, i) => ({ s, i }))
        .filter(({ s, i }) => s.donor === donor && (i < N / 2 ? 2025 : 2026) === year)
        .map(({ i }) => ({ projectCode: projectCode(i), plannedFen: 1000 + i }));
      await insertPlan(ctx.database, { donor, year, items });
    }
    const filterSets: Record<string, string>[] = [
      {},
      { donor: '110000' },
      { year: '2026' },
      { programme: 'xinjiang', year: '2025', donor: '310000' },
    ];
    const codeOf = (label: string) => /\[(\w+)\]$/.exec(label)?.[1] ?? label;
    const columns = SPECS['plan-items'].columns.map((c) => c.field);
    for (const filters of filterSets) {
      for (const who of CALLERS) {
        const list = await app.inject({
          method: 'GET',
          url: `/api/plans?${query({ ...filters, limit: 500 })}`,
          headers: headers(who),
        });
        const file = await app.inject({
          method: 'GET',
          url: `/api/exports/plan-items?${query({ ...filters, format: 'csv', lang: 'en' })}`,
          headers: headers(who),
        });
        const label = `${who} ${query(filters)}`;
        expect(file.statusCode, label).toBe(list.statusCode);
        if (list.statusCode !== 200) {
          expect(list.statusCode, label).toBe(403);
          continue;
        }
        const listed = (list.json().items as { donor: { code: string }; year: number }[])
          .map((p) => `${p.donor.code}|${p.year}`)
          .sort();
        const rows = (parse(file.body.replace(/^\uFEFF/, '')) as string[][]).slice(1);
        const inFile = [
          ...new Set(
            rows.map(
              (r) => `${codeOf(r[columns.indexOf('donor')] ?? '')}|${r[columns.indexOf('year')]}`,
            ),
          ),
        ].sort();
        expect(inFile, label).toEqual(listed);
        if (who === 'coordinator' && Object.keys(filters).length > 0) {
          expect(inFile.length, label).toBeGreaterThan(0);
          expect(inFile.length, label).toBeLessThan(plans.length);
        }
        // Every item of those plans, one row each (each plan has its donor's 3 projects of its year).
        expect(rows.length, label).toBe(listed.length * 3);
      }
    }
  });

  it('refuses a bad filter as the list does, before the file starts', async () => {
    const cases: [Listed, Record<string, string>][] = [
      ['projects', { year: '1900' }],
      ['projects', { donor: '999999' }],
      ['sales', { channel: 'nowhere' }],
      ['sales', { donor: '999999' }],
      ['sales', { from: '2026-13' }],
      ['companies', { area: '659999' }],
      ['company-cases', { late: 'maybe' }],
      ['exchanges', { kind: 'party' }],
      ['training', { from: '2026-02-30' }],
    ];
    for (const [kind, filters] of cases) {
      const list = await app.inject({
        method: 'GET',
        url: `${LISTS[kind].url}?${query(filters)}`,
        headers: headers('beijing'),
      });
      const file = await app.inject({
        method: 'GET',
        url: `/api/exports/${kind}?${query({ ...filters, format: 'xlsx' })}`,
        headers: headers('beijing'),
      });
      const label = `${kind} ${query(filters)}`;
      expect(list.statusCode, label).toBeGreaterThanOrEqual(400);
      expect(list.statusCode, label).toBeLessThan(500);
      expect(file.statusCode, label).toBe(list.statusCode);
      expect(file.headers['content-type'], label).toMatch(/problem\+json/);
      const [a, b] = [list.json(), file.json()];
      expect(b.type, label).toBe(a.type);
      expect(
        b.errors?.map((e: { field: string }) => e.field),
        label,
      ).toEqual(a.errors?.map((e: { field: string }) => e.field));
    }
  });
});
