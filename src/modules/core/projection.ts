/**
 * Projections: rows derived from the records (the two rules' parts, the search text, the
 * data-quality findings, later the measure facts), stored so that reads are cheap, and kept by
 * one rule: a write records what it touched in its unit of work, and at commit, in the same
 * transaction, every projection of that kind of entity recomputes the touched entities' rows
 * from their facts and writes only the difference. After any write the stored rows equal a
 * rebuild from scratch (`checkProjections`), which the tests assert generically.
 */
import { type Kysely, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { Memo } from './memo.js';

/** A stored row of a projection: camelCase column → value. */
export type Row = Record<string, unknown>;

/** An entity's facts as its kind loads them, with each projection's stored rows by name. */
export interface EntityFacts {
  id: number;
  stored: Record<string, Row[]>;
}

/** What a projection stores of an entity, selected into the entity's facts query. */
export interface StoredSpec {
  name: string;
  /** The table's SQL name. */
  sqlTable: string;
  /** camelCase columns; their SQL names are the snake_case forms. */
  columns: readonly string[];
  entityColumn: string;
}

/** Which entities a broad change touches: all of them, or those matching a simple filter. */
export type Selector = 'all' | Readonly<Record<string, string>>;

/** A kind of entity projections are kept for (projects today; people and companies next). */
export interface EntityKind<F extends EntityFacts = EntityFacts> {
  readonly name: string;
  /** The facts of these entities (any order), with the stored rows of `stored`. */
  load(db: Executor, ids: readonly number[], stored: readonly StoredSpec[]): Promise<F[]>;
  /** Locks the entities' rows for the rest of the transaction (PostgreSQL; no-op on SQLite). */
  lock(db: Executor, ids: readonly number[]): Promise<void>;
  /** The ids a selector names, ascending. */
  ids(db: Executor, selector: Selector): Promise<number[]>;
}

export interface Projection<F extends EntityFacts = EntityFacts, C = unknown> {
  /** Stable name, e.g. `compliance-parts`; also the key of its state row. */
  readonly name: string;
  /** Bump when the computation changes: the stored rows are then rebuilt after migrating. */
  readonly version: number;
  readonly entity: EntityKind<F>;
  /** The table, as Kysely names it (camelCase) and as SQL does. */
  readonly table: string;
  readonly sqlTable: string;
  /** The column holding the entity's id (camelCase). */
  readonly entityColumn: string;
  /** The primary key's columns (camelCase), the entity column among them. */
  readonly key: readonly string[];
  /** Every stored column (camelCase). */
  readonly columns: readonly string[];
  /** What computing needs beyond one entity's facts (reference data, caches), once per batch. */
  prepare(db: Executor, memo: Memo): Promise<C>;
  /** The rows of one entity: a pure function of its facts and the prepared context. */
  compute(context: C, facts: F): Row[];
  /**
   * Tables the database derives from this projection's rows (sums kept by triggers in the same
   * statement): checked with the projection, and recomputed from its rows after a rebuild.
   */
  readonly derived?: {
    /** Where the derived rows differ from what the projection's stored rows give. */
    check(db: Executor): Promise<Difference[]>;
    /** Recomputes them from the projection's stored rows. */
    recompute(db: Executor): Promise<void>;
  };
}

export function storedSpec(p: Projection): StoredSpec {
  return { name: p.name, sqlTable: p.sqlTable, columns: p.columns, entityColumn: p.entityColumn };
}

/** Rows are compared column by column, numbers and numeric strings alike (PostgreSQL int8). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  return String(a) === String(b);
}

function keyOf(p: Projection, row: Row): string {
  return p.key.map((k) => String(row[k])).join('\u0001');
}

// biome-ignore lint/suspicious/noExplicitAny: a projection names its table at run time
type AnyDb = Kysely<any>;

const BATCH = 400;

/** Inserts rows, or updates the non-key columns of rows whose key is stored. */
export async function upsertRows(db: Executor, p: Projection, rows: readonly Row[]): Promise<void> {
  const any = db as unknown as AnyDb;
  const nonKey = p.columns.filter((c) => !p.key.includes(c));
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows
      .slice(i, i + BATCH)
      .map((r) => Object.fromEntries(p.columns.map((c) => [c, r[c]])));
    await any
      .insertInto(p.table)
      .values(values)
      .onConflict((oc) =>
        nonKey.length === 0
          ? oc.columns(p.key as string[]).doNothing()
          : oc
              .columns(p.key as string[])
              .doUpdateSet((eb) =>
                Object.fromEntries(nonKey.map((c) => [c, eb.ref(`excluded.${c}`)])),
              ),
      )
      .execute();
  }
}

async function deleteRows(db: Executor, p: Projection, rows: readonly Row[]): Promise<void> {
  const any = db as unknown as AnyDb;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await any
      .deleteFrom(p.table)
      .where((eb) => eb.or(batch.map((r) => eb.and(p.key.map((k) => eb(k, '=', r[k]))))))
      .execute();
  }
}

/** What applying a projection to some entities changed. */
export interface Applied {
  upserted: number;
  deleted: number;
}

/**
 * Brings the projection's stored rows of these entities to what their facts give: upserts the
 * rows that are new or differ, deletes the rows no longer computed. Facts must carry the stored
 * rows (loaded with {@link storedSpec}).
 */
