/**
 * `shanhai verify-history [--against CHECKPOINT…]`, `shanhai history checkpoint` and
 * `shanhai history keygen` (decision 0041).
 */

import type { KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Config } from '../config.js';
import type { Executor } from '../db/database.js';
import type { ChainProblem, Checkpoint } from '../domain/history-chain.js';
import {
  checkSignature,
  compareWithCheckpoint,
  generateSigningKeys,
  keyId,
  parseCheckpoint,
  readPublicKey,
  readSigningKey,
  takeCheckpoint,
} from '../modules/history/checkpoint.js';
import { verifyHistory } from '../modules/history/service.js';
import { withDatabase } from './open.js';

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${what} ${file}: ${(err as Error).message}`);
  }
}

function signingKey(config: Config): KeyObject | undefined {
  const file = config.HISTORY_SIGNING_KEY_FILE;
  return file ? readSigningKey(readText(file, 'the signing key'), file) : undefined;
}

/** The key that checks signatures: the public key file, else the signing key's public half. */
function checkingKey(config: Config): KeyObject | undefined {
  const file = config.HISTORY_PUBLIC_KEY_FILE ?? config.HISTORY_SIGNING_KEY_FILE;
  return file ? readPublicKey(readText(file, 'the public key'), file) : undefined;
}

const SIGNATURE_WORDS = {
  valid: 'signature valid',
  unsigned: 'unsigned',
  'not-checked':
    'signed, signature NOT checked (set HISTORY_PUBLIC_KEY_FILE to the public key to check it)',
  'other-key': 'signed by ANOTHER key than the configured one',
  invalid: 'signature INVALID: the file was altered after it was signed',
} as const;

/** What `verify-history` found: whether it passed and its lines, for stdout or stderr. */
export interface HistoryReport {
  ok: boolean;
  lines: string[];
}

/**
 * Checks the hash chain, then the history against each checkpoint (file name and text). Fails,
 * naming every problem and its entry, when the chain does not hold, when an entry a checkpoint
 * recorded is gone or changed, or when a checkpoint's signature fails.
 */
export async function historyReport(
  db: Executor,
  files: readonly { file: string; text: string }[],
  key: KeyObject | undefined,
): Promise<HistoryReport> {
  const checkpoints = files.map(({ file, text }) => ({
    file,
    checkpoint: parseCheckpoint(text, file),
  }));
  const result = await verifyHistory(db);
  const problems: ChainProblem[] = [...result.problems];
  const found: string[] = [];
  let badSignature = false;
  for (const { file, checkpoint } of checkpoints) {
    const status = checkSignature(checkpoint, key);
    if (status === 'invalid' || status === 'other-key') badSignature = true;
    const mismatches = await compareWithCheckpoint(db, checkpoint);
    problems.push(...mismatches);
    found.push(
      `  ${file}: entry ${checkpoint.entry} of ${checkpoint.at}: ${mismatches.length === 0 ? 'matches' : 'DOES NOT MATCH'}; ${SIGNATURE_WORDS[status]}`,
    );
  }
  const tail = found.length > 0 ? ['checkpoints:', ...found] : [];
  if (problems.length === 0 && !badSignature) {
    return { ok: true, lines: [`history ok: ${result.entries} entries, chain intact`, ...tail] };
  }
  return {
    ok: false,
    lines: [
      `history FAILED verification (${result.entries} entries checked):`,
      ...problems.map((p) => `  entry ${p.id}: ${p.kind}: ${p.detail}`),
      ...tail,
    ],
  };
}

/** `shanhai verify-history [--against FILE…]`: the report; exit code 1 when it fails. */
export async function verifyHistoryCommand(opts: { against?: string[] }): Promise<void> {
  const files = (opts.against ?? []).map((file) => ({
    file,
    text: readText(file, 'the checkpoint'),
  }));
  await withDatabase(async (database, config) => {
    const key = files.length > 0 ? checkingKey(config) : undefined;
    const report = await historyReport(database.db, files, key);
    if (report.ok) console.log(report.lines.join('\n'));
    else {
      console.error(report.lines.join('\n'));
      process.exitCode = 1;
    }
  });
}

/**
 * Prints a checkpoint of the head as one line of JSON, for `> FILE`; signed when
 * HISTORY_SIGNING_KEY_FILE is set, otherwise unsigned with a note on stderr.
 */
export async function checkpointCommand(): Promise<void> {
  await withDatabase(async (database, config) => {
    const key = signingKey(config);
    const verified = await verifyHistory(database.db);
    if (!verified.ok) {
      throw new Error(
        'the history fails verification (run `shanhai verify-history`); a checkpoint would vouch for a broken chain',
      );
    }
    const checkpoint: Checkpoint = await takeCheckpoint(database.db, key);
    process.stdout.write(`${JSON.stringify(checkpoint)}\n`);
    if (!key) {
      console.error(
        'note: unsigned checkpoint (HISTORY_SIGNING_KEY_FILE is not set); keep it where the database’s operators cannot change it',
      );
    }
  });
}

/** Writes a new Ed25519 key pair; never overwrites a file. */
export function keygenCommand(privateFile: string, publicFile: string): void {
  for (const file of [privateFile, publicFile]) {
    if (existsSync(file)) throw new Error(`${file} exists; refusing to overwrite a key`);
  }
  const { privatePem, publicPem } = generateSigningKeys();
  writeFileSync(privateFile, privatePem, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicFile, publicPem, { mode: 0o644, flag: 'wx' });
  console.log(
    `key ${keyId(readPublicKey(publicPem, publicFile))}: private key ${privateFile} (set HISTORY_SIGNING_KEY_FILE to it on the server), public key ${publicFile} (for auditors: HISTORY_PUBLIC_KEY_FILE)`,
  );
}
