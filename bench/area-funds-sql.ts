/**
 * `tsx bench/area-funds-sql.ts [URL] [AREA…]`: the area-funds statements (GET /api/areas/{code}/funds)
 * timed raw, for a coordinator (no visibility filter) and for a donor editor of 310000 (published
 * or its donor's), on a province, a prefecture and a county: the statements of before decision
 * 0029 (lists of the subtree's codes, `(lists)`) and, when migration 0014 is there, those the
 * service sends now (`(0014)`: project_places, area_fund_totals, area_parts).
 */

import { stats } from './support/http.js';
import { openRaw } from './support/raw.js';

const url = process.argv[2] ?? 'sqlite:/work/bench-data/sqlite/national-20x20000.db';
const areas = process.argv.length > 3 ? process.argv.slice(3) : ['650000', '653100', '653130'];
const raw = await openRaw(url);
const lit = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');

async function subtree(code: string): Promise<string[]> {
  const rows = await raw.all<{ code: string }>(
    `with recursive t(code) as (select ? union all select a.code from areas a join t on a.parent_code = t.code) select code from t`,
    [code],
  );
  return rows.map((r) => r.code);
}

async function time(name: string, sql: string, n = 5) {
  await raw.all(sql);
  const s: number[] = [];
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    rows = (await raw.all(sql)).length;
    s.push(performance.now() - t);
  }
  const st = stats(s);
  console.log(
    `  ${name.padEnd(44)} p50 ${st.p50.toFixed(1)} ms  max ${st.max.toFixed(1)} ms  (${rows} rows)`,
  );
}

const orgs = (
  await raw.all<{ code: string }>(
    `with recursive t(code) as (select '310000' union all select o.code from organisations o join t on o.parent_code = t.code) select code from t`,
  )
).map((r) => r.code);

const has0014 =
  Number(
    (
      await raw.all<{ n: number | string }>(
        `select count(*) as n from shanhai_migrations where name = '0014_area_parts'`,
      )
    )[0]?.n,
  ) === 1;

for (const area of areas) {
  const S = await subtree(area);
  console.log(`${area}: ${S.length} areas`);
  for (const who of ['coordinator', 'donor'] as const) {
    const vis =
      who === 'coordinator'
        ? ''
        : `and (p.published_at is not null or p.id in (select pc.project_id from project_donors pc where pc.org_code in (${lit(orgs)})))`;
    const located = `p.id in (select pc.project_id from project_locations pc where pc.area_code in (${lit(S)}))`;
    const elsewhere = `exists (select 1 from project_locations lo where lo.project_id = p.id and lo.area_code not in (${lit(S)}))`;
    console.log(` ${who}`);
    if (has0014) {
      const visPlaces =
        who === 'coordinator'
          ? ''
          : `and pp.published = 0 and pp.project_id in (select pc.project_id from project_donors pc where pc.org_code in (${lit(orgs)}))`;
      await time(
        'count (0014)',
        `select count(*) from project_places pp where pp.area_code = '${area}' and pp.programme_code = 'xinjiang' ${who === 'coordinator' ? '' : 'and pp.published = 1'}`,
      );
      if (who !== 'coordinator') {
        await time(
          'count unpublished visible (0014)',
          `select count(*) from project_places pp where pp.area_code = '${area}' and pp.programme_code = 'xinjiang' ${visPlaces}`,
        );
      }
      await time(
        'latest 10 (0014)',
        `select p.code from projects p where p.programme_code = 'xinjiang' and p.id in (select pp.project_id from project_places pp where pp.area_code = '${area}') ${vis} order by p.year desc, p.code limit 10`,
      );
      await time(
        'totals (0014)',
        `select t.year, t.donor_code, sum(t.amount_fen), sum(t.cross_pair_fen), sum(t.projects) from area_fund_totals t where t.programme_code = 'xinjiang' and t.area_code = '${area}' ${who === 'coordinator' ? '' : 'and t.published = 1'} group by t.year, t.donor_code`,
      );
      if (who !== 'coordinator') {
        await time(
          'unpublished parts visible (0014)',
          `select ap.year, ap.donor_code, sum(ap.amount_fen), sum(ap.cross_pair_fen), count(*) from area_parts ap where ap.programme_code = 'xinjiang' and ap.area_code = '${area}' and ap.published = 0 and ap.project_id in (select pc.project_id from project_donors pc where pc.org_code in (${lit(orgs)})) group by ap.year, ap.donor_code`,
        );
      }
    }
    await time(
      'count (lists)',
      `select count(*) from projects p where p.programme_code = 'xinjiang' and ${located} ${vis}`,
    );
    await time(
      'latest 10 (lists)',
      `select p.code from projects p where p.programme_code = 'xinjiang' and ${located} ${vis} order by p.year desc, p.code limit 10`,
    );
    await time(
      'whole (lists, correlated)',
      `select cp.year, cp.donor_code, sum(cp.amount_fen), sum(cp.cross_pair_fen), count(*) from compliance_parts cp join projects p on p.id = cp.project_id where cp.programme_code = 'xinjiang' and cp.basis = 'actual' and ${located} ${vis} and not ${elsewhere} group by cp.year, cp.donor_code`,
    );
    const inS = `select pc.project_id from project_locations pc where pc.area_code in (${lit(S)})`;
    const W = `select lo.project_id from project_locations lo where lo.project_id in (${inS}) group by lo.project_id having min(case when lo.area_code in (${lit(S)}) then 1 else 0 end) = 1`;
    const P = `select lo.project_id from project_locations lo where lo.project_id in (${inS}) group by lo.project_id having min(case when lo.area_code in (${lit(S)}) then 1 else 0 end) = 0`;
    await time(
      'whole (lists)',
      `select cp.year, cp.donor_code, sum(cp.amount_fen), sum(cp.cross_pair_fen), count(*) from compliance_parts cp join projects p on p.id = cp.project_id where cp.programme_code = 'xinjiang' and cp.basis = 'actual' and cp.project_id in (${W}) ${vis} group by cp.year, cp.donor_code`,
    );
    await time(
      'partial (lists)',
      `select p.id from projects p where p.programme_code = 'xinjiang' and p.id in (${P}) ${vis}`,
    );
    await time(
      'partial (lists, correlated)',
      `select p.id from projects p where p.programme_code = 'xinjiang' and ${located} ${vis} and ${elsewhere}`,
    );
  }
}
await raw.close();
