import type { ProblemTemplate } from './template.js';

/** Problems: Signing in, sessions, tokens, users, passwords, access and versions. */
export const ACCESS = {
  // Signing in, sessions, tokens, access.
  'auth.required': {
    status: 401,
    zh: '请先登录',
    en: 'sign in first (session cookie or API token)',
  },
  'auth.signIn': { status: 401, zh: '请先登录', en: 'sign in first' },
  'auth.sessionExpired': {
    status: 401,
    zh: '登录已失效，请重新登录',
    en: 'the session is invalid or has expired; sign in again',
  },
  'auth.tokenInvalid': {
    status: 401,
    zh: 'API 令牌无效、已撤销或已过期',
    en: 'the API token is unknown, revoked or expired',
  },
  'auth.wrongCredentials': {
    status: 401,
    zh: '用户名或密码错误',
    en: 'wrong username or password',
  },
  'auth.disabled': { status: 403, zh: '此账号已停用', en: 'this account is disabled' },
  'auth.tooManyAttempts': {
    status: 429,
    zh: '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'too many failed sign-ins; try again in {minutes} minute(s)',
  },
  'auth.userGone': {
    status: 404,
    zh: '当前登录的用户已不存在',
    en: 'the signed-in user no longer exists',
  },
  'access.denied': { status: 403, zh: '无权执行此操作', en: 'not allowed: {action}' },
  'token.userOnly': {
    status: 403,
    zh: 'API 令牌只属于用户，请以用户身份操作',
    en: 'API tokens belong to users; act as one',
  },
  'token.notFound': { status: 404, zh: '没有编号为 {id} 的 API 令牌', en: 'no API token {id}' },
  'token.name': {
    status: 422,
    zh: '令牌名称应为 1–{max} 个字符',
    en: 'a token needs a name of 1–{max} characters',
  },
  'token.expiryPast': {
    status: 422,
    zh: '到期时间应在将来',
    en: 'the expiry must be a time in the future',
  },
  // Users and passwords.
  'user.notFound': { status: 404, zh: '没有用户 {username}', en: 'no user {username}' },
  'user.taken': {
    status: 409,
    zh: '用户名 {username} 已被占用',
    en: 'the username {username} is taken',
  },
  'user.stale': {
    status: 409,
    zh: '该用户已被修改（您的版本 {given}，当前 {current}），请刷新后重试',
    en: 'the user changed since version {given} (now {current}); reload and try again',
  },
  'user.username': {
    status: 422,
    zh: '用户名为 3–64 个字符：小写字母、数字、“.”、“_”或“-”',
    en: 'a username has 3–64 characters: letters a–z, digits, ".", "_" or "-"',
  },
  'user.displayNameTooLong': {
    status: 422,
    zh: '显示名称最多 {max} 个字符',
    en: 'a display name has at most {max} characters',
  },
  'user.disableSelf': {
    status: 422,
    zh: '不能停用自己的账号',
    en: 'you cannot disable your own account',
  },
  'user.versionMismatch': {
    status: 422,
    zh: 'If-Match 与请求中的版本不一致',
    en: 'If-Match and version in the body disagree',
  },
  'user.versionRequired': {
    status: 422,
    zh: '请提供所编辑的版本',
    en: 'send the version you edited: If-Match: "<version>" or version in the body',
  },
  'user.grantOrgUnknown': {
    status: 422,
    zh: '没有代码为 {code} 的单位',
    en: 'no organisation has code {code}',
  },
  'user.grantAreaUnknown': {
    status: 422,
    zh: '没有代码为 {code} 的行政区划',
    en: 'no area has code {code}',
  },
  'user.donorEditorNeedsOrg': {
    status: 422,
    zh: '援助方填报员须指定单位',
    en: 'a donor editor needs an organisation',
  },
  'user.recipientEditorNeedsArea': {
    status: 422,
    zh: '受援方填报员须指定地区',
    en: 'a recipient editor needs an area',
  },
  'password.tooShort': {
    status: 422,
    zh: '密码太短：至少 {min} 个字符，当前 {length} 个',
    en: 'the password is too short: at least {min} characters, got {length}',
  },
  'password.tooLong': {
    status: 422,
    zh: '密码太长：最多 {max} 个字符',
    en: 'the password is too long: at most {max} characters',
  },
  'password.repeats': {
    status: 422,
    zh: '密码只重复一个字符，请换一个更难猜的密码',
    en: 'the password repeats one character; choose one that is harder to guess',
  },
  'password.currentRequired': {
    status: 422,
    zh: '修改自己的密码时须提供当前密码',
    en: 'to change your own password, give the current one',
  },
  'password.currentWrong': {
    status: 422,
    zh: '当前密码不正确',
    en: 'the current password is wrong',
  },
  // Optimistic versions.
  'version.stale': {
    status: 409,
    zh: '记录已被修改（您的版本 {expected}，当前版本 {actual}），请刷新后重试',
    en: '{what} has changed: you have version {expected}, the current version is {actual}; reload and try again',
  },
  'version.concurrent': {
    status: 409,
    zh: '记录刚被他人修改，请刷新后重试',
    en: '{what} was changed by someone else meanwhile; reload and try again',
  },
} as const satisfies Record<string, ProblemTemplate>;
