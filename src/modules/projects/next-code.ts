/** The next free project code for a programme, donor and year (a suggestion for the form). */
import { type Expression, type SqlBool, sql } from 'kysely';
import { type Engine, engineOf } from '../../db/database.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { codePrefix, donorLetters, nextProjectCode } from '../../domain/project-codes.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference } from '../reference/reference.js';
import type { NextCodeQuery } from './schema.js';

/**
 * `XJ-2026-BJ-0001`, or one past the highest sequence taken under that prefix. Only for those
 * who may create the donor's projects (the sequence counts unpublished ones). A suggestion: a
 * project created meanwhile takes it, and creating with it then answers 409 on `code`.
 */
export async function nextCode(ctx: ServiceContext, q: NextCodeQuery) {
  const ref = await loadReference(ctx.db);
  if (!ref.programmes.has(q.programme)) {
    throw InvalidInputError.field('programme', problem('programme.unknown', { code: q.programme }));
  }
  const donorPath = ref.orgs.pathOf(q.donor);
  if (donorPath.length === 0)
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: q.donor }));
  authorize(ctx.actor, 'projects.write', { donorPaths: [donorPath] });
  const org = ref.orgs.get(q.donor);
  const area = org?.areaCode
    ? await ctx.db
        .selectFrom('areas')
        .select('initials')
        .where('code', '=', org.areaCode)
        .executeTakeFirst()
    : undefined;
  const year = q.year ?? new Date().getUTCFullYear();
  const prefix = codePrefix(q.programme, year, donorLetters(q.donor, area?.initials));
  const taken = await ctx.db
    .selectFrom('projects')
    .select('code')
    .where(startsWith(engineOf(ctx.db), prefix))
    .execute();
  return {
    code: nextProjectCode(
      prefix,
      taken.map((r) => r.code),
    ),
    prefix,
  };
}

/**
 * `code` starts with `prefix`, as a read of the code's unique index (projects_code_key) over the
 * prefix's range only, not a test of every project's code (400,000 at national scale).
 *
 * SQLite compares text byte by byte (BINARY, the column's collation), so the codes starting with
 * the prefix are exactly those from the prefix up to, not including, the prefix with its last
 * character incremented. PostgreSQL orders by the database's collation, under which that range
 * holds other codes or misses some (a linguistic collation weighs `-` after letters); a LIKE
 * with the prefix is right under any collation, and the planner turns it into the same index
 * range when the index's collation is C (the databases `initdb --no-locale` makes, as the tests'
 * and benchmarks' clusters are); under another collation migration 0017's byte-wise
 * (`text_pattern_ops`) index on the code gives the planner the same range.
 */
function startsWith(engine: Engine, prefix: string): Expression<SqlBool> {
  const code = sql.ref('code');
  if (engine === 'sqlite') {
    const last = prefix.charCodeAt(prefix.length - 1);
    const past = prefix.slice(0, -1) + String.fromCharCode(last + 1);
    return sql<SqlBool>`(${code} >= ${prefix} and ${code} < ${past})`;
  }
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${code} like ${pattern}`;
}
