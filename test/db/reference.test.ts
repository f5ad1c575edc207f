import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { verifyHistory } from '../../src/modules/history/service.js';
import { loadReferenceData } from '../../src/seed/reference.js';
import { describeEachDatabase } from '../support/db.js';

const shared: Array<Record<string, string>> = parse(
  readFileSync(new URL('../../../shared/reference/pairings.csv', import.meta.url), 'utf8'),
  { columns: true },
);

describeEachDatabase('reference data', (ctx) => {
  it('holds every pairing of the shared table, 68 rows and 19 donors', async () => {
    const rows = await ctx.database.db.selectFrom('pairings').selectAll().execute();
    expect(rows).toHaveLength(68);
    expect(new Set(rows.map((r) => r.donorCode)).size).toBe(19);
    const keys = new Set(rows.map((r) => `${r.donorCode}>${r.recipientAreaCode}`));
    for (const s of shared) expect(keys).toContain(`${s.donor_code}>${s.recipient_code}`);
    expect(typeof rows[0]?.id).toBe('number');
  });

  it('has the donors, their frontline HQs and the programmes with thresholds', async () => {
    const db = ctx.database.db;
    const orgs = await db.selectFrom('organisations').selectAll().execute();
    expect(orgs.filter((o) => o.kind === 'frontline-hq')).toHaveLength(19);
    expect(orgs.find((o) => o.code === '440300')).toMatchObject({
      kind: 'donor-city',
      parentCode: '440000',
    });
    const t = await db
      .selectFrom('programmeThresholds')
      .selectAll()
      .where('programmeCode', '=', 'xinjiang')
      .orderBy('fromYear')
      .execute();
    expect(t.at(-1)).toMatchObject({ countyAndBelowBp: 8000, livelihoodBp: 8000 });
  });

  it('loads again without duplicating anything and keeps the history intact', async () => {
    const again = await loadReferenceData(ctx.database);
    expect(again).toEqual({
      areas: 0,
      organisations: 0,
      programmes: 0,
      pairings: 0,
      projectTypes: 0,
    });
    const verified = await verifyHistory(ctx.database.db);
    expect(verified).toMatchObject({ ok: true, entries: 1 });
  });
});
