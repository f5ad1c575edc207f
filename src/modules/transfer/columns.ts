/**
 * The columns of each kind's template: the body field each fills, its header and comment in
 * Chinese, English and Uyghur, its type, its list and the example row's value (decision 0050).
 */

export type ColumnType =
  | 'text'
  | 'code'
  /** Several codes of one list, `;`-separated. */
  | 'codes'
  | 'yuan'
  | 'date'
  /** A month, YYYY-MM (a text cell). */
  | 'month'
  | 'int'
  | 'percent'
  | 'bool'
  | 'shares';

/** The lists coded columns take their values from (the lists sheet has one column each). */
export type ListName =
  | 'programmes'
  | 'donors'
  | 'orgs'
  | 'areas'
  | 'types'
  | 'stages'
  | 'progressStages'
  | 'deliveryModes'
  | 'transactionTypes'
  | 'planned'
  | 'sexes'
  | 'postingModes'
  | 'trainingPlaces'
  | 'exchangeKinds'
  | 'saleChannels'
  | 'productCategories'
  | 'caseCategories'
  | 'indicatorSets'
  | 'indicatorElements';

/** A text in each template language: Chinese, English and Uyghur (decision 0060). */
export interface Text3 {
  zh: string;
  en: string;
  ug: string;
}

export interface Column {
  /** The body field it fills (`name.zh` for a nested one). */
  field: string;
  header: Text3;
  comment: Text3;
  type: ColumnType;
  list?: ListName;
  width: number;
  /** The example row's value, as the template shows it (a code for coded columns). */
  example: string | number | boolean | null;
  /**
   * A text column whose values look like numbers but are not (an ID card: a number keeps 15–16
   * digits and cannot hold the X check character): the template and the export format it as
   * text (`@`), and the importer refuses a number cell in it (`import.numberNotText`).
   */
  textOnly?: true;
}

/** Marks the template's example row: a row with this code is not imported. */
export const EXAMPLE_CODE = 'EXAMPLE-0001';

/** A yes/no column, blank meaning no. */
export const yesNo = (field: string, header: Text3, width: number, example: boolean): Column => ({
  field,
  header,
  comment: {
    zh: '是 / 否；不填为否。',
    en: 'Yes / no; blank: no.',
    ug: 'ھەئە / ياق؛ تولدۇرۇلمىسا ياق.',
  },
  type: 'bool',
  width,
  example,
});

/** The programme column: picked from the list; blank, the programme named when importing. */
export const PROGRAMME_COLUMN: Column = {
  field: 'programme',
  header: { zh: '援助计划', en: 'Programme', ug: 'ياردەم پىلانى' },
  comment: {
    zh: '从下拉列表选择；不填则取导入时指定的计划（--programme）。',
    en: 'Pick from the list; blank: the programme named when importing (--programme).',
    ug: 'تاللاش تىزىملىكىدىن تاللاڭ؛ تولدۇرۇلمىسا كىرگۈزگەندە بەلگىلەنگەن پىلان ئېلىنىدۇ (--programme).',
  },
  type: 'code',
  list: 'programmes',
  width: 18,
  example: 'xinjiang',
};

