/** The next free project code for a programme, donor and year (a suggestion for the form). */
import { sql } from 'kysely';
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
    .where(sql<boolean>`substr(${sql.ref('code')}, 1, ${prefix.length}) = ${prefix}`)
    .execute();
  return {
    code: nextProjectCode(
      prefix,
      taken.map((r) => r.code),
    ),
    prefix,
  };
}
