/**
 * The columns of indicator values (decision 0064): one row per value of a data element for a
 * recipient area, a period and optionally a donor, reported through an indicator set (whose
 * reporting units and period type the value must fit, as on the reporting form). Totals only:
 * a value split by category (a disaggregation cell) is not in the workbook.
 */
import { type Column, EXAMPLE_CODE } from './columns.js';

export const INDICATOR_VALUE_COLUMNS: Column[] = [
  {
    field: 'set',
    header: { zh: '指标集', en: 'Indicator set', ug: 'كۆرسەتكۈچ توپلىمى' },
    comment: {
      zh: '填报所用的指标集，从下拉列表选择；期间类型和填报单位须符合指标集。',
      en: 'The indicator set reported through; pick from the list. The period type and the reporting unit must be the set’s.',
      ug: 'تولدۇرۇشتا ئىشلىتىلىدىغان كۆرسەتكۈچ توپلىمى، تاللاش تىزىملىكىدىن تاللاڭ؛ مەزگىل تىپى ۋە تولدۇرغۇچى ئورۇن كۆرسەتكۈچ توپلىمىغا ماس كېلىشى كېرەك.',
    },
    type: 'code',
    list: 'indicatorSets',
    width: 24,
    example: null,
  },
  {
    field: 'area',
    header: { zh: '地区', en: 'Area', ug: 'رايون' },
    comment: {
      zh: '从下拉列表选择；须在您的填报范围内。',
      en: 'Pick from the list; it must be within your grants.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ؛ سىزنىڭ تولدۇرۇش دائىرىڭىز ئىچىدە بولۇشى كېرەك.',
    },
    type: 'code',
    list: 'areas',
    width: 18,
    example: '653201',
  },
  {
    field: 'period',
    header: { zh: '期间', en: 'Period', ug: 'مەزگىل' },
    comment: {
      zh: '年 2026、半年 2026-H1、季度 2026-Q3 或月 2026-07，按指标集的期间类型填写。',
      en: 'A year 2026, a half 2026-H1, a quarter 2026-Q3 or a month 2026-07, of the set’s period type.',
      ug: 'يىل 2026، يېرىم يىل 2026-H1، پەسىل 2026-Q3 ياكى ئاي 2026-07، كۆرسەتكۈچ توپلىمىنىڭ مەزگىل تىپى بويىچە تولدۇرۇڭ.',
    },
    type: 'text',
    width: 10,
    example: '2026',
  },
  {
    field: 'donor',
    header: { zh: '援助方', en: 'Donor', ug: 'ياردەم بەرگۈچى تەرەپ' },
    comment: {
      zh: '可不填（地区的数值）；援助方填报的数值填写援助方，从下拉列表选择。',
      en: 'Blank for the area’s own value; a donor’s value names the donor (pick from the list).',
      ug: 'رايوننىڭ ئۆز قىممىتى ئۈچۈن تولدۇرمىسىمۇ بولىدۇ؛ ياردەم بەرگۈچى تەرەپ تولدۇرغان قىممەتكە ياردەم بەرگۈچى تەرەپنى تاللاڭ (تاللاش تىزىملىكىدىن).',
    },
    type: 'code',
    list: 'orgs',
    width: 18,
    example: null,
  },
  {
    field: 'element',
    header: { zh: '数据元', en: 'Data element', ug: 'سانلىق مەلۇمات ئېلېمېنتى' },
    comment: {
      zh: '从下拉列表选择。同一指标集、地区、期间、援助方和数据元已有数值时整行跳过（导入不修改已有数值）。',
      en: 'Pick from the list. A value of the same set, area, period, donor and element that exists already skips the row (an import does not change existing values).',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ. كۆرسەتكۈچ توپلىمى، رايونى، مەزگىلى، ياردەم بەرگۈچى تەرىپى ۋە سانلىق مەلۇمات ئېلېمېنتى ئوخشاش قىممەت مەۋجۇت بولسا پۈتۈن قۇر ئاتلاپ ئۆتۈلىدۇ (كىرگۈزۈش مەۋجۇت قىممەتلەرنى ئۆزگەرتمەيدۇ).',
    },
    type: 'code',
    list: 'indicatorElements',
    width: 24,
    example: EXAMPLE_CODE,
  },
  {
    field: 'value',
    header: { zh: '数值', en: 'Value', ug: 'قىممەت' },
    comment: {
      zh: '数值型：数字（小数位不超过数据元的规定）；金额型：分（整数）；百分比型：基点（1% = 100）；文本型：文字。',
      en: 'A number element: a number (no more decimals than the element allows); money: integer fen; percentage: basis points (1% = 100); text: the text.',
      ug: 'سان تىپلىق: سان (ئونلۇق خانىسى سانلىق مەلۇمات ئېلېمېنتى بەلگىلىگەندىن ئېشىپ كەتمەيدۇ)؛ پۇل تىپلىق: پۇڭ (پۈتۈن سان)؛ پىرسەنت تىپلىق: ئاساسىي نۇقتا (1% = 100)؛ تېكىست تىپلىق: تېكىست.',
    },
    type: 'text',
    width: 14,
    example: '1200',
  },
  {
    field: 'note',
    header: { zh: '说明', en: 'Note', ug: 'ئىزاھات' },
    comment: {
      zh: '可不填；最多 500 字。',
      en: 'Optional; at most 500 characters.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ؛ ئەڭ كۆپ 500 خەت.',
    },
    type: 'text',
    width: 24,
    example: null,
  },
];
