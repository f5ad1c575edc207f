/**
 * The columns of companies and of their cases (decision 0064): two kinds, each its own
 * template. A company is identified by its unified social credit code; a case names its company
 * by that code and is identified by company, category, description and the day it was opened.
 */
import { type Column, EXAMPLE_CODE, PROGRAMME_COLUMN, yesNo } from './columns.js';

const yuan = (field: string, zh: string, en: string, example: number): Column => ({
  field,
  header: { zh: `${zh}（元）`, en: `${en} (yuan)` },
  comment: {
    zh: '单位：元（不是万元），不小于 0，最多两位小数。',
    en: 'In yuan (not 10,000 yuan), at least 0, at most two decimals.',
  },
  type: 'yuan',
  width: 16,
  example,
});

const int = (field: string, zh: string, en: string, comment: Column['comment'], example: number) =>
  ({ field, header: { zh, en }, comment, type: 'int', width: 10, example }) satisfies Column;

export const COMPANY_COLUMNS: Column[] = [
  {
    field: 'creditCode',
    header: { zh: '统一社会信用代码', en: 'Credit code' },
    comment: {
      zh: '18 位统一社会信用代码（GB 32100，校验末位）。已登记的代码整行跳过（导入不修改已有企业）。',
      en: 'The 18-character unified social credit code (GB 32100, check character verified). A code registered already skips the row (an import does not change existing companies).',
    },
    type: 'text',
    width: 22,
    example: EXAMPLE_CODE,
  },
  {
    field: 'name',
    header: { zh: '企业名称', en: 'Name' },
    comment: { zh: '最多 200 字。', en: 'At most 200 characters.' },
    type: 'text',
    width: 28,
    example: '和田某某食品有限公司',
  },
  {
    field: 'industry',
    header: { zh: '行业', en: 'Industry' },
    comment: { zh: '最多 100 字。', en: 'At most 100 characters.' },
    type: 'text',
    width: 14,
    example: '食品加工',
  },
  PROGRAMME_COLUMN,
  {
    field: 'donor',
    header: { zh: '引进援助方', en: 'Donor' },
    comment: {
      zh: '引进企业的援助方单位，从下拉列表选择（名称 [代码]）。',
      en: 'The donor that brought the company in; pick from the list (name [code]).',
    },
    type: 'code',
    list: 'orgs',
    width: 20,
    example: '110000',
  },
  {
    field: 'area',
    header: { zh: '落地地区', en: 'Area' },
    comment: {
      zh: '企业所在的受援地区，从下拉列表选择。',
      en: 'Where the company is; pick from the list.',
    },
    type: 'code',
    list: 'areas',
    width: 18,
    example: '653201',
  },
  {
    field: 'signedOn',
    header: { zh: '签约日期', en: 'Signed on' },
    comment: {
      zh: '签约或注册日期，如 2026-03-01。',
      en: 'Signed or registered, e.g. 2026-03-01.',
    },
    type: 'date',
    width: 14,
    example: '2026-03-01',
  },
  yuan('investmentPlannedFen', '计划投资', 'Investment planned', 5_000_000),
  yuan('investmentArrivedFen', '到位投资', 'Investment arrived', 2_000_000),
  int('jobsPlanned', '计划就业', 'Jobs planned', { zh: '整数。', en: 'A whole number.' }, 100),
  int('jobsActual', '实际就业', 'Jobs actual', { zh: '整数。', en: 'A whole number.' }, 60),
  int(
    'localHires',
    '本地就业',
    'Local hires',
    {
      zh: '实际就业中的本地人数，不多于实际就业。',
      en: 'Of the actual jobs, local people; at most the actual jobs.',
    },
    50,
  ),
  {
    field: 'note',
    header: { zh: '备注', en: 'Note' },
    comment: { zh: '可不填。', en: 'Optional.' },
    type: 'text',
    width: 24,
    example: null,
  },
  yesNo('published', { zh: '公开', en: 'Published' }, 8, false),
];

export const CASE_COLUMNS: Column[] = [
  {
    field: 'company',
    header: { zh: '企业统一社会信用代码', en: 'Company credit code' },
    comment: {
      zh: '已登记企业的统一社会信用代码；须是您可录入的企业。',
      en: 'The credit code of a registered company, one you may enter cases for.',
    },
    type: 'text',
    width: 22,
    example: EXAMPLE_CODE,
  },
  {
    field: 'category',
    header: { zh: '诉求类别', en: 'Category' },
    comment: { zh: '从下拉列表选择。', en: 'Pick from the list.' },
    type: 'code',
    list: 'caseCategories',
    width: 14,
    example: 'land',
  },
  {
    field: 'description',
    header: { zh: '诉求内容', en: 'Description' },
    comment: {
      zh: '最多 4000 字。企业、类别、内容和提出日期相同的诉求已存在时整行跳过。',
      en: 'At most 4,000 characters. A case of the same company, category, description and day that exists already skips the row.',
    },
    type: 'text',
    width: 40,
    example: '厂房用地手续办理',
  },
  {
    field: 'openedAt',
    header: { zh: '提出日期', en: 'Opened on' },
    comment: {
      zh: '企业提出诉求的日期，如 2026-04-01（导入的诉求状态为「待办」，办理记录不在表中）。',
      en: 'The day the company asked, e.g. 2026-04-01 (an imported case is open; responses are not in the workbook).',
    },
    type: 'date',
    width: 14,
    example: '2026-04-01',
  },
];
