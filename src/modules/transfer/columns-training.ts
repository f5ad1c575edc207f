/**
 * The columns of training sessions (decision 0056): one row per session. A session has no code:
 * its organiser, area, start date and topic identify it.
 */
import { type Column, EXAMPLE_CODE, PROGRAMME_COLUMN, yesNo } from './columns.js';

const count = (
  field: string,
  zh: string,
  en: string,
  comment: Column['comment'],
  example: number,
) => ({ field, header: { zh, en }, comment, type: 'int', width: 10, example }) satisfies Column;

export const TRAINING_COLUMNS: Column[] = [
  PROGRAMME_COLUMN,
  {
    field: 'organiser',
    header: { zh: '组织单位', en: 'Organiser' },
    comment: {
      zh: '组织培训的援助方单位，从下拉列表选择（名称 [代码]）。',
      en: 'The donor organisation running the session; pick from the list (name [code]).',
    },
    type: 'code',
    list: 'orgs',
    width: 20,
    example: '110000',
  },
  {
    field: 'topic',
    header: { zh: '培训主题', en: 'Topic' },
    comment: {
      zh: '最多 300 字。组织单位、地区、开始日期和主题相同的培训已存在时整行跳过。',
      en: 'At most 300 characters. A session of the same organiser, area, start date and topic that exists already skips the row.',
    },
    type: 'text',
    width: 30,
    example: EXAMPLE_CODE,
  },
  {
    field: 'area',
    header: { zh: '受援地区', en: 'Area' },
    comment: { zh: '从下拉列表选择。', en: 'Pick from the list.' },
    type: 'code',
    list: 'areas',
    width: 18,
    example: '653201',
  },
  {
    field: 'place',
    header: { zh: '培训地点', en: 'Place' },
    comment: {
      zh: '在新疆，或在援助方所在地。',
      en: 'In Xinjiang, or in the donor province.',
    },
    type: 'code',
    list: 'trainingPlaces',
    width: 14,
    example: 'xinjiang',
  },
  {
    field: 'startDate',
    header: { zh: '开始日期', en: 'Start date' },
    comment: { zh: '日期，如 2026-04-01。', en: 'A date, e.g. 2026-04-01.' },
    type: 'date',
    width: 14,
    example: '2026-04-01',
  },
  {
    field: 'endDate',
    header: { zh: '结束日期', en: 'End date' },
    comment: { zh: '不早于开始日期。', en: 'Not before the start date.' },
    type: 'date',
    width: 14,
    example: '2026-04-05',
  },
  count(
    'participants',
    '培训人数',
    'Participants',
    { zh: '培训的不同人数。', en: 'Distinct people trained.' },
    40,
  ),
  count(
    'personTimes',
    '培训人次',
    'Person-times',
    { zh: '人次，不少于培训人数。', en: 'Person-times (人次), at least the participants.' },
    120,
  ),
  count('jobsFound', '就业人数', 'Jobs found', { zh: '不填为 0。', en: 'Blank: 0.' }, 0),
  count('certificates', '发证数', 'Certificates', { zh: '不填为 0。', en: 'Blank: 0.' }, 0),
  {
    field: 'trainingProgramme',
    header: { zh: '培训项目代码', en: 'Training programme code' },
    comment: {
      zh: '可不填；已登记的培训项目代码。',
      en: 'Optional; a registered training programme.',
    },
    type: 'text',
    width: 16,
    example: null,
  },
  {
    field: 'project',
    header: { zh: '资助项目编号', en: 'Funding project' },
    comment: { zh: '可不填；出资的项目编号。', en: 'Optional; the funding project’s code.' },
    type: 'text',
    width: 18,
    example: null,
  },
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
