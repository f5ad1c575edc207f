/**
 * The revolutionary-areas programme's indicator model and the seed's outcome figures as entered
 * data (issue 10 point 3, decision 0048; ../shared/seed/FACTS.md): loaded through the use cases,
 * so every definition and value is validated and in the history. Skipped when already there.
 */
import type { Database } from '../db/database.js';
import { systemActor } from '../domain/access.js';
import { createElement, createFormula } from '../modules/indicators/definitions.js';
import { saveForm } from '../modules/indicators/save-form.js';
import type {
  ElementInput,
  FormBody,
  FormulaInput,
  SetInput,
} from '../modules/indicators/schema.js';
import { createSet, putTarget } from '../modules/indicators/sets.js';

export const PANSHI = '220284';
export const WUCHUAN = '150125';
export const XING = '141123';

export const REVOLUTIONARY_ELEMENTS: ElementInput[] = [
  {
    code: 'visitors',
    name: '接待游客人次',
    nameEn: 'Visitors received',
    valueType: 'number',
    aggregation: 'sum',
    scale: 0,
    disaggregations: [],
  },
  {
    code: 'red_tourism_share',
    name: '红色旅游游客占比',
    nameEn: 'Share of visitors on red tourism',
    valueType: 'percentage',
    aggregation: 'last',
    scale: 0,
    disaggregations: [],
  },
  {
    code: 'tourism_revenue_fen',
    name: '旅游收入',
    nameEn: 'Tourism revenue',
    valueType: 'money',
    aggregation: 'sum',
    scale: 0,
    disaggregations: [],
  },
  {
    code: 'output_value_fen',
    name: '工业总产值',
    nameEn: 'Industrial output value',
    valueType: 'money',
    aggregation: 'sum',
    scale: 0,
    disaggregations: [],
  },
  {
    code: 'relocated_households',
    name: '易地搬迁户数（累计）',
    nameEn: 'Relocated households (cumulative)',
    valueType: 'number',
    aggregation: 'last',
    scale: 0,
    disaggregations: [],
  },
];

export const REVOLUTIONARY_INDICATORS: FormulaInput[] = [
  {
    code: 'revenue_per_visitor_yuan',
    name: '人均旅游消费（元）',
    nameEn: 'Tourism revenue per visitor (yuan)',
    formula: 'tourism_revenue_fen / visitors / 100',
    decimals: 2,
  },
  {
    code: 'red_tourism_visitors',
    name: '红色旅游游客人次',
    nameEn: 'Red-tourism visitors',
    formula: 'visitors * red_tourism_share',
    decimals: 0,
  },
];

export const REVOLUTIONARY_SETS: SetInput[] = [
  {
    code: 'revolutionary-areas-annual',
    programme: 'revolutionary-areas',
    name: '革命老区振兴年度指标',
    nameEn: 'Revolutionary areas: annual indicators',
    periodType: 'year',
    dueDays: 90,
    items: [
      ...REVOLUTIONARY_ELEMENTS.map((e) => e.code),
      ...REVOLUTIONARY_INDICATORS.map((i) => i.code),
    ],
    reporters: [{ area: PANSHI }, { area: WUCHUAN }, { area: XING }],
  },
  {
    code: 'revolutionary-areas-industry-half',
    programme: 'revolutionary-areas',
    name: '革命老区工业产值（半年）',
    nameEn: 'Revolutionary areas: industrial output by half-year',
    periodType: 'half',
    dueDays: 30,
    items: ['output_value_fen'],
    reporters: [{ area: XING }],
  },
];

/** The figures of FACTS.md as reporting forms (money in fen, shares in basis points). */
export const REVOLUTIONARY_FORMS: FormBody[] = [
  {
    set: 'revolutionary-areas-annual',
    area: PANSHI,
    period: '2024',
    values: [
      { element: 'visitors', value: 1_700_000 },
      { element: 'tourism_revenue_fen', value: 85_000_000_000 },
      { element: 'red_tourism_share', value: 7000, note: '70%以上 / more than 70%' },
    ],
  },
  {
    set: 'revolutionary-areas-annual',
    area: WUCHUAN,
    period: '2024',
    values: [
      { element: 'visitors', value: 806_000 },
      { element: 'tourism_revenue_fen', value: 13_000_000_000 },
    ],
  },
  {
    set: 'revolutionary-areas-annual',
    area: XING,
    period: '2024',
    values: [
      { element: 'visitors', value: 300_000, note: '蔡家崖 30万人次以上 / Caijiaya, 300,000+' },
    ],
  },
  {
    set: 'revolutionary-areas-industry-half',
    area: XING,
    period: '2025-H1',
    values: [
      {
        element: 'output_value_fen',
        value: 100_000_000_000,
        note: '铝合金厂 / the aluminium-alloy plant',
      },
    ],
  },
];

/** Loads the model, the target and the figures; returns how many forms it saved. */
export async function loadDemoIndicators(database: Database): Promise<number> {
  const ctx = { actor: systemActor('demo'), db: database.db };
  const there = await database.db
    .selectFrom('indicatorSets')
    .select('code')
    .where('code', '=', 'revolutionary-areas-annual')
    .executeTakeFirst();
  if (there) return 0;
  for (const e of REVOLUTIONARY_ELEMENTS) await createElement(ctx, e);
  for (const f of REVOLUTIONARY_INDICATORS) await createFormula(ctx, f);
  for (const s of REVOLUTIONARY_SETS) await createSet(ctx, s);
  await putTarget(ctx, { element: 'visitors', area: WUCHUAN, period: '2025', value: 1_000_000 });
  for (const form of REVOLUTIONARY_FORMS) await saveForm(ctx, form);
  return REVOLUTIONARY_FORMS.length;
}
