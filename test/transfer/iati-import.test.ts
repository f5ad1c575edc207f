/**
 * IATI import (issue 11 point 6, decision 0052) on both engines: every real file in
 * ../shared/iati with its counts asserted exactly, 1.x letter codes, broken and DOCTYPE files
 * refused with nothing stored, idempotence, the rates, a donor editor's scope.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { Actor } from '../../src/domain/access.js';
import { actorOfUser } from '../../src/modules/accounts/authenticate.js';
import { type IatiImportOptions, runIatiImport } from '../../src/modules/transfer/iati/import.js';
import { setRate } from '../../src/modules/transfer/iati/rates.js';
import { createTestUser } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { SYSTEM } from './support.js';

const DIR = join(__dirname, '../../../shared/iati');
const file = (name: string) => readFileSync(join(DIR, name));

const OPTIONS: IatiImportOptions = {
  dryRun: true,
  lang: 'en',
  programme: 'xinjiang',
  donor: '110000',
  type: 'livelihood',
  area: '653201',
};

async function stored(database: Database) {
  const count = async (
    table: 'iatiActivities' | 'iatiTransactions' | 'projects' | 'fundTransactions',
  ) =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    activities: await count('iatiActivities'),
    iatiTransactions: await count('iatiTransactions'),
    projects: await count('projects'),
    ledger: await count('fundTransactions'),
  };
}

describeEachDatabase('IATI import', (t) => {
  const run = (
    buf: Buffer | AsyncIterable<Uint8Array>,
    o: Partial<IatiImportOptions> = {},
    actor: Actor = SYSTEM,
  ) => runIatiImport({ actor, db: t.database.db }, buf, { ...OPTIONS, ...o });

  const setRates = async () => {
    for (const cur of ['USD', 'GBP', 'EUR']) {
      await setRate(
        t.database.db,
        { currency: cur, validFrom: '1990-01-01', microYuanPerUnit: 7_000_000 },
        'test',
      );
    }
  };

  // [file, activities, ledger, kept outside the ledger, by type]: ledger + kept = the README's
  // count. Kept: types the ledger lacks (World Bank's 5), negative values (USAID, IFAD, DFID),
  // a currency without a rate (IFAD's XDR: 33, no rate set).
  const FILES: Array<[string, number, number, number, Record<string, number>]> = [
    ['activity-standard-example-annotated.xml', 1, 1, 0, { '1': 1 }],
    ['worldbank-activity.xml', 1, 4, 3, { '2': 1, '3': 3, '5': 3 }],
    ['usaid-activity.xml', 1, 149, 3, { '2': 19, '3': 133 }],
    ['beis-activity.xml', 9, 50, 0, { '2': 9, '3': 41 }],
    ['ifad-activity.xml', 1, 29, 35, { '2': 6, '3': 58 }],
    ['ec-intpa-activity.xml', 1, 6, 0, { '4': 6 }],
    ['complex_example_dfid_v1.xml', 57, 333, 25, { IF: 150, D: 208 }],
  ];

  it('dry-runs every real file with its counts, storing nothing', async () => {
    await setRates();
    const before = await stored(t.database);
    for (const [name, activities, ledger, kept, byType] of FILES) {
      const { report, unreadable } = await run(file(name));
      expect(unreadable, name).toBe(false);
      expect(
        report.problems.filter((p) => p.severity !== 'warning'),
        name,
      ).toEqual([]);
      expect(report.counts, name).toEqual({
        activities,
        transactions: ledger,
        transactionsSkipped: kept,
        transactionsByType: byType,
        existing: 0,
      });
      expect(report.rows, name).toBe(activities);
      expect(report.accepted, name).toBe(activities);
    }
    expect(await stored(t.database)).toEqual(before);
  });

  it('commits a 1.x file (letter codes IF and D to the ledger), keeps every transaction, and a second import changes nothing', async () => {
    await setRates();
    const before = await stored(t.database);
    const { report } = await run(file('complex_example_dfid_v1.xml'), { dryRun: false });
    expect(report.counts.activities).toBe(57);
    const after = await stored(t.database);
    expect(after.activities - before.activities).toBe(57);
    expect(after.projects - before.projects).toBe(57);
    expect(after.iatiTransactions - before.iatiTransactions).toBe(358);
    expect(after.ledger - before.ledger).toBe(333);
    const kept = await t.database.db
      .selectFrom('iatiTransactions')
      .select(['typeCode', 'ledgerType', 'skippedReason', 'currency'])
      .where('typeCode', 'in', ['IF', 'D'])
      .execute();
    expect(kept.filter((k) => k.typeCode === 'IF' && k.ledgerType === 'arrival').length).toBe(
      kept.filter((k) => k.typeCode === 'IF' && k.skippedReason === null).length,
    );
    expect(kept.some((k) => k.typeCode === 'D' && k.ledgerType === 'disbursement')).toBe(true);
    expect(kept.filter((k) => k.skippedReason === 'value').length).toBe(25);
    expect(new Set(kept.map((k) => k.currency))).toEqual(new Set(['GBP']));
    const types = await t.database.db
      .selectFrom('fundTransactions as f')
      .innerJoin('iatiTransactions as i', 'i.fundTransactionId', 'f.id')
      .select(['f.type', 'i.typeCode'])
      .execute();
    for (const x of types) expect(x.type).toBe(x.typeCode === 'IF' ? 'arrival' : 'disbursement');

    const again = await run(file('complex_example_dfid_v1.xml'), { dryRun: false });
    expect(again.report.counts).toMatchObject({ activities: 0, transactions: 0, existing: 57 });
    expect(await stored(t.database)).toEqual(after);
  });

  it('refuses broken.xml (truncated) as unreadable with its line, storing nothing', async () => {
    const before = await stored(t.database);
    const { report, unreadable } = await run(file('broken.xml'), { dryRun: false });
    expect(unreadable).toBe(true);
    expect(report.problems[0]).toMatchObject({ severity: 'critical', row: 4 });
    expect(report.problems[0]?.message).toMatch(/line 4/);
    expect(await stored(t.database)).toEqual(before);
  });

  it('stores nothing of activities read before a failure further on (one transaction)', async () => {
    const before = await stored(t.database);
    const text = file('beis-activity.xml').toString('utf8');
    const cut = text.slice(0, text.lastIndexOf('<iati-activity') + 200);
    const { report, unreadable } = await run(Buffer.from(cut), { dryRun: false });
    expect(unreadable).toBe(true);
    expect(report.accepted).toBe(0);
    expect(report.counts.activities).toBe(0);
    expect(await stored(t.database)).toEqual(before);
  });

  it('refuses a DOCTYPE (entity expansion, external entities) outright', async () => {
    const before = await stored(t.database);
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n' +
      '<iati-activities version="2.03"><iati-activity><iati-identifier>&lol2;</iati-identifier></iati-activity></iati-activities>';
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' +
      '<iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>';
    for (const doc of [bomb, xxe]) {
      const { report, unreadable } = await run(Buffer.from(doc), { dryRun: false });
      expect(unreadable).toBe(false);
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]).toMatchObject({ severity: 'critical', row: 2, column: 'DOCTYPE' });
      expect(report.problems[0]?.message).not.toMatch(/root:/);
    }
    // An entity used without any declaration is not well-formed: unreadable.
    const undeclared = await run(
      Buffer.from(
        '<iati-activities><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>',
      ),
    );
    expect(undeclared.unreadable).toBe(true);
    expect(await stored(t.database)).toEqual(before);
  });

  it('refuses an unknown programme or default as critical, and a file that is not IATI', async () => {
    const a = await run(file('beis-activity.xml'), { programme: 'nowhere' });
    expect(a.report.problems[0]).toMatchObject({ severity: 'critical' });
    const b = await run(file('beis-activity.xml'), { donor: '999999' });
    expect(b.report.problems[0]?.message).toMatch(/--donor/);
    const c = await run(Buffer.from('<html><body/></html>'));
    expect(c.report.problems[0]).toMatchObject({ severity: 'critical' });
  });

  it('an activity with no Shanhai donor, type or area and no default is an error, its transactions kept nowhere', async () => {
    const { report } = await run(file('ec-intpa-activity.xml'), {
      donor: undefined,
      type: undefined,
      area: undefined,
    });
    expect(report.accepted).toBe(0);
    expect(report.counts).toMatchObject({ activities: 0, transactions: 0, transactionsSkipped: 6 });
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.column)).toEqual([
      'participating-org',
      'sector',
      'location',
    ]);
  });

  it('refuses, per activity, a donor editor importing another donor’s activities', async () => {
    const { user } = await createTestUser(t.database, { role: 'donor-editor', orgCode: '110000' });
    const beijing = await actorOfUser(
      t.database.db,
      { id: user.id, username: user.username },
      'session',
    );
    const before = await stored(t.database);
    const { report } = await run(
      file('beis-activity.xml'),
      { dryRun: false, donor: '310000' },
      beijing,
    );
    expect(report.accepted).toBe(0);
    expect(report.problems.filter((p) => p.severity === 'error')).toHaveLength(9);
    expect(report.problems.find((p) => p.severity === 'error')?.message).toMatch(
      /outside your grants/,
    );
    expect(await stored(t.database)).toEqual(before);
    // Its own donor: accepted.
    const own = await run(file('beis-activity.xml'), { dryRun: true, donor: '110000' }, beijing);
    expect(own.report.accepted).toBe(9);
  });

  it('streams: the same counts from chunks as from a buffer', async () => {
    async function* chunks() {
      const buf = file('usaid-activity.xml');
      for (let i = 0; i < buf.length; i += 1000) yield buf.subarray(i, i + 1000);
    }
    await setRates();
    const { report } = await run(chunks());
    expect(report.counts.transactions + report.counts.transactionsSkipped).toBe(152);
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
