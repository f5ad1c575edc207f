/**
 * Migration 0015 (warnings about subjects) on a database that already holds warnings: every row
 * kept with its id and values, every index back, the id counter not reused, the new subjects
 * accepted and a project's warnings still deleted with the project. Both engines.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type Database, type Engine, openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { areaMoney } from '../../src/db/migrations/0029_area_money.js';
import { analyticsTotals } from '../../src/db/migrations/0033_analytics_totals.js';
import { migrations } from '../../src/db/migrations/index.js';
import { upgradeDatabase } from '../../src/modules/maintenance.js';
import { loadReferenceData } from '../../src/seed/reference.js';
import { createScratchDatabase, selectedEngines } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

const BEFORE = Object.fromEntries(
  Object.entries(migrations).filter(([name]) => name < '0015_warning_subjects'),
);

async function indexNames(database: Database, engine: Engine): Promise<string[]> {
  const rows =
    engine === 'postgres'
      ? await sql<{ name: string }>`select indexname as name from pg_indexes
          where tablename = 'warnings'`.execute(database.db)
      : await sql<{ name: string }>`select name from sqlite_master
          where type = 'index' and tbl_name = 'warnings'`.execute(database.db);
  return rows.rows.map((r) => r.name).sort();
}

for (const engine of selectedEngines()) {
  describe.skipIf(engine === 'postgres' && !inject('pgAdminUrl'))(
    `migration 0015 warning subjects [${engine}]`,
    () => {
      const open: Array<{ database: Database; drop: () => Promise<void> }> = [];
      afterEach(async () => {
        for (const o of open.splice(0)) {
          await o.database.close();
          await o.drop();
        }
      });

      it('keeps every warning, index and id, and takes warnings about postings and cases', async () => {
        const s = await createScratchDatabase(engine);
        const database = openDatabase(s.url);
        open.push({ database, drop: s.drop });
        await migrateToLatest(database, BEFORE);
        // Today's reference loader writes the columns of later migrations (0016: areas.name_en,
        // 0028: pairings.note_en): lent for the load, taken back before upgrading, so those
        // migrations add them as they would.
        await sql`alter table areas add column name_en text not null default ''`.execute(
          database.db,
        );
        await sql`alter table pairings add column note_en text`.execute(database.db);
        // … and the tables of later projections it keeps at every commit (0029: area_money,
        // 0033: analytics_facts and analytics_totals).
        await areaMoney.up(database.db, engine);
        await analyticsTotals.up(database.db, engine);
        await loadReferenceData(database);
        await createTestProject(database, { code: 'MIG-KEPT' });
        await createTestProject(database, { code: 'MIG-GONE' });
        const ids = await database.db
          .selectFrom('projects')
          .select(['id', 'code'])
          .where('code', 'in', ['MIG-KEPT', 'MIG-GONE'])
          .execute();
        const idOf = (code: string) => Number(ids.find((p) => p.code === code)?.id);
        const at = '2026-11-28T01:02:03.000Z';
        // Through Kysely's camel-case plugin, as the application wrote them.
        const row = (projectId: number, key: string, status: string, note: string | null) => ({
          projectId,
          kind: 'not-started',
          dedupeKey: key,
          detail: JSON.stringify({
            stage: 'started',
            since: '2026-10-01',
            message: { zh: '甲', en: 'a' },
          }),
          detectedAt: at,
          status,
          resolutionNote: note,
          resolvedAt: note ? at : null,
          version: note ? 3 : 1,
          createdAt: at,
          updatedAt: at,
        });
        // biome-ignore lint/suspicious/noExplicitAny: the table as it was before 0015
        const old = database.db as any;
        await old
          .insertInto('warnings')
          .values([
            row(idOf('MIG-KEPT'), 'k1', 'open', null),
            row(idOf('MIG-KEPT'), 'k2', 'resolved', 'done'),
            row(idOf('MIG-GONE'), 'k3', 'open', null),
            row(idOf('MIG-KEPT'), 'k4', 'dismissed', 'no'),
          ])
          .execute();
        // The highest id deleted: the rebuilt table must not hand it out again.
        const highest = await old
          .selectFrom('warnings')
          .select('id')
          .where('dedupeKey', '=', 'k4')
          .executeTakeFirstOrThrow();
        await old.deleteFrom('warnings').where('dedupeKey', '=', 'k4').execute();
        const before = await old.selectFrom('warnings').selectAll().orderBy('id').execute();
        const indexesBefore = await indexNames(database, engine);

        await sql`alter table areas drop column name_en`.execute(database.db);
        await sql`alter table pairings drop column note_en`.execute(database.db);
        await sql`drop table area_money`.execute(database.db);
        await sql`drop table analytics_totals`.execute(database.db);
        await sql`drop table analytics_facts`.execute(database.db);
        if (engine === 'postgres') {
          await sql`drop function shanhai_analytics_totals()`.execute(database.db);
        }
        await upgradeDatabase(database);

        const after = await database.db.selectFrom('warnings').selectAll().orderBy('id').execute();
        expect(after).toHaveLength(3);
        for (const [i, b] of before.entries()) {
          const a = after[i];
          expect(a).toMatchObject({
            id: b.id,
            projectId: b.projectId,
            subjectKind: 'project',
            subjectId: b.projectId,
            donorCode: null,
            areaCode: null,
            kind: b.kind,
            dedupeKey: b.dedupeKey,
            detail: b.detail,
            status: b.status,
            resolutionNote: b.resolutionNote,
            version: b.version,
          });
          expect(new Date(String(a?.detectedAt)).toISOString()).toBe(at);
        }
        expect(await indexNames(database, engine)).toEqual(
          [...indexesBefore, 'warnings_subject'].sort(),
        );

        // A warning about a posting: no project, a donor and an area; a new id.
        const fresh = await database.db
          .insertInto('warnings')
          .values({
            projectId: null,
            subjectKind: 'posting',
            subjectId: 77,
            donorCode: '310000',
            areaCode: '653130',
            kind: 'term-ending',
            dedupeKey: 'term-ending:posting:77:2027-01-31',
            detail: '{}',
            detectedAt: at,
            status: 'open',
            createdAt: at,
            updatedAt: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        expect(Number(fresh.id)).toBeGreaterThan(Number(highest.id));
        // A project's warning must name its project; an unknown subject kind is refused.
        await expect(
          database.db
            .insertInto('warnings')
            .values({
              projectId: null,
              subjectKind: 'project',
              subjectId: idOf('MIG-KEPT'),
              kind: 'not-started',
              dedupeKey: 'bad-1',
              detail: '{}',
              detectedAt: at,
              status: 'open',
              createdAt: at,
              updatedAt: at,
            })
            .execute(),
        ).rejects.toThrow(/check/i);
        await expect(
          sql`insert into warnings (subject_kind, subject_id, kind, dedupe_key, detail,
            detected_at, status, created_at, updated_at)
            values ('person', 1, 'x', 'bad-2', '{}', ${at}, 'open', ${at}, ${at})`.execute(
            database.db,
          ),
        ).rejects.toThrow(/check/i);
        // The dedupe key is still unique.
        await expect(
          sql`insert into warnings (subject_kind, subject_id, kind, dedupe_key, detail,
            detected_at, status, created_at, updated_at)
            values ('posting', 1, 'x', 'k1', '{}', ${at}, 'open', ${at}, ${at})`.execute(
            database.db,
          ),
        ).rejects.toThrow(/unique/i);
        // A project's warnings still go with it.
        await database.db.deleteFrom('projects').where('id', '=', idOf('MIG-GONE')).execute();
        const left = await database.db.selectFrom('warnings').select('dedupeKey').execute();
        expect(left.map((w) => w.dedupeKey).sort()).toEqual([
          'k1',
          'k2',
          'term-ending:posting:77:2027-01-31',
        ]);
      });
    },
  );
}
