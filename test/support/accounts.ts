import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { type Role, systemActor } from '../../src/domain/access.js';
import type { App } from '../../src/http/types.js';
import { SESSION_COOKIE } from '../../src/modules/accounts/authenticate.js';
import { createUser } from '../../src/modules/accounts/service.js';

export const TEST_PASSWORD = 'correct horse battery';

/** Scopes a role needs when the test does not name one (reference data: Beijing, Hotan). */
const DEFAULT_SCOPE: Partial<Record<Role, { orgCode?: string; areaCode?: string }>> = {
  'donor-editor': { orgCode: '110000' },
  'recipient-editor': { areaCode: '653201' },
};

export interface TestUserOptions {
  username?: string;
  /** Default: the username. */
  displayName?: string;
  role: Role;
  orgCode?: string | null;
  areaCode?: string | null;
  password?: string;
}

/** Creates a user holding one role (a unique username unless given). */
export async function createTestUser(database: Database, options: TestUserOptions) {
  const username = options.username ?? `t-${options.role}-${randomBytes(4).toString('hex')}`;
  const password = options.password ?? TEST_PASSWORD;
  const scope = DEFAULT_SCOPE[options.role] ?? {};
  const user = await createUser(
    { actor: systemActor('test'), db: database.db },
    {
      username,
      ...(options.displayName === undefined ? {} : { displayName: options.displayName }),
      password,
      origin: 'cli',
      grants: [
        {
          role: options.role,
          orgCode: options.orgCode === undefined ? scope.orgCode : options.orgCode,
          areaCode: options.areaCode === undefined ? scope.areaCode : options.areaCode,
        },
      ],
    },
  );
  return { user, username: user.username, password };
}

/** The `cookie` header value of a fresh session, after POST /api/session. */
export async function sessionCookieFor(app: App, username: string, password: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/session',
    body: { username, password },
  });
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (res.statusCode !== 200 || !cookie) {
    throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
  }
  return `${SESSION_COOKIE}=${cookie.value}`;
}

/** Creates a unique user with the role and signs in; returns the `cookie` header value. */
export async function loginAs(
  app: App,
  database: Database,
  options: Omit<TestUserOptions, 'username' | 'password'>,
) {
  const { username, password } = await createTestUser(database, options);
  return sessionCookieFor(app, username, password);
}
