/**
 * The report's culprits come from an index (migration 0008) and a threshold per donor: they must
 * be exactly the first ten of all offending parts ordered by the offending amount, then code —
 * ties at the tenth place included and broken by code.
 */
import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { topOffenders } from '../../src/modules/compliance/repository.js';
import { donorComplianceDetail } from '../../src/modules/compliance/service.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

describeEachDatabase('the culprits of a failing rule', (ctx) => {
  // Fourteen industry projects of Beijing in Hotan city: livelihood 0, so each whole amount
  // offends the livelihood rule. Amounts tie around the tenth place.
  const amounts = [900, 800, 700, 700, 600, 500, 400, 300, 300, 300, 300, 200, 100, 100];
  beforeAll(async () => {
    for (const [i, fen] of amounts.entries()) {
      const code = `CUL-${String(20 - i).padStart(2, '0')}`; // codes run against the amounts
      await insertProject(ctx.database, {
        code,
        donor: '110000',
        livelihoodShareBp: 0,
        locations: [{ area: '653201', shareBp: 10000 }],
      });
      await insertTransaction(ctx.database, {
        projectCode: code,
        type: 'disbursement',
        valueFen: fen,
        date: '2024-05-01',
      });
    }
  });

  it('lists the ten largest, ties at the edge broken by code', async () => {
    const q = { programme: 'xinjiang', year: 2024, basis: 'actual' as const, donors: ['110000'] };
    const top = await topOffenders(ctx.database.db, q, 'livelihood', 10);
    const all = amounts
      .map((fen, i) => ({ code: `CUL-${String(20 - i).padStart(2, '0')}`, fen }))
      .sort((a, b) => b.fen - a.fen || (a.code < b.code ? -1 : 1))
      .slice(0, 10);
    expect(top.map((t) => [t.code, t.offendingFen])).toEqual(all.map((a) => [a.code, a.fen]));
    // Fewer offenders than the limit: all of them.
    expect(await topOffenders(ctx.database.db, q, 'livelihood', 20)).toHaveLength(14);
    // Nobody offends the county rule: Hotan city is a county.
    expect(await topOffenders(ctx.database.db, q, 'county', 10)).toEqual([]);
  });

  it('pages the drill-down by what each project pulls the rule down, largest first', async () => {
    const ctxOf = { actor: systemActor('test'), db: ctx.database.db };
    const q = { programme: 'xinjiang', year: 2024, basis: 'actual' as const, limit: 3 };
    const first = await donorComplianceDetail(ctxOf, '110000', {
      ...q,
      sort: 'livelihood',
      offset: 0,
    });
    const second = await donorComplianceDetail(ctxOf, '110000', {
      ...q,
      sort: 'livelihood',
      offset: 3,
    });
    expect(first.projectCount).toBe(14);
    expect([...first.projects, ...second.projects].map((p) => p.amountFen)).toEqual([
      900, 800, 700, 700, 600, 500,
    ]);
    // The line is the report's: ten culprits listed, all fourteen counted.
    expect(first.culprits.livelihood).toHaveLength(10);
    expect(first.culpritCount.livelihood).toBe(14);
  });
});
