/**
 * The report's words in Chinese, English and Uyghur, for the PDF the server draws (the web page
 * has its own in web/src/i18n, namespace `reports`; the Uyghur words here are the same as the
 * print page's, decision 0072). Stage and warning-kind names for all three.
 */
import { STAGE_NAMES_UG } from '../../domain/problem-catalogue-ug.js';
import type { Stage } from '../../domain/stages.js';
import { STAGE_NAMES_ZH } from '../../domain/stages.js';

export const REPORT_LANGS = ['zh', 'en', 'ug'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

const STAGE_NAMES_EN: Record<Stage, string> = {
  reserve: 'Reserve',
  approved: 'Approved',
  tendering: 'Tendering',
  started: 'Started',
  completed: 'Completed',
  accepted: 'Accepted and handed over',
  audited: 'Final accounts audited',
  evaluated: 'Performance evaluated',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
};

export function stageName(stage: Stage, lang: ReportLang): string {
  return lang === 'zh'
    ? STAGE_NAMES_ZH[stage]
    : lang === 'ug'
      ? STAGE_NAMES_UG[stage]
      : STAGE_NAMES_EN[stage];
}

const WARNING_KIND_NAMES: Record<string, Record<ReportLang, string>> = {
  'not-started': {
    zh: '未按期开工',
    en: 'Not started on time',
    ug: 'ۋاقتىدا قۇرۇلۇش باشلانمىدى',
  },
  'no-disbursement': {
    zh: '长期未拨付',
    en: 'No disbursement for months',
    ug: 'ئۇزۇندىن بېرى ئاجرىتىلمىدى',
  },
  'stage-overdue': { zh: '阶段逾期', en: 'Stage overdue', ug: 'باسقۇچ ۋاقتى ئۆتۈپ كەتتى' },
  'acceptance-pending': {
    zh: '完工未验收',
    en: 'Completed, not accepted',
    ug: 'تاماملانغان، تەكشۈرۈپ قوبۇل قىلىنمىغان',
  },
  'term-ending': { zh: '任期将满', en: 'Term ending', ug: 'ۋەزىپە مۇددىتى توشاي دەپ قالدى' },
  'case-late': {
    zh: '诉求逾期未办',
    en: 'Company request late',
    ug: 'تەلەپ ۋاقتىدا بىر تەرەپ قىلىنمىدى',
  },
  'report-late': {
    zh: '指标逾期未报',
    en: 'Indicator report late',
    ug: 'كۆرسەتكۈچ ۋاقتىدا مەلۇم قىلىنمىدى',
  },
};

export function warningKindName(kind: string, lang: ReportLang): string {
  return WARNING_KIND_NAMES[kind]?.[lang] ?? kind;
}

export const WORDS = {
  zh: {
    titleDonor: '{name} {year} 年度对口支援工作报告',
    titleArea: '{name} {year} 年度受援工作报告',
    generated: '生成于 {date}（山海）。金额单位：万元。仅含查看者有权查看的数据。',
    funds: '一、资金',
    committed: '承诺',
    arrived: '到位',
    disbursed: '拨付',
    spent: '支出',
    fundsByArea: '按受援地州',
    fundsByDonor: '按援助方',
    chartFunds: '承诺与拨付资金（万元）',
    rules: '二、两个80%',
    rulesArea: '二、在本地有资金的援助方的两个80%（各援助方全部受援地）',
    programme: '项目类别',
    basis: '口径',
    plan: '计划',
    actual: '实际',
    total: '总额',
    county: '县及县以下',
    livelihood: '民生',
    threshold: '标准',
    margin: '余量',
    pass: '达标',
    fail: '未达标',
    na: '—',
    projects: '三、项目',
    projectCount: '计划年度项目 {n} 个，带动就业 {jobs} 人',
    byStage: '按阶段',
    byType: '按类型',
    chartStages: '项目数（按当前阶段）',
    type: '类型',
    count: '个数',
    largest: '最大的 {n} 个项目（按预算）',
    code: '编号',
    name: '名称',
    donor: '援助方',
    stage: '阶段',
    budget: '预算',
    areas: '地点',
    people: '四、干部人才',
    sent: '当年选派 {n} 人（其中柔性 {flex} 人）；目前在岗 {now} 人（柔性 {flexNow} 人）',
    batches: '批次',
    batch: '第 {n} 批',
    startsOn: '开始',
    sentBy: '选派人数',
    training: '五、培训、企业与消费帮扶',
    trainingLine: '培训 {n} 人，{times} 人次，培训后就业 {jobs} 人',
    companiesLine: '引进企业 {n} 家，到位投资 {inv} 万元，带动就业 {jobs} 人，未办结诉求 {open} 件',
    salesLine: '消费帮扶销售额 {sales} 万元',
    indicators: '六、成效指标',
    indicator: '指标',
    value: '数值',
    noIndicators: '本年度无填报的指标值',
    warnings: '七、预警',
    warningsLine:
      '待处理 {open} 条，已确认 {ack} 条，已解决 {resolved} 条，已忽略 {dismissed} 条（当前状态）',
    kind: '类型',
    subject: '对象',
    detected: '发现日期',
    hidden: '无权查看此部分',
    none: '无',
    page: '第 {n} 页',
    unitWan: '万元',
  },
  en: {
    titleDonor: '{name}: annual work report {year}',
    titleArea: '{name}: annual report of assistance received, {year}',
    generated:
      'Generated on {date} by Shanhai. Amounts in 10,000 yuan (万元). Only data the reader may see.',
    funds: '1. Funds',
    committed: 'Committed',
    arrived: 'Arrived',
    disbursed: 'Disbursed',
    spent: 'Spent',
    fundsByArea: 'By recipient prefecture',
    fundsByDonor: 'By donor',
    chartFunds: 'Committed and disbursed (10,000 yuan)',
    rules: '2. The two 80% rules',
    rulesArea: '2. The two 80% rules of the donors with money here (over all their areas)',
    programme: 'Programme',
    basis: 'Basis',
    plan: 'Plan',
    actual: 'Actual',
    total: 'Total',
    county: 'County and below',
    livelihood: 'Livelihood',
    threshold: 'Threshold',
    margin: 'Margin',
    pass: 'pass',
    fail: 'FAIL',
    na: '—',
    projects: '3. Projects',
    projectCount: '{n} projects of the plan year, {jobs} jobs created',
    byStage: 'By stage',
    byType: 'By type',
    chartStages: 'Projects by current stage',
    type: 'Type',
    count: 'Projects',
    largest: 'The {n} largest projects (by budget)',
    code: 'Code',
    name: 'Name',
    donor: 'Donor',
    stage: 'Stage',
    budget: 'Budget',
    areas: 'Places',
    people: '4. Aid personnel',
    sent: '{n} sent in the year ({flex} flexible); {now} serving today ({flexNow} flexible)',
    batches: 'Batches',
    batch: 'Batch {n}',
    startsOn: 'Starts',
    sentBy: 'Sent',
    training: '5. Training, companies and consumption aid',
    trainingLine: '{n} people trained, {times} person-times, {jobs} found jobs after training',
    companiesLine:
      '{n} companies brought in, investment arrived {inv} (10,000 yuan), {jobs} jobs, {open} requests open',
    salesLine: 'Consumption-aid sales {sales} (10,000 yuan)',
    indicators: '6. Outcome indicators',
    indicator: 'Indicator',
    value: 'Value',
    noIndicators: 'No indicator values reported for the year',
    warnings: '7. Warnings',
    warningsLine:
      '{open} open, {ack} acknowledged, {resolved} resolved, {dismissed} dismissed (as they stand)',
    kind: 'Kind',
    subject: 'About',
    detected: 'Detected',
    hidden: 'You may not see this section',
    none: 'None',
    page: 'Page {n}',
    unitWan: '×10,000 yuan',
  },
  ug: {
    titleDonor: '{name} نىڭ {year}-يىللىق جۈپلىشىپ ياردەم بېرىش خىزمىتى دوكلاتى',
    titleArea: '{name} نىڭ {year}-يىللىق ياردەم قوبۇل قىلىش خىزمىتى دوكلاتى',
    generated:
      '{date} دا ھاسىل قىلىندى (شەنخەي). سومما بىرلىكى: تۈمەن يۈەن. پەقەت كۆرگۈچىنىڭ كۆرۈش ھوقۇقى بار سانلىق مەلۇماتلارلا ئۆز ئىچىگە ئېلىندى.',
    funds: '1. مەبلەغ',
    committed: 'ۋەدە',
    arrived: 'ئورنىغا يەتكەن',
    disbursed: 'ئاجرىتىلغان',
    spent: 'چىقىم',
    fundsByArea: 'ياردەم قوبۇل قىلغۇچى ۋىلايەت-ئوبلاستلار بويىچە',
    fundsByDonor: 'ياردەم بەرگۈچى تەرەپلەر بويىچە',
    chartFunds: 'ۋەدە قىلىنغان ۋە ئاجرىتىلغان مەبلەغ (تۈمەن يۈەن)',
    rules: '2. ئىككى \u206680%\u2069',
    rulesArea:
      '2. بۇ يەردە مەبلىغى بار ياردەم بەرگۈچى تەرەپلەرنىڭ ئىككى \u206680%\u2069 ى (ھەر بىر ياردەم بەرگۈچى تەرەپنىڭ بارلىق ياردەم قوبۇل قىلغۇچى رايونلىرى)',
    programme: 'تۈر كاتېگورىيەسى',
    basis: 'ئۆلچەم',
    plan: 'پىلان',
    actual: 'ئەمەلىي',
    total: 'ئومۇمىي سومما',
    county: 'ناھىيە ۋە ئۇنىڭدىن تۆۋەن',
    livelihood: 'خەلق تۇرمۇشى',
    threshold: 'بەلگىلىمە',
    margin: 'ئارتۇقچىلىقى',
    pass: 'ئۆلچەمگە يەتتى',
    fail: 'ئۆلچەمگە يەتمىدى',
    na: '—',
    projects: '3. تۈرلەر',
    projectCount: 'پىلان يىلىدىكى تۈر {n}، ئىشقا ئورۇنلاشتۇرۇش {jobs} ئادەم',
    byStage: 'نۆۋەتتىكى باسقۇچ بويىچە',
    byType: 'تىپى بويىچە',
    chartStages: 'تۈر سانى (نۆۋەتتىكى باسقۇچ بويىچە)',
    type: 'تىپى',
    count: 'سانى',
    largest: 'ئەڭ چوڭ {n} تۈر (خامچوت بويىچە)',
    code: 'نومۇرى',
    name: 'نامى',
    donor: 'ياردەم بەرگۈچى تەرەپ',
    stage: 'باسقۇچ',
    budget: 'خامچوت',
    areas: 'ئورنى',
    people: '4. كادىر-ئىختىساسلىقلار',
    sent: 'شۇ يىلى {n} ئادەم ئەۋەتىلدى (ئۇنىڭ ئىچىدە جانلىق ئەۋەتىلگىنى {flex})؛ ھازىر ۋەزىپىدە {now} ئادەم (جانلىق ئەۋەتىلگىنى {flexNow})',
    batches: 'تۈركۈم',
    batch: '{n}-تۈركۈم',
    startsOn: 'باشلىنىش چېسلاسى',
    sentBy: 'ئەۋەتىلگەنلەر سانى',
    training: '5. تەربىيەلەش، كارخانا ۋە ئىستېمال ئارقىلىق ياردەم',
    trainingLine:
      'تەربىيەلەنگۈچى {n} ئادەم، {times} ئادەم-قېتىم، تەربىيەلەنگەندىن كېيىن ئىشقا ئورۇنلاشقىنى {jobs} ئادەم',
    companiesLine:
      'كارخانا {n} جەلپ قىلىندى، ئورنىغا يەتكەن مەبلەغ سېلىش {inv} تۈمەن يۈەن، ئىشقا ئورۇنلاشتۇرۇش {jobs} ئادەم، بىر تەرەپ قىلىنمىغان تەلەپ {open}',
    salesLine: 'ئىستېمال ئارقىلىق ياردەم سېتىش سوممىسى {sales} تۈمەن يۈەن',
    indicators: '6. ئۈنۈم كۆرسەتكۈچلىرى',
    indicator: 'كۆرسەتكۈچ',
    value: 'قىممىتى',
    noIndicators: 'بۇ يىل تولدۇرۇلغان كۆرسەتكۈچ قىممىتى يوق',
    warnings: '7. ئاگاھلاندۇرۇش',
    warningsLine:
      'بىر تەرەپ قىلىنىدىغىنى {open}، جەزملەنگىنى {ack}، ھەل قىلىنغىنى {resolved}، نەزەردىن ساقىت قىلىنغىنى {dismissed} (نۆۋەتتىكى ھالىتى)',
    kind: 'تىپى',
    subject: 'ئوبيېكت',
    detected: 'بايقالغان چېسلا',
    hidden: 'بۇ قىسىمنى كۆرۈش ھوقۇقىڭىز يوق',
    none: 'يوق',
    page: '{n}-بەت',
    unitWan: 'تۈمەن يۈەن',
  },
} as const;

export type Words = { [K in keyof (typeof WORDS)['zh']]: string };

/** A sentence with its `{name}` placeholders filled. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** Fen as 万元 with two decimals, rounded half up, with thousands separators; exact for BigInt. */
export function wan(fen: number | bigint): string {
  const big = BigInt(fen);
  const sign = big < 0n ? '-' : '';
  const abs = big < 0n ? -big : big;
  const hundredths = (abs + 5_000n) / 10_000n; // 0.01 万元 = 10,000 fen
  const whole = (hundredths / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

/** Basis points as a percentage with one decimal: 7861 → "78.6%". */
export function percent(bp: number): string {
  return `${(Math.floor(bp / 10) / 10).toFixed(1)}%`;
}
