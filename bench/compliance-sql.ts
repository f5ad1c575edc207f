/**
 * `tsx bench/compliance-sql.ts [DATABASE_URL]`: the statements behind GET /api/compliance, run
 * raw on the benchmark database (better-sqlite3 / pg directly), beside the bare grouped sum and
 * a variant of the culprits query that ranks the parts before joining the projects. Evidence
 * for where the report's SQL time goes; the SQL mirrors src/modules/compliance/repository.ts.
 */
import { stats } from './support/http.js';
import { openRaw } from './support/raw.js';

const url = process.argv[2] ?? 'sqlite:/work/bench-data/sqlite/national-20x20000.db';
const RUNS = 30;
const P = ['xinjiang', 2024, 'actual'] as const;
const raw = await openRaw(url);

async function time(label: string, sql: string, params: unknown[]) {
  const rows = await raw.all(sql, params);
  const counted = rows.length === 1 && 'n' in (rows[0] ?? {}) ? ` = ${rows[0]?.n}` : '';
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await raw.all(sql, params);
    samples.push(performance.now() - t);
  }
  const s = stats(samples);
  console.log(
    `${label.padEnd(62)} p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  (${rows.length} rows${counted})`,
  );
  return rows;
}

const where = 'cp.programme_code = ? and cp.year = ? and cp.basis = ?';
await time(
  'bare grouped sum (4 sums)',
  `select donor_code, sum(amount_fen), sum(county_fen), sum(livelihood_fen), sum(cross_pair_fen)
     from compliance_parts cp where ${where} group by donor_code`,
  [...P],
);
const totals = await time(
  "donorTotals (the service's: + 2 culprit counts)",
  `select cp.donor_code, sum(cp.amount_fen) as total, sum(cp.county_fen) as county,
          sum(cp.livelihood_fen) as livelihood, sum(cp.cross_pair_fen) as cross_pair,
          sum(case when cp.amount_fen > cp.county_fen then 1 else 0 end) as cc,
          sum(case when cp.amount_fen > cp.livelihood_fen then 1 else 0 end) as lc
     from compliance_parts cp where ${where} group by cp.donor_code`,
  [...P],
);
// 2024 thresholds: 80% county and below, 80% livelihood.
const failing = (key: 'county' | 'livelihood') =>
  (totals as Array<Record<string, number | string>>)
    .filter((t) => Number(t[key]) * 10_000 < 8000 * Number(t.total))
    .map((t) => String(t.donor_code));
for (const [rule, expr] of [
  ['county', 'cp.amount_fen - cp.county_fen'],
  ['livelihood', 'cp.amount_fen - cp.livelihood_fen'],
] as const) {
  const donors = failing(rule);
  if (donors.length === 0) {
    console.log(`${rule}: no failing donor`);
    continue;
  }
  const marks = donors.map(() => '?').join(', ');
  const params = [...P, ...donors];
  await time(
    `${rule}: offending parts of the ${donors.length} failing donors (count)`,
    `select count(*) as n from compliance_parts cp where ${where} and cp.donor_code in (${marks}) and ${expr} > 0`,
    params,
  );
  await time(
    `${rule}: topOffenders as today (join, then rank)`,
    `select * from (select cp.donor_code, cp.project_id, p.code, p.name_zh, p.name_en, ${expr} as offending_fen,
        row_number() over (partition by cp.donor_code order by ${expr} desc, p.code) as rank
       from compliance_parts cp inner join projects p on p.id = cp.project_id
      where ${where} and cp.donor_code in (${marks}) and ${expr} > 0) r
      where r.rank <= 10 order by r.donor_code, r.rank`,
    params,
  );
  await time(
    `${rule}: variant (rank the parts alone, join the survivors)`,
    `select r.donor_code, r.project_id, p.code, p.name_zh, p.name_en, r.offending_fen from (
        select cp.donor_code, cp.project_id, ${expr} as offending_fen,
               rank() over (partition by cp.donor_code order by ${expr} desc) as rank
          from compliance_parts cp where ${where} and cp.donor_code in (${marks}) and ${expr} > 0) r
       inner join projects p on p.id = r.project_id
      where r.rank <= 10 order by r.donor_code, r.offending_fen desc, p.code`,
    params,
  );
}

if (raw.engine === 'sqlite') {
  // What an index on the offending part would give: on a TEMP copy of three years of parts (the
  // data set is left as it is), one LIMIT 10 read per failing donor instead of ranking them all.
  await raw.run(
    "create temp table cp_copy as select * from main.compliance_parts where programme_code = 'xinjiang' and year between 2023 and 2025",
  );
  await raw.run(
    'create index temp.cp_copy_livelihood on cp_copy (programme_code, year, basis, donor_code, (amount_fen - livelihood_fen) desc)',
  );
  const top = `select cp.donor_code, cp.project_id, p.code, p.name_zh, p.name_en,
       cp.amount_fen - cp.livelihood_fen as offending_fen
     from cp_copy cp inner join projects p on p.id = cp.project_id
    where ${where} and cp.donor_code = ? and cp.amount_fen - cp.livelihood_fen > 0
    order by cp.amount_fen - cp.livelihood_fen desc, p.code limit 10`;
  const donors = failing('livelihood');
  const samples: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now();
    for (const d of donors) await raw.all(top, [...P, d]);
    if (i > 0) samples.push(performance.now() - t);
  }
  const s = stats(samples);
  console.log(
    `${`livelihood: with an index on the offending part, ${donors.length} × LIMIT 10`.padEnd(62)} p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms`,
  );
}
await raw.close();
