/**
 * IATI export (issue 11 point 5, decision 0052) and the round trip on both engines: a
 * programme's published projects → an iati-activities 2.03 file valid against the official
 * schema (xmllint; under CI a missing xmllint FAILS) → imported into an empty instance → the same
 * projects, ledger entries and compliance rates.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { getRates } from '../../src/modules/ledger/rates.js';
import { createTransaction, reverseTransaction } from '../../src/modules/ledger/service.js';
import { writeIatiExport } from '../../src/modules/transfer/iati/export.js';
import { runIatiImport } from '../../src/modules/transfer/iati/import.js';
import { createScratchDatabase, describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { IATI_SCHEMA, SYSTEM, written, xmllint } from './support.js';

const SCHEMA = IATI_SCHEMA.activities;

async function exportOf(
  database: Database,
  programme: string,
): Promise<{ xml: string; n: number }> {
  const { bytes, result: n } = await written((out) =>
    writeIatiExport({ actor: SYSTEM, db: database.db }, programme, out),
  );
  return { xml: bytes.toString('utf8'), n };
}

async function projectsOf(database: Database) {
  const ps = await database.db
    .selectFrom('projects')
    .select([
      'id',
      'code',
      'nameZh',
      'nameEn',
      'nameUg',
      'typeCode',
      'stage',
      'budgetFen',
      'year',
      'livelihoodShareBp',
      'leadDonorCode',
      'implementingOrgCode',
    ])
    .where('programmeCode', '=', 'xinjiang')
    .orderBy('code')
    .execute();
  const out = [];
  for (const { id, ...p } of ps) {
    const donors = await database.db
      .selectFrom('projectDonors')
      .select(['orgCode', 'shareBp'])
      .where('projectId', '=', id)
      .orderBy('orgCode')
      .execute();
    const locations = await database.db
      .selectFrom('projectLocations')
      .select(['areaCode', 'shareBp'])
      .where('projectId', '=', id)
      .orderBy('areaCode')
      .execute();
    const ledger = await database.db
      .selectFrom('fundTransactions')
      .select((eb) => [
        'type',
        'valueFen',
        'date',
        'providerOrgCode',
        'receiverOrgCode',
        'note',
        eb.fn.sum<number>('valueFen').over().as('total'),
      ])
      .where('projectId', '=', id)
      .orderBy('date')
      .orderBy('type')
      .orderBy('valueFen')
      .execute();
    out.push({
      ...p,
      budgetFen: Number(p.budgetFen),
      donors,
      locations,
      ledger: ledger.map(({ total: _t, ...l }) => ({ ...l, valueFen: Number(l.valueFen) })),
    });
  }
  return out;
}

describeEachDatabase('IATI export and round trip', (t) => {
  let other: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const scratch = await createScratchDatabase(t.engine, 'reference');
    drop = scratch.drop;
    other = openDatabase(scratch.url);
  });
  afterAll(async () => {
    await other.close();
    await drop();
  });

  it('exports published projects valid against the IATI 2.03 schema; they import back the same', async () => {
    const ctx = { actor: SYSTEM, db: t.database.db };
    await createTestProject(t.database, {
      code: 'IATI-RT-1',
      name: { zh: '和田市供水 & <管网>', en: 'Hotan water "supply"', ug: 'خوتەن سۇ' },
      donors: [
        { org: '110000', shareBp: 6000 },
        { org: '310000', shareBp: 4000 },
      ],
      donor: '110000',
      locations: [
        { area: '653201', shareBp: 7000 },
        { area: '653130', shareBp: 3000 },
      ],
      stage: 'started',
      approvalDate: '2025-03-01',
      budgetFen: 250_000_050,
      published: true,
    });
    await createTestProject(t.database, {
      code: 'IATI-RT-2',
      name: { zh: '喀什产业园' },
      type: 'livelihood',
      livelihoodShareBp: 5000,
      livelihoodReason: '部分为产业用途',
      approvalDate: '2025-05-01',
      published: true,
    });
    await createTestProject(t.database, { code: 'IATI-RT-HIDDEN', published: false });
    const tx = (code: string, type: string, valueFen: number, date: string, note?: string) =>
      createTransaction(ctx, code, {
        type: type as never,
        valueFen,
        date,
        planned: false,
        provider: type === 'arrival' ? '110000' : null,
        receiver: null,
        note: note ?? null,
      });
    await tx('IATI-RT-1', 'commitment', 250_000_050, '2025-03-02');
    await tx('IATI-RT-1', 'arrival', 100_000_001, '2025-04-01', '第一批 <到位>');
    await tx('IATI-RT-1', 'disbursement', 80_000_000, '2025-05-01');
    const wrong = await tx('IATI-RT-1', 'expenditure', 999, '2025-06-01');
    await reverseTransaction(ctx, 'IATI-RT-1', wrong.id, { date: '2025-06-02', reason: '录错' });
    await tx('IATI-RT-1', 'expenditure', 50_000_000, '2025-06-03');
    await tx('IATI-RT-2', 'arrival', 100_000_000, '2025-07-01');

    const { xml, n } = await exportOf(t.database, 'xinjiang');
    expect(n).toBe(2);
    expect(xml).not.toContain('IATI-RT-HIDDEN');
    expect(xml).toContain('<other-identifier ref="IATI-RT-1" type="A1"/>');
    expect(xml).toContain('<location ref="CN-GBT2260-653201">');
    expect(xml).toContain('<narrative xml:lang="ug">');
    expect(xml).not.toContain('>999<');

    const dir = mkdtempSync(join(tmpdir(), 'shanhai-iati-'));
    const path = join(dir, 'export.xml');
    writeFileSync(path, xml);
    const lint = xmllint();
    if (lint) {
      // Throws (fails the test) when the file is not valid.
      execFileSync(lint, ['--noout', '--schema', SCHEMA, path], { stdio: 'pipe' });
      // The check can fail: the same file without its required description is refused.
      writeFileSync(
        join(dir, 'invalid.xml'),
        xml.replace(/<description type="1">[\s\S]*?<\/description>/, ''),
      );
      expect(() =>
        execFileSync(lint, ['--noout', '--schema', SCHEMA, join(dir, 'invalid.xml')], {
          stdio: 'pipe',
        }),
      ).toThrow();
    }

    // Into an empty instance (reference data only): the same projects, ledger and rates.
    const { report } = await runIatiImport(
      { actor: SYSTEM, db: other.db },
      Buffer.from(readFileSync(path)),
      { dryRun: false, lang: 'en', programme: 'xinjiang' },
    );
    expect(report.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(report.counts).toMatchObject({
      activities: 2,
      transactions: 5,
      transactionsSkipped: 0,
      transactionsByType: { '1': 2, '2': 1, '3': 1, '4': 1 },
    });
    const published = (await projectsOf(t.database)).filter((p) => p.code !== 'IATI-RT-HIDDEN');
    const mine = published.map((p) => ({
      ...p,
      ledger: p.ledger.filter((l) => Math.abs(l.valueFen) !== 999),
    }));
    expect(await projectsOf(other)).toEqual(mine);
    for (const year of [2025]) {
      const a = await getRates(ctx, { programme: 'xinjiang', year, project: 'IATI-RT-1' });
      const b = await getRates(
        { actor: SYSTEM, db: other.db },
        { programme: 'xinjiang', year, project: 'IATI-RT-1' },
      );
      expect(b).toEqual(a);
      const all = async (db: Database) =>
        getRates({ actor: SYSTEM, db: db.db }, { programme: 'xinjiang', year });
      // The whole programme's year (the unpublished project is of 2024, not 2025).
      expect(await all(other)).toEqual(await all(t.database));
    }
  });
});
