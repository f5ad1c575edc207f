/**
 * A writer for the crash test (crash.test.ts): records disbursements on one project through the
 * ledger's use case, one transaction each, and prints `ack N` after each has committed. It runs
 * until killed. Arguments: the project code and a tag making its amounts its own.
 */
import { openDatabase } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { createTransaction } from '../../src/modules/ledger/service.js';

const [code, tag] = process.argv.slice(2);
if (!code || !tag) throw new Error('usage: crash-writer PROJECT-CODE TAG');
const synchronous = process.env.SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL';
const database = openDatabase(process.env.DATABASE_URL ?? '', { sqliteSynchronous: synchronous });
const ctx = { actor: systemActor(`crash-${tag}`), db: database.db };
for (let n = 1; ; n++) {
  await createTransaction(ctx, code, {
    type: 'disbursement',
    valueFen: Number(tag) * 1_000_000 + n,
    date: '2025-03-01',
    planned: false,
  });
  process.stdout.write(`ack ${n}\n`);
}
