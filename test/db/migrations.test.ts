import { sql } from 'kysely';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type Database, type Engine, openDatabase, parseInt8 } from '../../src/db/database.js';
import { isMigrated, MigrationError, migrateToLatest } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import type { ShanhaiMigration } from '../../src/db/migrations/kit.js';
import { createScratchDatabase, selectedEngines } from '../support/db.js';

async function tableNames(database: Database): Promise<string[]> {
  const tables = await database.db.introspection.getTables({ withInternalKyselyTables: false });
  return tables.map((t) => t.name).sort();
}

const broken: ShanhaiMigration = {
  async up(db) {
    await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
    await db.insertInto('half_done').values({ id: 1 }).execute();
    throw new Error('boom in the middle');
  },
};

for (const engine of selectedEngines() as Engine[]) {
  describe.skipIf(engine === 'postgres' && !inject('pgAdminUrl'))(`migrations [${engine}]`, () => {
    const open: Array<{ database: Database; drop: () => Promise<void> }> = [];
    async function scratch() {
      const s = await createScratchDatabase(engine);
      const database = openDatabase(s.url);
      open.push({ database, drop: s.drop });
      return database;
    }
    afterEach(async () => {
      for (const o of open.splice(0)) {
        await o.database.close();
        await o.drop();
      }
    });

    it('applies every migration once and reports the database healthy', async () => {
      const database = await scratch();
      expect(await isMigrated(database)).toBe(false);
      expect(await migrateToLatest(database)).toEqual(Object.keys(migrations));
      expect(await migrateToLatest(database)).toEqual([]);
      expect(await isMigrated(database)).toBe(true);
      expect(await tableNames(database)).toContain('pairings');
    });

    it('rolls a failing migration back completely, leaving the database as it was', async () => {
      const database = await scratch();
      await migrateToLatest(database);
      const before = await tableNames(database);
      const failing = migrateToLatest(database, { ...migrations, '9999_broken': broken });
      await expect(failing).rejects.toBeInstanceOf(MigrationError);
      await expect(failing).rejects.toThrow(/9999_broken failed and was rolled back: boom/);
      expect(await tableNames(database)).toEqual(before);
      expect(await isMigrated(database)).toBe(true);
    });

    it('leaves a new database empty when its first migration fails', async () => {
      const database = await scratch();
      await expect(migrateToLatest(database, { '0001_broken': broken })).rejects.toThrow(
        /rolled back/,
      );
      expect(await tableNames(database)).not.toContain('half_done');
    });

    it('returns int8 and sums of money as numbers, refusing values a number cannot hold', async () => {
      const database = await scratch();
      const big = await sql<{ v: number }>`select cast(9007199254740991 as bigint) as v`.execute(
        database.db,
      );
      expect(big.rows[0]?.v).toBe(Number.MAX_SAFE_INTEGER);
      const sum = await sql<{
        v: number;
      }>`select sum(x) as v from (select cast(4000000000 as bigint) as x union all select cast(5 as bigint)) t`.execute(
        database.db,
      );
      expect(sum.rows[0]?.v).toBe(4000000005);
      if (engine === 'postgres') {
        await expect(
          sql`select cast(9007199254740993 as bigint) as v`.execute(database.db),
        ).rejects.toThrow(/safe range/);
      }
    });
  });
}

describe('parseInt8', () => {
  it('parses within the safe range and refuses beyond it', () => {
    expect(parseInt8('-9007199254740991')).toBe(-9007199254740991);
    expect(() => parseInt8('9007199254740992')).toThrow(RangeError);
  });
});
