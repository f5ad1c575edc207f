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
  | { kind: 'head-mismatch'; id: number; detail: string }
  | { kind: 'truncated'; id: number; detail: string }
  | { kind: 'rewritten'; id: number; detail: string };

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

/** The format tag of a checkpoint file. */
export const CHECKPOINT_FORMAT = 'shanhai-history-checkpoint/1';

/**
 * A checkpoint of the history: the head (last entry and its hash) at a moment, kept outside the
 * database by whoever audits it. Because each hash covers every entry before it, a later chain
 * whose entry `entry` still has `hash` has kept entries 1…`entry` exactly as they were.
 */
export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  entry: number;
  hash: string;
  /** When the checkpoint was taken (UTC, ISO 8601). */
  at: string;
  /** Ed25519 over `checkpointPayload`, by the operator's signing key; absent when unsigned. */
  signature?: { algorithm: 'ed25519'; keyId: string; value: string } | undefined;
}

/** The text a checkpoint's signature covers: everything but the signature, canonically. */
export function checkpointPayload(c: Pick<Checkpoint, 'format' | 'entry' | 'hash' | 'at'>): string {
  return canonicalJson({ format: c.format, entry: c.entry, hash: c.hash, at: c.at });
}

/**
 * Compares the history with a checkpoint: `found` is the entry at the checkpoint's position now
 * (undefined when there is none) and `lastId` the last entry now. A missing entry means the
 * history was cut back below the checkpoint; another hash means an entry at or before it was
 * changed and the chain after it recomputed.
 */
export function checkAgainstCheckpoint(
  checkpoint: Pick<Checkpoint, 'entry' | 'hash' | 'at'>,
  found: { id: number; hash: string } | undefined,
  lastId: number,
): ChainProblem[] {
  if (!found) {
    return [
      {
        kind: 'truncated',
        id: checkpoint.entry,
        detail: `the checkpoint of ${checkpoint.at} records entry ${checkpoint.entry}, but the history now ends at entry ${lastId}: entries were deleted`,
      },
    ];
  }
  if (found.hash !== checkpoint.hash) {
    return [
      {
        kind: 'rewritten',
        id: checkpoint.entry,
        detail: `entry ${checkpoint.entry} no longer has the hash the checkpoint of ${checkpoint.at} recorded: entries up to ${checkpoint.entry} were changed and the hashes recomputed`,
      },
    ];
  }
  return [];
}
