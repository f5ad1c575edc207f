/**
 * `npm run bench:queries`: how many SQL statements the main writes run, counted on a fresh
 * database of each engine (reference data, one project with a ledger). Every statement Kysely
 * executes counts, BEGIN and COMMIT excluded. The figures go into docs/performance.md.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { systemActor } from '../src/domain/access.js';
import { createTransaction } from '../src/modules/ledger/service.js';
import { upgradeDatabase } from '../src/modules/maintenance.js';
import { createProject } from '../src/modules/projects/create.js';
import { createProjectBody } from '../src/modules/projects/schema.js';
import { loadReferenceData } from '../src/seed/reference.js';
import { createScratchDatabase } from '../test/support/db.js';
import { buildProjectInput } from '../test/support/factories.js';
import { findPostgresBin, startCluster } from '../test/support/postgres-cluster.js';

class Counter implements KyselyPlugin {
  n = 0;
  kinds = new Map<string, number>();
  log: string[] = [];
  transformQuery(args: PluginTransformQueryArgs) {
    this.n += 1;
    if (process.env.BENCH_QUERIES_VERBOSE) {
      const node = args.node as unknown as {
        from?: { froms?: { table?: { identifier?: { name?: string } } }[] };
        into?: { table?: { identifier?: { name?: string } } };
      };
      this.log.push(
        `${args.node.kind} ${node.from?.froms?.[0]?.table?.identifier?.name ?? node.into?.table?.identifier?.name ?? ''}`,
      );
    }
    const kind = args.node.kind;
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
  reset() {
    this.n = 0;
    this.log = [];
    this.kinds.clear();
  }
}

async function measure(url: string, engine: string) {
  const database = openDatabase(url);
  await upgradeDatabase(database);
  await loadReferenceData(database);
  const counter = new Counter();
  const db = database.db.withPlugin(counter);
  const ctx = { actor: systemActor('bench'), db };
  const input = (code: string) => createProjectBody.parse(buildProjectInput({ code }));
  await createProject(ctx, input('Q-WARM'));
  await createTransaction(ctx, 'Q-WARM', {
    type: 'disbursement',
    valueFen: 1_000_00,
    date: '2024-05-01',
    planned: false,
  } as never);
  counter.reset();
  await createProject(ctx, input('Q-1'));
  const create = counter.n;
  const createKinds = new Map(counter.kinds);
  // A commitment first, so the disbursement measured is the common case (within commitment).
  await createTransaction(ctx, 'Q-1', {
    type: 'commitment',
    valueFen: 5_000_00,
    date: '2024-05-01',
    planned: false,
  } as never);
  counter.reset();
  await createTransaction(ctx, 'Q-1', {
    type: 'disbursement',
    valueFen: 2_000_00,
    date: '2024-06-01',
    planned: false,
  } as never);
  const record = counter.n;
  if (process.env.BENCH_QUERIES_VERBOSE) console.log(counter.log.join('\n'));
  const recordKinds = new Map(counter.kinds);
  await database.close();
  const kinds = (m: Map<string, number>) =>
    [...m].map(([k, v]) => `${k.replace('QueryNode', '').replace('Node', '')} ${v}`).join(', ');
  console.log(`${engine}: record a disbursement: ${record} statements (${kinds(recordKinds)})`);
  console.log(`${engine}: create a project: ${create} statements (${kinds(createKinds)})`);
}

const sqlite = await createScratchDatabase('sqlite');
await measure(sqlite.url, 'SQLite');
await sqlite.drop();
const bin = findPostgresBin();
if (bin) {
  const cluster = await startCluster(bin);
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query('create database qcount');
  await client.end();
  await measure(cluster.url.replace(/\/[^/]*$/, '/qcount'), 'PostgreSQL');
  cluster.stop();
} else {
  console.log('PostgreSQL: not measured (no initdb / pg_ctl found)');
}
