import type { ProblemTemplate } from './template.js';

/** Problems: teams (组团式), institution pairings and mentoring (传帮带); decision 0026. */
export const TEAMS = {
  'team.notFound': { status: 404, zh: '没有编号为 {id} 的组团', en: 'no team {id}' },
  'team.memberNotFound': {
    status: 404,
    zh: '组团 {team} 没有编号为 {id} 的成员记录',
    en: 'team {team} has no member entry {id}',
  },
  'team.hostRequired': {
    status: 422,
    zh: '请填写受援单位（代码或名称）',
    en: 'name the host institution (a code or a name)',
  },
  'team.unknownPerson': {
    status: 422,
    zh: '没有编号为 {id} 的援派人员',
    en: 'no person {id}',
  },
  'team.memberOverlap': {
    status: 409,
    zh: '该人员已在本组团中（{from} – {to}），时间重叠',
    en: 'this person is already a member ({from} – {to}): the dates overlap',
  },
  'team.leaderOverlap': {
    status: 409,
    zh: '同一时间只能有一名领队：已有领队（{from} – {to}）',
    en: 'one leader at a time: a leader serves {from} – {to}',
  },
  'team.memberOutsideTeam': {
    status: 422,
    zh: '成员的起止日期须在组团的起止日期（{from} – {to}）之内',
    en: "a member's dates must lie within the team's ({from} – {to})",
  },
  'institutionPairing.notFound': {
    status: 404,
    zh: '没有编号为 {id} 的单位结对',
    en: 'no institution pairing {id}',
  },
  'institutionPairing.parentRequired': {
    status: 422,
    zh: '单位结对须挂在援助方的地区结对之下（编号 {id} 不是地区结对）',
    en: "an institution pairing belongs under a donor's area pairing ({id} is not one)",
  },
  'institutionPairing.departmentRequired': {
    status: 422,
    zh: '以院包科须填写受援医院的科室',
    en: "a hospital–department pairing names the recipient hospital's department",
  },
  'institutionPairing.townshipRequired': {
    status: 422,
    zh: '乡镇结对的受援方须为乡镇级行政区划',
    en: 'a township pairing names a township as its recipient',
  },
  'institutionPairing.orgRequired': {
    status: 422,
    zh: '此类结对的受援方须为单位',
    en: 'this kind of pairing names a recipient organisation',
  },
  'institutionPairing.overlap': {
    status: 409,
    zh: '与单位结对 {id} 的有效期（{from} – {to}）重叠',
    en: 'overlaps institution pairing {id} ({from} – {to})',
  },
  'mentoring.notFound': {
    status: 404,
    zh: '没有编号为 {id} 的传帮带记录',
    en: 'no mentoring {id}',
  },
  'mentoring.menteeOrgRequired': {
    status: 422,
    zh: '请填写徒弟所在单位（代码或名称）',
    en: "name the mentee's organisation (a code or a name)",
  },
  'mentoring.assessmentYear': {
    status: 422,
    zh: '考核年度须在传帮带的起止年度（{from} – {to}）之内',
    en: "an assessment's year must lie within the mentoring's years ({from} – {to})",
  },
} as const satisfies Record<string, ProblemTemplate>;
