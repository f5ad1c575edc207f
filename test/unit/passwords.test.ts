import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/domain/passwords.js';
import { type ProblemRef, renderProblem } from '../../src/domain/problems.js';

describe('password hashing', () => {
  it('stores scrypt parameters, a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword('a good long password');
    const [scheme, n, r, p, salt, key] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('a good long password');
    expect(await verifyPassword('a good long password', stored)).toBe(true);
    expect(await verifyPassword('a good long passworD', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([
      hashPassword('same password'),
      hashPassword('same password'),
    ]);
    expect(a).not.toBe(b);
  });

  it('never matches a malformed or absurd stored hash', async () => {
    const stored = await hashPassword('a good long password');
    const parts = stored.split('$');
    for (const bad of [
      '',
      'plain',
      'bcrypt$2b$10$abc',
      stored.replace(/^scrypt/, 'scrypt2'),
      ['scrypt', '1000', ...parts.slice(2)].join('$'), // N not a power of two
      ['scrypt', String(2 ** 30), ...parts.slice(2)].join('$'), // too costly to try
      [...parts.slice(0, 5), ''].join('$'),
    ]) {
      expect(await verifyPassword('a good long password', bad)).toBe(false);
    }
  });

  it('verifies hashes of other costs that it wrote itself', async () => {
    // A hash with N=2^14 (e.g. from an older setting) still verifies.
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const key = scryptSync('older password', salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const stored = `scrypt$16384$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword('older password', stored)).toBe(true);
  });
});

/** A password refusal in English. */
function words(refusal: ProblemRef | null): string | null {
  return refusal ? renderProblem(refusal) : null;
}

describe('password rules', () => {
  it.each([
    ['short', /too short: at least 10/],
    ['123456789', /too short/],
    ['aaaaaaaaaaaa', /repeats one character/],
    ['x'.repeat(257), /too long: at most 256/],
  ])('refuses %j', (password, why) => {
    expect(words(passwordProblem(password))).toMatch(why);
  });

  it.each(['correct horse', '0123456789', '山海经山海经山海经山', `${'x'.repeat(255)}y`])(
    'accepts %j',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );

  it('counts characters, not UTF-16 units', () => {
    expect(words(passwordProblem('😀😀😀😀😀'))).toMatch(/got 5/);
  });
});
