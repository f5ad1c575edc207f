/**
 * The accounts use cases, one import away for the routes, the CLI and tests: users
 * (users.ts, set-password.ts, user-rules.ts), sessions and sign-in (sessions.ts, throttle.ts) and API tokens (tokens.ts).
 */

export { describeSessionUser, endSessionsOfUser, login, logout } from './sessions.js';
export { setPassword } from './set-password.js';
export { pruneLoginAttempts } from './throttle.js';
export { createApiToken, listApiTokens, revokeApiToken } from './tokens.js';
export { normaliseUsername } from './user-rules.js';
export { createUser, getUser, listUsers, updateUser } from './users.js';
