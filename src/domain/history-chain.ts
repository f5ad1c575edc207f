import { createHash } from 'node:crypto';

/** The hash of the entry before the first one. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of a history entry that its hash covers. */
export interface ChainedEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  requestId: string | null;
  prevHash: string;
}

/**
 * JSON with object keys sorted at every level, so the same value always gives the same text
 * whatever the order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    }
    return v;
  });
}

/** SHA-256 over the entry's fields and the previous entry's hash. */
export function hashEntry(entry: ChainedEntry): string {
  const text = canonicalJson([
    entry.id,
    entry.at,
    entry.actor,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.before,
    entry.after,
    entry.requestId,
    entry.prevHash,
  ]);
  return createHash('sha256').update(text).digest('hex');
}

export type ChainProblem =
  | { kind: 'edited'; id: number; detail: string }
  | { kind: 'broken-link'; id: number; detail: string }
  | { kind: 'missing'; id: number; detail: string }
  | { kind: 'head-mismatch'; id: number; detail: string };

/**
 * Checks a run of entries (in id order) against the chain: each hash must match its content,
 * each entry must point at the hash of the one before, ids must have no gaps, and the last entry
 * must be the recorded head. Returns every problem found, first one first.
 */
export function verifyChain(
  entries: Iterable<ChainedEntry & { hash: string }>,
  head: { lastId: number; lastHash: string },
  start: { id: number; hash: string } = { id: 0, hash: GENESIS_HASH },
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev = start;
  for (const e of entries) {
    if (e.id !== prev.id + 1) {
      problems.push({
        kind: 'missing',
        id: prev.id + 1,
        detail: `entries ${prev.id + 1}…${e.id - 1} are missing (deleted?)`,
      });
    } else if (e.prevHash !== prev.hash) {
      problems.push({
        kind: 'broken-link',
        id: e.id,
        detail: `entry ${e.id} does not point at the hash of entry ${prev.id}`,
      });
    }
    const expected = hashEntry(e);
    if (expected !== e.hash) {
      problems.push({
        kind: 'edited',
        id: e.id,
        detail: `entry ${e.id} (${e.entityType} ${e.entityId}, ${e.action} at ${e.at}) does not match its hash: it was edited`,
      });
    }
    prev = { id: e.id, hash: e.hash };
  }
  if (prev.id !== head.lastId || prev.hash !== head.lastHash) {
    problems.push({
      kind: 'head-mismatch',
      id: head.lastId,
      detail:
        prev.id < head.lastId
          ? `the chain ends at entry ${prev.id} but the head records entry ${head.lastId}: later entries were deleted`
          : `the last entry ${prev.id} is not the recorded head (entry ${head.lastId})`,
    });
  }
  return problems;
}
