import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { verifyHistory } from '../../src/modules/history/service.js';
import { ENGLISH_PAIRING_NOTES, loadReferenceData } from '../../src/seed/reference.js';
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
      pairingNotes: 0,
      pairingNotesEn: 0,
      areaNamesEn: 0,
      projectTypes: 0,
    });
    const verified = await verifyHistory(ctx.database.db);
    expect(verified).toMatchObject({ ok: true, entries: 1 });
  });

  it('writes the pairing notes in Chinese, and turns a database’s earlier English notes into them', async () => {
    const db = ctx.database.db;
    const noted = await db
      .selectFrom('pairings')
      .selectAll()
      .where('note', 'is not', null)
      .execute();
    expect(noted.length).toBeGreaterThan(0);
    // Every note reads as Chinese: no run of English words.
    for (const p of noted) expect(p.note).not.toMatch(/[A-Za-z]{3,}/);
    const karamay = () =>
      db
        .selectFrom('pairings')
        .selectAll()
        .where('donorCode', '=', '310000')
        .where('recipientAreaCode', '=', '650200')
        .executeTakeFirstOrThrow();
    const before = await karamay();
    expect(before.note).toBe('自 2014 年起仅开展人才援助');
    // A database loaded from the earlier edition of the table …
    await db
      .updateTable('pairings')
      .set({ note: ENGLISH_PAIRING_NOTES['310000>650200'] })
      .where('id', '=', before.id)
      .execute();
    expect(await loadReferenceData(ctx.database)).toMatchObject({ pairings: 0, pairingNotes: 1 });
    expect(await karamay()).toMatchObject({
      note: '自 2014 年起仅开展人才援助',
      version: before.version + 1,
    });
    // … but a note someone has changed is theirs.
    await db
      .updateTable('pairings')
      .set({ note: '人才援助' })
      .where('id', '=', before.id)
      .execute();
    expect(await loadReferenceData(ctx.database)).toMatchObject({ pairingNotes: 0 });
    expect((await karamay()).note).toBe('人才援助');
    expect(await verifyHistory(db)).toMatchObject({ ok: true });
  });

  it('carries each pairing note in English too, and gives it to a database from before', async () => {
    const db = ctx.database.db;
    const noted = await db
      .selectFrom('pairings')
      .selectAll()
      .where('note', 'is not', null)
      .where('parentId', 'is', null)
      .execute();
    expect(noted).toHaveLength(3);
    for (const p of noted) {
      expect(p.noteEn, `${p.donorCode}>${p.recipientAreaCode}`).toBe(
        ENGLISH_PAIRING_NOTES[`${p.donorCode}>${p.recipientAreaCode}`],
      );
    }
    const shulei = noted.find((p) => p.recipientAreaCode === '653122');
    await db
      .updateTable('pairings')
      .set({ noteEn: null })
      .where('id', '=', shulei?.id ?? 0)
      .execute();
    expect(await loadReferenceData(ctx.database)).toMatchObject({ pairingNotesEn: 1 });
    expect(
      (
        await db
          .selectFrom('pairings')
          .select('noteEn')
          .where('id', '=', shulei?.id ?? 0)
          .executeTakeFirstOrThrow()
      ).noteEn,
    ).toMatch(/^Shandong also supports/);
    expect((await loadReferenceData(ctx.database)).pairingNotesEn).toBe(0);
    expect(await verifyHistory(db)).toMatchObject({ ok: true });
  });

  it('gives the areas of a database from before their English names those of the file', async () => {
    const db = ctx.database.db;
    await db.updateTable('areas').set({ nameEn: '' }).where('code', 'like', '6532%').execute();
    const again = await loadReferenceData(ctx.database);
    expect(again.areaNamesEn).toBeGreaterThan(8);
    const hotan = await db
      .selectFrom('areas')
      .select('nameEn')
      .where('code', '=', '653200')
      .executeTakeFirstOrThrow();
    expect(hotan.nameEn).toBe('Hotan Prefecture');
    expect((await loadReferenceData(ctx.database)).areaNamesEn).toBe(0);
  });
});
