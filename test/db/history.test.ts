import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { canonicalJson, GENESIS_HASH, hashEntry } from '../../src/domain/history-chain.js';
import { appendHistory } from '../../src/modules/core/history-append.js';
import { verifyHistory } from '../../src/modules/history/service.js';
import { describeEachDatabase } from '../support/db.js';

const run = promisify(execFile);

async function record(database: Database, n: number) {
  for (let i = 0; i < n; i++) {
    await database.db.transaction().execute((trx) =>
      appendHistory(trx, [
        {
          actor: systemActor('test'),
          action: 'update',
          entityType: 'organisation',
          entityId: `ORG-${i}`,
          before: { name: `old ${i}` },
          after: { name: `new ${i}`, nested: { b: 1, a: 2 } },
        },
      ]),
    );
  }
}

/** Lifts the append-only triggers, as someone with owner rights on the database could. */
async function dropGuards(database: Database) {
  if (database.engine === 'postgres') {
    await sql`drop trigger history_no_update on history`.execute(database.db);
  } else {
    await sql`drop trigger history_no_update`.execute(database.db);
    await sql`drop trigger history_no_delete`.execute(database.db);
  }
}

/** `shanhai verify-history` against the suite's database, as an operator would run it. */
async function cli(url: string) {
  try {
    const { stdout } = await run('node_modules/.bin/tsx', ['src/cli/main.ts', 'verify-history'], {
      env: { ...process.env, DATABASE_URL: url },
    });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describeEachDatabase('change history', (ctx) => {
  it('chains entries: each hash covers the entry and the previous hash', async () => {
    await record(ctx.database, 3);
    const rows = await ctx.database.db
      .selectFrom('history')
      .selectAll()
      .where('entityType', '=', 'organisation')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.id)).toEqual([2, 3, 4]); // entry 1 is the reference-data load
    for (const r of rows) expect(hashEntry(r)).toBe(r.hash);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(rows[0]?.after).toBe(canonicalJson({ name: 'new 0', nested: { a: 2, b: 1 } }));
    expect(await verifyHistory(ctx.database.db)).toEqual({ ok: true, entries: 4, problems: [] });
    expect((await cli(ctx.url)).out).toMatch(/history ok: 4 entries/);
  });

  it('refuses updates and deletes in the database itself', async () => {
    await expect(
      ctx.database.db.updateTable('history').set({ actor: 'x' }).where('id', '=', 2).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      ctx.database.db.deleteFrom('history').where('id', '=', 2).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('detects an edited entry, naming it, in the service and in the CLI', async () => {
    await dropGuards(ctx.database);
    await ctx.database.db
      .updateTable('history')
      .set({ after: '{"name":"forged"}' })
      .where('id', '=', 3)
      .execute();
    const result = await verifyHistory(ctx.database.db);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ kind: 'edited', id: 3 });
    const out = await cli(ctx.url);
    expect(out.code).toBe(1);
    expect(out.out).toMatch(/entry 3: edited/);
  });

  it('detects a deleted entry in the middle and at the end', async () => {
    await ctx.database.db.deleteFrom('history').where('id', '=', 2).execute();
    const middle = await verifyHistory(ctx.database.db);
    expect(middle.problems.map((p) => p.kind)).toContain('missing');
    await ctx.database.db.deleteFrom('history').where('id', '=', 4).execute();
    const tail = await verifyHistory(ctx.database.db);
    expect(tail.problems.map((p) => p.kind)).toContain('head-mismatch');
  });
});

describe('hash chain (pure)', () => {
  it('starts from the genesis hash and is independent of key order', () => {
    const base = {
      id: 1,
      at: '2026-01-01T00:00:00.000Z',
      actor: 'system:test',
      action: 'create',
      entityType: 'x',
      entityId: '1',
      before: null,
      after: canonicalJson({ b: 1, a: [1, { d: 1, c: 2 }] }),
      requestId: null,
      prevHash: GENESIS_HASH,
    };
    expect(base.after).toBe('{"a":[1,{"c":2,"d":1}],"b":1}');
    expect(hashEntry(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEntry({ ...base, actor: 'system:other' })).not.toBe(hashEntry(base));
  });
});
