/**
 * `tsx bench/sqlite-synchronous.ts [WRITES] [DIR]`: what SQLITE_SYNCHRONOUS=FULL (a commit
 * survives a power loss) costs beside NORMAL (the default: survives a crash of the process).
 * One database in DIR (default: a temporary directory; put it on the disk the server would
 * use) with the reference data and a project; then, alternating the setting in rounds so that
 * the machine's load falls on both alike, WRITES disbursements each through the ledger's use
 * case (one transaction: the row, its projections, the history). Prints per-commit latency.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { systemActor } from '../src/domain/access.js';
import { createTransaction } from '../src/modules/ledger/service.js';
import { upgradeDatabase } from '../src/modules/maintenance.js';
import { createProject } from '../src/modules/projects/create.js';
import { loadReferenceData } from '../src/seed/reference.js';
import { stats } from './support/http.js';

const WRITES = Number(process.argv[2] ?? 400);
const ROUNDS = 4;
const dir = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'shanhai-sync-'));
const url = `sqlite:${join(dir, 'sync-bench.db')}`;
const actor = systemActor('bench');
const code = `SYNC-${Date.now()}`;

const setup = openDatabase(url);
await upgradeDatabase(setup);
await loadReferenceData(setup);
await createProject(
  { actor, db: setup.db },
  {
    code,
    name: { zh: '同步基准项目', en: 'Synchronous bench project' },
    programme: 'xinjiang',
    donor: '110000',
    type: 'livelihood',
    stage: 'approved',
    approvalDate: '2024-03-01',
    budgetFen: 100_000_000_000,
    locations: [{ area: '653201', shareBp: 10000 }],
  },
);
await setup.close();

const samples: Record<'NORMAL' | 'FULL', number[]> = { NORMAL: [], FULL: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of ['NORMAL', 'FULL'] as const) {
    const database = openDatabase(url, { sqliteSynchronous: mode });
    const ctx = { actor, db: database.db };
    for (let i = 0; i < WRITES / ROUNDS; i++) {
      const t = performance.now();
      await createTransaction(ctx, code, {
        type: 'disbursement',
        valueFen: 100 + i,
        date: '2025-03-01',
        planned: false,
      });
      samples[mode].push(performance.now() - t);
    }
    await database.close();
  }
}
for (const mode of ['NORMAL', 'FULL'] as const) {
  const s = stats(samples[mode]);
  const total = samples[mode].reduce((a, b) => a + b, 0);
  console.log(
    `synchronous=${mode.padEnd(6)} ${samples[mode].length} commits: p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, ${((samples[mode].length * 1000) / total).toFixed(0)} commits/s`,
  );
}
if (!process.argv[3]) rmSync(dir, { recursive: true, force: true });
