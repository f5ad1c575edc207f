/**
 * A project's own change history: the project's entries and its ledger's, newest first, as a
 * screen shows them: people by display name, the action as a code the screen translates, the
 * fields a change touched as paths the screen names, and each field's value before and after,
 * typed and with names for codes (never the snapshots' JSON).
 */
import { canonicalJson } from '../../domain/history-chain.js';
import { authorize } from '../access/authorize.js';
import { actorNames } from '../core/actor-names.js';
import type { ServiceContext } from '../core/context.js';
import { readableProject } from '../projects/scope.js';
import { loadReference } from '../reference/reference.js';
import { describeChange, namer } from './project-changes.js';

export interface ProjectHistoryQuery {
  beforeId?: number | undefined;
  limit: number;
}

/** What a transaction's entry shows of it. */
interface TransactionSummary {
  id: number;
  type: string;
  planned: boolean;
  valueFen: number;
  date: string;
  reverses: number | null;
}

/** Fields no one changes by hand: the bookkeeping of every write. */
const BOOKKEEPING = new Set(['id', 'version', 'updatedAt', 'createdAt']);

type Snapshot = Record<string, unknown> | null;

/**
 * The paths of the fields that differ between two snapshots of a project; stage dates by stage
 * and kind (`stageDates.tendering.actual`), lists (donors, locations, results) as one field.
 */
export function changedFields(before: Snapshot, after: Snapshot): string[] {
  if (!before || !after) return [];
  const out: string[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    if (BOOKKEEPING.has(key)) continue;
    if (key === 'stageDates') {
      const b = (before[key] ?? {}) as Record<string, Record<string, unknown> | undefined>;
      const a = (after[key] ?? {}) as Record<string, Record<string, unknown> | undefined>;
      for (const stage of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
        for (const kind of ['planned', 'actual']) {
          if ((b[stage]?.[kind] ?? null) !== (a[stage]?.[kind] ?? null)) {
            out.push(`stageDates.${stage}.${kind}`);
          }
        }
      }
    } else if (canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null)) {
      out.push(key);
    }
  }
  return out;
}

function parse(json: string | null): Snapshot {
  return json === null ? null : (JSON.parse(json) as Record<string, unknown>);
}

function transactionOf(id: string, snapshot: Snapshot): TransactionSummary | null {
  if (!snapshot) return null;
  return {
    id: Number(id),
    type: String(snapshot.type),
    planned: snapshot.planned === 1 || snapshot.planned === true,
    valueFen: Number(snapshot.valueFen),
    date: String(snapshot.date),
    reverses: snapshot.reversesId == null ? null : Number(snapshot.reversesId),
  };
}

/**
 * The history of a project the actor may see (404 otherwise) and whose history it may read
 * (403 otherwise): its own entries and those of its ledger's entries.
 */
export async function projectHistory(ctx: ServiceContext, code: string, q: ProjectHistoryQuery) {
  const { project, scope } = await readableProject(ctx, code);
  authorize(ctx.actor, 'history.readProject', scope);
  const transactions = await ctx.db
    .selectFrom('fundTransactions')
    .select('id')
    .where('projectId', '=', project.id)
    .execute();
  const txIds = transactions.map((t) => String(t.id));
  let query = ctx.db
    .selectFrom('history')
    .select(['id', 'at', 'actor', 'action', 'entityType', 'entityId', 'before', 'after'])
    .where((eb) =>
      eb.or([
        eb.and([eb('entityType', '=', 'project'), eb('entityId', '=', code)]),
        ...(txIds.length > 0
          ? [eb.and([eb('entityType', '=', 'fund-transaction'), eb('entityId', 'in', txIds)])]
          : []),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (q.beforeId !== undefined) query = query.where('id', '<', q.beforeId);
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  const nameOf = await actorNames(
    ctx.db,
    page.map((r) => r.actor),
  );
  const names = namer(await loadReference(ctx.db));
  return {
    items: page.map((r) => {
      const before = parse(r.before);
      const after = parse(r.after);
      const isTransaction = r.entityType === 'fund-transaction';
      const fields = isTransaction ? [] : changedFields(before, after);
      return {
        id: r.id,
        at: new Date(r.at).toISOString(),
        actor: r.actor,
        actorName: nameOf(r.actor),
        action: r.action,
        entityType: isTransaction ? ('fund-transaction' as const) : ('project' as const),
        fields,
        changes: fields.map((field) => describeChange(names, field, before, after)),
        transaction: isTransaction ? transactionOf(r.entityId, after ?? before) : null,
      };
    }),
    more: rows.length > q.limit,
  };
}
