/**
 * The generator's training sessions (decision 0035): for one year, each donor's sessions in its
 * paired areas, written in bulk and obeying the session rules (src/modules/training/
 * session-rules.ts): the end on or after the start, person-times at least the participants,
 * jobs found and certificates at most the participants. Counted, not named (no participant
 * list); no training programme (the demo's programmes are its own). Nothing ends after `today`.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { addDays } from '../domain/warnings.js';
import type { AreaPools } from './generator-areas.js';
import { insertBatched } from './generator-areas.js';
import type { prng } from './generator-data.js';

type Rng = ReturnType<typeof prng>;

const TOPICS = [
  '基层干部能力提升培训',
  '乡村振兴带头人培训',
  '中小学教师教学能力培训',
  '医务人员临床技能培训',
  '职业技能（电工、焊工）培训',
  '电商直播带货培训',
  '纺织服装技能培训',
  '国家通用语言文字培训',
  '农业实用技术培训',
  '旅游服务技能培训',
] as const;

/**
 * Writes `counts[di]` sessions of each donor in year `y`, one to ten days long, starting on or
 * before `today` less their length when `today` falls in the year; returns how many.
 */
export async function generateTrainingYear(
  trx: Transaction<DB>,
  r: Rng,
  y: number,
  donors: readonly string[],
  counts: readonly number[],
  pools: AreaPools,
  today: string,
  now: string,
): Promise<number> {
  const sessions: object[] = [];
  const yearEnd = `${y}-12-31`;
  const last = today < yearEnd ? today : yearEnd;
  if (last < `${y}-01-01`) return 0;
  donors.forEach((donor, di) => {
    const areas = [...(pools.counties.get(donor) ?? []), ...(pools.prefectures.get(donor) ?? [])];
    for (let k = 0; k < (counts[di] ?? 0); k++) {
      const days = r.int(1, 10);
      // A start from 1 January up to `days - 1` before the last day (at least 1 January).
      const span = Math.max(0, Math.round((Date.parse(last) - Date.parse(`${y}-01-01`)) / 864e5));
      const startOffset = Math.max(0, r.int(0, span) - (days - 1));
      const startDate = addDays(`${y}-01-01`, startOffset);
      const endDate =
        addDays(startDate, days - 1) > last ? startDate : addDays(startDate, days - 1);
      const participants = r.int(15, 200);
      const personTimes = participants * (endDate === startDate ? 1 : days);
      const vocational = r.next() < 0.3;
      sessions.push({
        programmeCode: 'xinjiang',
        trainingProgrammeId: null,
        organiserCode: donor,
        projectId: null,
        areaCode: r.pick(areas.length > 0 ? areas : pools.allCounties),
        startDate,
        endDate,
        place: r.next() < 0.8 ? 'xinjiang' : 'donor',
        topic: r.pick(TOPICS),
        participants,
        personTimes,
        jobsFound: vocational ? r.int(0, Math.floor(participants * 0.6)) : 0,
        certificates: vocational ? r.int(0, participants) : 0,
        note: null,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
    }
  });
  await insertBatched(trx, 'trainingSessions', sessions);
  return sessions.length;
}
