/** The login screen. */
export const messages = {
  login: {
    title: '登录山海',
    intro: '结对关系、区域和总览页面无需登录即可查看；填报与管理功能需要登录。',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    wrongCredentials: '用户名或密码错误',
    tooManyAttempts: '尝试次数过多，请稍后再试',
    failed: '登录失败：{{detail}}',
    alreadySignedIn: '您已以 {{name}} 的身份登录。',
    continue: '继续',
  },
} as const;
