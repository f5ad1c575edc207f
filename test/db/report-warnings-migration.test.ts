/**
 * Migration 0035 (warnings about reports) on a database that already holds warnings of every
 * earlier subject: every row kept with its id and values, every index back, the id counter not
 * reused, the `report` subject accepted, an unknown subject still refused, the project link and
 * the cascade still there. Both engines.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type Database, type Engine, openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { upgradeDatabase } from '../../src/modules/maintenance.js';
import { loadReferenceData } from '../../src/seed/reference.js';
import { createScratchDatabase, selectedEngines } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

const BEFORE = Object.fromEntries(
  Object.entries(migrations).filter(([name]) => name < '0035_report_warnings'),
);

async function indexDefinitions(database: Database, engine: Engine): Promise<string[]> {
  const rows =
    engine === 'postgres'
      ? await sql<{ d: string }>`select indexdef as d from pg_indexes
          where tablename = 'warnings'`.execute(database.db)
      : await sql<{ d: string }>`select coalesce(sql, name) as d from sqlite_master
          where type = 'index' and tbl_name = 'warnings'`.execute(database.db);
  return rows.rows.map((r) => r.d).sort();
}

for (const engine of selectedEngines()) {
  describe.skipIf(engine === 'postgres' && !inject('pgAdminUrl'))(
    `migration 0035 report warnings [${engine}]`,
    () => {
      const open: Array<{ database: Database; drop: () => Promise<void> }> = [];
      afterEach(async () => {
        for (const o of open.splice(0)) {
          await o.database.close();
          await o.drop();
        }
      });

      it('keeps every warning, index and id, and takes warnings about reports', async () => {
        const s = await createScratchDatabase(engine);
        const database = openDatabase(s.url);
        open.push({ database, drop: s.drop });
        await migrateToLatest(database, BEFORE);
        await loadReferenceData(database);
        await createTestProject(database, { code: 'MIG35-KEPT' });
        await createTestProject(database, { code: 'MIG35-GONE' });
        const ids = await database.db
          .selectFrom('projects')
          .select(['id', 'code'])
          .where('code', 'in', ['MIG35-KEPT', 'MIG35-GONE'])
          .execute();
        const idOf = (code: string) => Number(ids.find((p) => p.code === code)?.id);
        const at = '2026-11-28T01:02:03.000Z';
        // Every column named in every row: a multi-row insert leaves an absent one null.
        const base = {
          donorCode: null,
          areaCode: null,
          resolutionNote: null,
          resolvedAt: null,
          version: 1,
          detail: JSON.stringify({ since: '2026-10-01', message: { zh: '甲', en: 'a' } }),
          detectedAt: at,
          createdAt: at,
          updatedAt: at,
        };
        await database.db
          .insertInto('warnings')
          .values([
            {
              ...base,
              projectId: idOf('MIG35-KEPT'),
              subjectKind: 'project',
              subjectId: idOf('MIG35-KEPT'),
              kind: 'not-started',
              dedupeKey: 'p1',
              status: 'open',
            },
            {
              ...base,
              projectId: idOf('MIG35-GONE'),
              subjectKind: 'project',
              subjectId: idOf('MIG35-GONE'),
              kind: 'stage-overdue',
              dedupeKey: 'p2',
              status: 'acknowledged',
              version: 2,
            },
            {
              ...base,
              projectId: null,
              subjectKind: 'posting',
              subjectId: 7,
              donorCode: '310000',
              areaCode: '653130',
              kind: 'term-ending',
              dedupeKey: 'term-ending:posting:7:2027-01-15',
              status: 'resolved',
              resolutionNote: 'done',
              resolvedAt: at,
              version: 3,
            },
            {
              ...base,
              projectId: null,
              subjectKind: 'company_case',
              subjectId: 9,
              donorCode: '110000',
              areaCode: '653200',
              kind: 'case-late',
              dedupeKey: 'case-late:company_case:9:2026-11-20',
              status: 'dismissed',
              resolutionNote: 'no',
              version: 2,
            },
            {
              ...base,
              projectId: null,
              subjectKind: 'posting',
              subjectId: 8,
              kind: 'term-ending',
              dedupeKey: 'highest',
              status: 'open',
            },
          ])
          .execute();
        // The highest id deleted: the rebuilt table must not hand it out again.
        const highest = await database.db
          .selectFrom('warnings')
          .select('id')
          .where('dedupeKey', '=', 'highest')
          .executeTakeFirstOrThrow();
        await database.db.deleteFrom('warnings').where('dedupeKey', '=', 'highest').execute();
        const before = await database.db.selectFrom('warnings').selectAll().orderBy('id').execute();
        const indexesBefore = await indexDefinitions(database, engine);
        // Refused before 0035: the test below can tell the migration did it.
        const report = (dedupeKey: string) =>
          sql`insert into warnings (subject_kind, subject_id, donor_code, area_code, kind,
            dedupe_key, detail, detected_at, status, created_at, updated_at)
            values ('report', 0, '310000', '653130', 'report-late', ${dedupeKey}, '{}', ${at},
              'open', ${at}, ${at})`.execute(database.db);
        await expect(report('before')).rejects.toThrow(/check/i);

        await upgradeDatabase(database);

        const after = await database.db.selectFrom('warnings').selectAll().orderBy('id').execute();
        expect(after).toHaveLength(4);
        for (const [i, b] of before.entries()) {
          const a = after[i];
          expect(a).toMatchObject({
            id: b.id,
            projectId: b.projectId,
            subjectKind: b.subjectKind,
            subjectId: b.subjectId,
            donorCode: b.donorCode,
            areaCode: b.areaCode,
            kind: b.kind,
            dedupeKey: b.dedupeKey,
            detail: b.detail,
            status: b.status,
            ownerUserId: b.ownerUserId,
            resolutionNote: b.resolutionNote,
            version: b.version,
          });
          expect(new Date(String(a?.detectedAt)).toISOString()).toBe(at);
        }
        expect(await indexDefinitions(database, engine)).toEqual(indexesBefore);

        // A warning about a report: accepted, with a new id.
        await report('report-late:report:s:2026-Q3:653130:310000');
        const fresh = await database.db
          .selectFrom('warnings')
          .select('id')
          .where('subjectKind', '=', 'report')
          .executeTakeFirstOrThrow();
        expect(Number(fresh.id)).toBeGreaterThan(Number(highest.id));
        // An unknown subject is still refused; a project's warning still names its project.
        await expect(
          sql`insert into warnings (subject_kind, subject_id, kind, dedupe_key, detail,
            detected_at, status, created_at, updated_at)
            values ('person', 1, 'x', 'bad-1', '{}', ${at}, 'open', ${at}, ${at})`.execute(
            database.db,
          ),
        ).rejects.toThrow(/check/i);
        await expect(
          sql`insert into warnings (subject_kind, subject_id, kind, dedupe_key, detail,
            detected_at, status, created_at, updated_at)
            values ('project', 1, 'x', 'bad-2', '{}', ${at}, 'open', ${at}, ${at})`.execute(
            database.db,
          ),
        ).rejects.toThrow(/check/i);
        // The dedupe key is still unique; a project's warnings still go with it.
        await expect(report('p1')).rejects.toThrow(/unique/i);
        await database.db.deleteFrom('projects').where('id', '=', idOf('MIG35-GONE')).execute();
        const left = await database.db.selectFrom('warnings').select('dedupeKey').execute();
        expect(left.map((w) => w.dedupeKey).sort()).toEqual([
          'case-late:company_case:9:2026-11-20',
          'p1',
          'report-late:report:s:2026-Q3:653130:310000',
          'term-ending:posting:7:2027-01-15',
        ]);
      });
    },
  );
}
