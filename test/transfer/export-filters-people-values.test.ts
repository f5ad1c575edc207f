/**
 * The people and indicator-value exports follow their screens (decision 0082), on both engines,
 * through HTTP:
 * - people: with the persons list's filters (donor subtree, part of the name) the export's
 *   persons are the list route's, every page, **in the list's order** (Chinese name, then id),
 *   for the programme office, an auditor, a viewer, Shanghai's and Beijing's donor editors and
 *   Hotan's recipient editor; each person's ID card, phone and birth year as that caller's list
 *   shows them (masked unless the caller is the office or the person's donor); an unknown donor
 *   is refused as the list refuses it;
 * - indicator values: with the entry screen's choices (set, area, period, donor) the export
 *   holds exactly the stored totals they select, newest period first; a set, area or period
 *   that does not exist is a 422 naming it, before any file starts.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckCharacter } from '../../src/domain/id-card.js';
import type { App } from '../../src/http/types.js';
import { runImport } from '../../src/modules/transfer/import.js';
import { SPECS } from '../../src/modules/transfer/kinds.js';
import { ANNUAL, PANSHI, seedIndicators, WUCHUAN } from '../indicators/support.js';
import { signInCallers, type Who } from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { filledTemplate, SYSTEM } from './support.js';

type Caller = Exclude<Who, 'anonymous'>;
const CALLERS: readonly Caller[] = [
  'coordinator',
  'auditor',
  'viewer',
  'shanghai',
  'beijing',
  'hotan',
];

const idCard = (i: number) => {
  const first17 = `11010519800101${String(100 + i).padStart(3, '0')}`;
  return `${first17}${idCardCheckCharacter(first17)}`;
};
/** Names out of id order (and one twice: ties by id), donors, areas, publication. */
const PEOPLE = [
  { name: '赵一', donor: '110000', area: '和田市 [653201]', published: '否' },
  { name: '钱二', donor: '310000', area: '巴楚县 [653130]', published: '否' },
  { name: '孙三', donor: '110000', area: '和田市 [653201]', published: '是' },
  { name: '李四', donor: '310000', area: '巴楚县 [653130]', published: '否' },
  { name: '王五', donor: '110000', area: '和田市 [653201]', published: '否' },
  { name: '王五', donor: '310000', area: '巴楚县 [653130]', published: '是' },
  { name: '周六', donor: '310000', area: null, published: '否' },
];
const personRow = (i: number): ExcelJS.CellValue[] => {
  const p = PEOPLE[i] as (typeof PEOPLE)[number];
  const person = [
    idCard(i),
    p.name,
    null,
    '男 [male]',
    '汉族',
    1980 + i,
    p.donor,
    null,
    '原单位',
    `1380000000${i}`,
    p.published,
  ];
  if (p.area === null) return person;
  return [
    ...person,
    'xinjiang',
    'cadre',
    null,
    '派驻单位',
    p.area,
    '干部',
    'long-term',
    '否',
    '2025-01-01',
    '2027-12-31',
  ];
};

