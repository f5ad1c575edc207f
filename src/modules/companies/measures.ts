/**
 * The companies' measures (decision 0024, 0028): companies brought in, their arrived
 * investment and actual jobs, counted on the date each was signed; cases still open among
 * those opened in the period. Filters and visibility as every one-donor, one-area record.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import {
  col,
  defineMeasures,
  instantKey,
  type Measure,
  type MeasureInput,
  measureQuery,
  periodKey,
  recordFilter,
} from '../analytics/measure.js';

const COMPANY = {
  donor: 'c.donorCode',
  area: 'c.areaCode',
  programme: 'c.programmeCode',
  published: 'c.publishedAt',
} as const;

function companyMeasure(
  name: string,
  unit: 'count' | 'fen',
  value: ReturnType<typeof sql>,
  label: Measure['label'],
  description: { zh: string; en: string },
) {
  return {
    name,
    unit,
    label,
    description,
    dimensions: ['programme', 'donor', 'area', 'period'] as const,
    query: (input: MeasureInput) =>
      measureQuery(input, {
        from: sql`companies c`,
        where: recordFilter(input, { ...COMPANY, date: 'c.signedOn' }),
        value,
        keys: {
          programme: col('c.programmeCode'),
          donor: col('c.donorCode'),
          area: col('c.areaCode'),
          period: periodKey(input.db, col('c.signedOn'), input.granularity),
        },
      }),
  };
}

/** Opened within the period's days (UTC), inclusive of its last day. */
function openedInPeriod(input: MeasureInput): Expression<SqlBool> {
  const p = input.filters.period;
  if (!p) return sql<SqlBool>`1 = 1`;
  const end = new Date(Date.parse(`${p.to}T00:00:00Z`) + 86_400_000).toISOString();
  return sql<SqlBool>`k.opened_at >= ${new Date(`${p.from}T00:00:00Z`).toISOString()} and k.opened_at < ${end}`;
}

export const companyMeasures = defineMeasures('companies', [
  companyMeasure(
    'companies',
    'count',
    sql`count(*)`,
    { zh: '引进企业（家）', en: 'Companies brought in', ug: 'جەلپ قىلىنغان كارخانىلار (سانى)' },
    {
      zh: '招商引资企业家数；期间按签约（注册）日期筛选',
      en: 'Companies brought in; the period filters on the date each was signed',
    },
  ),
  companyMeasure(
    'company_investment_fen',
    'fen',
    sql`cast(coalesce(sum(c.investment_arrived_fen), 0) as text)`,
    {
      zh: '企业到位投资',
      en: 'Company investment arrived',
      ug: 'كارخانىلارنىڭ ئورنىغا يەتكەن مەبلىغى',
    },
    {
      zh: '引进企业的到位投资（分）；期间按签约日期筛选',
      en: 'Investment arrived in the companies brought in (fen); period on the signing date',
    },
  ),
  companyMeasure(
    'company_jobs',
    'count',
    sql`coalesce(sum(c.jobs_actual), 0)`,
    {
      zh: '企业带动就业（人）',
      en: 'Company jobs',
      ug: 'كارخانىلار ئارقىلىق ئىشقا ئورۇنلاشقانلار (ئادەم)',
    },
    {
      zh: '引进企业的实际就业人数；期间按签约日期筛选',
      en: 'Actual jobs in the companies brought in; period on the signing date',
    },
  ),
  {
    name: 'cases_open',
    unit: 'count',
    label: {
      zh: '未办结诉求（件）',
      en: 'Open cases',
      ug: 'بېجىرىلىپ بولمىغان كارخانا تەلەپلىرى (سانى)',
    },
    description: {
      zh: '期间内提出、目前仍为待受理或办理中的企业诉求件数',
      en: 'Company cases opened in the period that are still open or in progress',
    },
    dimensions: ['programme', 'donor', 'area', 'period'],
    query: (input) =>
      measureQuery(input, {
        from: sql`company_cases k join companies c on c.id = k.company_id`,
        where: sql<SqlBool>`(${recordFilter(input, COMPANY)} and k.status in ('open', 'in_progress') and ${openedInPeriod(input)})`,
        value: sql`count(*)`,
        keys: {
          donor: col('c.donorCode'),
          area: col('c.areaCode'),
          programme: col('c.programmeCode'),
          period: instantKey(input.db, col('k.openedAt'), input.granularity),
        },
      }),
  },
]);
