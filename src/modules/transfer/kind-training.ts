/**
 * Training sessions as a kind (decision 0056): created through `createSession` (the organiser's
 * grant, the training programme and project resolved, the participant and date rules), identified
 * by organiser, area, start date and topic (a session has no code): one that exists is skipped.
 * Exported from the sessions the caller may see (the list's own conditions). Named participants
 * are not in the workbook.
 */
import { type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import { problem } from '../../domain/problems.js';
import { can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference } from '../reference/reference.js';
import { sessionsQuery } from '../training/repository.js';
import { type CreateSessionInput, sessionListQuery } from '../training/schema.js';
import { createSession, sessionConditions } from '../training/sessions.js';
import {
  type ExportFilters,
  type ExportRecord,
  type KindHandler,
  orderedRecords,
  pastRow,
} from './kind-handler.js';
import type { Row } from './rows.js';

interface SessionRow {
  organiser: string;
  area: string;
  startDate: string;
  topic: string;
}

const identity = (row: Row) => {
  const b = row.body as unknown as SessionRow;
  return `${b.organiser}|${b.area}|${b.startDate}|${b.topic}`;
};

/** The training list's filters (`GET /api/training/sessions`) without its paging. */
const sessionFilters = sessionListQuery.omit({ limit: true, offset: true });

export const trainingHandler: KindHandler = {
  complete(row, options) {
    if (row.body.programme === undefined && options.programme) {
      row.body.programme = options.programme;
    }
  },
  identity,
  async checker(ctx) {
    const { orgs } = await loadReference(ctx.db);
    return async (row) => {
      const b = row.body as unknown as SessionRow;
      if (!can(ctx.actor, 'training.write', { donorPaths: [orgs.pathOf(b.organiser)] })) {
        return {
          severity: 'error',
          ref: problem('import.outOfScope', { code: b.organiser }),
          field: 'organiser',
        };
      }
      const same = await ctx.db
        .selectFrom('trainingSessions')
        .select('id')
        .where('organiserCode', '=', b.organiser)
        .where('areaCode', '=', b.area)
        .where('startDate', '=', b.startDate)
        .where('topic', '=', b.topic)
        .executeTakeFirst();
      return same
        ? { severity: 'warning', ref: problem('import.exists', { code: row.key }) }
        : null;
    };
  },
  async apply(ctx, row) {
    await createSession(ctx, row.body as unknown as CreateSessionInput);
  },
  filters: sessionFilters,
  records: trainingRecords,
};

/** The sessions the caller may see that the list's filters select (the list's conditions). */
async function* trainingRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  const ref = await loadReference(ctx.db);
  const conditions = await sessionConditions(ctx, ref, filters as z.infer<typeof sessionFilters>);
  // The list's order: latest start first, then id (decision 0082).
  const page = (last: { startDate: string; id: number } | undefined, size: number) => {
    let q = sessionsQuery(ctx.db)
      .orderBy('s.startDate', 'desc')
      .orderBy('s.id', 'desc')
      .limit(size);
    if (last) q = q.where(pastRow('s.start_date', 's.id', 'desc', last.startDate, last.id));
    for (const condition of conditions) q = q.where(sql<SqlBool>`${condition}`);
    return q.execute();
  };
  yield* orderedRecords(page, async function* (rows) {
    for (const s of rows) {
      yield {
        programme: s.programmeCode,
        organiser: s.organiserCode,
        topic: s.topic,
        area: s.areaCode,
        place: s.place,
        startDate: s.startDate,
        endDate: s.endDate,
        participants: Number(s.participants),
        personTimes: Number(s.personTimes),
        jobsFound: Number(s.jobsFound),
        certificates: Number(s.certificates),
        trainingProgramme: s.tpCode,
        project: s.projectCode,
        note: s.note,
        published: s.publishedAt !== null,
      };
    }
  });
}
