/**
 * A programme's donors as an IATI 2.03 `iati-organisations` file (issue 11 point 5, decision
 * 0067), from its PUBLISHED projects only, like the activities file beside it (export.ts):
 *
 * - one `iati-organisation` per donor: each top-level organisation that holds a share of at
 *   least one published project of the programme (a sub-organisation's share counts for its
 *   top organisation). Its identifier is its Shanhai code, the same `ref` the activities file
 *   gives it as a participating organisation, so the two files join. The donor reports for
 *   itself: `reporting-org` is the donor (IATI's rule that the two match).
 * - `total-budget` per plan year: the budgets of the published projects of that year, each
 *   times the donor's share; `recipient-region-budget` the same split further by the projects'
 *   locations (GB/T 2260 codes in vocabulary 99, as in the activities file);
 * - `total-expenditure` per year: the actual, unreversed disbursements of those projects
 *   dated in the year, times the donor's share.
 *
 * Shares are basis points; each figure is summed exactly (BigInt, fen × bp × bp) and rounded
 * to the fen once, half up, at the end.
 */
import type { Writable } from 'node:stream';
import type { ServiceContext } from '../../core/context.js';
import { loadReference } from '../../reference/reference.js';
import { GBT2260_VOCABULARY } from './codes.js';
import { yuanOfFen } from './rates.js';
import { publishedProjectsAfter, standingEntries } from './records.js';
import { esc, narratives, put } from './xml.js';

const PAGE = 500;
const BP = 10_000n;

/** Sums in fen × bp × bp (a donor share and a location share), rounded once at the end. */
class Sums {
  private readonly byKey = new Map<string, bigint>();
  add(key: string, fenBpBp: bigint): void {
    this.byKey.set(key, (this.byKey.get(key) ?? 0n) + fenBpBp);
  }
  entries(): Array<[string, bigint]> {
    return [...this.byKey].sort(([a], [b]) => a.localeCompare(b));
  }
}

/** fen × bp × bp → fen, half up (every value here is ≥ 0). */
const fenOf = (v: bigint) => (v + (BP * BP) / 2n) / (BP * BP);

interface DonorFigures {
  budgets: Sums; // key: year
  regions: Sums; // key: year|area
  spent: Sums; // key: year
}

const yearPeriod = (year: string, indent: string) =>
  `${indent}<period-start iso-date="${year}-01-01"/>\n${indent}<period-end iso-date="${year}-12-31"/>\n`;

const value = (fen: bigint, date: string, indent: string) =>
  `${indent}<value currency="CNY" value-date="${date}">${yuanOfFen(fenOf(fen))}</value>\n`;

/** Writes the file to `out` (ended at the end); returns the number of organisations. */
export async function writeIatiOrganisations(
  ctx: ServiceContext,
  programme: string,
  out: Writable,
): Promise<number> {
  const ref = await loadReference(ctx.db);
  const donors = new Map<string, DonorFigures>();
  const figuresOf = (code: string) => {
    let f = donors.get(code);
    if (!f) {
      f = { budgets: new Sums(), regions: new Sums(), spent: new Sums() };
      donors.set(code, f);
    }
    return f;
  };
  let after = 0;
  for (;;) {
    const projects = await publishedProjectsAfter(ctx.db, programme, after)
      .select(['id', 'year', 'budgetFen'])
      .limit(PAGE)
      .execute();
    if (projects.length === 0) break;
    after = Number(projects[projects.length - 1]?.id);
    const ids = projects.map((p) => Number(p.id));
    const [shares, locations, spent] = await Promise.all([
      ctx.db
        .selectFrom('projectDonors')
        .select(['projectId', 'orgCode', 'shareBp'])
        .where('projectId', 'in', ids)
        .execute(),
      ctx.db
        .selectFrom('projectLocations')
        .select(['projectId', 'areaCode', 'shareBp'])
        .where('projectId', 'in', ids)
        .execute(),
      standingEntries(ctx.db, ids)
        .select(['t.projectId', 't.year', 't.valueFen'])
        .where('t.type', '=', 'disbursement')
        .execute(),
    ]);
    const sharesOf = new Map<number, Array<{ donor: string; bp: bigint }>>();
    for (const s of shares) {
      const id = Number(s.projectId);
      const list = sharesOf.get(id) ?? [];
      list.push({ donor: ref.orgs.rootOf(s.orgCode), bp: BigInt(s.shareBp) });
      sharesOf.set(id, list);
    }
    const placesOf = new Map<number, Array<{ area: string; bp: bigint }>>();
    for (const l of locations) {
      const id = Number(l.projectId);
      const list = placesOf.get(id) ?? [];
      list.push({ area: l.areaCode, bp: BigInt(l.shareBp) });
      placesOf.set(id, list);
    }
    for (const p of projects) {
      const id = Number(p.id);
      const budget = BigInt(String(p.budgetFen));
      const year = String(p.year);
      for (const { donor, bp } of sharesOf.get(id) ?? []) {
        const f = figuresOf(donor);
        f.budgets.add(year, budget * bp * BP);
        for (const place of placesOf.get(id) ?? []) {
          f.regions.add(`${year}|${place.area}`, budget * bp * place.bp);
        }
      }
    }
    for (const t of spent) {
      for (const { donor, bp } of sharesOf.get(Number(t.projectId)) ?? []) {
        figuresOf(donor).spent.add(String(t.year), BigInt(String(t.valueFen)) * bp * BP);
      }
    }
  }

  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  await put(
    out,
    `<?xml version="1.0" encoding="UTF-8"?>\n<iati-organisations version="2.03" generated-datetime="${now}">\n`,
  );
  const codes = [...donors.keys()].sort();
  for (const code of codes) {
    const f = donors.get(code) as DonorFigures;
    const org = ref.orgs.get(code);
    const name = narratives(
      [
        ['zh', org?.name ?? code],
        ['en', org?.nameEn],
      ],
      '      ',
    );
    let x = `  <iati-organisation xml:lang="zh" default-currency="CNY" last-updated-datetime="${now}">\n`;
    x += `    <organisation-identifier>${esc(code)}</organisation-identifier>\n`;
    x += `    <name>\n${name}    </name>\n`;
    x += `    <reporting-org ref="${esc(code)}" type="10">\n${name}    </reporting-org>\n`;
    for (const [year, fen] of f.budgets.entries()) {
      x += `    <total-budget status="2">\n${yearPeriod(year, '      ')}${value(fen, `${year}-01-01`, '      ')}    </total-budget>\n`;
    }
    for (const [key, fen] of f.regions.entries()) {
      const [year = '', area = ''] = key.split('|');
      const a = ref.areas.get(area);
      x += `    <recipient-region-budget status="2">\n      <recipient-region vocabulary="99" vocabulary-uri="${GBT2260_VOCABULARY}" code="${esc(area)}">\n${narratives(
        [
          ['zh', a?.name],
          ['en', a?.nameEn],
        ],
        '        ',
      )}      </recipient-region>\n${yearPeriod(year, '      ')}${value(fen, `${year}-01-01`, '      ')}    </recipient-region-budget>\n`;
    }
    for (const [year, fen] of f.spent.entries()) {
      x += `    <total-expenditure>\n${yearPeriod(year, '      ')}${value(fen, `${year}-12-31`, '      ')}    </total-expenditure>\n`;
    }
    x += '  </iati-organisation>\n';
    await put(out, x);
  }
  await put(out, '</iati-organisations>\n');
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
  return codes.length;
}
