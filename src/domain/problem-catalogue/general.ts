import type { ProblemTemplate } from './template.js';

/** Problems: Fastify's own refusals, generic codes and request validation. */
export const GENERAL = {
  // Generic: Fastify's own refusals, and the deprecated bare-message errors ({detail} in English,
  // so never in the Chinese sentence: a Chinese screen shows no English server text).
  badRequest: { status: 400, zh: '请求格式不正确', en: 'the request is malformed: {detail}' },
  invalidInput: { status: 422, zh: '输入不被接受', en: '{detail}' },
  notFound: { status: 404, zh: '未找到', en: '{detail}' },
  conflict: { status: 409, zh: '操作冲突', en: '{detail}' },
  unauthenticated: { status: 401, zh: '请先登录', en: '{detail}' },
  forbidden: { status: 403, zh: '无权执行此操作', en: '{detail}' },
  tooManyRequests: { status: 429, zh: '请求过于频繁，请稍后再试', en: '{detail}' },
  internal: {
    status: 500,
    zh: '服务器出错，请稍后再试（请求编号已记录）',
    en: 'something went wrong; the request id is logged',
  },
  'request.notJson': {
    status: 400,
    zh: '请求内容不是有效的 JSON',
    en: 'the body is not valid JSON',
  },
  'request.tooLarge': { status: 413, zh: '请求内容过大', en: 'the body is too large' },
  'request.mediaType': {
    status: 415,
    zh: '不支持的内容类型',
    en: 'unsupported media type: send application/json',
  },
  'request.method': { status: 405, zh: '不支持此请求方法', en: 'method not allowed' },
  'request.crossOrigin': {
    status: 403,
    zh: '拒绝来自其他站点的请求',
    en: 'cross-origin request from {origin} refused',
  },
  'request.badUrl': { status: 400, zh: '请求地址不正确', en: 'the URL does not decode' },
  'request.headersTooLarge': {
    status: 431,
    zh: '请求地址或请求头过长',
    en: 'the URL or the headers are too long (16 KB at most)',
  },
  'request.timeout': { status: 408, zh: '请求超时', en: 'the request took too long to arrive' },
  'request.unreadable': {
    status: 400,
    zh: '无法读取此请求',
    en: 'the request could not be read as HTTP',
  },
  'request.charset': {
    status: 415,
    zh: '请求内容应使用 UTF-8 编码',
    en: 'the body is in {charset}: send it as UTF-8',
  },
  'request.host': {
    status: 421,
    zh: '此服务器不接受发往该主机名的请求',
    en: 'requests for host {host} are not served here',
  },
  'request.rateLimited': {
    status: 429,
    zh: '未登录的请求过于频繁，请 {seconds} 秒后再试或先登录',
    en: 'too many requests without signing in from this address; try again in {seconds} s or sign in',
  },
  'route.notFound': { status: 404, zh: '没有这个接口', en: 'no route {method} {path}' },
  // Request validation (the schema of a route), one per field at fault.
  'validation.required': { status: 400, zh: '必填', en: 'required' },
  'validation.type': { status: 400, zh: '类型不正确', en: 'expected {expected}' },
  'validation.number': { status: 400, zh: '应为数字', en: 'expected a number' },
  'validation.integer': { status: 400, zh: '应为整数', en: 'expected a whole number' },
  'validation.text': { status: 400, zh: '应为文字', en: 'expected text' },
  'validation.boolean': { status: 400, zh: '应为是或否', en: 'expected true or false' },
  'validation.list': { status: 400, zh: '应为列表', en: 'expected a list' },
  'validation.object': { status: 400, zh: '应为对象', en: 'expected an object' },
  'validation.tooShort': {
    status: 400,
    zh: '至少 {minimum} 个字符',
    en: 'at least {minimum} characters',
  },
  'validation.tooLong': {
    status: 400,
    zh: '最多 {maximum} 个字符',
    en: 'at most {maximum} characters',
  },
  'validation.tooSmall': { status: 400, zh: '不能小于 {minimum}', en: 'at least {minimum}' },
  'validation.tooSmallExclusive': {
    status: 400,
    zh: '应大于 {minimum}',
    en: 'more than {minimum}',
  },
  'validation.tooLarge': { status: 400, zh: '不能大于 {maximum}', en: 'at most {maximum}' },
  'validation.tooLargeExclusive': {
    status: 400,
    zh: '应小于 {maximum}',
    en: 'less than {maximum}',
  },
  'validation.tooFew': { status: 400, zh: '至少 {minimum} 项', en: 'at least {minimum} items' },
  'validation.tooMany': { status: 400, zh: '最多 {maximum} 项', en: 'at most {maximum} items' },
  'validation.date': {
    status: 400,
    zh: '应为日期（年-月-日）',
    en: 'expected a date written YYYY-MM-DD',
  },
  'validation.dateRange': {
    status: 400,
    zh: '日期应在 1949-01-01 至 2100-12-31 之间',
    en: 'a date from 1949-01-01 to 2100-12-31',
  },
  'validation.dateTime': {
    status: 400,
    zh: '应为日期时间（年-月-日 时:分:秒）',
    en: 'expected a date and time (ISO 8601)',
  },
  'validation.format': { status: 400, zh: '格式不正确', en: 'not a valid {format}' },
  'validation.controlCharacter': {
    status: 400,
    zh: '不能包含控制字符（如空字符）',
    en: 'must not contain control characters such as NUL',
  },
  'validation.oneOf': { status: 400, zh: '不是可选的值', en: 'expected one of {values}' },
  'validation.unknownKeys': {
    status: 400,
    zh: '含有不认识的字段',
    en: 'unknown fields: {keys}',
  },
  'validation.multipleOf': {
    status: 400,
    zh: '应为 {divisor} 的倍数',
    en: 'a multiple of {divisor}',
  },
  'validation.invalid': { status: 400, zh: '不合要求', en: 'invalid' },
  'validation.ifMatch': {
    status: 400,
    zh: 'If-Match 应为记录的版本标记，如 "3"',
    en: 'must be the ETag of the record, e.g. "3"',
  },
  'validation.recordCode': {
    status: 400,
    zh: '应为 1–64 个字母、数字、“.”、“_”或“-”',
    en: 'letters, digits, ".", "_" or "-" (1–64)',
  },
  'validation.programmeCode': {
    status: 400,
    zh: '应为援助计划代码，如 xinjiang',
    en: 'a programme code, e.g. xinjiang',
  },
  'validation.typeCode': {
    status: 400,
    zh: '应为小写字母、数字和“-”，如 livelihood',
    en: 'lower-case letters, digits and "-", e.g. livelihood',
  },
  'validation.wholeFen': { status: 400, zh: '金额应精确到分', en: 'must be a whole number of fen' },
  'validation.notNegative': { status: 400, zh: '不能为负数', en: 'must not be negative' },
  'validation.calendarDate': {
    status: 400,
    zh: '应为有效日期（年-月-日）',
    en: 'must be a calendar date written YYYY-MM-DD',
  },
  'validation.areaCode': {
    status: 400,
    zh: '应为行政区划代码：2、4、6、9 或 12 位数字（如 6532 或 653201）',
    en: 'must be an area code: 2, 4, 6, 9 or 12 digits (e.g. 6532 or 653201)',
  },
} as const satisfies Record<string, ProblemTemplate>;
