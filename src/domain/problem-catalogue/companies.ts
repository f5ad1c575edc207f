import type { ProblemTemplate } from './template.js';

/** Problems: companies brought in, their officers and cases; consumption-aid sales. */
export const COMPANIES = {
  'company.notFound': { status: 404, zh: '没有编号为 {id} 的企业', en: 'no company {id}' },
  'company.creditCode': {
    status: 422,
    zh: '统一社会信用代码 {code} 无效（应为 18 位，末位校验码须符合 GB 32100）',
    en: 'the unified social credit code {code} is invalid (18 characters, GB 32100 check character)',
  },
  'company.creditCodeTaken': {
    status: 409,
    zh: '统一社会信用代码 {code} 已登记（企业编号 {id}）',
    en: 'the credit code {code} is already registered (company {id})',
  },
  'company.localHires': {
    status: 422,
    zh: '本地用工 {localHires} 人不能多于实际就业 {jobsActual} 人',
    en: 'local hires ({localHires}) cannot exceed actual jobs ({jobsActual})',
  },
  'companyOfficer.startBefore': {
    status: 422,
    zh: '新任首席服务官的开始日期须晚于现任的开始日期 {date}',
    en: 'the new officer must start after the current one started ({date})',
  },
  'companyCase.notFound': { status: 404, zh: '没有编号为 {id} 的企业诉求', en: 'no case {id}' },
  'companyCase.badMove': {
    status: 409,
    zh: '诉求不能从「{from:caseStatus}」改为「{to:caseStatus}」',
    en: 'a case cannot move from {from:caseStatus} to {to:caseStatus}',
  },
  'companyCase.noResponse': {
    status: 409,
    zh: '诉求尚无任何答复，不能改为「{to:caseStatus}」',
    en: 'the case has no response yet: it cannot be {to:caseStatus}',
  },
  'companyCase.rejectReason': {
    status: 422,
    zh: '不予受理须说明理由',
    en: 'a rejected case needs a reason',
  },
  'companyCase.finished': {
    status: 409,
    zh: '诉求已是「{status:caseStatus}」，不能再答复',
    en: 'the case is {status:caseStatus}: it takes no more responses',
  },
  'companyCase.responseBeforeOpened': {
    status: 422,
    zh: '答复时间不能早于诉求提出时间 {openedAt}',
    en: 'a response cannot precede the case (opened {openedAt})',
  },
  'consumption.saleNotFound': {
    status: 404,
    zh: '没有编号为 {id} 的消费帮扶销售记录',
    en: 'no sale {id}',
  },
  'consumption.bulkRefused': {
    status: 422,
    zh: '{count} 行有错误，全部未保存',
    en: '{count} rows have errors: nothing was saved',
  },
} as const satisfies Record<string, ProblemTemplate>;
