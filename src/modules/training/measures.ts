/**
 * The training and exchange measures (decisions 0024, 0027), counted from the records: sessions
 * by their start date, activities by theirs. A session has one organiser and one area, so the
 * contract's `recordFilter` applies the filters and the visibility rule; an activity has several
 * organisers and areas, so its filters read the link tables (`scope.ts`).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { engineOf } from '../../db/database.js';
import {
  col,
  defineMeasures,
  inCodes,
  inPeriod,
  type MeasureInput,
  measureQuery,
  periodKey,
  recordFilter,
} from '../analytics/measure.js';
import { visibleExchanges } from './scope.js';
import { sessionsFromTotals } from './totals.js';

const SESSION_COLUMNS = {
  donor: 's.organiserCode',
  area: 's.areaCode',
  programme: 's.programmeCode',
  published: 's.publishedAt',
  date: 's.startDate',
} as const;

function sessionMeasure(
  input: MeasureInput,
  value: Expression<unknown>,
  from = sql`training_sessions s`,
  distinct?: Expression<unknown>,
) {
  return measureQuery(input, {
    from,
    where: recordFilter(input, SESSION_COLUMNS),
    value,
    keys: {
      programme: col('s.programmeCode'),
      donor: col('s.organiserCode'),
      area: col('s.areaCode'),
      period: periodKey(input.db, col('s.startDate'), input.granularity),
    },
    ...(distinct ? { distinct } : {}),
  });
}

/**
 * Distinct people trained: each session's participants not linked to a person (counted as the
 * session records them), plus each linked person once per group of the answer, however many
 * sessions they attended (the endpoint counts `distinct` keys once, after rolling up).
 */
function peopleTrained(input: MeasureInput) {
  const linkedPerSession = sql`(select tp.session_id, count(distinct tp.person_id) as linked from training_participants tp where tp.person_id is not null group by tp.session_id) l`;
  // With the kept sums (decision 0080): the sessions' participants summed, less the linked
  // ones of the sessions that have any (read from the few sessions with linked participants).
  const summed = sessionsFromTotals(input, 'participants');
  // On that path the linked participants (few or none at national scale) lead the joins: on
  // SQLite `cross join` keeps the written order instead of reading the period's sessions first.
  const join = sql.raw(summed && engineOf(input.db) === 'sqlite' ? 'cross join' : 'join');
  const unlinked = summed
    ? {
        execute: async () => [
          ...(await summed.execute()),
          ...(await sessionMeasure(
            input,
            sql`0 - coalesce(sum(l.linked), 0)`,
            sql`${linkedPerSession} ${join} training_sessions s on s.id = l.session_id`,
          ).execute()),
        ],
      }
    : sessionMeasure(
        input,
        sql`coalesce(sum(s.participants - coalesce(l.linked, 0)), 0)`,
        sql`training_sessions s left join ${linkedPerSession} on l.session_id = s.id`,
      );
  const linked = sessionMeasure(
    input,
    sql`0`,
    summed
      ? sql`training_participants tp ${join} training_sessions s on s.id = tp.session_id and tp.person_id is not null`
      : sql`training_sessions s join training_participants tp on tp.session_id = s.id and tp.person_id is not null`,
    col('tp.personId'),
  );
  return {
    execute: async () => [...(await unlinked.execute()), ...(await linked.execute())],
  };
}

