/**
 * The columns of training sessions (decision 0056): one row per session. A session has no code:
 * its organiser, area, start date and topic identify it.
 */
import { type Column, EXAMPLE_CODE, PROGRAMME_COLUMN, yesNo } from './columns.js';

const count = (
  field: string,
  header: Column['header'],
  comment: Column['comment'],
  example: number,
) => ({ field, header, comment, type: 'int', width: 10, example }) satisfies Column;

export const TRAINING_COLUMNS: Column[] = [
  PROGRAMME_COLUMN,
  {
    field: 'organiser',
    header: { zh: '组织单位', en: 'Organiser', ug: 'ئۇيۇشتۇرغۇچى ئورۇن' },
    comment: {
      zh: '组织培训的援助方单位，从下拉列表选择（名称 [代码]）。',
      en: 'The donor organisation running the session; pick from the list (name [code]).',
      ug: 'تەربىيەلەشنى ئۇيۇشتۇرغان ياردەم بەرگۈچى ئورۇن، تاللاش تىزىملىكىدىن تاللاڭ (نامى [كودى]).',
    },
    type: 'code',
    list: 'orgs',
    width: 20,
    example: '110000',
  },
  {
    field: 'topic',
    header: { zh: '培训主题', en: 'Topic', ug: 'تەربىيەلەش تېمىسى' },
    comment: {
      zh: '最多 300 字。组织单位、地区、开始日期和主题相同的培训已存在时整行跳过。',
      en: 'At most 300 characters. A session of the same organiser, area, start date and topic that exists already skips the row.',
      ug: 'ئەڭ كۆپ 300 خەت. ئۇيۇشتۇرغۇچى ئورنى، رايونى، باشلىنىش چېسلاسى ۋە تېمىسى ئوخشاش تەربىيەلەش مەۋجۇت بولسا پۈتۈن قۇر ئاتلاپ ئۆتۈلىدۇ.',
    },
    type: 'text',
    width: 30,
    example: EXAMPLE_CODE,
  },
  {
    field: 'area',
    header: { zh: '受援地区', en: 'Area', ug: 'ياردەم قوبۇل قىلغۇچى رايون' },
    comment: {
      zh: '从下拉列表选择。',
      en: 'Pick from the list.',
      ug: 'تاللاش تىزىملىكىدىن تاللاڭ.',
    },
    type: 'code',
    list: 'areas',
    width: 18,
    example: '653201',
  },
  {
    field: 'place',
    header: { zh: '培训地点', en: 'Place', ug: 'تەربىيەلەش ئورنى' },
    comment: {
      zh: '在新疆，或在援助方所在地。',
      en: 'In Xinjiang, or in the donor province.',
      ug: 'شىنجاڭدا، ياكى ياردەم بەرگۈچى تەرەپ جايلاشقان يەردە.',
    },
    type: 'code',
    list: 'trainingPlaces',
    width: 14,
    example: 'xinjiang',
  },
  {
    field: 'startDate',
    header: { zh: '开始日期', en: 'Start date', ug: 'باشلىنىش چېسلاسى' },
    comment: {
      zh: '日期，如 2026-04-01。',
      en: 'A date, e.g. 2026-04-01.',
      ug: 'چېسلا، مەسىلەن 2026-04-01.',
    },
    type: 'date',
    width: 14,
    example: '2026-04-01',
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
    example: '2026-04-05',
  },
  count(
    'participants',
    { zh: '培训人数', en: 'Participants', ug: 'تەربىيەلەنگۈچى سانى' },
    {
      zh: '培训的不同人数。',
      en: 'Distinct people trained.',
      ug: 'تەربىيەلەنگەن تەكرارلانمىغان ئادەم سانى.',
    },
    40,
  ),
  count(
    'personTimes',
    { zh: '培训人次', en: 'Person-times', ug: 'ئادەم-قېتىم' },
    {
      zh: '人次，不少于培训人数。',
      en: 'Person-times (人次), at least the participants.',
      ug: 'ئادەم-قېتىم، تەربىيەلەنگۈچى سانىدىن ئاز بولمايدۇ.',
    },
    120,
  ),
  count(
    'jobsFound',
    { zh: '就业人数', en: 'Jobs found', ug: 'ئىشقا ئورۇنلاشقانلار سانى' },
    { zh: '不填为 0。', en: 'Blank: 0.', ug: 'تولدۇرۇلمىسا 0.' },
    0,
  ),
  count(
    'certificates',
    { zh: '发证数', en: 'Certificates', ug: 'گۇۋاھنامە سانى' },
    { zh: '不填为 0。', en: 'Blank: 0.', ug: 'تولدۇرۇلمىسا 0.' },
    0,
  ),
  {
    field: 'trainingProgramme',
    header: { zh: '培训项目代码', en: 'Training programme code', ug: 'تەربىيەلەش تۈرىنىڭ كودى' },
    comment: {
      zh: '可不填；已登记的培训项目代码。',
      en: 'Optional; a registered training programme.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ؛ تىزىملانغان تەربىيەلەش تۈرىنىڭ كودى.',
    },
    type: 'text',
    width: 16,
    example: null,
  },
  {
    field: 'project',
    header: { zh: '资助项目编号', en: 'Funding project', ug: 'ياردەم بەرگەن تۈر نومۇرى' },
    comment: {
      zh: '可不填；出资的项目编号。',
      en: 'Optional; the funding project’s code.',
      ug: 'تولدۇرمىسىمۇ بولىدۇ؛ مەبلەغ سالغان تۈرنىڭ نومۇرى.',
    },
    type: 'text',
    width: 18,
    example: null,
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
