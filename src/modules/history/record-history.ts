/**
 * The change history of one issue-9 record (and of the records it holds: a company's cases, a
 * person's postings), newest first, as a screen shows it: who by display name, the action as a
 * code the screen translates, and each changed field typed and named (record-changes.ts).
 * Personal data in a person's snapshots is masked as anywhere else (decision 0025). The raw
 * snapshots stay in the answer for API users (auditors' tools), masked the same way.
 */
import { z } from 'zod';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../domain/access.js';
import { actorNames } from '../core/actor-names.js';
import { loadReference } from '../reference/reference.js';
import { namer } from './project-changes.js';
import { changedRecordFields, describeRecordChange, recordChange } from './record-changes.js';
import { maskPersons } from './service.js';

export const recordHistoryList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      actor: z.string(),
      actorName: z
        .string()
        .nullable()
        .meta({ description: "The person's display name; null for the system" }),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string(),
      changes: z.array(recordChange),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});
export type RecordHistoryList = z.infer<typeof recordHistoryList>;

/** The records whose entries are listed: one entity type and its ids. */
export interface HistorySubject {
  entityType: string;
  ids: readonly (string | number)[];
}

type Snapshot = Record<string, unknown> | null;
const parse = (json: string | null): Snapshot =>
  json === null ? null : (JSON.parse(json) as Record<string, unknown>);

/**
 * The entries of the subjects, newest first (at most `limit`). The caller has decided that the
 * actor may read this history.
 */
export async function recordHistory(
  ctx: { actor: Actor; db: Executor },
  subjects: readonly HistorySubject[],
  limit = 500,
): Promise<RecordHistoryList> {
  const wanted = subjects.filter((s) => s.ids.length > 0);
  if (wanted.length === 0) return { items: [] };
  const rows = await ctx.db
    .selectFrom('history')
    .select(['id', 'at', 'actor', 'action', 'entityType', 'entityId', 'before', 'after'])
    .where((eb) =>
      eb.or(
        wanted.map((s) =>
          eb.and([
            eb('entityType', '=', s.entityType),
            s.ids.length === 1
              ? eb('entityId', '=', String(s.ids[0]))
              : eb('entityId', 'in', s.ids.map(String)),
          ]),
        ),
      ),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const entries = await maskPersons(
    ctx,
    rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) })),
  );
  const [nameOf, ref, kinds] = await Promise.all([
    actorNames(
      ctx.db,
      entries.map((e) => e.actor),
    ),
    loadReference(ctx.db),
    entries.some((e) => e.entityType === 'posting')
      ? ctx.db.selectFrom('personnelKinds').select(['code', 'name', 'nameEn']).execute()
      : [],
  ]);
  const kindNames = new Map(kinds.map((k) => [k.code, { zh: k.name, en: k.nameEn || null }]));
  const names = {
    ...namer(ref),
    personnelKind: (code: string) => kindNames.get(code) ?? { zh: code, en: null },
  };
  return {
    items: entries.map((e) => {
      const before = e.before as Snapshot;
      const after = e.after as Snapshot;
      return {
        id: e.id,
        at: new Date(e.at).toISOString(),
        actor: e.actor,
        actorName: nameOf(e.actor),
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        changes: changedRecordFields(before, after).map((f) =>
          describeRecordChange(names, e.entityType, f, before, after),
        ),
        before,
        after,
      };
    }),
  };
}
