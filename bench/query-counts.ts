/**
 * `npm run bench:queries`: how many SQL statements the main writes run, counted on a fresh
 * database of each engine (reference data, one project with a ledger; 200 open warnings for the
 * bulk take). Every statement Kysely executes counts, BEGIN and COMMIT excluded. The figures go
 * into docs/performance.md.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { systemActor } from '../src/domain/access.js';
import { createTransaction } from '../src/modules/ledger/service.js';
import { upgradeDatabase } from '../src/modules/maintenance.js';
import { createProject } from '../src/modules/projects/create.js';
import { createProjectBody } from '../src/modules/projects/schema.js';
import { bulkUpdateWarnings } from '../src/modules/warnings/bulk.js';
import { loadReferenceData } from '../src/seed/reference.js';
import { createTestUser } from '../test/support/accounts.js';
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

  // A coordinator takes 200 open warnings at once (POST /api/warnings/bulk), 40 on each of five
  // projects.
  const { user } = await createTestUser(database, { role: 'coordinator' });
  const now = new Date().toISOString();
  const warned: number[] = [];
  for (let p = 0; p < 5; p++) {
    await createProject(ctx, input(`Q-W${p}`));
    const row = await database.db
      .selectFrom('projects')
      .select('id')
      .where('code', '=', `Q-W${p}`)
      .executeTakeFirstOrThrow();
    warned.push(Number(row.id));
  }
  const inserted = await database.db
    .insertInto('warnings')
    .values(
      Array.from({ length: 200 }, (_, i) => ({
        projectId: warned[i % 5] as number,
        subjectKind: 'project' as const,
        subjectId: warned[i % 5] as number,
        kind: 'no-disbursement',
        dedupeKey: `bench-queries:${i}`,
        detail: '{}',
        detectedAt: now,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning(['id', 'version'])
    .execute();
  const coordinator = {
    actor: {
      kind: 'user' as const,
      userId: user.id,
      username: user.username,
      grants: [{ role: 'coordinator' as const, orgCode: null, areaCode: null }],
      via: 'session' as const,
    },
    db,
  };
  counter.reset();
  const taken = await bulkUpdateWarnings(coordinator, {
    action: 'take',
    items: inserted.map((w) => ({ id: Number(w.id), version: Number(w.version) })),
  });
  if (taken.items.length !== 200) throw new Error(`bulk take answered ${taken.items.length}`);
  const bulk = counter.n;
  const bulkKinds = new Map(counter.kinds);
  await database.close();
  const kinds = (m: Map<string, number>) =>
    [...m].map(([k, v]) => `${k.replace('QueryNode', '').replace('Node', '')} ${v}`).join(', ');
  console.log(`${engine}: record a disbursement: ${record} statements (${kinds(recordKinds)})`);
  console.log(`${engine}: create a project: ${create} statements (${kinds(createKinds)})`);
  console.log(`${engine}: take 200 warnings at once: ${bulk} statements (${kinds(bulkKinds)})`);
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
