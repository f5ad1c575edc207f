import type { ProblemTemplate } from './template.js';

/** Problems: Aid personnel (decision 0025). */
export const PEOPLE = {
  'people.personNotFound': { status: 404, zh: '没有编号为 {id} 的人员', en: 'no person {id}' },
  'people.postingNotFound': {
    status: 404,
    zh: '没有编号为 {id} 的派驻记录',
    en: 'no posting {id}',
  },
  'people.idCardFormat': {
    status: 422,
    zh: '身份证号码应为 17 位数字加 1 位校验码（数字或 X）',
    en: 'an ID-card number is 17 digits and a check character (a digit or X)',
  },
  'people.idCardBirthDate': {
    status: 422,
    zh: '身份证号码中的出生日期 {date} 不是有效日期',
    en: 'the birth date {date} in the ID-card number is not a real date',
  },
  'people.idCardCheckDigit': {
    status: 422,
    zh: '身份证号码校验码不正确（GB 11643），应为 {expected}',
    en: 'wrong check character (GB 11643): expected {expected}',
  },
  'people.idCardTaken': {
    status: 409,
    zh: '已有人员使用此身份证号码',
    en: 'another person has this ID-card number',
  },
  'people.donorHasPostings': {
    status: 409,
    zh: '此人员已有派驻记录（{postings} 条），仅在首次派驻前可更改派出方',
    en: 'The person already has postings ({postings}): the donor can change only before the first posting',
  },
  'people.hostOrgRequired': {
    status: 422,
    zh: '请填写接收单位（选择单位或填写名称）',
    en: 'name the host organisation (a known one or its name)',
  },
  'people.batchNotFound': { status: 404, zh: '没有编号为 {id} 的批次', en: 'no batch {id}' },
  'people.kindUnknown': { status: 422, zh: '没有人员类别 {code}', en: 'no personnel kind {code}' },
  'people.batchUnknown': { status: 422, zh: '没有编号为 {id} 的批次', en: 'no batch {id}' },
  'people.batchMismatch': {
    status: 422,
    zh: '批次 {id} 属于 {donor} 的 {programme}，与该人员的派出方或援助计划不符',
    en: 'batch {id} belongs to {donor} in {programme}, not to this person’s donor and programme',
  },
  'people.batchExists': {
    status: 409,
    zh: '{donor} 在 {programme} 中已有第 {number} 批',
    en: '{donor} already has batch {number} in {programme}',
  },
  'people.termEndsBeforeStart': {
    status: 422,
    zh: '任期结束日期 {end} 早于开始日期 {start}',
    en: 'the term ends ({end}) before it starts ({start})',
  },
  'people.postingOverlap': {
    status: 409,
    zh: '与该人员在{area}的另一段派驻（{role}，{start} 至 {end}）时间重叠',
    en: 'overlaps the person’s posting in {area} ({role}, {start} to {end})',
  },
  'people.outsidePairing': {
    status: 422,
    zh: '{donor} 在 {date} 未与 {area} 结对；如属打破对结的派驻，请勾选“跨结对”',
    en: '{donor} is not paired with {area} on {date}: mark the posting cross-pair if it is meant so',
  },
  'people.endReasonRequired': {
    status: 422,
    zh: '任期提前结束（计划至 {planned}），请说明原因',
    en: 'the term ends before its planned end ({planned}): give the reason',
  },
  'people.alreadyEnded': {
    status: 409,
    zh: '该派驻已于 {date} 结束',
    en: 'the posting already ended on {date}',
  },
} as const satisfies Record<string, ProblemTemplate>;
