import type { ProblemTemplate } from './template.js';

/** Problems: Reference data: programmes, organisations, areas, pairings. */
export const REFERENCE = {
  // Reference data: programmes, organisations, areas, pairings.
  'programme.notFound': { status: 404, zh: '没有援助计划 {code}', en: 'no programme {code}' },
  'programme.unknown': { status: 422, zh: '没有援助计划 {code}', en: 'no programme {code}' },
  'programme.yearOutside': {
    status: 422,
    zh: '{programme} 的实施年份为 {start}–{end}',
    en: '{programme} runs {start}–{end}',
  },
  'organisation.notFound': { status: 404, zh: '没有单位 {code}', en: 'no organisation {code}' },
  'organisation.unknown': { status: 422, zh: '没有单位 {code}', en: 'no organisation {code}' },
  'organisation.exists': {
    status: 409,
    zh: '单位 {code} 已存在',
    en: 'organisation {code} already exists',
  },
  'organisation.cycle': {
    status: 422,
    zh: '{parent} 隶属于 {code}，不能作为其上级',
    en: '{parent} lies below {code}: a cycle',
  },
  'area.notFound': { status: 404, zh: '没有行政区划 {code}', en: 'no area {code}' },
  'area.unknown': { status: 422, zh: '没有行政区划 {code}', en: 'no area {code}' },
  'area.exists': { status: 409, zh: '行政区划 {code} 已存在', en: 'area {code} already exists' },
  'area.levelMismatch': {
    status: 422,
    zh: '代码 {code} 的级别与所填级别不符',
    en: 'code {code} is a {level} code, not {given}',
  },
  'area.parentNotAbove': {
    status: 422,
    zh: '{parent} 不是 {code} 的上级',
    en: '{parent} is not above {code}',
  },
  'area.parentLevel': {
    status: 422,
    zh: '上级区划的级别不能包含此级别',
    en: 'a {parentLevel} cannot hold a {level}',
  },
  'dates.endBeforeStart': {
    status: 422,
    zh: '结束日期不能早于开始日期（{validFrom}）',
    en: 'must not be before validFrom ({validFrom})',
  },
  'pairing.notFound': { status: 404, zh: '没有编号为 {id} 的结对关系', en: 'no pairing {id}' },
  'pairing.unknown': { status: 422, zh: '没有编号为 {id} 的结对关系', en: 'no pairing {id}' },
  'pairing.overlap': {
    status: 409,
    zh: '与结对关系 {id} 的有效期（{from} – {to}）重叠',
    en: 'overlaps pairing {id} ({from} – {to})',
  },
  'pairing.subDonor': {
    status: 422,
    zh: '子结对的援助方须为 {donor} 或其下属单位',
    en: "a sub-pairing's donor must be {donor} or one of its organisations",
  },
  'pairing.withinParent': {
    status: 422,
    zh: '须位于 {area} 之内',
    en: 'must lie within {area}',
  },
  'pairing.parentPairsOrgs': {
    status: 422,
    zh: '结对关系 {id} 结对的是单位，其子结对须填写受援单位',
    en: 'pairing {id} pairs organisations; its sub-pairings name a recipientOrgCode',
  },
  'pairing.endsByParent': {
    status: 422,
    zh: '须不晚于 {validTo} 结束，与所属结对关系一致',
    en: 'must end by {validTo}, as the pairing it sits under',
  },
  'pairing.startsAfterParent': {
    status: 422,
    zh: '不能早于 {validFrom}',
    en: 'must not be before {validFrom}',
  },
  'pairing.endsByParentOnly': {
    status: 422,
    zh: '须不晚于 {validTo} 结束，与上级结对一致',
    en: 'must end by {validTo}, as its parent',
  },
  'pairing.oneRecipient': {
    status: 422,
    zh: '须且只须填写一个受援方：受援地区或受援单位',
    en: 'name exactly one recipient: recipientAreaCode or recipientOrgCode',
  },
  'pairing.programmeRequired': {
    status: 422,
    zh: '顶层结对须填写援助计划',
    en: 'required for a top-level pairing',
  },
  'pairing.programmeAsParent': {
    status: 422,
    zh: '须与上级结对相同：{programme}',
    en: 'must be {programme}, as its parent',
  },
  'pairing.selfPair': {
    status: 422,
    zh: '单位不能与自身结对',
    en: 'an organisation cannot pair with itself',
  },
} as const satisfies Record<string, ProblemTemplate>;
