/**
 * The columns of exchange activities (decision 0064): one row per activity. An activity has no
 * code: its title, start date and organisers identify it. Organisers and areas are several codes
 * in one cell, `;`-separated.
 */
import { type Column, EXAMPLE_CODE, PROGRAMME_COLUMN, yesNo } from './columns.js';

export const EXCHANGE_COLUMNS: Column[] = [
  PROGRAMME_COLUMN,
  {
    field: 'kind',
    header: { zh: '活动类型', en: 'Kind', ug: 'پائالىيەت تىپى' },
    comment: {
      zh: '从下拉列表选择。',
      en: 'Pick from the list.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'exchangeKinds',
    width: 14,
    example: 'study-tour',
  },
  {
    field: 'title',
    header: { zh: '活动名称', en: 'Title', ug: 'پائالىيەت نامى' },
    comment: {
      zh: '最多 300 字。名称、开始日期和组织单位相同的活动已存在时整行跳过。',
      en: 'At most 300 characters. An activity of the same title, start date and organisers that exists already skips the row.',
      ug: 'ئەڭ كۆپ 300 خەت. نامى، باشلىنىش چېسلاسى ۋە ئۇيۇشتۇرغۇچى ئورۇنلىرى ئوخشاش پائالىيەت مەۋجۇت بولسا پۈتۈن قۇر ئاتلاپ ئۆتۈلىدۇ.',
    },
    type: 'text',
    width: 30,
    example: EXAMPLE_CODE,
  },
  {
    field: 'organisers',
    header: { zh: '组织单位', en: 'Organisers', ug: 'ئۇيۇشتۇرغۇچى ئورۇنلار' },
    comment: {
      zh: '组织活动的援助方单位，从下拉列表选择；多个单位用分号隔开，如 110000; 310000（跨省结对活动）。',
      en: 'The organising donors; pick from the list, several separated by semicolons, e.g. 110000; 310000 (a cross-pair activity).',
      ug: 'پائالىيەتنى ئۇيۇشتۇرغان ياردەم بەرگۈچى ئورۇنلار، تاللاش تىزىملىكىدىن تاللاڭ؛ بىر نەچچىسىنى چېكىتلىك پەش بىلەن ئايرىڭ، مەسىلەن 110000; 310000 (ئۆلكە ھالقىغان جۈپلىشىش پائالىيىتى).',
    },
    type: 'codes',
    list: 'orgs',
    width: 24,
    example: '110000',
  },
  {
    field: 'areas',
    header: { zh: '受援地区', en: 'Areas', ug: 'ياردەم قوبۇل قىلغۇچى رايونلار' },
    comment: {
      zh: '从下拉列表选择；多个地区用分号隔开。',
      en: 'Pick from the list; several separated by semicolons.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ؛ بىر نەچچىسىنى چېكىتلىك پەش بىلەن ئايرىڭ.',
    },
    type: 'codes',
    list: 'areas',
    width: 24,
    example: '653201',
  },
  {
    field: 'startDate',
    header: { zh: '开始日期', en: 'Start date', ug: 'باشلىنىش چېسلاسى' },
    comment: {
      zh: '日期，如 2026-07-10。',
      en: 'A date, e.g. 2026-07-10.',
      ug: 'چېسلا، مەسىلەن 2026-07-10.',
    },
    type: 'date',
    width: 14,
    example: '2026-07-10',
  },
  {
    field: 'endDate',
    header: { zh: '结束日期', en: 'End date', ug: 'ئاخىرلىشىش چېسلاسى' },
    comment: {
      zh: '不早于开始日期。',
      en: 'Not before the start date.',
      ug: 'باشلىنىش چېسلاسىدىن بۇرۇن بولمايدۇ.',
    },
    type: 'date',
    width: 14,
    example: '2026-07-20',
  },
  {
    field: 'place',
    header: { zh: '活动地点', en: 'Place', ug: 'پائالىيەت ئورنى' },
    comment: {
      zh: '可不填；最多 300 字。',
      en: 'Optional; at most 300 characters.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ؛ ئەڭ كۆپ 300 خەت.',
    },
    type: 'text',
    width: 20,
    example: null,
  },
  {
    field: 'participantsLocal',
    header: {
      zh: '新疆参加人数',
      en: 'Participants from Xinjiang',
      ug: 'شىنجاڭدىن قاتناشقانلار سانى',
    },
    comment: {
      zh: '整数，不小于 0。',
      en: 'A whole number, at least 0.',
      ug: 'پۈتۈن سان، 0 دىن كىچىك ئەمەس.',
    },
    type: 'int',
    width: 12,
    example: 30,
  },
  {
    field: 'participantsDonor',
    header: {
      zh: '援助方参加人数',
      en: 'Participants from the donor side',
      ug: 'ياردەم بەرگۈچى تەرەپتىن قاتناشقانلار سانى',
    },
    comment: {
      zh: '整数，不小于 0。',
      en: 'A whole number, at least 0.',
      ug: 'پۈتۈن سان، 0 دىن كىچىك ئەمەس.',
    },
    type: 'int',
    width: 12,
    example: 10,
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
