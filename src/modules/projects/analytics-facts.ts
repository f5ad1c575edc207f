/**
 * `analytics-facts` (decision 0051): per project and year, what the analytics measures of the
 * ledger and the projects sum — that year's actual commitments, arrivals, disbursements and
 * expenditure (reversals netted) and whether the project has any entry of each type that year;
 * its largest achieved jobs figure dated in that year (year 0: achieved figures without a date);
 * 1 on its plan year (the `projects` count) — with the keys the measures group and filter by:
 * programme, lead donor, project type, current stage and publication. Every project has at
 * least its plan year's row, so a total over all years has a group for every project.
 *
 * A projection kept with every write (migration 0033); triggers keep `analytics_totals`, its
 * sums per programme, lead donor, year, type, stage and publication, in the same statement, so
 * "disbursements by donor × year" reads a few thousand totals, not millions of entries
 * (projects/totals.ts reads them).
 */
import type { TransactionType } from '../../domain/ledger.js';
import { derivedTotals } from '../core/derived-totals.js';
import type { Projection, Row } from '../core/projection.js';
import { PROJECTS, type ProjectAggregate } from './aggregate.js';

/** The money columns of each ledger type, and the column saying the type has an entry. */
export const MONEY = {
  commitment: { fen: 'committedFen', n: 'committedN' },
  arrival: { fen: 'arrivedFen', n: 'arrivedN' },
  disbursement: { fen: 'disbursedFen', n: 'disbursedN' },
  expenditure: { fen: 'expendedFen', n: 'expendedN' },
} as const satisfies Record<TransactionType, { fen: string; n: string }>;

const SUMS = [
  'committedFen',
  'arrivedFen',
  'disbursedFen',
  'expendedFen',
  'committedN',
  'arrivedN',
  'disbursedN',
  'expendedN',
  'jobs',
  'jobsN',
  'projects',
] as const;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The project's rows, by year (0 first: undated jobs figures). */
export function analyticsFactsOf(p: ProjectAggregate): Row[] {
  const byYear = new Map<number, Record<(typeof SUMS)[number], number>>();
  const at = (year: number) => {
    let r = byYear.get(year);
    if (!r) {
      r = Object.fromEntries(SUMS.map((c) => [c, 0])) as Record<(typeof SUMS)[number], number>;
      byYear.set(year, r);
    }
    return r;
  };
  at(p.row.year).projects = 1;
  for (const l of p.ledger) {
    if (l.planned !== 0) continue;
    const m = MONEY[l.type];
    const r = at(l.year);
    r[m.fen] += l.totalFen;
    r[m.n] = 1;
  }
  for (const res of p.results) {
    if (res.metric !== 'jobs' || res.planned !== 0) continue;
    const r = at(res.asOf === null ? 0 : Number(String(res.asOf).slice(0, 4)));
    const value = Number(res.value);
    r.jobs = r.jobsN === 0 ? value : Math.max(r.jobs, value);
    r.jobsN = 1;
  }
  const keys = {
    projectId: p.id,
    programmeCode: p.row.programmeCode,
    donorCode: p.row.leadDonorCode,
    typeCode: p.row.typeCode,
    stage: p.row.stage,
    published: p.row.publishedAt === null ? 0 : 1,
  };
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => ({ ...keys, year, ...byYear.get(year) }));
}

export const analyticsFacts: Projection<ProjectAggregate, null> = {
  name: 'analytics-facts',
  version: 1,
  entity: PROJECTS,
  table: 'analyticsFacts',
  sqlTable: 'analytics_facts',
  entityColumn: 'projectId',
  key: ['projectId', 'year'],
  columns: [
    'projectId',
    'year',
    'programmeCode',
    'donorCode',
    'typeCode',
    'stage',
    'published',
    ...SUMS,
  ],
  prepare: async () => null,
  compute: (_, p) => analyticsFactsOf(p),
  derived: derivedTotals({
    name: 'analytics-totals',
    table: 'analytics_totals',
    from: 'analytics_facts',
    key: ['programme_code', 'donor_code', 'year', 'type_code', 'stage', 'published'],
    sums: {
      ...Object.fromEntries(SUMS.map((c) => [snake(c), `sum(${snake(c)})`])),
      row_count: 'count(*)',
    },
  }),
};
