import type { ProblemTemplate } from './template.js';

/** Problems: Projects: records, stages, documents, results. */
export const PROJECTS = {
  // Projects.
  'project.notFound': { status: 404, zh: '没有项目 {code}', en: 'no project {code}' },
  'project.unknown': { status: 422, zh: '没有项目 {code}', en: 'no project {code}' },
  'project.exists': {
    status: 409,
    zh: '项目编号 {code} 已存在',
    en: 'project {code} already exists',
  },
  'project.typeUnknown': {
    status: 422,
    zh: '没有项目类型 {code}',
    en: 'no project type {code}; see /api/project-types',
  },
  'project.codeFixed': {
    status: 422,
    zh: '项目编号不能修改',
    en: 'a project code does not change',
  },
  'project.stageByTransition': {
    status: 422,
    zh: '阶段须通过阶段变更修改（{from:stage} → {to:stage}）',
    en: 'stages change through POST /api/projects/{code}/transitions ({from} → {to})',
  },
  'project.suspendedFromRequired': {
    status: 422,
    zh: '请填写暂停前所处的阶段',
    en: 'name the stage it was suspended from',
  },
  'project.suspendedFromOnly': {
    status: 422,
    zh: '仅暂停或取消的项目可填写暂停前阶段',
    en: 'only for a suspended or cancelled project',
  },
  'project.reasonRequired': {
    status: 422,
    zh: '请说明项目{stage:stage}的原因',
    en: 'say why the project is {stage}',
  },
  'project.donorRequired': {
    status: 422,
    zh: '请填写援助方',
    en: 'name the donor (or donors)',
  },
  'project.donorTwice': { status: 422, zh: '{org} 重复填写', en: '{org} is listed twice' },
  'project.leadNotDonor': {
    status: 422,
    zh: '{donor} 不在援助方之列',
    en: '{donor} is not among donors',
  },
  'project.leadNotLargest': {
    status: 422,
    zh: '牵头援助方的份额须最大（{top}）',
    en: 'the lead donor must have the largest share ({top})',
  },
  'project.sharesSum': {
    status: 422,
    zh: '份额合计须为 100%（10000 基点），现为 {sum} 基点',
    en: 'shares must sum to 10000 basis points (100%); these sum to {sum}',
  },
  'project.locationTwice': { status: 422, zh: '{area} 重复填写', en: '{area} is listed twice' },
  'project.livelihoodReason': {
    status: 422,
    zh: '该类型的民生占比为 {typeBp} 基点，请说明本项目为 {bp} 基点的原因',
    en: "the type's livelihood share is {typeBp}; say why this project's is {bp}",
  },
  'stage.already': {
    status: 422,
    zh: '项目已处于「{to:stage}」阶段',
    en: 'the project is already {to}',
  },
  'stage.final': {
    status: 422,
    zh: '处于「{from:stage}」阶段的项目不能再变更阶段',
    en: 'a project that is {from} cannot change stage',
  },
  'stage.resumeTo': {
    status: 422,
    zh: '暂停的项目只能恢复到暂停前的「{stage:stage}」阶段',
    en: 'a suspended project resumes only to {stage}, the stage it was suspended from',
  },
  'stage.noCancelSuspendedAfterAcceptance': {
    status: 422,
    zh: '验收移交后暂停的项目不能取消',
    en: 'a project suspended after acceptance cannot be cancelled',
  },
  'stage.noCancel': {
    status: 422,
    zh: '处于「{from:stage}」阶段（已验收移交）的项目不能取消',
    en: 'a project that is {from} (after acceptance) cannot be cancelled',
  },
  'stage.noSuspend': {
    status: 422,
    zh: '处于「{from:stage}」阶段的项目不能暂停',
    en: 'a project that is {from} cannot be suspended',
  },
  'stage.backwards': {
    status: 422,
    zh: '阶段不能倒退（{from:stage} → {to:stage}）',
    en: 'stages do not go backwards ({from} → {to})',
  },
  'stage.skips': {
    status: 422,
    zh: '{from:stage} → {to:stage} 跳过了阶段，下一阶段应为「{next:stages}」',
    en: '{from} → {to} skips a stage; next is {next:stages}',
  },
  'stage.dateBefore': {
    status: 422,
    zh: '日期不能早于 {since}（进入「{stage:stage}」阶段的日期）',
    en: 'must not be before {since}, when it became {stage}',
  },
  'document.notFound': {
    status: 404,
    zh: '项目 {project} 中没有编号为 {id} 的文件',
    en: 'no document {id} in project {project}',
  },
  'document.tooLarge': {
    status: 422,
    zh: '文件最大 10 MiB',
    en: 'a document may have at most 10 MiB',
  },
  'document.mediaType': {
    status: 422,
    zh: '不接受此文件类型（{mediaType}），请使用 PDF、图片、办公文档、zip 或文本',
    en: '{mediaType} is not accepted; use PDF, an image, an office document, zip or text',
  },
  'document.empty': { status: 422, zh: '文件是空的', en: 'the file is empty' },
  'document.contentMismatch': {
    status: 422,
    zh: '文件内容与类型 {mediaType} 不符',
    en: 'the content is not {mediaType}',
  },

  'result.genderExceeds': {
    status: 400,
    zh: '女性与男性人数之和超过总数',
    en: 'female + male exceeds value',
  },
  'result.exceedsValue': { status: 400, zh: '超过总数', en: 'exceeds value' },
} as const satisfies Record<string, ProblemTemplate>;
