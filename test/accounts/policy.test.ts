import { describe, expect, it } from 'vitest';
import { type Actor, type RoleGrant, systemActor } from '../../src/domain/access.js';
import { can } from '../../src/modules/access/authorize.js';

const SELF = 7;
const OTHER = 8;

function user(...grants: Array<Partial<RoleGrant> & Pick<RoleGrant, 'role'>>): Actor {
  return {
    kind: 'user',
    userId: SELF,
    username: 'someone',
    via: 'session',
    grants: grants.map((g) => ({ orgCode: null, areaCode: null, ...g })),
  };
}

const actors: Record<string, Actor> = {
  coordinator: user({ role: 'coordinator' }),
  'coordinator (Beijing only)': user({ role: 'coordinator', orgCode: '110000' }),
  'donor-editor': user({ role: 'donor-editor', orgCode: '110000' }),
  'recipient-editor': user({ role: 'recipient-editor', areaCode: '653201' }),
  auditor: user({ role: 'auditor' }),
  viewer: user({ role: 'viewer' }),
  'no role': user(),
};

type Check = [label: string, (actor: Actor) => boolean];

const checks: Check[] = [
  ['users.manage', (a) => can(a, 'users.manage')],
  ['users.read (all)', (a) => can(a, 'users.read')],
  ['users.read own', (a) => can(a, 'users.read', { userId: SELF })],
  ['users.read other', (a) => can(a, 'users.read', { userId: OTHER })],
  ['users.set-password own', (a) => can(a, 'users.set-password', { userId: SELF })],
  ['users.set-password other', (a) => can(a, 'users.set-password', { userId: OTHER })],
  ['tokens.manage own', (a) => can(a, 'tokens.manage', { userId: SELF })],
  ['tokens.manage other', (a) => can(a, 'tokens.manage', { userId: OTHER })],
];

// Columns follow `checks`; Y = allowed.
const expected: Record<string, string> = {
  coordinator: 'YYYY YY YY',
  'coordinator (Beijing only)': '-YYY Y- Y-',
  'donor-editor': '--Y- Y- Y-',
  'recipient-editor': '--Y- Y- Y-',
  auditor: '-YYY Y- Y-',
  viewer: '--Y- Y- Y-',
  'no role': '--Y- Y- Y-',
};

describe('account policies: every role × every action × own/other', () => {
  for (const [name, actor] of Object.entries(actors)) {
    const row = (expected[name] ?? '').replaceAll(' ', '');
    it.each(checks.map(([label, check], i) => [label, check, row[i] === 'Y'] as const))(
      `${name}: %s`,
      (_label, check, allowed) => {
        expect(check(actor)).toBe(allowed);
      },
    );
  }

  it('lets anonymous do nothing and the system (CLI) everything', () => {
    for (const [, check] of checks) {
      expect(check({ kind: 'anonymous' })).toBe(false);
      expect(check(systemActor('cli'))).toBe(true);
    }
  });
});
