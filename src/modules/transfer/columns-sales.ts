/**
 * The columns of consumption-aid sales (decision 0064): one row per donor, recipient area,
 * month, channel, product category and product, as the API records them. The product is
 * required here (the API allows none): with the donor, area, month, channel and category it
 * identifies the row, so that a second import finds it.
 */
import { type Column, EXAMPLE_CODE, PROGRAMME_COLUMN, yesNo } from './columns.js';

export const SALE_COLUMNS: Column[] = [
  PROGRAMME_COLUMN,
  {
    field: 'donor',
    header: { zh: '援助方', en: 'Donor', ug: 'ياردەم بەرگۈچى تەرەپ' },
    comment: {
      zh: '销售渠道所属的援助方单位，从下拉列表选择（名称 [代码]）。',
      en: 'The donor whose channel sold the products; pick from the list (name [code]).',
      ug: 'سېتىش يولى تەۋە بولغان ياردەم بەرگۈچى ئورۇن، تاللاش تىزىملىكىدىن تاللاڭ (نامى [كودى]).',
    },
    type: 'code',
    list: 'orgs',
    width: 20,
    example: '110000',
  },
  {
    field: 'area',
    header: { zh: '产地', en: 'Area of origin', ug: 'ئىشلەپچىقىرىلغان رايون' },
    comment: {
      zh: '产品来自的受援地区，从下拉列表选择。',
      en: 'The recipient area the products come from; pick from the list.',
      ug: 'مەھسۇلات كەلگەن ياردەم قوبۇل قىلغۇچى رايون، تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'areas',
    width: 18,
    example: '653201',
  },
  {
    field: 'month',
    header: { zh: '月份', en: 'Month', ug: 'ئاي' },
    comment: {
      zh: '年月，如 2026-04。',
      en: 'Year and month, e.g. 2026-04.',
      ug: 'يىل ۋە ئاي، مەسىلەن 2026-04.',
    },
    type: 'month',
    width: 10,
    example: '2026-04',
  },
  {
    field: 'channel',
    header: { zh: '销售渠道', en: 'Channel', ug: 'سېتىش يولى' },
    comment: {
      zh: '从下拉列表选择。',
      en: 'Pick from the list.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'saleChannels',
    width: 14,
    example: 'online-platform',
  },
  {
    field: 'productCategory',
    header: { zh: '产品类别', en: 'Product category', ug: 'مەھسۇلات تۈرى' },
    comment: {
      zh: '从下拉列表选择。',
      en: 'Pick from the list.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'productCategories',
    width: 14,
    example: 'dried-fruit',
  },
  {
    field: 'product',
    header: { zh: '产品', en: 'Product', ug: 'مەھسۇلات' },
    comment: {
      zh: '产品名称，最多 200 字。援助方、产地、月份、渠道、类别和产品相同的记录已存在时整行跳过。',
      en: 'The product, at most 200 characters. A sale of the same donor, area, month, channel, category and product that exists already skips the row.',
      ug: 'مەھسۇلات نامى، ئەڭ كۆپ 200 خەت. ياردەم بەرگۈچى تەرىپى، ئىشلەپچىقىرىلغان رايونى، ئېيى، سېتىش يولى، تۈرى ۋە مەھسۇلاتى ئوخشاش خاتىرە مەۋجۇت بولسا پۈتۈن قۇر ئاتلاپ ئۆتۈلىدۇ.',
    },
    type: 'text',
    width: 20,
    example: EXAMPLE_CODE,
  },
  {
    field: 'amountFen',
    header: { zh: '销售额（元）', en: 'Sales (yuan)', ug: 'سېتىش سوممىسى (يۈەن)' },
    comment: {
      zh: '单位：元（不是万元），不小于 0，最多两位小数。',
      en: 'In yuan (not 10,000 yuan), at least 0, at most two decimals.',
      ug: 'بىرلىكى: يۈەن (تۈمەن يۈەن ئەمەس)، 0 دىن كىچىك ئەمەس، ئەڭ كۆپ ئىككى خانە ئونلۇق.',
    },
    type: 'yuan',
    width: 16,
    example: 120_000,
  },
  {
    field: 'quantity',
    header: { zh: '数量', en: 'Quantity', ug: 'مىقدارى' },
    comment: {
      zh: '整数，不小于 0，单位见下一列。',
      en: 'A whole number, at least 0, in the unit.',
      ug: 'پۈتۈن سان، 0 دىن كىچىك ئەمەس، بىرلىكى كېيىنكى ئىستوندا.',
    },
    type: 'int',
    width: 10,
    example: 8,
  },
  {
    field: 'unit',
    header: { zh: '单位', en: 'Unit', ug: 'بىرلىك' },
    comment: {
      zh: '如 吨、箱，最多 20 字。',
      en: 'E.g. 吨 (tonnes), 箱 (boxes); at most 20 characters.',
      ug: 'مەسىلەن توننا، يەشىك؛ ئەڭ كۆپ 20 خەت.',
    },
    type: 'text',
    width: 8,
    example: '吨',
  },
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
