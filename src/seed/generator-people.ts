/**
 * The generator's aid personnel (decisions 0025, 0035): for one year, each donor's batch,
 * persons and postings, written in bulk and obeying the rules the use cases enforce: a term
 * ends after it starts (the kind's term for the programme when long-term), no two postings of
 * one person overlap, an ID-card number (where given) has a valid GB 11643 check digit and is unique, a
 * posting outside the donor's pairing on its start date carries the cross-pair flag, an early
 * end has a reason and lies on or before `today`.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { idCardCheckCharacter } from '../domain/id-card.js';
import { classifyWork } from '../domain/pairing.js';
import { defaultTermEnd } from '../domain/postings.js';
import { addDays } from '../domain/warnings.js';
import type { Reference } from '../modules/reference/reference.js';
import type { AreaPools } from './generator-areas.js';
import { insertBatched } from './generator-areas.js';
import type { prng } from './generator-data.js';

type Rng = ReturnType<typeof prng>;

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力志国庆峰海燕鹏斌宇浩凯健俊帆晨阳欣怡佳琪雪梅丹萌亮成林松波宁';

/** Kind, its share of postings, and the share of men among them. */
const KINDS = [
  ['cadre', 30, 0.8],
  ['teacher', 30, 0.4],
  ['doctor', 20, 0.55],
  ['technician', 15, 0.65],
  ['other', 5, 0.5],
] as const;

const HOSTS: Record<string, readonly (readonly [string, string])[]> = {
  cadre: [
    ['发展和改革委员会', '副主任'],
    ['工业和信息化局', '副局长'],
    ['教育局', '副局长'],
    ['卫生健康委员会', '副主任'],
    ['人民政府', '副县长'],
    ['农业农村局', '副局长'],
    ['商务局', '副局长'],
  ],
  teacher: [
    ['第一中学', '教师'],
    ['第二中学', '副校长'],
    ['第一小学', '教师'],
    ['职业技术学校', '专业教师'],
  ],
  doctor: [
    ['人民医院', '主治医师'],
    ['人民医院', '副院长'],
    ['妇幼保健院', '医师'],
    ['中医医院', '主任医师'],
  ],
  technician: [
    ['农业技术推广中心', '农艺师'],
    ['住房和城乡建设局', '工程师'],
    ['自然资源局', '规划师'],
  ],
  other: [['融媒体中心', '编辑']],
};

const EARLY_END_REASONS = ['因病提前返回', '工作调动', '家庭原因'] as const;

export interface PeopleYear {
  persons: number;
  postings: number;
  batches: number;
}

