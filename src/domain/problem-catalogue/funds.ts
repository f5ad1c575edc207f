import type { ProblemTemplate } from './template.js';

/** Problems: Funds, plans, compliance, quality, warnings and jobs. */
export const FUNDS = {
  // Funds.
  'ledger.projectCancelled': {
    status: 409,
    zh: '项目 {code} 已取消，资金台账已关闭',
    en: 'project {code} is cancelled: its ledger is closed',
  },
  'ledger.projectTotalTooLarge': {
    status: 422,
    zh: '项目 {code} 的同类资金合计不能超过 10 万亿元',
    en: "project {code}'s {type} transactions would sum to more than 10^15 fen (10 trillion yuan)",
  },
  'ledger.transactionNotFound': {
    status: 404,
    zh: '项目 {project} 中没有编号为 {id} 的资金记录',
    en: 'no transaction {id} on project {project}',
  },
  'ledger.reversal.ofReversal': {
    status: 409,
    zh: '冲销记录本身不能再冲销',
    en: 'transaction {id} is a reversal: it cannot be reversed',
  },
  'ledger.reversal.twice': {
    status: 409,
    zh: '该资金记录已被冲销（冲销记录 {reversal}）',
    en: 'transaction {id} is already reversed by {reversal}',
  },
  'ledger.reversal.date': {
    status: 422,
    zh: '冲销日期须在 {year} 年内，且不早于 {date}',
    en: 'the reversal date must lie in {year} and not before {date}',
  },
  'rates.donorRequired': {
    status: 422,
    zh: '请指定您的一个援助方：{donors}',
    en: 'name one of your donors: {donors}',
  },
  'rates.projectNotInProgramme': {
    status: 422,
    zh: '援助计划 {programme} 中没有项目 {project}',
    en: 'no project {project} in {programme}',
  },
  // Plans.
  'plan.notFound': { status: 404, zh: '没有编号为 {id} 的年度计划', en: 'no plan {id}' },
  'plan.exists': {
    status: 409,
    zh: '该援助方 {year} 年已有年度计划（编号 {id}）',
    en: 'plan {id} ({status}) exists',
  },
  'plan.cannotEdit': {
    status: 409,
    zh: '只有草稿或退回的计划可以编辑',
    en: 'the plan is {status}: only a draft or returned plan can be edited',
  },
  'plan.cannotSubmit': {
    status: 409,
    zh: '只有草稿或退回的计划可以提交',
    en: 'the plan is {status}: only a draft or returned plan can be submitted',
  },
  'plan.cannotApprove': {
    status: 409,
    zh: '只有已提交的计划可以批准',
    en: 'the plan is {status}: only a submitted plan can be approved',
  },
  'plan.cannotReturn': {
    status: 409,
    zh: '只有已提交的计划可以退回',
    en: 'the plan is {status}: only a submitted plan can be returned',
  },
  'plan.returnReason': {
    status: 400,
    zh: '请说明退回的原因',
    en: 'say why the plan is returned',
  },
  'plan.itemProgramme': {
    status: 422,
    zh: '项目 {project} 属于援助计划 {programme}，而非 {planProgramme}',
    en: 'project {project} belongs to {programme}, not {planProgramme}',
  },
  'plan.itemNotDonor': {
    status: 422,
    zh: '{donor} 不是项目 {project} 的援助方',
    en: '{donor} is not a donor of project {project}',
  },
  'plan.itemTwice': {
    status: 422,
    zh: '项目 {project} 重复列入',
    en: 'project {project} is listed twice',
  },
  'plan.itemsOverTotal': {
    status: 422,
    zh: '各项合计 {sum:money}，超过计划总额 {total:money}',
    en: 'the items add up to {sum} fen, more than the total of {total} fen',
  },
  // Compliance, quality, warnings, jobs.
  'compliance.notDonor': {
    status: 404,
    zh: '{code} 不是 {programme} 的援助方',
    en: '{code} is not a donor of {programme}; ask for its donor',
  },
  'quality.ruleUnknown': {
    status: 422,
    zh: '没有数据质量规则 {rule}',
    en: 'no rule {rule}; see /api/quality/rules',
  },
  'warning.notFound': { status: 404, zh: '没有编号为 {id} 的预警', en: 'no warning {id}' },
  'warning.noteRequired': {
    status: 422,
    zh: '请填写处理说明',
    en: 'a resolution note is required to mark it {status}',
  },
  'warning.ownerUnknown': {
    status: 422,
    zh: '没有有效用户 {id}',
    en: 'no active user {id}',
  },
  'warning.bulkItemRefused': {
    status: 422,
    zh: '第 {index} 条（预警 {id}）未能处理，所选预警均未更改',
    en: 'item {index} (warning {id}) was refused; none of the warnings changed',
  },
  'warning.bulkTooMany': {
    status: 422,
    zh: '一次最多处理 {max} 条预警（已选 {count} 条）',
    en: 'at most {max} warnings at once ({count} given)',
  },
  'job.notFound': { status: 404, zh: '没有编号为 {id} 的任务', en: 'no job {id}' },
  'job.notFailed': {
    status: 409,
    zh: '只有失败的任务可以重试',
    en: 'job {id} is {status}: only a failed job is retried',
  },
} as const satisfies Record<string, ProblemTemplate>;
