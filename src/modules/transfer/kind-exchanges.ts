/**
 * Exchange activities as a kind (decision 0064): created through `createExchange` (the
 * organisers' `training.write` grant, the codes, the date order), identified by title, start
 * date and organisers (an activity has no code): one that exists is skipped. Exported from the
 * activities the caller may see (the list's own condition).
 */
import type { z } from 'zod';
import { problem } from '../../domain/problems.js';
import { can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference } from '../reference/reference.js';
import { createExchange, exchangeConditions } from '../training/exchanges.js';
import { type CreateExchangeInput, exchangeListQuery } from '../training/schema.js';
import { scopeOf } from '../training/scope.js';
import { writeCodes } from './cells.js';
import {
  type ExportFilters,
  type ExportRecord,
  type KindHandler,
  orderedRecords,
  pastRow,
} from './kind-handler.js';
import type { Row } from './rows.js';

interface ExchangeRow {
  title: string;
  startDate: string;
  organisers: string[];
  areas: string[];
}

const sorted = (codes: readonly string[]) => [...new Set(codes)].sort();

const identity = (row: Row) => {
  const b = row.body as unknown as ExchangeRow;
  return `${b.title}|${b.startDate}|${sorted(b.organisers).join(',')}`;
};

/** The exchanges list's filters (`GET /api/exchanges`) without its paging. */
const exchangeFilters = exchangeListQuery.omit({ limit: true, offset: true });

export const exchangeHandler: KindHandler = {
  complete(row, options) {
    if (row.body.programme === undefined && options.programme) {
      row.body.programme = options.programme;
    }
  },
  identity,
  async checker(ctx) {
    const ref = await loadReference(ctx.db);
    return async (row) => {
      const b = row.body as unknown as ExchangeRow;
      const unknown =
        b.organisers.some((c) => !ref.orgs.has(c)) || b.areas.some((c) => !ref.areas.has(c));
      // An unknown code is the use case's refusal, on its column.
      if (
        !unknown &&
        !can(ctx.actor, 'training.write', scopeOf(ref, b.organisers, b.areas, null))
      ) {
        return {
          severity: 'error',
          ref: problem('import.outOfScope', { code: writeCodes(b.organisers) }),
          field: 'organisers',
        };
      }
      const candidates = await ctx.db
        .selectFrom('exchangeActivities')
        .select('id')
        .where('title', '=', b.title)
        .where('startDate', '=', b.startDate)
        .execute();
      if (candidates.length === 0) return null;
      const organisers = await ctx.db
        .selectFrom('exchangeOrganisers')
        .select(['activityId', 'orgCode'])
        .where(
          'activityId',
          'in',
          candidates.map((c) => c.id),
        )
        .execute();
      const want = sorted(b.organisers).join(',');
      const same = candidates.some(
        (c) =>
          sorted(organisers.filter((o) => o.activityId === c.id).map((o) => o.orgCode)).join(
            ',',
          ) === want,
      );
      return same
        ? { severity: 'warning', ref: problem('import.exists', { code: row.key }) }
        : null;
    };
  },
  async apply(ctx, row) {
    await createExchange(ctx, row.body as unknown as CreateExchangeInput);
  },
  filters: exchangeFilters,
  records: exchangeRecords,
};

/** The activities the caller may see that the list's filters select (the list's conditions). */
async function* exchangeRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  const ref = await loadReference(ctx.db);
  const where = exchangeConditions(ctx, ref, filters as z.infer<typeof exchangeFilters>);
  // The list's order: latest start first, then id (decision 0082).
  const page = (last: { startDate: string; id: number } | undefined, size: number) => {
    let q = ctx.db
      .selectFrom('exchangeActivities as x')
      .selectAll('x')
      .where(where)
      .orderBy('x.startDate', 'desc')
      .orderBy('x.id', 'desc')
      .limit(size);
    if (last) q = q.where(pastRow('x.start_date', 'x.id', 'desc', last.startDate, last.id));
    return q.execute();
  };
  yield* orderedRecords(page, async function* (rows) {
    const ids = rows.map((r) => r.id);
    const [orgs, areas] = await Promise.all([
      ctx.db
        .selectFrom('exchangeOrganisers')
        .select(['activityId', 'orgCode as code'])
        .where('activityId', 'in', ids)
        .orderBy('orgCode')
        .execute(),
      ctx.db
        .selectFrom('exchangeAreas')
        .select(['activityId', 'areaCode as code'])
        .where('activityId', 'in', ids)
        .orderBy('areaCode')
        .execute(),
    ]);
    const codesOf = (list: { activityId: number; code: string }[], id: number) =>
      writeCodes(list.filter((o) => o.activityId === id).map((o) => o.code));
    for (const x of rows) {
      yield {
        programme: x.programmeCode,
        kind: x.kind,
        title: x.title,
        organisers: codesOf(orgs, x.id),
        areas: codesOf(areas, x.id),
        startDate: x.startDate,
        endDate: x.endDate,
        place: x.place,
        participantsLocal: Number(x.participantsLocal),
        participantsDonor: Number(x.participantsDonor),
        note: x.note,
        published: x.publishedAt !== null,
      };
    }
  });
}
