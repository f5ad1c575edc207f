/** The columns of annual plan items (decision 0056): one row per project of a donor's plan. */
import { type Column, EXAMPLE_CODE, PROGRAMME_COLUMN } from './columns.js';

export const PLAN_ITEM_COLUMNS: Column[] = [
  PROGRAMME_COLUMN,
  {
    field: 'donor',
    header: { zh: '援助方', en: 'Donor', ug: 'ياردەم بەرگۈچى تەرەپ' },
    comment: {
      zh: '编制年度计划的援助方，从下拉列表选择（名称 [代码]）。',
      en: 'The donor whose annual plan it is; pick from the list (name [code]).',
      ug: 'يىللىق پىلاننى تۈزگەن ياردەم بەرگۈچى تەرەپ، تاللاش تىزىملىكىدىن تاللاڭ (نامى [كودى]).',
    },
    type: 'code',
    list: 'donors',
    width: 18,
    example: '110000',
  },
  {
    field: 'year',
    header: { zh: '计划年度', en: 'Plan year', ug: 'پىلان يىلى' },
    comment: {
      zh: '四位年份，如 2026。',
      en: 'Four digits, e.g. 2026.',
      ug: 'تۆت خانىلىق يىل، مەسىلەن 2026.',
    },
    type: 'int',
    width: 10,
    example: 2026,
  },
  {
    field: 'totalFen',
    header: { zh: '计划总额（元）', en: 'Plan total (yuan)', ug: 'پىلان ئومۇمىي سوممىسى (يۈەن)' },
    comment: {
      zh: '单位：元（不是万元）。计划尚不存在时必填（导入时起草该计划）；已有计划时填写则改为该总额，不填保留原总额。各项合计不得超过总额。',
      en: 'In yuan (not 10,000 yuan). Required when the plan does not exist yet (the import drafts it); for an existing plan it replaces the total, blank keeps it. The items may not add up to more.',
      ug: 'بىرلىكى: يۈەن (تۈمەن يۈەن ئەمەس). پىلان تېخى مەۋجۇت بولمىسا چوقۇم تولدۇرۇلىدۇ (كىرگۈزگەندە بۇ پىلاننىڭ لايىھىسى تۈزۈلىدۇ)؛ پىلان بار بولسا، تولدۇرۇلسا ئومۇمىي سومما شۇنىڭغا ئۆزگىرىدۇ، تولدۇرۇلمىسا ئەسلى ئومۇمىي سومما ساقلىنىدۇ. ھەر قايسى تۈرلەرنىڭ جەمئىيى ئومۇمىي سوممىدىن ئېشىپ كەتمەسلىكى كېرەك.',
    },
    type: 'yuan',
    width: 18,
    example: 5_000_000,
  },
  {
    field: 'project',
    header: { zh: '项目编号', en: 'Project code', ug: 'تۈر نومۇرى' },
    comment: {
      zh: '已登记的项目编号；须属于该援助计划且由该援助方出资。计划中已有的项目整行跳过。',
      en: 'A registered project of the programme, funded by the donor. A project the plan lists already skips the row.',
      ug: 'تىزىملانغان تۈر نومۇرى؛ بۇ ياردەم پىلانىغا تەۋە ۋە بۇ ياردەم بەرگۈچى تەرەپ مەبلەغ سالغان بولۇشى كېرەك. پىلاندا بار تۈرنىڭ پۈتۈن قۇرى ئاتلاپ ئۆتۈلىدۇ.',
    },
    type: 'text',
    width: 20,
    example: EXAMPLE_CODE,
  },
  {
    field: 'plannedFen',
    header: { zh: '计划资金（元）', en: 'Planned funds (yuan)', ug: 'پىلانلىق مەبلەغ (يۈەن)' },
    comment: {
      zh: '该项目本年度的计划资金，单位：元（不是万元），最多两位小数。',
      en: "The project's planned funds for the year, in yuan (not 10,000 yuan), at most two decimals.",
      ug: 'بۇ تۈرنىڭ بۇ يىللىق پىلانلىق مەبلىغى، بىرلىكى: يۈەن (تۈمەن يۈەن ئەمەس)، ئەڭ كۆپ ئىككى خانە ئونلۇق.',
    },
    type: 'yuan',
    width: 18,
    example: 1_000_000,
  },
];
