/**
 * An area as a county sees the money: the projects located in it or below, the actual
 * disbursements located there per donor and year, in-pair and cross-pair, and every donor paired
 * with the area, an ancestor or an area below it (a prefecture's counties' donors).
 *
 * The money comes from the two 80% rules' parts (compliance_parts, actual basis): a project
 * located wholly in the subtree counts its stored parts as they are (grouped in SQL); the few
 * projects located partly elsewhere are recomputed with the rules' own functions and count only
 * their locations here, so the figures agree with the compliance report to the fen.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { exactSum } from '../../db/database.js';
import { breakDownProject } from '../../domain/compliance.js';
import { dateWithin, todayUtc } from '../../domain/dates.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { exactFen } from '../../domain/money.js';
import { problem } from '../../domain/problems.js';
import { PartsComputer } from '../compliance/parts.js';
import type { ServiceContext } from '../core/context.js';
import { donorsOfArea } from '../pairings/donors.js';
import { loadAggregates } from '../projects/aggregate.js';
import { isLocatedIn, visibleCondition } from '../projects/repository.js';
import { loadReference, type Reference } from '../reference/reference.js';
import type { AreaFundsQuery, AreaFundsView } from './schema.js';

/** The area's subtree as literal codes, for `in (…)` lists the location index answers. */
function listOf(codes: readonly string[]) {
  return sql.join((codes.length > 0 ? codes : ['']).map((c) => sql.lit(c)));
}

/**
 * Projects `p` of the programme located in the subtree that the actor may see (the
 * `projects.read` twin, see visibleCondition), as a Kysely condition builder.
 */
function projectFilter(visible: ReturnType<typeof visibleCondition>, subtree: readonly string[]) {
  return (projectId: Expression<number>, published: Expression<SqlBool>): Expression<SqlBool> => {
    const located = isLocatedIn(projectId, subtree);
    return visible === null
      ? located
      : sql<SqlBool>`(${located} and ${visible(projectId, published)})`;
  };
}

/**
 * The projects located in the subtree: wholly (`true`: every location inside) or partly (`false`:
 * some location elsewhere; only these need recomputing), as one uncorrelated statement over the
 * subtree's locations. (A correlated `not exists … not in (list)` per project rebuilt the list
 * for every row: seconds for a province.)
 */
function locatedWholly(subtree: readonly string[], wholly: boolean) {
  const list = listOf(subtree);
  return sql<number>`select lo.project_id from project_locations lo
    where lo.project_id in (select pc.project_id from project_locations pc where pc.area_code in (${list}))
    group by lo.project_id
    having min(case when lo.area_code in (${list}) then 1 else 0 end) = ${sql.lit(wholly ? 1 : 0)}`;
}

const donorRef = (ref: Reference, code: string) => {
  const org = ref.orgs.get(code);
  return { code, name: org?.name ?? code, nameEn: org?.nameEn ?? code };
};

/**
 * The area's projects, funds by donor and year, and donors. Visible to anyone; each caller's
 * figures count only the projects it may see (anonymous callers: published ones).
 *
 * @throws NotFoundError for an unknown area; InvalidInputError for an unknown programme
 */