const query = (q: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();

describeEachDatabase('people and indicator-value exports follow their screens', (ctx) => {
  let app: App;
  let cookies: Map<Who, string | undefined>;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    ({ cookies } = await signInCallers(app, ctx.database));
    await seedIndicators(ctx.database);
    const rows = PEOPLE.map((_, i) => personRow(i));
    // A second posting for 赵一: two export rows, one person.
    rows.push([
      ...(personRow(0).slice(0, 11) as ExcelJS.CellValue[]),
      'xinjiang',
      'cadre',
      null,
      '派驻单位',
      '和田市 [653201]',
      '干部',
      'long-term',
      '否',
      '2028-01-01',
      '2029-12-31',
    ]);
    const report = await runImport(
      { actor: SYSTEM, db: ctx.database.db },
      'people',
      await filledTemplate(ctx.database, 'people', rows),
      { dryRun: false, lang: 'en', programme: 'xinjiang' },
    );
    expect(report.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(report.accepted).toBe(PEOPLE.length + 1);
  });
  const headers = (who: Caller) => ({ cookie: cookies.get(who) ?? '' });

  const csv = async (kind: string, who: Caller, q: Record<string, string>) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/exports/${kind}?${query({ ...q, format: 'csv', lang: 'en' })}`,
      headers: headers(who),
    });
    return {
      res,
      rows: (res.statusCode === 200 ? parse(res.body.replace(/^\uFEFF/, '')) : []) as string[][],
    };
  };

  describe('people', () => {
    const col = (field: string) => SPECS.people.columns.findIndex((c) => c.field === field);

    /** The persons list, every page (limit 2): [ID card as shown, name, phone as shown]. */
    const listed = async (who: Caller, filters: Record<string, string>) => {
      const out: string[][] = [];
      for (let offset = 0; ; offset += 2) {
        const res = await app.inject({
          method: 'GET',
          url: `/api/people/persons?${query({ ...filters, limit: 2, offset })}`,
          headers: headers(who),
        });
        expect(res.statusCode, res.body).toBe(200);
        const items = res.json().items as {
          nameZh: string;
          personal: { idCardNumber: string | null; phone: string | null };
        }[];
        out.push(
          ...items.map((x) => [x.personal.idCardNumber ?? '', x.nameZh, x.personal.phone ?? '']),
        );
        if (items.length < 2) return out;
      }
    };

    /** The export's persons in its order (a person's postings are consecutive rows). */
    const exported = async (who: Caller, filters: Record<string, string>) => {
      const { res, rows } = await csv('people', who, filters);
      expect(res.statusCode, res.body).toBe(200);
      const out: string[][] = [];
      for (const r of rows.slice(1)) {
        const person = [
          r[col('idCardNumber')] ?? '',
          r[col('nameZh')] ?? '',
          r[col('phone')] ?? '',
        ];
        const last = out[out.length - 1];
        if (last && last.join('|') === person.join('|')) continue;
        out.push(person);
      }
      return { out, rows: rows.slice(1) };
    };

    const FILTERS: Record<string, string>[] = [
      {},
      { donor: '310000' },
      { q: '王' },
      { donor: '110000', q: '五' },
    ];

    it('holds the persons list’s persons, in its order, masked as the list shows them, for every caller', async () => {
      for (const filters of FILTERS) {
        for (const who of CALLERS) {
          const list = await listed(who, filters);
          const { out } = await exported(who, filters);
          expect(out, `${who} ${query(filters)}`).toEqual(list);
          if (who === 'coordinator' && Object.keys(filters).length > 0) {
            expect(out.length).toBeGreaterThan(0);
            expect(out.length).toBeLessThan(PEOPLE.length);
          }
        }
      }
      // The list's order is the names', not the ids' (so the test can fail), and the two 王五 by id.
      const { out } = await exported('coordinator', {});
      const ids = out.map((p) => p[0]);
      expect(ids.length).toBe(PEOPLE.length);
      expect(ids).not.toEqual(PEOPLE.map((_, i) => idCard(i)));
      expect(out.filter((p) => p[1] === '王五').map((p) => p[0])).toEqual([idCard(4), idCard(5)]);
    });

    it('masks personal data per role: unmasked for the office and the person’s own donor only', async () => {
      const unmaskedFor: Record<Caller, (donor: string) => boolean> = {
        coordinator: () => true,
        auditor: () => false,
        viewer: () => false,
        shanghai: (d) => d === '310000',
        beijing: (d) => d === '110000',
        hotan: () => false,
      };
      for (const who of CALLERS) {
        const { rows } = await exported(who, {});
        expect(rows.length, who).toBeGreaterThan(0);
        for (const r of rows) {
          const donor = /(\d{6})/.exec(r[col('donor')] ?? '')?.[1] ?? '';
          expect(donor).not.toBe('');
          const open = unmaskedFor[who](donor);
          const id = r[col('idCardNumber')] ?? '';
          if (open) {
            expect(id, `${who} ${r[col('nameZh')]}`).toMatch(/^\d{17}[\dX]$/);
            expect(r[col('birthYear')], who).not.toBe('');
          } else {
            expect(id, `${who} ${r[col('nameZh')]}`).toMatch(/\*/);
            expect(r[col('birthYear')], who).toBe('');
            expect(r[col('phone')], who).toMatch(/\*/);
          }
        }
      }
      // Hotan's editor sees the unpublished people posted in its area, not Bachu's.
      const hotan = (await exported('hotan', {})).out.map((p) => p[1]);
      expect(hotan).toContain('赵一');
      expect(hotan).not.toContain('钱二');
    });

    it('refuses an unknown donor as the list does, before any file', async () => {
      const list = await app.inject({
        method: 'GET',
        url: '/api/people/persons?donor=999999',
        headers: headers('coordinator'),
      });
      const { res } = await csv('people', 'coordinator', { donor: '999999' });
      expect(res.statusCode).toBe(list.statusCode);
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().type).toBe(list.json().type);
      expect(JSON.stringify(res.json())).toContain('donor');
    });
  });

  describe('indicator values', () => {
    const col = (field: string) =>
      SPECS['indicator-values'].columns.findIndex((c) => c.field === field);
    const stored = async (where: { area?: string; period?: string }) => {
      let q = ctx.database.db
        .selectFrom('indicatorValues')
        .select(['elementCode', 'areaCode', 'period'])
        .where('cell', '=', '');
      if (where.area) q = q.where('areaCode', '=', where.area);
      if (where.period) q = q.where('period', '=', where.period);
      return (await q.execute()).map((v) => `${v.elementCode}|${v.areaCode}|${v.period}`).sort();
    };
    /** A cell's code: the label's `[code]`, or the cell itself. */
    const code = (cell: string | undefined) => /\[([^\]]+)\]$/.exec(cell ?? '')?.[1] ?? cell;
    const fromFile = (rows: string[][]) =>
      rows
        .map((r) => `${code(r[col('element')])}|${code(r[col('area')])}|${r[col('period')]}`)
        .sort();

    it('holds exactly the values the entry screen’s choices select, newest period first', async () => {
      const all = await csv('indicator-values', 'viewer', {});
      expect(all.res.statusCode, all.res.body).toBe(200);
      expect(fromFile(all.rows.slice(1))).toEqual(await stored({}));
      const periods = all.rows.slice(1).map((r) => String(r[col('period')]));
      expect(periods).toEqual([...periods].sort().reverse());
      for (const filters of [
        { area: PANSHI },
        { area: WUCHUAN, period: '2024' },
        { set: ANNUAL, area: PANSHI },
      ] as Record<string, string>[]) {
        const { res, rows } = await csv('indicator-values', 'viewer', filters);
        expect(res.statusCode, res.body).toBe(200);
        const want = await stored(filters);
        expect(want.length, query(filters)).toBeGreaterThan(0);
        expect(want.length, query(filters)).toBeLessThan(all.rows.length - 1);
        expect(fromFile(rows.slice(1)), query(filters)).toEqual(want);
      }
    });

    it('refuses a set, area or period that does not exist, naming it, before any file', async () => {
      for (const [filters, field] of [
        [{ set: 'no-such-set' }, 'set'],
        [{ area: '659999' }, 'area'],
        [{ period: '2025-X9' }, 'period'],
      ] as const) {
        const { res } = await csv('indicator-values', 'viewer', filters);
        expect(res.statusCode, res.body).toBe(422);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
        expect(JSON.stringify(res.json())).toContain(field);
      }
    });
  });
});
