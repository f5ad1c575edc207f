/**
 * Issue 12, defect 7: the history could be rewritten undetected. With the append-only triggers
 * dropped, editing an entry and recomputing every later hash and the head, or deleting the last
 * entries and moving the head back, left a chain that `verify-history` accepted. A checkpoint
 * kept outside the database (`shanhai history checkpoint`) detects both
 * (`verify-history --against`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { historyReport } from '../../src/cli/history-commands.js';
import type { Database } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { hashEntry } from '../../src/domain/history-chain.js';
import { appendHistory } from '../../src/modules/core/history-append.js';
import {
  checkSignature,
  compareWithCheckpoint,
  generateSigningKeys,
  parseCheckpoint,
  readPublicKey,
  readSigningKey,
  takeCheckpoint,
} from '../../src/modules/history/checkpoint.js';
import { verifyHistory } from '../../src/modules/history/service.js';
import { shanhai } from '../support/cli.js';
import { describeEachDatabase } from '../support/db.js';

const dir = mkdtempSync(join(tmpdir(), 'shanhai-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function record(database: Database, n: number, tag: string) {
  for (let i = 0; i < n; i++) {
    await database.db.transaction().execute((trx) =>
      appendHistory(trx, [
        {
          actor: systemActor('test'),
          action: 'update',
          entityType: 'organisation',
          entityId: `${tag}-${i}`,
          before: { name: `old ${i}` },
          after: { name: `new ${i}` },
        },
      ]),
    );
  }
}

/** Lifts the append-only triggers, as someone with owner rights on the database could. */
async function dropGuards(database: Database) {
  if (database.engine === 'postgres') {
    await sql`drop trigger if exists history_no_update on history`.execute(database.db);
  } else {
    await sql`drop trigger if exists history_no_update`.execute(database.db);
    await sql`drop trigger if exists history_no_delete`.execute(database.db);
  }
}

/** The attack: edit entry `id`, recompute every later hash and link, and move the head. */
async function rewriteFrom(database: Database, id: number, after: string) {
  const db = database.db;
  await db.updateTable('history').set({ after }).where('id', '=', id).execute();
  const rows = await db
    .selectFrom('history')
    .selectAll()
    .where('id', '>=', id)
    .orderBy('id')
    .execute();
  const before = await db
    .selectFrom('history')
    .select('hash')
    .where('id', '=', id - 1)
    .executeTakeFirstOrThrow();
  let prevHash = before.hash;
  for (const row of rows) {
    const hash = hashEntry({ ...row, prevHash });
    await db.updateTable('history').set({ prevHash, hash }).where('id', '=', row.id).execute();
    prevHash = hash;
  }
  const last = rows[rows.length - 1];
  if (!last) throw new Error('nothing to rewrite');
  await db.updateTable('historyHead').set({ lastId: last.id, lastHash: prevHash }).execute();
}

/** The attack: delete the last `n` entries and move the head back to the one before. */
async function truncate(database: Database, n: number) {
  const db = database.db;
  const head = await db.selectFrom('historyHead').selectAll().executeTakeFirstOrThrow();
  await db
    .deleteFrom('history')
    .where('id', '>', head.lastId - n)
    .execute();
  const last = await db
    .selectFrom('history')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  await db.updateTable('historyHead').set({ lastId: last.id, lastHash: last.hash }).execute();
}