export async function applyProjection<F extends EntityFacts, C>(
  db: Executor,
  p: Projection<F, C>,
  context: C,
  facts: readonly F[],
): Promise<Applied> {
  const upserts: Row[] = [];
  const deletes: Row[] = [];
  for (const f of facts) {
    const stored = new Map((f.stored[p.name] ?? []).map((r) => [keyOf(p, r), r]));
    const desired = p.compute(context, f);
    const keys = new Set<string>();
    for (const row of desired) {
      const key = keyOf(p, row);
      keys.add(key);
      const old = stored.get(key);
      if (!old || !p.columns.every((c) => sameValue(old[c], row[c]))) upserts.push(row);
    }
    for (const [key, row] of stored) if (!keys.has(key)) deletes.push(row);
  }
  await deleteRows(db, p, deletes);
  await upsertRows(db, p, upserts);
  return { upserted: upserts.length, deleted: deletes.length };
}

/** Entity ids per batch of a rebuild or a check. */
const CHUNK = 2000;

/** Groups projections by the kind of entity they are kept for. */
function byEntity(projections: readonly Projection[]): Map<EntityKind, Projection[]> {
  const groups = new Map<EntityKind, Projection[]>();
  for (const p of projections) groups.set(p.entity, [...(groups.get(p.entity) ?? []), p]);
  return groups;
}

/** Records that the projection's rows are as its current version computes them. */
async function markBuilt(db: Executor, p: Projection): Promise<void> {
  await (db as unknown as AnyDb)
    .insertInto('projectionState')
    .values({ name: p.name, version: p.version, needsRebuild: 0 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ version: p.version, needsRebuild: 0 }))
    .execute();
}

/**
 * Rebuilds projections from scratch: every stored row goes, every entity's rows are computed
 * anew (facts loaded once per batch for all projections of a kind). Run inside a transaction.
 */
export async function rebuildProjections(
  db: Executor,
  projections: readonly Projection[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  for (const [entity, group] of byEntity(projections)) {
    for (const p of group) await (db as unknown as AnyDb).deleteFrom(p.table).execute();
    const contexts = await Promise.all(group.map((p) => p.prepare(db, new Memo())));
    const ids = await entity.ids(db, 'all');
    for (let i = 0; i < ids.length; i += CHUNK) {
      const facts = await entity.load(db, ids.slice(i, i + CHUNK), []);
      for (const [n, p] of group.entries()) {
        await upsertRows(
          db,
          p,
          facts.flatMap((f) => p.compute(contexts[n], f)),
        );
      }
      onProgress?.(Math.min(ids.length, i + CHUNK), ids.length);
    }
    for (const p of group) {
      await p.derived?.recompute(db);
      await markBuilt(db, p);
    }
  }
  // Planner statistics for the new rows, or the first reads plan blind.
  for (const p of projections) await sql`analyze ${sql.table(p.sqlTable)}`.execute(db);
}

/** The projections owing a rebuild: marked by a migration, never built, or built by another version. */
export async function projectionsOwed(
  db: Executor,
  projections: readonly Projection[],
): Promise<Projection[]> {
  const states = await (db as unknown as AnyDb)
    .selectFrom('projectionState')
    .select(['name', 'version', 'needsRebuild'])
    .execute();
  const byName = new Map(states.map((s) => [s.name as string, s]));
  return projections.filter((p) => {
    const s = byName.get(p.name);
    return !s || Number(s.needsRebuild) === 1 || Number(s.version) !== p.version;
  });
}

/** A stored row that differs from a rebuild's. */
export interface Difference {
  projection: string;
  entityId: number;
  key: string;
  stored: Row | null;
  expected: Row | null;
}

/**
 * Compares every projection's stored rows with what a rebuild from scratch would store (fresh
 * contexts, no caches), entity by entity. Empty when they agree.
 */
export async function checkProjections(
  db: Executor,
  projections: readonly Projection[],
  options: { limit?: number } = {},
): Promise<Difference[]> {
  const limit = options.limit ?? 50;
  const out: Difference[] = [];
  for (const [entity, group] of byEntity(projections)) {
    const contexts = await Promise.all(group.map((p) => p.prepare(db, new Memo())));
    const ids = await entity.ids(db, 'all');
    // Rows of entities that no longer exist cannot be: their foreign keys cascade.
    for (let i = 0; i < ids.length && out.length < limit; i += CHUNK) {
      const facts = await entity.load(db, ids.slice(i, i + CHUNK), group.map(storedSpec));
      for (const [n, p] of group.entries()) {
        for (const f of facts) {
          const stored = new Map((f.stored[p.name] ?? []).map((r) => [keyOf(p, r), r]));
          const expected = new Map(p.compute(contexts[n], f).map((r) => [keyOf(p, r), r]));
          for (const [key, row] of expected) {
            const s = stored.get(key);
            if (!s || !p.columns.every((c) => sameValue(s[c], row[c]))) {
              out.push({
                projection: p.name,
                entityId: f.id,
                key,
                stored: s ?? null,
                expected: row,
              });
            }
          }
          for (const [key, row] of stored) {
            if (!expected.has(key)) {
              out.push({ projection: p.name, entityId: f.id, key, stored: row, expected: null });
            }
          }
        }
      }
    }
  }
  for (const p of projections) {
    if (out.length >= limit) break;
    if (p.derived) out.push(...(await p.derived.check(db)));
  }
  return out.slice(0, limit);
}
