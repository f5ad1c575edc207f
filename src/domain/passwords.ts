import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { type ProblemRef, problem } from './problems.js';

/**
 * Password hashing with scrypt (RFC 7914), stored self-describing as
 * `scrypt$N$r$p$saltBase64$hashBase64` so the cost can be raised later without breaking the
 * hashes already stored.
 */

const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Bounds on the parameters read back from a stored hash, so a bad row cannot hang the server. */
const MAX_N = 2 ** 20;
const MAX_RP = 64;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly N=2^15, r=8. */
function maxmemFor(N: number, r: number): number {
  return 128 * N * r * 2 + 1024 * 1024;
}

function derive(password: string, salt: Buffer, keyLength: number, cost: ScryptOptions) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, cost, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const { N, r, p } = COST;
  const key = await derive(password, salt, KEY_BYTES, { N, r, p, maxmem: maxmemFor(N, r) });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  const ok =
    powerOfTwo &&
    N <= MAX_N &&
    [r, p].every((v) => Number.isInteger(v) && v >= 1 && v <= MAX_RP) &&
    salt.length >= 8 &&
    key.length >= 16;
  return ok ? { N, r, p, salt, key } : null;
}

/**
 * Whether the password matches a stored hash, compared in constant time. A malformed stored
 * hash never matches.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const { N, r, p, salt, key } = parsed;
  const candidate = await derive(password, salt, key.length, {
    N,
    r,
    p,
    maxmem: maxmemFor(N, r),
  });
  return timingSafeEqual(candidate, key);
}

/** Why a new password is not acceptable, or null when it is. */
export function passwordProblem(password: string): ProblemRef | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return problem('password.tooShort', { min: PASSWORD_MIN_LENGTH, length });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return problem('password.tooLong', { max: PASSWORD_MAX_LENGTH });
  }
  if (new Set(password).size === 1) {
    return problem('password.repeats');
  }
  return null;
}
