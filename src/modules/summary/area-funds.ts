/**
 * An area as a county sees the money: the projects located in it or below, the actual
 * disbursements located there per donor and year, in-pair and cross-pair, and every donor paired
 * with the area, an ancestor or an area below it (a prefecture's counties' donors).
 *
 * Read from projections kept with every write (decision 0029), never from a list of the
 * subtree's codes: the projects from `project_places` (every area a project lies in or under) and
 * their counts in `area_project_totals`, the money from `area_fund_totals` (the sums of the `area_parts` projection per programme, area,
 * publication, year and donor) — the parts split by location exactly as the 80% rules split them,
 * so the figures agree with the compliance report to the fen. A caller who does not see every
 * project here reads the published totals, plus the unpublished parts of the projects it may see.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { exactSum } from '../../db/database.js';
import { dateWithin, todayUtc } from '../../domain/dates.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { exactFen } from '../../domain/money.js';
import { problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import { donorsOfArea } from '../pairings/donors.js';
import { visibleCondition } from '../projects/repository.js';
import { loadReference, type Reference } from '../reference/reference.js';
import type { AreaFundsQuery, AreaFundsView } from './schema.js';

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
  // null: the caller sees every project here; else the published ones and those it may see.
  const visible = visibleCondition(ctx.actor, ref, { area: code });
  const unpublished = sql<SqlBool>`1 = 0`;
  const db = ctx.db;

  // The visibility filter's sets are probed, never driven from: `+id` keeps SQLite from
  // starting at a donor's 20,000 projects when the area's unpublished range is empty.
  const probed = (id: Expression<number>) => sql<number>`+${id}`;
  const [counted, countedUnpublished, latest, totals, parts] = await Promise.all([
    db
      .selectFrom('areaProjectTotals as t')
      .select((eb) => eb.fn.sum<number | string>('t.projects').as('n'))
      .where('t.programmeCode', '=', q.programme)
      .where('t.areaCode', '=', code)
      .$if(visible !== null, (qb) => qb.where('t.published', '=', 1))
      .executeTakeFirst(),
    visible === null
      ? { n: 0 }
      : db
          .selectFrom('projectPlaces as pp')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('pp.areaCode', '=', code)
          .where('pp.programmeCode', '=', q.programme)
          .where('pp.published', '=', 0)
          .where((eb) => visible(probed(eb.ref('pp.projectId')), unpublished))
          .executeTakeFirstOrThrow(),
    db
      .selectFrom('projectPlaces as pp')
      .innerJoin('projects as p', 'p.id', 'pp.projectId')
      .select([
        'p.code',
        'p.nameZh',
        'p.nameEn',
        'p.year',
        'p.stage',
        'p.budgetFen',
        'p.leadDonorCode',
      ])
      .where('pp.areaCode', '=', code)
      .where('pp.programmeCode', '=', q.programme)
      .$if(visible !== null, (qb) =>
        qb.where((eb) =>
          (visible as NonNullable<typeof visible>)(
            probed(eb.ref('pp.projectId')),
            sql<SqlBool>`${eb.ref('pp.published')} = 1`,
          ),
        ),
      )
      .orderBy('pp.year', 'desc')
      .orderBy('pp.code')
      .limit(10)
      .execute(),
    db
      .selectFrom('areaFundTotals as t')
      .select((eb) => [
        't.year',
        't.donorCode',
        exactSum(sql`t.amount_fen`).as('totalFen'),
        exactSum(sql`t.cross_pair_fen`).as('crossPairFen'),
        eb.fn.sum<number | string>('t.projects').as('projects'),
      ])
      .where('t.programmeCode', '=', q.programme)
      .where('t.areaCode', '=', code)
      .$if(visible !== null, (qb) => qb.where('t.published', '=', 1))
      .groupBy(['t.year', 't.donorCode'])
      .execute(),
    visible === null
      ? []
      : db
          .selectFrom('areaParts as ap')
          .select((eb) => [
            'ap.year',
            'ap.donorCode',
            exactSum(sql`ap.amount_fen`).as('totalFen'),
            exactSum(sql`ap.cross_pair_fen`).as('crossPairFen'),
            eb.fn.countAll<number | string>().as('projects'),
          ])
          .where('ap.programmeCode', '=', q.programme)
          .where('ap.areaCode', '=', code)
          .where('ap.published', '=', 0)
          .where((eb) => visible(probed(eb.ref('ap.projectId')), unpublished))
          .groupBy(['ap.year', 'ap.donorCode'])
          .execute(),
  ]);

  const funds = new Map<
    string,
    { donor: string; year: number; totalFen: bigint; crossPairFen: bigint; projects: number }
  >();
  for (const r of [...totals, ...parts]) {
    const donor = r.donorCode;
    const year = Number(r.year);
    const key = `${donor}|${year}`;
    const f = funds.get(key) ?? { donor, year, totalFen: 0n, crossPairFen: 0n, projects: 0 };
    // Sums over projects, exact at any size (decision 0031).
    f.totalFen += BigInt(r.totalFen);
    f.crossPairFen += BigInt(r.crossPairFen);
    f.projects += Number(r.projects);
    funds.set(key, f);
  }

  return {
    area: {
      code: area.code,
      name: area.name,
      nameEn: area.nameEn,
      nameUg: area.nameUg,
      level: area.level,
    },
    programme: q.programme,
    projects: {
      count: Number(counted?.n ?? 0) + Number(countedUnpublished.n),
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
    donors: donorsOfSubtree(ref, code, ref.areas.subtree(code), q.programme, q.date ?? todayUtc()),
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
      entry.areas.push({
        code: a.code,
        name: a.name,
        nameEn: a.nameEn,
        nameUg: a.nameUg,
        level: a.level,
      });
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
