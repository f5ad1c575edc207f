import type { ProblemTemplate } from './template.js';

/** Problems: training programmes and sessions, exchange activities (decision 0027). */
export const TRAINING = {
  'training.programmeNotFound': {
    status: 404,
    zh: '没有培训项目 {code}',
    en: 'no training programme {code}',
  },
  'training.programmeUnknown': {
    status: 422,
    zh: '没有培训项目 {code}',
    en: 'no training programme {code}',
  },
  'training.programmeExists': {
    status: 409,
    zh: '培训项目 {code} 已存在',
    en: 'training programme {code} already exists',
  },
  'training.programmeOtherProgramme': {
    status: 422,
    zh: '培训项目 {code} 属于援助计划 {programme}，而非 {sessionProgramme}',
    en: 'training programme {code} belongs to {programme}, not {sessionProgramme}',
  },
  'training.sessionNotFound': {
    status: 404,
    zh: '没有编号为 {id} 的培训班次',
    en: 'no training session {id}',
  },
  'training.endBeforeStart': {
    status: 422,
    zh: '结束日期不能早于开始日期（{startDate}）',
    en: 'the end date must not be before the start date ({startDate})',
  },
  'training.personTimesBelowParticipants': {
    status: 422,
    zh: '培训人次（{personTimes}）不能少于参训人数（{participants}）',
    en: 'person-times ({personTimes}) must not be fewer than the distinct participants ({participants})',
  },
  'training.namedAboveParticipants': {
    status: 422,
    zh: '具名学员 {named} 人，多于参训人数 {participants}',
    en: '{named} named participants are more than the {participants} distinct participants',
  },
  'training.outcomeAboveParticipants': {
    status: 422,
    zh: '该项成果（{value}）不能多于参训人数（{participants}）',
    en: 'this outcome ({value}) cannot exceed the distinct participants ({participants})',
  },
  'exchange.notFound': {
    status: 404,
    zh: '没有编号为 {id} 的交流活动',
    en: 'no exchange activity {id}',
  },
  'exchange.endBeforeStart': {
    status: 422,
    zh: '结束日期不能早于开始日期（{startDate}）',
    en: 'the end date must not be before the start date ({startDate})',
  },
} as const satisfies Record<string, ProblemTemplate>;
