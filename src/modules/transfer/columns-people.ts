/**
 * The columns of people and postings (decision 0056): one row per posting of a person (the
 * person's fields repeated on each of their rows), or a person alone with the posting cells
 * blank. The ID-card number identifies the person.
 */
import { type Column, EXAMPLE_CODE, PROGRAMME_COLUMN, yesNo } from './columns.js';

const optional = { zh: '可不填。', en: 'Optional.', ug: 'تولدۇرمىسىمۇ بولىدۇ.' };
const pick = {
  zh: '从下拉列表选择。',
  en: 'Pick from the list.',
  ug: 'تاللاش تىزىملىكىدىن تاللاڭ.',
};

export const PEOPLE_COLUMNS: Column[] = [
  {
    field: 'idCardNumber',
    header: { zh: '身份证号', en: 'ID card number', ug: 'كىملىك نومۇرى' },
    comment: {
      zh: '18 位居民身份证号（按 GB 11643 校验）。用于识别人员：已登记的人员不再新建，只补充其尚无的派驻记录。导出时按界面规则打码。',
      en: 'The 18-character resident ID number (GB 11643 check verified). It identifies the person: a registered person is not created again, only given the postings they lack. Masked in exports as on screen.',
      ug: '18 خانىلىق ئاھالە كىملىك نومۇرى (GB 11643 بويىچە تەكشۈرۈلىدۇ). خادىمنى پەرقلەندۈرۈشكە ئىشلىتىلىدۇ: تىزىملانغان خادىم قايتا قۇرۇلمايدۇ، پەقەت ئۇنىڭدا يوق ئەۋەتىلىش خاتىرىسىلا تولۇقلىنىدۇ. چىقارغاندا كۆرۈنمە يۈز قائىدىسى بويىچە يوشۇرۇلىدۇ.',
    },
    type: 'text',
    textOnly: true,
    width: 22,
    example: EXAMPLE_CODE,
  },
  {
    field: 'nameZh',
    header: { zh: '姓名', en: 'Name (Chinese)', ug: 'ئىسىم-فامىلە' },
    comment: { zh: '中文姓名。', en: 'The name in Chinese.', ug: 'خەنزۇچە ئىسىم-فامىلىسى.' },
    type: 'text',
    width: 12,
    example: '张三',
  },
  {
    field: 'nameUg',
    header: { zh: '维吾尔文姓名', en: 'Name (Uyghur)', ug: 'ئۇيغۇرچە ئىسىم-فامىلە' },
    comment: optional,
    type: 'text',
    width: 16,
    example: null,
  },
  {
    field: 'sex',
    header: { zh: '性别', en: 'Sex', ug: 'جىنسى' },
    comment: pick,
    type: 'code',
    list: 'sexes',
    width: 8,
    example: 'male',
  },
  {
    field: 'ethnicity',
    header: { zh: '民族', en: 'Ethnicity', ug: 'مىللىتى' },
    comment: optional,
    type: 'text',
    width: 10,
    example: '汉族',
  },
  {
    field: 'birthYear',
    header: { zh: '出生年份', en: 'Birth year', ug: 'تۇغۇلغان يىلى' },
    comment: {
      zh: '四位年份；可不填。',
      en: 'Four digits; optional.',
      ug: 'تۆت خانىلىق يىل؛ تولدۇرمىسىمۇ بولىدۇ.',
    },
    type: 'int',
    width: 10,
    example: 1980,
  },
  {
    field: 'donor',
    header: { zh: '派出援助方', en: 'Donor', ug: 'ئەۋەتكۈچى ياردەم بەرگۈچى تەرەپ' },
    comment: {
      zh: '派出该人员的援助方，从下拉列表选择（名称 [代码]）。',
      en: 'The donor sending the person; pick from the list (name [code]).',
      ug: 'بۇ خادىمنى ئەۋەتكەن ياردەم بەرگۈچى تەرەپ، تاللاش تىزىملىكىدىن تاللاڭ (نامى [كودى]).',
    },
    type: 'code',
    list: 'donors',
    width: 18,
    example: '110000',
  },
  {
    field: 'homeOrg',
    header: { zh: '原单位', en: 'Home organisation', ug: 'ئەسلى ئورنى' },
    comment: {
      zh: '可不填；从下拉列表选择，列表中没有时填写下一列。',
      en: 'Optional; pick from the list, or fill the next column when it is not there.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ؛ تاللاش تىزىملىكىدىن تاللاڭ، تىزىملىكتە بولمىسا كېيىنكى ئىستونغا يېزىڭ.',
    },
    type: 'code',
    list: 'orgs',
    width: 22,
    example: null,
  },
  {
    field: 'homeOrgName',
    header: { zh: '原单位名称', en: 'Home organisation name', ug: 'ئەسلى ئورنىنىڭ نامى' },
    comment: optional,
    type: 'text',
    width: 22,
    example: '北京市发展和改革委员会',
  },
  {
    field: 'phone',
    header: { zh: '电话', en: 'Phone', ug: 'تېلېفون' },
    comment: {
      zh: '可不填。导出时按界面规则打码。',
      en: 'Optional. Masked in exports as on screen.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ. چىقارغاندا كۆرۈنمە يۈز قائىدىسى بويىچە يوشۇرۇلىدۇ.',
    },
    type: 'text',
    width: 16,
    example: null,
  },
  yesNo('published', { zh: '公开', en: 'Published', ug: 'ئاشكارىلاش' }, 8, false),
  PROGRAMME_COLUMN,
  {
    field: 'kind',
    header: { zh: '人员类别', en: 'Personnel kind', ug: 'خادىم تۈرى' },
    comment: {
      zh: '派驻时填写：cadre（干部）、teacher（教师）、doctor（医生）、technician（技术人员）、other。',
      en: 'With a posting: cadre, teacher, doctor, technician, other.',
      ug: 'ئەۋەتىلگەندە تولدۇرۇلىدۇ: cadre (كادىر)، teacher (ئوقۇتقۇچى)، doctor (دوختۇر)، technician (تېخنىك)، other.',
    },
    type: 'text',
    width: 12,
    example: 'cadre',
  },
  {
    field: 'hostOrg',
    header: { zh: '受援单位', en: 'Host organisation', ug: 'ياردەم قوبۇل قىلغۇچى ئورۇن' },
    comment: {
      zh: '可不填；从下拉列表选择，列表中没有时填写下一列。',
      en: 'Optional; pick from the list, or fill the next column when it is not there.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ؛ تاللاش تىزىملىكىدىن تاللاڭ، تىزىملىكتە بولمىسا كېيىنكى ئىستونغا يېزىڭ.',
    },
    type: 'code',
    list: 'orgs',
    width: 22,
    example: null,
  },
  {
    field: 'hostOrgName',
    header: {
      zh: '受援单位名称',
      en: 'Host organisation name',
      ug: 'ياردەم قوبۇل قىلغۇچى ئورۇننىڭ نامى',
    },
    comment: optional,
    type: 'text',
    width: 22,
    example: '和田市发展和改革委员会',
  },
  {
    field: 'area',
    header: { zh: '派驻地区', en: 'Area', ug: 'ئەۋەتىلگەن رايون' },
    comment: {
      zh: '派驻时填写；从下拉列表选择。须在派出方的结对范围内，否则填「跨结对」为是。',
      en: "With a posting; pick from the list. Within the donor's pairing, else cross-pair yes.",
      ug: 'ئەۋەتىلگەندە تولدۇرۇلىدۇ؛ تاللاش تىزىملىكىدىن تاللاڭ. ئەۋەتكۈچى تەرەپنىڭ جۈپلىشىش دائىرىسىدە بولۇشى كېرەك، بولمىسا «جۈپلىشىشتىن ھالقىغان» غا ھەئە دەپ تولدۇرۇڭ.',
    },
    type: 'code',
    list: 'areas',
    width: 18,
    example: '653201',
  },
  {
    field: 'role',
    header: { zh: '挂职岗位', en: 'Role', ug: 'ۋاقىتلىق ۋەزىپە ئورنى' },
    comment: { zh: '派驻时填写。', en: 'With a posting.', ug: 'ئەۋەتىلگەندە تولدۇرۇلىدۇ.' },
    type: 'text',
    width: 28,
    example: '和田市发展和改革委员会副主任',
  },
  {
    field: 'mode',
    header: { zh: '派驻方式', en: 'Mode', ug: 'ئەۋەتىلىش ئۇسۇلى' },
    comment: { zh: '不填为长期。', en: 'Blank: long-term.', ug: 'تولدۇرۇلمىسا ئۇزۇن مۇددەتلىك.' },
    type: 'code',
    list: 'postingModes',
    width: 12,
    example: 'long-term',
  },
  yesNo('crossPair', { zh: '跨结对', en: 'Cross-pair', ug: 'جۈپلىشىشتىن ھالقىغان' }, 8, false),
  {
    field: 'termStart',
    header: { zh: '派驻开始', en: 'Term start', ug: 'ئەۋەتىلىش باشلانغان چېسلا' },
    comment: {
      zh: '派驻时填写，如 2026-03-01。同一人员同一开始日期的派驻已存在时整行跳过。',
      en: 'With a posting, e.g. 2026-03-01. A posting of the person starting that day already skips the row.',
      ug: 'ئەۋەتىلگەندە تولدۇرۇلىدۇ، مەسىلەن 2026-03-01. ئوخشاش خادىمنىڭ ئوخشاش باشلىنىش چېسلالىق ئەۋەتىلىشى مەۋجۇت بولسا پۈتۈن قۇر ئاتلاپ ئۆتۈلىدۇ.',
    },
    type: 'date',
    width: 14,
    example: '2026-03-01',
  },
  {
    field: 'plannedEnd',
    header: { zh: '计划结束', en: 'Planned end', ug: 'پىلانلىق ئاخىرلىشىش چېسلاسى' },
    comment: {
      zh: '不填则按人员类别的任期计算（干部 36 个月等）。',
      en: "Blank: the kind's term (cadres 36 months …).",
      ug: 'تولدۇرۇلمىسا خادىم تۈرىنىڭ ۋەزىپە مۇددىتى بويىچە ھېسابلىنىدۇ (كادىر 36 ئاي قاتارلىق).',
    },
    type: 'date',
    width: 14,
    example: null,
  },
];
