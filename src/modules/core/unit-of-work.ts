/**
 * The unit of work: the one write path. A use case runs inside one; it writes its rows, says what
 * it touched (`touch(projects, 42)`, `touchWhere(projects, { programme: 'xinjiang' })`) and what
 * the history should keep (`record(…)`). At commit, still inside the transaction, every
 * registered projection runs once over everything touched, and the history entries are
 * appended. Nothing is refreshed by hand, and a bulk write refreshes once per batch.
 *
 * Use cases start one with `write(ctx, uow => …)` (src/modules/write.ts, which knows the
 * projections); a use case called from another joins its caller's unit of work.
 */
import type { Transaction } from 'kysely';
import { engineOf } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import type { ServiceContext } from './context.js';
import { appendHistory, type HistoryInput } from './history-append.js';
import { Memo } from './memo.js';
import {
  applyProjection,
  type EntityFacts,
  type EntityKind,
  type Projection,
  type Selector,
  type StoredSpec,
  storedSpec,
} from './projection.js';

/** Touched entities loaded per batch at commit. */
const CHUNK = 2000;

interface Touched {
  ids: Set<number>;
  selectors: Selector[];
  locked: Set<number>;
  facts: Map<number, EntityFacts>;
}

/** The state a unit of work's views share. */
class State {
  readonly memo = new Memo();
  readonly touched = new Map<EntityKind, Touched>();
  readonly history: HistoryInput[] = [];
  constructor(
    readonly trx: Transaction<DB>,
    readonly projections: readonly Projection[],
  ) {}

  of(entity: EntityKind): Touched {
    let t = this.touched.get(entity);
    if (!t) {
      t = { ids: new Set(), selectors: [], locked: new Set(), facts: new Map() };
      this.touched.set(entity, t);
    }
    return t;
  }
}

export class UnitOfWork {
  private constructor(
    private readonly state: State,
    /** Who acts in this use case, and its request. */
    readonly ctx: ServiceContext,
  ) {}

  /** A new unit of work over a transaction. */
  static begin(
    trx: Transaction<DB>,
    ctx: ServiceContext,
    projections: readonly Projection[],
  ): UnitOfWork {
    return new UnitOfWork(new State(trx, projections), ctx);
  }

  /** The same unit of work seen by a use case called from another (its own actor and request). */
  joinedBy(ctx: ServiceContext): UnitOfWork {
    return new UnitOfWork(this.state, ctx);
  }

  /** The transaction every write of the unit runs in. */
  get trx(): Transaction<DB> {
    return this.state.trx;
  }

  /** The context for calling another use case inside this unit of work. */
  get context(): ServiceContext {
    return { ...this.ctx, db: this.state.trx };
  }

  /** Values loaded once for the unit (reference data): cleared by {@link changedReference}. */
  get memo(): Memo {
    return this.state.memo;
  }

  /** Says the entities changed: their projections are recomputed at commit. */
  touch(entity: EntityKind, ...ids: number[]): void {
    const t = this.state.of(entity);
    for (const id of ids) {
      t.ids.add(id);
      t.facts.delete(id);
    }
  }

  /**
   * Says the entities were created in this unit: touched, and already locked against other
   * writers by their insert.
   */
  created(entity: EntityKind, ...ids: number[]): void {
    this.touch(entity, ...ids);
    const t = this.state.of(entity);
    for (const id of ids) t.locked.add(id);
  }

  /** Says every entity a selector names may have changed (a pairing, a type's default…). */
  touchWhere(entity: EntityKind, selector: Selector): void {
    const t = this.state.of(entity);
    t.selectors.push(selector);
    t.facts.clear();
  }

  /** Says reference data changed in this unit: what was loaded of it is loaded again. */
  changedReference(): void {
    this.state.memo.clear();
  }

  /** Keeps a change for the history, appended at commit in the order recorded. */
  record(entry: Omit<HistoryInput, 'actor' | 'requestId'>): void {
    this.state.history.push({
      ...entry,
      actor: this.ctx.actor,
      requestId: this.ctx.requestId ?? null,
    });
  }

  /**
   * Locks the entities for the rest of the transaction (PostgreSQL), in id order so two writers
   * cannot deadlock: a second writer of the same entity waits, then computes from both writes.
   */
  async lock(entity: EntityKind, ids: readonly number[]): Promise<void> {
    const t = this.state.of(entity);
    const fresh = [...new Set(ids)].filter((id) => !t.locked.has(id)).sort((a, b) => a - b);
    if (fresh.length === 0) return;
    if (engineOf(this.trx) === 'postgres') await entity.lock(this.trx, fresh);
    for (const id of fresh) t.locked.add(id);
  }

  /** What the projections of an entity kind store, for a facts query of the caller's own. */
  storedSpecs(entity: EntityKind): StoredSpec[] {
    return this.state.projections.filter((p) => p.entity === entity).map(storedSpec);
  }

  /**
   * Keeps facts the caller loaded itself (with {@link storedSpecs}, and `locked` when the query
   * locked the rows), as if {@link facts} had loaded them.
   */
  adopt<F extends EntityFacts>(entity: EntityKind<F>, facts: readonly F[], locked: boolean): void {
    const t = this.state.of(entity);
    for (const f of facts) {
      t.facts.set(f.id, f);
      if (locked) t.locked.add(f.id);
    }
  }

  /**
   * The entities' facts as they stand now in the transaction, with the stored rows of their
   * projections; kept until the entity is touched again, so commit reuses what a use case
   * loaded after its last write.
   */
  async facts<F extends EntityFacts>(entity: EntityKind<F>, ids: readonly number[]): Promise<F[]> {
    return this.loadFacts(entity, ids, true);
  }

  private async loadFacts<F extends EntityFacts>(
    entity: EntityKind<F>,
    ids: readonly number[],
    keep: boolean,
  ): Promise<F[]> {
    const t = this.state.of(entity);
    const found = new Map<number, F>();
    const missing: number[] = [];
    for (const id of new Set(ids)) {
      const cached = t.facts.get(id) as F | undefined;
      if (cached) found.set(id, cached);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const f of await entity.load(this.trx, missing, this.storedSpecs(entity))) {
        found.set(f.id, f);
        if (keep) t.facts.set(f.id, f);
      }
    }
    return ids.map((id) => found.get(id)).filter((f): f is F => f !== undefined);
  }

  /** Runs the projections over everything touched, then appends the history. */
  async commit(): Promise<void> {
    for (const [entity, t] of this.state.touched) {
      const projections = this.state.projections.filter((p) => p.entity === entity);
      if (projections.length === 0) continue;
      const ids = new Set(t.ids);
      for (const selector of t.selectors) {
        for (const id of await entity.ids(this.trx, selector)) ids.add(id);
      }
      if (ids.size === 0) continue;
      await this.refresh(
        entity,
        projections,
        [...ids].sort((a, b) => a - b),
      );
    }
    await appendHistory(this.trx, this.state.history);
    this.state.history.length = 0;
  }

  private async refresh(entity: EntityKind, projections: Projection[], ids: number[]) {
    await this.lock(entity, ids);
    const contexts = await Promise.all(projections.map((p) => p.prepare(this.trx, this.memo)));
    for (let i = 0; i < ids.length; i += CHUNK) {
      // A broad change can touch every entity: what commit loads is not kept.
      const facts = await this.loadFacts(entity, ids.slice(i, i + CHUNK), false);
      for (const [n, p] of projections.entries()) {
        await applyProjection(this.trx, p, contexts[n], facts);
      }
    }
  }
}
