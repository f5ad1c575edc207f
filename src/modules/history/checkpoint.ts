/**
 * Checkpoints of the history (decision 0041): the head exported for auditors to keep outside
 * the database, optionally signed with an Ed25519 key the database never holds; and the check
 * of today's history against them. The hash chain alone cannot tell a rewritten history whose
 * hashes were all recomputed, nor one cut back at its end, from a genuine one: a checkpoint can.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { z } from 'zod';
import type { Executor } from '../../db/database.js';
import {
  CHECKPOINT_FORMAT,
  type ChainProblem,
  type Checkpoint,
  checkAgainstCheckpoint,
  checkpointPayload,
} from '../../domain/history-chain.js';

/** A short, stable name for a public key: the first 16 hex digits of SHA-256 over its DER. */
export function keyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** Reads an Ed25519 private key (PEM); an error naming the file when it is not one. */
export function readSigningKey(pem: string, file: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (err) {
    throw new Error(`${file} is not a private key in PEM: ${(err as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${file} holds an ${key.asymmetricKeyType} key; the history needs Ed25519`);
  }
  return key;
}

/** Reads an Ed25519 public key (PEM), or derives it from a private key's PEM. */
export function readPublicKey(pem: string, file: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (err) {
    throw new Error(`${file} is not a public or private key in PEM: ${(err as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${file} holds an ${key.asymmetricKeyType} key; the history needs Ed25519`);
  }
  return key;
}

/** A new Ed25519 key pair as PEM texts. */
export function generateSigningKeys(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** The head now, as a checkpoint; signed when a key is given. */
export async function takeCheckpoint(db: Executor, signingKey?: KeyObject): Promise<Checkpoint> {
  const head = await db
    .selectFrom('historyHead')
    .select(['lastId', 'lastHash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const base = {
    format: CHECKPOINT_FORMAT,
    entry: head.lastId,
    hash: head.lastHash,
    at: new Date().toISOString(),
  } as const;
  if (!signingKey) return base;
  const value = sign(null, Buffer.from(checkpointPayload(base)), signingKey).toString('base64');
  return {
    ...base,
    signature: { algorithm: 'ed25519', keyId: keyId(createPublicKey(signingKey)), value },
  };
}

const checkpointSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  entry: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
  signature: z
    .strictObject({
      algorithm: z.literal('ed25519'),
      keyId: z.string().regex(/^[0-9a-f]{16}$/),
      value: z.string().min(1),
    })
    .optional(),
});

/** Parses a checkpoint file's text; an error naming the file and what is wrong with it. */
export function parseCheckpoint(text: string, file: string): Checkpoint {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not a history checkpoint: not JSON`);
  }
  const parsed = checkpointSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${file} is not a history checkpoint: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** How a checkpoint's signature stands. */
export type SignatureStatus = 'valid' | 'unsigned' | 'not-checked' | 'other-key' | 'invalid';

/**
 * Checks a checkpoint's signature with the public key: `not-checked` when no key is at hand,
 * `other-key` when it was signed by a key other than this one, `invalid` when the file was
 * altered after signing.
 */
export function checkSignature(checkpoint: Checkpoint, publicKey?: KeyObject): SignatureStatus {
  const s = checkpoint.signature;
  if (!s) return 'unsigned';
  if (!publicKey) return 'not-checked';
  if (s.keyId !== keyId(publicKey)) return 'other-key';
  const ok = verify(
    null,
    Buffer.from(checkpointPayload(checkpoint)),
    publicKey,
    Buffer.from(s.value, 'base64'),
  );
  return ok ? 'valid' : 'invalid';
}

/**
 * The history against a checkpoint: the entry at the checkpoint's position must still exist and
 * have the recorded hash (with the chain verified from the start, that proves every entry up to
 * it unchanged).
 */
export async function compareWithCheckpoint(
  db: Executor,
  checkpoint: Pick<Checkpoint, 'entry' | 'hash' | 'at'>,
): Promise<ChainProblem[]> {
  const head = await db
    .selectFrom('historyHead')
    .select('lastId')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const found =
    checkpoint.entry === 0
      ? { id: 0, hash: checkpoint.hash }
      : await db
          .selectFrom('history')
          .select(['id', 'hash'])
          .where('id', '=', checkpoint.entry)
          .executeTakeFirst();
  const lastId = Math.min(head.lastId, await lastEntryId(db));
  return checkAgainstCheckpoint(checkpoint, found, lastId);
}

async function lastEntryId(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('history')
    .select((eb) => eb.fn.max('id').as('last'))
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}
