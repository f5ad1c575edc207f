/**
 * A project as one query loads it: its row and every child (donors, locations, stage dates,
 * results, documents), its ledger summed per type, basis and year, the plan items naming it, and
 * the stored rows of its projections. The unit of work's entity for projects: what use cases
 * present and check, and what every projection computes from.
 */
import { type RawBuilder, type Selectable, sql } from 'kysely';
import { type Executor, engineOf } from '../../db/database.js';
import type { ProjectsTable } from '../../db/schema.js';
import type { TransactionType } from '../../domain/ledger.js';
import type { Stage } from '../../domain/stages.js';
import { jsonRows, parseJsonRows } from '../core/json-rows.js';
import type { EntityFacts, EntityKind, Row, Selector, StoredSpec } from '../core/projection.js';

export type ProjectRow = Selectable<ProjectsTable>;

export interface ProjectAggregate extends EntityFacts {
  row: ProjectRow;
  /** Largest share first, then by code. */
  donors: { orgCode: string; shareBp: number }[];
  /** By area code. */
  locations: { areaCode: string; shareBp: number }[];
  stageDates: { stage: Stage; plannedDate: string | null; actualDate: string | null }[];
  results: {
    id: number;
    metric: 'jobs' | 'trained' | 'beneficiaries' | 'output-value-fen';
    planned: number;
    value: number;
    female: number | null;
    male: number | null;
    ethnicMinority: number | null;
    asOf: string | null;
    note: string | null;
  }[];
  documents: {
    id: number;
    filename: string;
    mediaType: string;
    size: number;
    sha256: string;
    uploadedBy: string;
    uploadedAt: string;
  }[];
  /** Sums per transaction type, basis (planned 1 / actual 0) and year, with the last date. */
  ledger: {
    type: TransactionType;
    planned: number;
    year: number;
    totalFen: number;
    /** The last date of an entry neither reversed nor a reversal (null: none). */
    lastDate: string | null;
  }[];
  /** The plan items naming the project, with their plan's donor, programme and year. */
  planItems: {
    planId: number;
    plannedFen: number;
    donorCode: string;
    year: number;
    programmeCode: string;
  }[];
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function children(engine: 'sqlite' | 'postgres') {
  const rows = (fields: Record<string, string>, from: RawBuilder<unknown>) =>
    jsonRows(engine, fields, from);
  return {
    donors: rows(
      { orgCode: 'r.org_code', shareBp: 'r.share_bp' },
      sql`select org_code, share_bp from project_donors where project_id = p.id`,
    ),
    locations: rows(
      { areaCode: 'r.area_code', shareBp: 'r.share_bp' },
      sql`select area_code, share_bp from project_locations where project_id = p.id`,
    ),
    stageDates: rows(
      { stage: 'r.stage', plannedDate: 'r.planned_date', actualDate: 'r.actual_date' },
      sql`select stage, planned_date, actual_date from project_stage_dates where project_id = p.id`,
    ),
    results: rows(
      Object.fromEntries(
        [
          'id',
          'metric',
          'planned',
          'value',
          'female',
          'male',
          'ethnicMinority',
          'asOf',
          'note',
        ].map((c) => [c, `r.${snake(c)}`]),
      ),
      sql`select * from project_results where project_id = p.id`,
    ),
    documents: rows(
      Object.fromEntries(
        ['id', 'filename', 'mediaType', 'size', 'sha256', 'uploadedBy', 'uploadedAt'].map((c) => [
          c,
          `r.${snake(c)}`,
        ]),
      ),
      sql`select id, filename, media_type, size, sha256, uploaded_by, uploaded_at from project_documents where project_id = p.id`,
    ),
    ledger: rows(
      {
        type: 'r.type',
        planned: 'r.planned',
        year: 'r.year',
        totalFen: 'r.total_fen',
        lastDate: 'r.last_date',
      },
      // A reversal and the entry it reverses count in the sums (they cancel out), never as the
      // last activity.
      sql`select type, planned, year, sum(value_fen) as total_fen,
          max(case when ft.reverses_id is null and not exists
            (select 1 from fund_transactions rv where rv.reverses_id = ft.id) then date end)
            as last_date
        from fund_transactions ft where project_id = p.id group by type, planned, year`,
    ),
    planItems: rows(
      {
        planId: 'r.plan_id',
        plannedFen: 'r.planned_fen',
        donorCode: 'r.donor_code',
        year: 'r.year',
        programmeCode: 'r.programme_code',
      },
      sql`select pi.plan_id, pi.planned_fen, pn.donor_code, pn.year, pn.programme_code
        from plan_items pi join plans pn on pn.id = pi.plan_id where pi.project_id = p.id`,
    ),
  };
}

function storedRows(engine: 'sqlite' | 'postgres', spec: StoredSpec) {
  const cols = spec.columns.map(snake);
  return jsonRows(
    engine,
    Object.fromEntries(spec.columns.map((c) => [c, `r.${snake(c)}`])),
    sql`select ${sql.raw(cols.join(', '))} from ${sql.table(spec.sqlTable)} where ${sql.raw(snake(spec.entityColumn))} = p.id`,
  );
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const CHILDREN = [
  'donors',
  'locations',
  'stageDates',
  'results',
  'documents',
  'ledger',
  'planItems',
] as const;

/**
 * Projects with their children and stored projection rows: one query, by ids or by code.
 * `lock` takes a row lock on the projects (PostgreSQL) so that the caller writes them alone.
 */
export async function loadAggregates(
  db: Executor,
  where: { ids: readonly number[] } | { code: string },
  stored: readonly StoredSpec[] = [],
  lock = false,
): Promise<ProjectAggregate[]> {
  const engine = engineOf(db);
  if ('ids' in where && where.ids.length === 0) return [];
  const parts = children(engine);
  let query = db.selectFrom('projects as p').selectAll('p');
  for (const name of CHILDREN) query = query.select(parts[name].as(name) as never);
  for (const [n, spec] of stored.entries()) {
    query = query.select(storedRows(engine, spec).as(`stored${n}`) as never);
  }
  query =
    'ids' in where
      ? query.where('p.id', 'in', [...where.ids])
      : query.where('p.code', '=', where.code);
  if (lock && engine === 'postgres') query = query.orderBy('p.id').forNoKeyUpdate('p' as never);
  const rows = (await query.execute()) as unknown as Record<string, unknown>[];
  return rows.map((r) => {
    const row = { ...r } as Record<string, unknown>;
    const json: Record<string, unknown[]> = {};
    for (const name of CHILDREN) {
      json[name] = parseJsonRows(r[name]);
      delete row[name];
    }
    const storedByName: Record<string, Row[]> = {};
    for (const [n, spec] of stored.entries()) {
      storedByName[spec.name] = parseJsonRows<Row>(r[`stored${n}`]);
      delete row[`stored${n}`];
    }
    const a = json as unknown as Omit<ProjectAggregate, 'id' | 'row' | 'stored'>;
    a.donors.sort((x, y) => y.shareBp - x.shareBp || byString(x.orgCode, y.orgCode));
    a.locations.sort((x, y) => byString(x.areaCode, y.areaCode));
    a.results.sort((x, y) => x.id - y.id);
    a.documents.sort((x, y) => x.id - y.id);
    for (const d of a.documents) d.uploadedAt = new Date(d.uploadedAt).toISOString();
    for (const l of a.ledger) {
      l.totalFen = Number(l.totalFen);
      l.lastDate = l.lastDate === null ? null : String(l.lastDate);
    }
    const projectRow = row as unknown as ProjectRow;
    return { id: projectRow.id, row: projectRow, stored: storedByName, ...a };
  });
}

/** Projects as the unit of work's entity. */
export const PROJECTS: EntityKind<ProjectAggregate> = {
  name: 'project',
  load: (db, ids, stored) => loadAggregates(db, { ids }, stored),
  async lock(db, ids) {
    for (let i = 0; i < ids.length; i += 1000) {
      await db
        .selectFrom('projects')
        .select('id')
        .where('id', 'in', ids.slice(i, i + 1000))
        .orderBy('id')
        .forNoKeyUpdate()
        .execute();
    }
  },
  async ids(db, selector: Selector) {
    let query = db.selectFrom('projects as p').select('p.id');
    if (selector !== 'all') {
      const { programme, type } = selector;
      if (programme !== undefined) {
        // The programme's projects, and any project in one of its plans.
        query = query.where((eb) =>
          eb.or([
            eb('p.programmeCode', '=', programme),
            eb(
              'p.id',
              'in',
              eb
                .selectFrom('planItems as pi')
                .innerJoin('plans as pn', 'pn.id', 'pi.planId')
                .select('pi.projectId')
                .where('pn.programmeCode', '=', programme),
            ),
          ]),
        );
      }
      if (type !== undefined) query = query.where('p.typeCode', '=', type);
    }
    return (await query.orderBy('p.id').execute()).map((r) => Number(r.id));
  },
};
