/**
 * The IATI organisations file (issue 11 point 5, decision 0067) on both engines: the donors of a
 * programme's published projects, valid against the official 2.03 schema (xmllint; under CI a
 * missing xmllint FAILS), with budgets per year and location and disbursements per year computed
 * by hand here: shares applied exactly, rounded once, sub-organisations counted for their top
 * organisation, unpublished projects and reversed or planned entries left out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createTransaction, reverseTransaction } from '../../src/modules/ledger/service.js';
import { writeIatiOrganisations } from '../../src/modules/transfer/iati/organisations.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { IATI_SCHEMA, SYSTEM, written, xmllint } from './support.js';

/** The `<iati-organisation>` element whose identifier is `code`. */
function organisation(xml: string, code: string): string {
  const all = xml.split('<iati-organisation ').slice(1);
  const found = all.find((o) => o.includes(`<organisation-identifier>${code}<`));
  if (!found) throw new Error(`no organisation ${code}`);
  return found;
}

/** `[period start year, value]` of each element `tag` of an organisation, in file order. */
function figures(org: string, tag: string): Array<[string, string]> {
  const re = new RegExp(
    `<${tag}[^>]*>[\\s\\S]*?<period-start iso-date="(\\d{4})-01-01"/>[\\s\\S]*?<value [^>]*>([^<]+)</value>[\\s\\S]*?</${tag}>`,
    'g',
  );
  return [...org.matchAll(re)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

describeEachDatabase('IATI organisations export', (t) => {
  it('writes each donor of a published project with its budgets, locations and disbursements, schema-valid', async () => {
    const ctx = { actor: SYSTEM, db: t.database.db };
    await createTestProject(t.database, {
      code: 'IATI-ORG-1',
      year: 2025,
      donors: [
        { org: '110000', shareBp: 6000 },
        { org: '310000', shareBp: 4000 },
      ],
      donor: '110000',
      locations: [
        { area: '653201', shareBp: 7000 },
        { area: '653130', shareBp: 3000 },
      ],
      budgetFen: 250_000_050,
      published: true,
    });
    // A share held by a sub-organisation (the Beijing front headquarters) counts for Beijing;
    // 101 fen at 33.33% / 66.67% rounds to 34 and 67 fen.
    await createTestProject(t.database, {
      code: 'IATI-ORG-2',
      year: 2026,
      donors: [
        { org: '110000-HQ', shareBp: 3333 },
        { org: '310000', shareBp: 6667 },
      ],
      donor: '310000',
      locations: [{ area: '653201', shareBp: 10_000 }],
      budgetFen: 101,
      published: true,
    });
    await createTestProject(t.database, {
      code: 'IATI-ORG-HIDDEN',
      year: 2025,
      donors: [{ org: '440000', shareBp: 10_000 }],
      donor: '440000',
      budgetFen: 777_777_700,
      published: false,
    });
    const tx = (code: string, type: string, valueFen: number, date: string, planned = false) =>
      createTransaction(ctx, code, {
        type: type as never,
        valueFen,
        date,
        planned,
        provider: null,
        receiver: null,
        note: null,
      });
    await tx('IATI-ORG-1', 'disbursement', 80_000_000, '2025-05-01');
    const wrong = await tx('IATI-ORG-1', 'disbursement', 999, '2025-06-01');
    await reverseTransaction(ctx, 'IATI-ORG-1', wrong.id, { date: '2025-06-02', reason: '录错' });
    await tx('IATI-ORG-1', 'disbursement', 5_000_000, '2026-01-10', true); // planned: not spent
    await tx('IATI-ORG-1', 'expenditure', 40_000_000, '2025-07-01'); // not a disbursement
    await tx('IATI-ORG-2', 'disbursement', 101, '2026-02-01');
    await tx('IATI-ORG-HIDDEN', 'disbursement', 777_777_700, '2025-05-01');

    const { bytes, result: n } = await written((out) =>
      writeIatiOrganisations(ctx, 'xinjiang', out),
    );
    const xml = bytes.toString('utf8');
    expect(n).toBe(2);
    expect(xml).not.toContain('440000');
    expect(xml).not.toContain('7777777');
    expect(xml).not.toContain('110000-HQ');

    const beijing = organisation(xml, '110000');
    expect(beijing).toContain('<reporting-org ref="110000" type="10">');
    expect(beijing).toContain('<narrative>北京市</narrative>');
    // 250,000,050 fen × 60% = 150,000,030; 101 × 33.33% = 33.66 → 34 fen.
    expect(figures(beijing, 'total-budget')).toEqual([
      ['2025', '1500000.30'],
      ['2026', '0.34'],
    ]);
    // × 70% and × 30% of the locations: 105,000,021 and 45,000,009 fen; 2026's 34 fen all in 653201.
    expect(figures(beijing, 'recipient-region-budget')).toEqual([
      ['2025', '450000.09'],
      ['2025', '1050000.21'],
      ['2026', '0.34'],
    ]);
    expect(beijing).toMatch(/<recipient-region vocabulary="99" [^>]*code="653130">/);
    // 80,000,000 × 60%; the reversed, planned and expenditure entries are not disbursements.
    expect(figures(beijing, 'total-expenditure')).toEqual([
      ['2025', '480000'],
      ['2026', '0.34'],
    ]);

    const shanghai = organisation(xml, '310000');
    expect(figures(shanghai, 'total-budget')).toEqual([
      ['2025', '1000000.20'],
      ['2026', '0.67'],
    ]);
    expect(figures(shanghai, 'total-expenditure')).toEqual([
      ['2025', '320000'],
      ['2026', '0.67'],
    ]);

    const dir = mkdtempSync(join(tmpdir(), 'shanhai-iati-org-'));
    const path = join(dir, 'organisations.xml');
    writeFileSync(path, xml);
    const lint = xmllint();
    if (lint) {
      execFileSync(lint, ['--noout', '--schema', IATI_SCHEMA.organisations, path], {
        stdio: 'pipe',
      });
      // The check can fail: an organisation without its required name is refused.
      writeFileSync(join(dir, 'invalid.xml'), xml.replace(/<name>[\s\S]*?<\/name>/, ''));
      expect(() =>
        execFileSync(
          lint,
          ['--noout', '--schema', IATI_SCHEMA.organisations, join(dir, 'invalid.xml')],
          { stdio: 'pipe' },
        ),
      ).toThrow();
    }
  });
});
