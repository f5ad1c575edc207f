/** The columns of ledger transactions (decision 0050): one row per entry of a registered project. */
import { type Column, EXAMPLE_CODE } from './columns.js';

export const LEDGER_COLUMNS: Column[] = [
  {
    field: 'project',
    header: { zh: '项目编号', en: 'Project code', ug: 'تۈر نومۇرى' },
    comment: {
      zh: '已登记的项目编号；须是您可录入资金的项目。',
      en: 'A registered project, one whose funds you may enter.',
      ug: 'تىزىملانغان تۈر نومۇرى؛ سىز مەبلىغىنى كىرگۈزەلەيدىغان تۈر بولۇشى كېرەك.',
    },
    type: 'text',
    width: 20,
    example: EXAMPLE_CODE,
  },
  {
    field: 'type',
    header: { zh: '资金类型', en: 'Transaction type', ug: 'مەبلەغ تىپى' },
    comment: {
      zh: '从下拉列表选择：承诺、到位、拨付、支出。',
      en: 'Pick from the list: commitment, arrival, disbursement, expenditure.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ: ۋەدە، ئورنىغا يېتىش، ئاجرىتىپ بېرىش، چىقىم.',
    },
    type: 'code',
    list: 'transactionTypes',
    width: 14,
    example: 'disbursement',
  },
  {
    field: 'planned',
    header: { zh: '计划/实际', en: 'Planned / actual', ug: 'پىلان / ئەمەلىي' },
    comment: {
      zh: '从下拉列表选择。',
      en: 'Pick from the list.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'planned',
    width: 12,
    example: 'actual',
  },
  {
    field: 'valueFen',
    header: { zh: '金额（元）', en: 'Amount (yuan)', ug: 'سومما (يۈەن)' },
    comment: {
      zh: '单位：元（不是万元），大于 0，最多两位小数；更正请用冲销，不填负数。',
      en: 'In yuan (not 10,000 yuan), more than 0, at most two decimals; corrections are reversals, not negative amounts.',
      ug: 'بىرلىكى: يۈەن (تۈمەن يۈەن ئەمەس)، 0 دىن چوڭ، ئەڭ كۆپ ئىككى خانە ئونلۇق؛ تۈزىتىش ئۈچۈن قايتۇرۇۋېتىشنى ئىشلىتىڭ، مەنپىي سان تولدۇرماڭ.',
    },
    type: 'yuan',
    width: 18,
    example: 250_000,
  },
  {
    field: 'date',
    header: { zh: '日期', en: 'Date', ug: 'چېسلا' },
    comment: {
      zh: '日期，如 2026-04-15。',
      en: 'A date, e.g. 2026-04-15.',
      ug: 'چېسلا، مەسىلەن 2026-04-15.',
    },
    type: 'date',
    width: 14,
    example: '2026-04-15',
  },
  {
    field: 'provider',
    header: { zh: '拨出单位', en: 'Provider', ug: 'ئاجراتقۇچى ئورۇن' },
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
    field: 'receiver',
    header: { zh: '接收单位', en: 'Receiver', ug: 'تاپشۇرۇۋالغۇچى ئورۇن' },
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
    field: 'note',
    header: { zh: '备注', en: 'Note', ug: 'ئىزاھات' },
    comment: {
      zh: '可不填；同一项目同日同额的多笔记录请用备注区分。',
      en: 'Optional; tell apart entries of the same project, day and amount here.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ؛ ئوخشاش تۈرنىڭ ئوخشاش كۈن، ئوخشاش سوممىدىكى بىر نەچچە خاتىرىسىنى ئىزاھات بىلەن پەرقلەندۈرۈڭ.',
    },
    type: 'text',
    width: 28,
    example: null,
  },
];