export async function areaFunds(
  ctx: ServiceContext,
  code: string,
  q: AreaFundsQuery,
): Promise<AreaFundsView> {
  const ref = await loadReference(ctx.db);
  const area = ref.areas.get(code);
  if (!area) throw new NotFoundError(problem('area.notFound', { code }));
  if (!ref.programmes.has(q.programme)) {
    throw InvalidInputError.field('programme', problem('programme.unknown', { code: q.programme }));
  }
  const subtree = ref.areas.subtree(code);
  const visible = visibleCondition(ctx.actor, ref, { area: code });
  const inScope = projectFilter(visible, subtree);
  const db = ctx.db;

  const [count, latest, whole, partial] = await Promise.all([
    db
      .selectFrom('projects as p')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('p.programmeCode', '=', q.programme)
      .where((eb) => inScope(eb.ref('p.id'), sql<SqlBool>`${eb.ref('p.publishedAt')} is not null`))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('projects as p')
      .select([
        'p.code',
        'p.nameZh',
        'p.nameEn',
        'p.year',
        'p.stage',
        'p.budgetFen',
        'p.leadDonorCode',
      ])
      .where('p.programmeCode', '=', q.programme)
      .where((eb) => inScope(eb.ref('p.id'), sql<SqlBool>`${eb.ref('p.publishedAt')} is not null`))
      .orderBy('p.year', 'desc')
      .orderBy('p.code')
      .limit(10)
      .execute(),
    // The parts alone when the caller sees every project here: no row-by-row join to projects.
    db
      .selectFrom('complianceParts as cp')
      .select((eb) => [
        'cp.year',
        'cp.donorCode',
        exactSum(sql`cp.amount_fen`).as('totalFen'),
        exactSum(sql`cp.cross_pair_fen`).as('crossPairFen'),
        eb.fn.countAll<number | string>().as('projects'),
      ])
      .where('cp.programmeCode', '=', q.programme)
      .where('cp.basis', '=', 'actual')
      .where((eb) => sql<SqlBool>`${eb.ref('cp.projectId')} in (${locatedWholly(subtree, true)})`)
      .$if(visible !== null, (qb) =>
        qb
          .innerJoin('projects as p', 'p.id', 'cp.projectId')
          .where((eb) =>
            (visible as NonNullable<typeof visible>)(
              eb.ref('p.id'),
              sql<SqlBool>`${eb.ref('p.publishedAt')} is not null`,
            ),
          ),
      )
      .groupBy(['cp.year', 'cp.donorCode'])
      .execute(),
    db
      .selectFrom('projects as p')
      .select('p.id')
      .where('p.programmeCode', '=', q.programme)
      .where((eb) => sql<SqlBool>`${eb.ref('p.id')} in (${locatedWholly(subtree, false)})`)
      .$if(visible !== null, (qb) =>
        qb.where((eb) =>
          (visible as NonNullable<typeof visible>)(
            eb.ref('p.id'),
            sql<SqlBool>`${eb.ref('p.publishedAt')} is not null`,
          ),
        ),
      )
      .execute(),
  ]);

  const funds = new Map<
    string,
    { donor: string; year: number; totalFen: bigint; crossPairFen: bigint; projects: number }
  >();
  // Sums over projects, exact at any size (decision 0031).
  const add = (donor: string, year: number, total: bigint, cross: bigint, projects: number) => {
    const key = `${donor}|${year}`;
    const f = funds.get(key) ?? { donor, year, totalFen: 0n, crossPairFen: 0n, projects: 0 };
    f.totalFen += total;
    f.crossPairFen += cross;
    f.projects += projects;
    funds.set(key, f);
  };
  for (const r of whole) {
    add(
      r.donorCode,
      Number(r.year),
      BigInt(r.totalFen),
      BigInt(r.crossPairFen),
      Number(r.projects),
    );
  }
  if (partial.length > 0) {
    const inside = new Set(subtree);
    const computer = new PartsComputer(ref);
    const aggregates = await loadAggregates(db, { ids: partial.map((r) => Number(r.id)) });
    for (const a of aggregates) {
      for (const part of computer.partsOf(a)) {
        if (part.basis !== 'actual' || part.programme !== q.programme) continue;
        const here = breakDownProject(part.project).locations.filter((l) => inside.has(l.areaCode));
        if (here.length === 0) continue;
        const total = here.reduce((s, l) => s + l.fen, 0);
        const cross = here.reduce((s, l) => s + (l.crossPair ? l.fen : 0), 0);
        add(part.donorCode, part.year, BigInt(total), BigInt(cross), 1);
      }
    }
  }

  return {
    area: { code: area.code, name: area.name, level: area.level },
    programme: q.programme,
    projects: {
      count: Number(count.n),
      latest: latest.map((p) => ({
        code: p.code,
        name: p.nameZh,
        nameEn: p.nameEn,
        year: p.year,
        stage: p.stage,
        budgetFen: Number(p.budgetFen),
        leadDonor: donorRef(ref, p.leadDonorCode),
      })),
    },
    funds: [...funds.values()]
      .filter((f) => f.totalFen > 0n)
      .sort(
        (a, b) =>
          b.year - a.year ||
          (a.totalFen === b.totalFen ? 0 : a.totalFen < b.totalFen ? 1 : -1) ||
          (a.donor < b.donor ? -1 : 1),
      )
      .map((f) => ({
        donor: donorRef(ref, f.donor),
        year: f.year,
        totalFen: exactFen(f.totalFen),
        inPairFen: exactFen(f.totalFen - f.crossPairFen),
        crossPairFen: exactFen(f.crossPairFen),
        projects: f.projects,
      })),
    donors: donorsOfSubtree(ref, code, subtree, q.programme, q.date ?? todayUtc()),
  };
}

/**
 * The donors paired on the date with the area or an ancestor (as the area page lists them), and
 * with any area below it; each with the areas it is paired with, nearest first.
 */
export function donorsOfSubtree(
  ref: Reference,
  code: string,
  subtree: readonly string[],
  programme: string,
  date: string,
): AreaFundsView['donors'] {
  const byDonor = new Map<string, AreaFundsView['donors'][number]>();
  const note = (donor: string, areaCode: string, sub: boolean) => {
    const a = ref.areas.get(areaCode);
    if (!a) return;
    const entry = byDonor.get(donor) ?? { ...donorRef(ref, donor), areas: [], sub };
    if (!entry.areas.some((x) => x.code === a.code)) {
      entry.areas.push({ code: a.code, name: a.name, level: a.level });
    }
    entry.sub = entry.sub && sub;
    byDonor.set(donor, entry);
  };
  for (const d of donorsOfArea(ref, code, date, programme)) note(d.code, d.via.code, d.sub);
  const inside = new Set(subtree);
  for (const p of ref.pairings) {
    if (p.programme !== programme || p.recipientAreaCode === null) continue;
    if (p.recipientAreaCode === code || !inside.has(p.recipientAreaCode)) continue;
    if (!dateWithin(date, p.validFrom, p.validTo)) continue;
    note(p.donorCode, p.recipientAreaCode, p.parentId !== null);
  }
  for (const d of byDonor.values()) d.areas.sort((a, b) => (a.code < b.code ? -1 : 1));
  return [...byDonor.values()];
}