describeEachDatabase('history checkpoints (issue 12, defect 7)', (ctx) => {
  const keys = generateSigningKeys();
  const key = readSigningKey(keys.privatePem, 'private');
  const publicKey = readPublicKey(keys.publicPem, 'public');
  let first = '';

  it('exports a signed checkpoint (CLI) that a later, longer history still matches', async () => {
    const privateFile = join(dir, `${ctx.engine}-private.pem`);
    writeFileSync(privateFile, keys.privatePem);
    await record(ctx.database, 4, 'A');
    const out = await shanhai(ctx.url, ['history', 'checkpoint'], {
      HISTORY_SIGNING_KEY_FILE: privateFile,
    });
    expect(out.code, out.stderr).toBe(0);
    first = out.stdout;
    const checkpoint = parseCheckpoint(first, 'stdout');
    expect(checkpoint.entry).toBe(5); // entry 1 is the reference-data load
    expect(checkSignature(checkpoint, publicKey)).toBe('valid');
    await record(ctx.database, 3, 'B');
    const report = await historyReport(ctx.database.db, [{ file: 'cp1', text: first }], publicKey);
    expect(report).toEqual({
      ok: true,
      lines: [
        'history ok: 8 entries, chain intact',
        'checkpoints:',
        `  cp1: entry 5 of ${checkpoint.at}: matches; signature valid`,
      ],
    });
  });

  it('detects entries before the checkpoint rewritten with every hash recomputed (CLI)', async () => {
    await dropGuards(ctx.database);
    await rewriteFrom(ctx.database, 3, '{"name":"forged"}');
    // The chain alone cannot tell: this is the defect.
    expect(await verifyHistory(ctx.database.db)).toMatchObject({ ok: true, problems: [] });
    const checkpoint = parseCheckpoint(first, 'file');
    expect(await compareWithCheckpoint(ctx.database.db, checkpoint)).toMatchObject([
      { kind: 'rewritten', id: 5 },
    ]);
    const file = join(dir, `${ctx.engine}-checkpoint.json`);
    const publicFile = join(dir, `${ctx.engine}-public.pem`);
    writeFileSync(file, first);
    writeFileSync(publicFile, keys.publicPem);
    const out = await shanhai(ctx.url, ['verify-history', '--against', file], {
      HISTORY_PUBLIC_KEY_FILE: publicFile,
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/entry 5: rewritten: entry 5 no longer has the hash/);
    expect(out.stderr).toMatch(/DOES NOT MATCH; signature valid/);
  });

  it('detects the last entries deleted and the head moved back', async () => {
    // A fresh checkpoint of the (now rewritten) history at entry 8, then the tail goes.
    const checkpoint = await takeCheckpoint(ctx.database.db, key);
    expect(checkpoint.entry).toBe(8);
    await truncate(ctx.database, 2);
    expect(await verifyHistory(ctx.database.db)).toMatchObject({ ok: true, entries: 6 });
    // Signed, but checked here without a key: said, not hidden.
    const text = JSON.stringify(checkpoint);
    const report = await historyReport(ctx.database.db, [{ file: 'cp2', text }], undefined);
    expect(report.ok).toBe(false);
    expect(report.lines).toContain(
      `  entry 8: truncated: the checkpoint of ${checkpoint.at} records entry 8, but the history now ends at entry 6: entries were deleted`,
    );
    expect(report.lines.at(-1)).toMatch(/DOES NOT MATCH; signed, signature NOT checked/);
  });

  it('refuses an altered or foreign checkpoint, and a file that is not one', async () => {
    const genuine = await takeCheckpoint(ctx.database.db, key);
    const altered = JSON.stringify({ ...genuine, at: '2020-01-01T00:00:00.000Z' });
    const report = await historyReport(ctx.database.db, [{ file: 'x', text: altered }], publicKey);
    expect(report.ok).toBe(false);
    expect(report.lines.at(-1)).toMatch(/matches; signature INVALID/);
    const other = readPublicKey(generateSigningKeys().publicPem, 'other');
    expect(checkSignature(genuine, other)).toBe('other-key');
    const unsigned = await takeCheckpoint(ctx.database.db);
    expect(checkSignature(unsigned, publicKey)).toBe('unsigned');
    await expect(
      historyReport(ctx.database.db, [{ file: 'cp.json', text: '{"format":"x"}' }], undefined),
    ).rejects.toThrow(/cp.json is not a history checkpoint: format/);
    expect(() => parseCheckpoint('nope', 'cp.json')).toThrow(/not JSON/);
  });
});

describe('signing keys', () => {
  it('are Ed25519 PEM; a public key is refused as a signing key', () => {
    const keys = generateSigningKeys();
    expect(keys.privatePem).toMatch(/BEGIN PRIVATE KEY/);
    expect(() => readSigningKey(keys.publicPem, 'pub.pem')).toThrow(/pub.pem is not a private key/);
  });
});