/** Activities `x` that pass the filters (any organiser, any area in the subtrees) and are visible. */
function exchangeWhere(input: MeasureInput, kind?: string): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (input.filters.programme !== undefined) {
    parts.push(sql<SqlBool>`x.programme_code = ${input.filters.programme}`);
  }
  if (input.donors) {
    parts.push(
      sql<SqlBool>`x.id in (select eo.activity_id from exchange_organisers eo where ${inCodes(col('eo.orgCode'), input.donors)})`,
    );
  }
  if (input.areas) {
    parts.push(
      sql<SqlBool>`x.id in (select ea.activity_id from exchange_areas ea where ${inCodes(col('ea.areaCode'), input.areas)})`,
    );
  }
  if (input.filters.period) parts.push(inPeriod(input, col('x.startDate')));
  if (kind) parts.push(sql<SqlBool>`x.kind = ${kind}`);
  const visible = visibleExchanges(input.actor, input.ref);
  if (visible) parts.push(visible);
  return parts.length > 0 ? sql<SqlBool>`(${sql.join(parts, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

function exchangeMeasure(input: MeasureInput, value: Expression<unknown>, kind?: string) {
  return measureQuery(input, {
    from: sql`exchange_activities x`,
    where: exchangeWhere(input, kind),
    value,
    keys: {
      programme: col('x.programmeCode'),
      period: periodKey(input.db, col('x.startDate'), input.granularity),
    },
  });
}

export const trainingMeasures = defineMeasures('training', [
  {
    name: 'people_trained',
    unit: 'count',
    label: { zh: '培训人数', en: 'People trained', ug: 'تەربىيەلەنگەن ئادەم سانى' },
    description: {
      zh: '参训的不重复人数，按开班日期计入期间：关联到人员的参训者跨班次只计一次，其余按各班参训人数相加；复训只记人次',
      en: 'Distinct people trained, sessions by start date: a participant linked to a person counts once across sessions, the others as each session records them (a repeat course records person-times only)',
    },
    dimensions: ['programme', 'donor', 'area', 'period'],
    query: peopleTrained,
  },
  {
    name: 'training_person_times',
    unit: 'person-times',
    label: { zh: '培训人次', en: 'Training person-times', ug: 'تەربىيەلەش ئادەم-قېتىم' },
    description: {
      zh: '培训班次的人次之和，按开班日期计入期间',
      en: 'Person-times (人次) of the training sessions, summed; sessions by start date',
    },
    dimensions: ['programme', 'donor', 'area', 'period'],
    query: (input) =>
      sessionsFromTotals(input, 'person_times') ??
      sessionMeasure(input, sql`coalesce(sum(s.person_times), 0)`),
  },
  {
    name: 'training_jobs_found',
    unit: 'count',
    label: {
      zh: '培训后就业人数',
      en: 'Jobs found after training',
      ug: 'تەربىيەلىنىپ ئىشقا ئورۇنلاشقانلار سانى',
    },
    description: {
      zh: '参训后实现就业的人数之和，按开班日期计入期间',
      en: 'Participants who found a job after a session, summed; sessions by start date',
    },
    dimensions: ['programme', 'donor', 'area', 'period'],
    query: (input) =>
      sessionsFromTotals(input, 'jobs_found') ??
      sessionMeasure(input, sql`coalesce(sum(s.jobs_found), 0)`),
  },
  {
    name: 'exchange_participants',
    unit: 'count',
    label: {
      zh: '交流交往参与人数',
      en: 'Exchange participants',
      ug: 'ئالماشتۇرۇش پائالىيەتلىرىگە قاتناشقانلار سانى',
    },
    description: {
      zh: '交往交流交融活动的参与人数（新疆方与援疆方之和），按开始日期计入期间；跨结对活动只计一次',
      en: 'Participants of exchange activities (from Xinjiang and from the donor side); by start date; a cross-pair activity counts once',
    },
    dimensions: ['programme', 'period'],
    query: (input) =>
      exchangeMeasure(input, sql`coalesce(sum(x.participants_local + x.participants_donor), 0)`),
  },
  {
    name: 'exchange_activities',
    unit: 'count',
    label: { zh: '交流活动数', en: 'Exchange activities', ug: 'ئالماشتۇرۇش پائالىيىتى سانى' },
    description: {
      zh: '交往交流交融活动的个数，按开始日期计入期间',
      en: 'Exchange activities, by start date',
    },
    dimensions: ['programme', 'period'],
    query: (input) => exchangeMeasure(input, sql`count(*)`),
  },
  {
    name: 'reading_rooms',
    unit: 'count',
    label: { zh: '书屋数', en: 'Reading rooms', ug: 'كىتابخانا سانى' },
    description: {
      zh: '类型为“书屋”的交流活动个数（每间书屋一条记录），按开始日期计入期间',
      en: 'Exchange activities of the kind reading room (one record per room), by start date',
    },
    dimensions: ['programme', 'period'],
    query: (input) => exchangeMeasure(input, sql`count(*)`, 'reading-room'),
  },
]);