export const PROJECT_COLUMNS: Column[] = [
  {
    field: 'code',
    header: { zh: '项目编号', en: 'Project code', ug: 'تۈر نومۇرى' },
    comment: {
      zh: '唯一编号，如 XJ-2026-BJ-0001。已存在的编号整行跳过（导入不修改已有项目）。',
      en: 'Unique code, e.g. XJ-2026-BJ-0001. A code that exists already skips the row (an import does not change existing projects).',
      ug: 'بىردىنبىر نومۇر، مەسىلەن XJ-2026-BJ-0001. مەۋجۇت نومۇرنىڭ پۈتۈن قۇرى ئاتلاپ ئۆتۈلىدۇ (كىرگۈزۈش مەۋجۇت تۈرلەرنى ئۆزگەرتمەيدۇ).',
    },
    type: 'text',
    width: 20,
    example: EXAMPLE_CODE,
  },
  {
    field: 'name.zh',
    header: { zh: '项目名称', en: 'Name (Chinese)', ug: 'تۈر نامى' },
    comment: {
      zh: '中文名称，最多 300 字。',
      en: 'The Chinese name, at most 300 characters.',
      ug: 'خەنزۇچە نامى، ئەڭ كۆپ 300 خەت.',
    },
    type: 'text',
    width: 32,
    example: '和田市安居房项目',
  },
  {
    field: 'name.en',
    header: { zh: '英文名称', en: 'Name (English)', ug: 'ئىنگلىزچە نامى' },
    comment: { zh: '可不填。', en: 'Optional.', ug: 'تولدۇرمىسىمۇ بولىدۇ.' },
    type: 'text',
    width: 28,
    example: 'Hotan housing project',
  },
  PROGRAMME_COLUMN,
  {
    field: 'donor',
    header: { zh: '牵头援助方', en: 'Lead donor', ug: 'باشلامچى ياردەم بەرگۈچى تەرەپ' },
    comment: {
      zh: '从下拉列表选择（名称 [代码]）。只有一个援助方时即占全部份额。',
      en: 'Pick from the list (name [code]). Alone, it holds the whole share.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ (نامى [كودى]). ياردەم بەرگۈچى تەرەپ بىرلا بولسا پۈتۈن ئۈلۈشنى ئىگىلەيدۇ.',
    },
    type: 'code',
    list: 'donors',
    width: 18,
    example: '110000',
  },
  {
    field: 'donors',
    header: { zh: '援助方份额', en: 'Donor shares', ug: 'ياردەم بەرگۈچى تەرەپ ئۈلۈشى' },
    comment: {
      zh: '多个援助方时填写，如 110000=70%; 310000=30%，合计 100%；牵头方须份额最大。只有一个援助方时不填。',
      en: 'For several donors, e.g. 110000=70%; 310000=30%, summing to 100%; the lead has the largest share. Blank for one donor.',
      ug: 'ياردەم بەرگۈچى تەرەپ بىر نەچچە بولسا تولدۇرۇلىدۇ، مەسىلەن 110000=70%; 310000=30%، جەمئىي 100%؛ باشلامچى تەرەپنىڭ ئۈلۈشى ئەڭ چوڭ بولۇشى كېرەك. بىرلا ياردەم بەرگۈچى تەرەپ بولسا تولدۇرۇلمايدۇ.',
    },
    type: 'shares',
    list: 'donors',
    width: 24,
    example: null,
  },
  {
    field: 'type',
    header: { zh: '项目类型', en: 'Project type', ug: 'تۈر تىپى' },
    comment: {
      zh: '从下拉列表选择。',
      en: 'Pick from the list.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'types',
    width: 18,
    example: 'livelihood',
  },
  {
    field: 'stage',
    header: { zh: '阶段', en: 'Stage', ug: 'باسقۇچ' },
    comment: {
      zh: '从下拉列表选择；不填为「储备」。暂停、取消须填写阶段说明。',
      en: 'Pick from the list; blank: reserve. Suspended and cancelled need a stage reason.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ؛ تولدۇرۇلمىسا «زاپاس». ۋاقىتلىق توختىتىلغان ياكى بىكار قىلىنغان بولسا باسقۇچ چۈشەندۈرۈشى تولدۇرۇلۇشى كېرەك.',
    },
    type: 'code',
    list: 'stages',
    width: 14,
    example: 'approved',
  },
  {
    field: 'budgetFen',
    header: { zh: '预算（元）', en: 'Budget (yuan)', ug: 'خامچوت (يۈەن)' },
    comment: {
      zh: '单位：元（不是万元），最多两位小数。',
      en: 'In yuan (not 10,000 yuan), at most two decimals.',
      ug: 'بىرلىكى: يۈەن (تۈمەن يۈەن ئەمەس)، ئەڭ كۆپ ئىككى خانە ئونلۇق.',
    },
    type: 'yuan',
    width: 18,
    example: 1_000_000,
  },
  {
    field: 'year',
    header: { zh: '计划年度', en: 'Plan year', ug: 'پىلان يىلى' },
    comment: {
      zh: '四位年份；不填则取立项日期的年份。',
      en: 'Four digits; blank: the year of the approval date.',
      ug: 'تۆت خانىلىق يىل؛ تولدۇرۇلمىسا تۈر تەستىقلانغان چېسلانىڭ يىلى ئېلىنىدۇ.',
    },
    type: 'int',
    width: 10,
    example: 2026,
  },
  {
    field: 'approvalDate',
    header: { zh: '立项日期', en: 'Approval date', ug: 'تۈر تەستىقلانغان چېسلا' },
    comment: {
      zh: '日期，如 2026-03-01。',
      en: 'A date, e.g. 2026-03-01.',
      ug: 'چېسلا، مەسىلەن 2026-03-01.',
    },
    type: 'date',
    width: 14,
    example: '2026-03-01',
  },
  {
    field: 'locations',
    header: { zh: '项目地点', en: 'Locations', ug: 'تۈر ئورنى' },
    comment: {
      zh: '从下拉列表选择一个地区；多个地点写成 653201=60%; 653222=40%（合计 100%）。',
      en: 'Pick one area from the list; several as 653201=60%; 653222=40% (summing to 100%).',
      ug: 'تاللاش تىزىملىكىدىن بىر رايون تاللاڭ؛ بىر نەچچە ئورۇن بولسا 653201=60%; 653222=40% دەپ يېزىڭ (جەمئىي 100%).',
    },
    type: 'shares',
    list: 'areas',
    width: 28,
    example: '653201',
  },
  {
    field: 'implementingOrg',
    header: { zh: '实施单位', en: 'Implementing organisation', ug: 'ئىجرا قىلغۇچى ئورۇن' },
    comment: {
      zh: '可不填；从下拉列表选择。',
      en: 'Optional; pick from the list.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ؛ تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'orgs',
    width: 22,
    example: null,
  },
  {
    field: 'deliveryMode',
    header: { zh: '建设方式', en: 'Delivery mode', ug: 'قۇرۇلۇش ئۇسۇلى' },
    comment: {
      zh: '可不填；从下拉列表选择。',
      en: 'Optional; pick from the list.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ؛ تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'deliveryModes',
    width: 14,
    example: null,
  },
  {
    field: 'livelihoodShareBp',
    header: { zh: '民生占比（%）', en: 'Livelihood share (%)', ug: 'خەلق تۇرمۇشى نىسبىتى (%)' },
    comment: {
      zh: '可不填，默认取项目类型的占比；填写其他值须说明理由。',
      en: "Optional: the type's default. Another value needs a reason.",
      ug: 'تولدۇرمىسىمۇ بولىدۇ، كۆڭۈلدىكىسى تۈر تىپىنىڭ نىسبىتى؛ باشقا قىممەت تولدۇرۇلسا سەۋەبى چۈشەندۈرۈلۈشى كېرەك.',
    },
    type: 'percent',
    width: 12,
    example: null,
  },
  {
    field: 'livelihoodReason',
    header: {
      zh: '民生占比理由',
      en: 'Livelihood share reason',
      ug: 'خەلق تۇرمۇشى نىسبىتىنىڭ سەۋەبى',
    },
    comment: {
      zh: '改变默认民生占比时填写。',
      en: "When the share differs from the type's default.",
      ug: 'كۆڭۈلدىكى خەلق تۇرمۇشى نىسبىتى ئۆزگەرتىلگەندە تولدۇرۇلىدۇ.',
    },
    type: 'text',
    width: 20,
    example: null,
  },
  yesNo(
    'fixedAsset',
    { zh: '固定资产投资', en: 'Fixed asset', ug: 'مۇقىم مۈلۈك مەبلىغى' },
    10,
    true,
  ),
  yesNo('continuing', { zh: '续建项目', en: 'Continuing', ug: 'داۋاملىق قۇرۇلۇش تۈرى' }, 10, false),
  yesNo('published', { zh: '公开', en: 'Published', ug: 'ئاشكارىلاش' }, 8, false),
  {
    field: 'stageBeforeSuspension',
    header: { zh: '暂停前阶段', en: 'Stage before suspension', ug: 'توختىتىشتىن ئىلگىرىكى باسقۇچ' },
    comment: {
      zh: '阶段为暂停或取消时填写。',
      en: 'When the stage is suspended or cancelled.',
      ug: 'باسقۇچ ۋاقىتلىق توختىتىلغان ياكى بىكار قىلىنغان بولسا تولدۇرۇلىدۇ.',
    },
    type: 'code',
    list: 'progressStages',
    width: 14,
    example: null,
  },
  {
    field: 'stageReason',
    header: { zh: '阶段说明', en: 'Stage reason', ug: 'باسقۇچ چۈشەندۈرۈشى' },
    comment: {
      zh: '暂停、取消的原因。',
      en: 'Why suspended or cancelled.',
      ug: 'ۋاقىتلىق توختىتىش ياكى بىكار قىلىشنىڭ سەۋەبى.',
    },
    type: 'text',
    width: 20,
    example: null,
  },
];
