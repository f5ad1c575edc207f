/**
 * The columns of companies and of their cases (decision 0064): two kinds, each its own
 * template. A company is identified by its unified social credit code; a case names its company
 * by that code and is identified by company, category, description and the day it was opened.
 */
import { type Column, EXAMPLE_CODE, PROGRAMME_COLUMN, yesNo } from './columns.js';

const yuan = (field: string, zh: string, en: string, ug: string, example: number): Column => ({
  field,
  header: { zh: `${zh}（元）`, en: `${en} (yuan)`, ug: `${ug} (يۈەن)` },
  comment: {
    zh: '单位：元（不是万元），不小于 0，最多两位小数。',
    en: 'In yuan (not 10,000 yuan), at least 0, at most two decimals.',
    ug: 'بىرلىكى: يۈەن (تۈمەن يۈەن ئەمەس)، 0 دىن كىچىك ئەمەس، ئەڭ كۆپ ئىككى خانە ئونلۇق.',
  },
  type: 'yuan',
  width: 16,
  example,
});

const int = (
  field: string,
  header: Column['header'],
  comment: Column['comment'],
  example: number,
) => ({ field, header, comment, type: 'int', width: 10, example }) satisfies Column;

export const COMPANY_COLUMNS: Column[] = [
  {
    field: 'creditCode',
    header: {
      zh: '统一社会信用代码',
      en: 'Credit code',
      ug: 'ئىجتىمائىي ئىناۋەت بىرلىككە كەلگەن كودى',
    },
    comment: {
      zh: '18 位统一社会信用代码（GB 32100，校验末位）。已登记的代码整行跳过（导入不修改已有企业）。',
      en: 'The 18-character unified social credit code (GB 32100, check character verified). A code registered already skips the row (an import does not change existing companies).',
      ug: '18 خانىلىق ئىجتىمائىي ئىناۋەت بىرلىككە كەلگەن كودى (GB 32100، ئاخىرقى تەكشۈرۈش خانىسى تەكشۈرۈلىدۇ). تىزىملانغان كودنىڭ پۈتۈن قۇرى ئاتلاپ ئۆتۈلىدۇ (كىرگۈزۈش مەۋجۇت كارخانىلارنى ئۆزگەرتمەيدۇ).',
    },
    type: 'text',
    width: 22,
    example: EXAMPLE_CODE,
  },
  {
    field: 'name',
    header: { zh: '企业名称', en: 'Name', ug: 'كارخانا نامى' },
    comment: { zh: '最多 200 字。', en: 'At most 200 characters.', ug: 'ئەڭ كۆپ 200 خەت.' },
    type: 'text',
    width: 28,
    example: '和田某某食品有限公司',
  },
  {
    field: 'industry',
    header: { zh: '行业', en: 'Industry', ug: 'كەسىپ' },
    comment: { zh: '最多 100 字。', en: 'At most 100 characters.', ug: 'ئەڭ كۆپ 100 خەت.' },
    type: 'text',
    width: 14,
    example: '食品加工',
  },
  PROGRAMME_COLUMN,
  {
    field: 'donor',
    header: { zh: '引进援助方', en: 'Donor', ug: 'ياردەم بەرگۈچى تەرەپ' },
    comment: {
      zh: '引进企业的援助方单位，从下拉列表选择（名称 [代码]）。',
      en: 'The donor that brought the company in; pick from the list (name [code]).',
      ug: 'كارخانىنى جەلپ قىلغان ياردەم بەرگۈچى ئورۇن، تاللاش تىزىملىكىدىن تاللاڭ (نامى [كودى]).',
    },
    type: 'code',
    list: 'orgs',
    width: 20,
    example: '110000',
  },
  {
    field: 'area',
    header: { zh: '落地地区', en: 'Area', ug: 'رايون' },
    comment: {
      zh: '企业所在的受援地区，从下拉列表选择。',
      en: 'Where the company is; pick from the list.',
      ug: 'كارخانا جايلاشقان ياردەم قوبۇل قىلغۇچى رايون، تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'areas',
    width: 18,
    example: '653201',
  },
  {
    field: 'signedOn',
    header: { zh: '签约日期', en: 'Signed on', ug: 'توختام تۈزۈلگەن چېسلا' },
    comment: {
      zh: '签约或注册日期，如 2026-03-01。',
      en: 'Signed or registered, e.g. 2026-03-01.',
      ug: 'توختام تۈزۈلگەن ياكى تىزىملاتقان چېسلا، مەسىلەن 2026-03-01.',
    },
    type: 'date',
    width: 14,
    example: '2026-03-01',
  },
  yuan('investmentPlannedFen', '计划投资', 'Investment planned', 'پىلانلانغان مەبلەغ', 5_000_000),
  yuan(
    'investmentArrivedFen',
    '到位投资',
    'Investment arrived',
    'ئورنىغا يەتكەن مەبلەغ',
    2_000_000,
  ),
  int(
    'jobsPlanned',
    { zh: '计划就业', en: 'Jobs planned', ug: 'پىلانلانغان ئىشقا ئورۇنلىشىش' },
    { zh: '整数。', en: 'A whole number.', ug: 'پۈتۈن سان.' },
    100,
  ),
  int(
    'jobsActual',
    { zh: '实际就业', en: 'Jobs actual', ug: 'ئەمەلىي ئىشقا ئورۇنلىشىش' },
    { zh: '整数。', en: 'A whole number.', ug: 'پۈتۈن سان.' },
    60,
  ),
  int(
    'localHires',
    { zh: '本地就业', en: 'Local hires', ug: 'يەرلىك ئىشقا ئورۇنلىشىش' },
    {
      zh: '实际就业中的本地人数，不多于实际就业。',
      en: 'Of the actual jobs, local people; at most the actual jobs.',
      ug: 'ئەمەلىي ئىشقا ئورۇنلاشقانلار ئىچىدىكى يەرلىك كىشىلەر سانى، ئەمەلىي ئىشقا ئورۇنلاشقانلاردىن كۆپ بولمايدۇ.',
    },
    50,
  ),
  {
    field: 'note',
    header: { zh: '备注', en: 'Note', ug: 'ئىزاھات' },
    comment: { zh: '可不填。', en: 'Optional.', ug: 'تولدۇرمىسىمۇ بولىدۇ.' },
    type: 'text',
    width: 24,
    example: null,
  },
  yesNo('published', { zh: '公开', en: 'Published', ug: 'ئاشكارىلاش' }, 8, false),
];

export const CASE_COLUMNS: Column[] = [
  {
    field: 'company',
    header: {
      zh: '企业统一社会信用代码',
      en: 'Company credit code',
      ug: 'كارخانىنىڭ ئىجتىمائىي ئىناۋەت كودى',
    },
    comment: {
      zh: '已登记企业的统一社会信用代码；须是您可录入的企业。',
      en: 'The credit code of a registered company, one you may enter cases for.',
      ug: 'تىزىملانغان كارخانىنىڭ ئىجتىمائىي ئىناۋەت كودى؛ سىز تەلەپ كىرگۈزەلەيدىغان كارخانا بولۇشى كېرەك.',
    },
    type: 'text',
    width: 22,
    example: EXAMPLE_CODE,
  },
  {
    field: 'category',
    header: { zh: '诉求类别', en: 'Category', ug: 'تەلەپ تۈرى' },
    comment: {
      zh: '从下拉列表选择。',
      en: 'Pick from the list.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'caseCategories',
    width: 14,
    example: 'land',
  },
  {
    field: 'description',
    header: { zh: '诉求内容', en: 'Description', ug: 'تەلەپ مەزمۇنى' },
    comment: {
      zh: '最多 4000 字。企业、类别、内容和提出日期相同的诉求已存在时整行跳过。',
      en: 'At most 4,000 characters. A case of the same company, category, description and day that exists already skips the row.',
      ug: 'ئەڭ كۆپ 4000 خەت. كارخانىسى، تۈرى، مەزمۇنى ۋە ئوتتۇرىغا قويۇلغان كۈنى ئوخشاش تەلەپ مەۋجۇت بولسا پۈتۈن قۇر ئاتلاپ ئۆتۈلىدۇ.',
    },
    type: 'text',
    width: 40,
    example: '厂房用地手续办理',
  },
  {
    field: 'openedAt',
    header: { zh: '提出日期', en: 'Opened on', ug: 'ئوتتۇرىغا قويۇلغان چېسلا' },
    comment: {
      zh: '企业提出诉求的日期，如 2026-04-01（导入的诉求状态为「待办」，办理记录不在表中）。',
      en: 'The day the company asked, e.g. 2026-04-01 (an imported case is open; responses are not in the workbook).',
      ug: 'كارخانا تەلەپ قويغان كۈن، مەسىلەن 2026-04-01 (كىرگۈزۈلگەن تەلەپنىڭ ھالىتى «بىر تەرەپ قىلىنمىغان»؛ بىر تەرەپ قىلىش خاتىرىسى جەدۋەلدە يوق).',
    },
    type: 'date',
    width: 14,
    example: '2026-04-01',
  },
];