/** What the year's people draw on, read once per year. */
export interface PeopleContext {
  trx: Transaction<DB>;
  ref: Reference;
  pools: AreaPools;
  /** Term in months per kind for the programme (the programme's own, or the kind's default). */
  termMonths: Map<string, number>;
  /** Every ID-card number already stored, so a new one is never a duplicate. */
  idCards: Set<string>;
  today: string;
  now: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A random date of year `y`, no later than `latest` when `latest` falls in that year. */
function dayOf(r: Rng, y: number, latest: string): string {
  const last = latest.startsWith(`${y}-`) ? latest : `${y}-12-31`;
  const lastMonth = Number(last.slice(5, 7));
  const month = r.int(1, lastMonth);
  const maxDay = month === lastMonth ? Math.min(28, Number(last.slice(8, 10))) : 28;
  return `${y}-${pad(month)}-${pad(r.int(1, Math.max(1, maxDay)))}`;
}

function idCard(r: Rng, c: PeopleContext, donor: string, birthYear: number, male: boolean) {
  for (;;) {
    const first17 = `${donor.slice(0, 4)}${pad(r.int(1, 9))}${birthYear}${pad(r.int(1, 12))}${pad(
      r.int(1, 28),
    )}${pad(r.int(0, 49), 2)}${male ? r.pick([1, 3, 5, 7, 9]) : r.pick([0, 2, 4, 6, 8])}`;
    const id = `${first17}${idCardCheckCharacter(first17)}`;
    if (!c.idCards.has(id)) {
      c.idCards.add(id);
      return id;
    }
  }
}

/**
 * Writes one year's people: per donor one batch (numbered by year: the first in 1997), then
 * `counts[di]` postings of that donor's new persons, a tenth of the flexible ones posted a
 * second time later in the year.
 */
export async function generatePeopleYear(
  c: PeopleContext,
  r: Rng,
  y: number,
  donors: readonly string[],
  counts: readonly number[],
): Promise<PeopleYear> {
  const { trx, ref, pools, today, now } = c;
  const maxOf = async (table: 'persons' | 'postings' | 'personnelBatches') =>
    Number(
      (
        await trx
          .selectFrom(table)
          .select((eb) => eb.fn.max('id').as('m'))
          .executeTakeFirst()
      )?.m ?? 0,
    );
  let personId = await maxOf('persons');
  let batchId = await maxOf('personnelBatches');
  const persons: object[] = [];
  const batches: object[] = [];
  const postings: object[] = [];
  const spans = ref.pairingSpans('xinjiang');

  donors.forEach((donor, di) => {
    const count = counts[di] ?? 0;
    if (count === 0) return;
    const donorName = ref.orgs.get(donor)?.name ?? donor;
    const counties = pools.counties.get(donor) ?? [];
    const prefectures = pools.prefectures.get(donor) ?? [];
    const inPair = [...counties, ...prefectures];
    batchId += 1;
    const number = y - 1996;
    const batchStart = `${y}-02-01`;
    batches.push({
      id: batchId,
      donorCode: donor,
      programmeCode: 'xinjiang',
      number,
      name: `${donorName}第${number}批援疆干部人才`,
      startsOn: batchStart,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    for (let k = 0; k < count; ) {
      const [kind, , menShare] = r.weighted(KINDS.map((x) => [x, x[1]] as const));
      const flexible = r.next() < 0.25;
      const male = r.next() < menShare;
      const birthYear = y - r.int(26, 55);
      personId += 1;
      persons.push({
        id: personId,
        nameZh: `${r.pick([...SURNAMES])}${r.pick([...GIVEN])}${r.next() < 0.6 ? r.pick([...GIVEN]) : ''}`,
        nameUg: null,
        sex: male ? 'male' : 'female',
        ethnicity: r.next() < 0.9 ? '汉族' : r.pick(['回族', '满族', '蒙古族', '壮族']),
        birthYear,
        homeOrgCode: null,
        homeOrgName: donorName,
        phone: r.next() < 0.7 ? `1${r.pick([3, 5, 8])}${pad(r.int(0, 999_999_999), 9)}` : null,
        idCardNumber: r.next() < 0.8 ? idCard(r, c, donor, birthYear, male) : null,
        donorCode: donor,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      // Long-term postings start with the batch (teachers also with the autumn term);
      // flexible ones on any day, for one to six months.
      let start = flexible
        ? dayOf(r, y, today)
        : kind === 'teacher' && r.next() < 0.5
          ? `${y}-08-15`
          : batchStart;
      const stints = flexible && r.next() < 0.1 ? 2 : 1;
      for (let s = 0; s < stints && k < count; s++, k++) {
        const months = flexible ? r.int(1, 6) : (c.termMonths.get(kind) ?? 12);
        const plannedEnd = defaultTermEnd(start, months);
        const crossWanted = r.next() < 0.03 || inPair.length === 0;
        const area = crossWanted ? r.pick(pools.allCounties) : r.pick(inPair);
        const crossPair =
          classifyWork({
            donorOrgPath: ref.orgs.pathOf(donor),
            areaPath: ref.areas.pathOf(area),
            pairings: spans,
            date: start,
          }) === 'cross-pair';
        let actualEnd: string | null = null;
        let endReason: string | null = null;
        if (!flexible && r.next() < 0.04) {
          const early = addDays(start, r.int(90, months * 30 - 30));
          if (early < plannedEnd && early <= today) {
            actualEnd = early;
            endReason = r.pick(EARLY_END_REASONS);
          }
        }
        const [host, role] = r.pick(HOSTS[kind] ?? [['人民政府', '干部']]);
        const areaName = ref.areas.get(area)?.name ?? '';
        postings.push({
          personId,
          donorCode: donor,
          programmeCode: 'xinjiang',
          batchId: flexible ? null : batchId,
          kindCode: kind,
          hostOrgCode: null,
          hostOrgName: `${areaName}${host}`,
          areaCode: area,
          role: `${areaName}${host}${role}`,
          mode: flexible ? 'flexible' : 'long-term',
          crossPair: crossPair ? 1 : 0,
          termStart: start,
          plannedEnd,
          actualEnd,
          endReason,
          endsOn: actualEnd ?? plannedEnd,
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        // A second stint starts a month after the first has ended.
        start = addDays(actualEnd ?? plannedEnd, 30);
      }
    }
  });
  await insertBatched(trx, 'persons', persons);
  await insertBatched(trx, 'personnelBatches', batches);
  await insertBatched(trx, 'postings', postings);
  return { persons: persons.length, postings: postings.length, batches: batches.length };
}

/** The term in months of each kind for the programme, as the posting use case reads it. */
export async function kindTerms(trx: Transaction<DB>, programme: string) {
  const rows = await trx
    .selectFrom('personnelKinds as k')
    .leftJoin('personnelKindTerms as t', (j) =>
      j.onRef('t.kindCode', '=', 'k.code').on('t.programmeCode', '=', programme),
    )
    .select(['k.code', 'k.defaultTermMonths', 't.termMonths'])
    .execute();
  return new Map(rows.map((x) => [x.code, x.termMonths ?? x.defaultTermMonths]));
}
