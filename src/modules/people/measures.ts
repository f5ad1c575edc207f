/**
 * The aid personnel's measures (decisions 0024, 0025): people sent (postings started in the
 * period) and people serving (on the period's last day, or today without a period), counted as
 * distinct persons. Long-term and flexible (柔性) postings are counted separately, as the
 * programme reports them: `people_sent` and `people_serving` are the long-term ones, the
 * `_flexible` twins the others. A posting's donor, area and programme filter it; its person's
 * publication decides what another donor's user may see. Pairing: the posting's cross-pair flag
 * (a posting outside the donor's pairing, 打破对结), kept with the posting.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import {
  col,
  defineMeasures,
  type Measure,
  type MeasureInput,
  measureQuery,
  pairingKey,
  periodKey,
  recordFilter,
  visibleRecords,
} from '../analytics/measure.js';

const POSTING = {
  donor: 's.donorCode',
  area: 's.areaCode',
  programme: 's.programmeCode',
  published: 'p.publishedAt',
  crossPair: 's.crossPair',
} as const;

type Mode = 'long-term' | 'flexible';

/** The day "serving" is asked of: the period's last day, or today (UTC). */
function servingDay(input: MeasureInput): string {
  return input.filters.period?.to ?? new Date().toISOString().slice(0, 10);
}

function postingsMeasure(
  name: string,
  mode: Mode,
  kind: 'sent' | 'serving',
  label: Measure['label'],
  description: { zh: string; en: string },
): Measure {
  return {
    name,
    unit: 'count',
    label,
    description,
    dimensions:
      kind === 'sent'
        ? ['programme', 'donor', 'area', 'period', 'pairing']
        : ['programme', 'donor', 'area', 'pairing'],
    query: (input) => {
      const day = servingDay(input);
      const when: Expression<SqlBool> =
        kind === 'sent'
          ? recordFilter(input, { ...POSTING, date: 's.termStart' })
          : sql<SqlBool>`${recordFilter(input, POSTING)} and s.term_start <= ${day} and s.ends_on >= ${day}`;
      return measureQuery(input, {
        // The person is read only for the visibility rule (its publication): a caller who sees
        // every record counts the postings alone, from postings_mode_start (decision 0070).
        from:
          visibleRecords(input, POSTING) === null
            ? sql`postings s`
            : sql`postings s join persons p on p.id = s.person_id`,
        where: sql<SqlBool>`${when} and s.mode = ${mode}`,
        value: sql`count(distinct s.person_id)`,
        keys: {
          programme: col('s.programmeCode'),
          donor: col('s.donorCode'),
          area: col('s.areaCode'),
          pairing: pairingKey(col('s.crossPair')),
          ...(kind === 'sent'
            ? { period: periodKey(input.db, col('s.termStart'), input.granularity) }
            : {}),
        },
      });
    },
  };
}

export const peopleMeasures = defineMeasures('people', [
  postingsMeasure(
    'people_sent',
    'long-term',
    'sent',
    {
      zh: '选派干部人才（人）',
      en: 'People sent',
      ug: 'ئەۋەتىلگەن كادىر ۋە ئىختىساسلىقلار (ئادەم)',
    },
    {
      zh: '期间内开始任职的长期援派人员（按人计）；柔性人才另计',
      en: 'Distinct people whose long-term posting started in the period; flexible postings apart',
    },
  ),
  postingsMeasure(
    'people_sent_flexible',
    'flexible',
    'sent',
    {
      zh: '柔性引进人才（人）',
      en: 'Flexible talent sent',
      ug: 'جانلىق ئەۋەتىلگەن ئىختىساسلىقلار (ئادەم)',
    },
    {
      zh: '期间内开始的柔性援派（按人计）',
      en: 'Distinct people whose flexible (柔性) posting started in the period',
    },
  ),
  postingsMeasure(
    'people_serving',
    'long-term',
    'serving',
    {
      zh: '在岗干部人才（人）',
      en: 'People serving',
      ug: 'ۋەزىپىدىكى كادىر ۋە ئىختىساسلىقلار (ئادەم)',
    },
    {
      zh: '期间最后一天（无期间时为今天）在岗的长期援派人员（按人计）',
      en: "Distinct people on a long-term posting on the period's last day (today without a period)",
    },
  ),
  postingsMeasure(
    'people_serving_flexible',
    'flexible',
    'serving',
    {
      zh: '在岗柔性人才（人）',
      en: 'Flexible talent serving',
      ug: 'ۋەزىپىدىكى جانلىق ئىختىساسلىقلار (ئادەم)',
    },
    {
      zh: '期间最后一天（无期间时为今天）在岗的柔性人才（按人计）',
      en: "Distinct people on a flexible posting on the period's last day (today without a period)",
    },
  ),
]);
