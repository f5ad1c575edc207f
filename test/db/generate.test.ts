import { expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { idCardFault } from '../../src/domain/id-card.js';
import { classifyWork } from '../../src/domain/pairing.js';
import { defaultTermEnd } from '../../src/domain/postings.js';
import { Memo } from '../../src/modules/core/memo.js';
import { verifyHistory } from '../../src/modules/history/service.js';
import { referenceIn } from '../../src/modules/reference/reference.js';
import { computeWarnings } from '../../src/modules/warnings/compute.js';
import { generateDataSet } from '../../src/seed/generate.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('generated data set', (ctx) => {
  it('writes the asked-for projects with their funds, locations and plans, to the fen', async () => {
    const totals = await generateDataSet(ctx.database, {
      fromYear: 2023,
      years: 2,
      projectsPerYear: 190,
      yuanPerYear: 1_000_000_000,
      seed: 7,
      today: '2024-09-30',
      lateShare: 0,
    });
    expect(totals.projects).toBe(380);
    expect(totals.plans).toBe(38);
    expect(totals.transactions).toBeGreaterThan(380 * 5);
    const db = ctx.database.db;
    const byYear = await db
      .selectFrom('projects')
      .select([
        'year',
        (eb) => eb.fn.sum<number>('budgetFen').as('fen'),
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .groupBy('year')
      .orderBy('year')
      .execute();
    expect(byYear.map((r) => [r.year, Number(r.fen), Number(r.n)])).toEqual([
      [2023, 100_000_000_000, 190],
      [2024, 100_000_000_000, 190],
    ]);
    // Every project's locations and donors add up to 10000 basis points.
    const shares = await db
      .selectFrom('projectLocations')
      .select(['projectId', (eb) => eb.fn.sum<number>('shareBp').as('bp')])
      .groupBy('projectId')
      .having((eb) => eb.fn.sum('shareBp'), '!=', 10000)
      .execute();
    expect(shares).toEqual([]);
    const donors = await db.selectFrom('plans').select('donorCode').distinct().execute();
    expect(donors).toHaveLength(19);
    expect((await verifyHistory(db)).ok).toBe(true);
    // Nothing late: every data-quality rule holds and no warning is raised on that day.
    expect(await db.selectFrom('qualityFindings').select('rule').execute()).toEqual([]);
    const warnings = await computeWarnings({ actor: systemActor('test'), db }, '2024-09-30');
    expect(warnings.candidates).toBe(0);
    // Nothing actual after that day; the current year is under way, the last one further on.
    const future = await db
      .selectFrom('fundTransactions')
      .select('id')
      .where('planned', '=', 0)
      .where('date', '>', '2024-09-30')
      .execute();
    expect(future).toEqual([]);
    const started = await db
      .selectFrom('projects')
      .select(['year', (eb) => eb.fn.countAll<number>().as('n')])
      .where('stage', 'in', ['started', 'completed', 'accepted', 'audited', 'evaluated'])
      .groupBy('year')
      .orderBy('year')
      .execute();
    expect(started.map((r) => r.year)).toEqual([2023, 2024]);
  });

  it('makes the asked-for share late, and warnings find them', async () => {
    await generateDataSet(ctx.database, {
      fromYear: 2027,
      years: 1,
      projectsPerYear: 200,
      seed: 5,
      today: '2027-10-01',
      lateShare: 0.2,
    });
    await computeWarnings({ actor: systemActor('test'), db: ctx.database.db }, '2027-10-01');
    const late = await ctx.database.db
      .selectFrom('warnings as w')
      .innerJoin('projects as p', 'p.id', 'w.projectId')
      .select(['w.kind', 'p.code'])
      .where('p.year', '=', 2027)
      .execute();
    // About 40 late projects, each with one overdue stage (a few are suspended or finished).
    expect(late.length).toBeGreaterThan(20);
    expect(late.length).toBeLessThan(60);
    expect(new Set(late.map((w) => w.code)).size).toBe(late.length);
    expect(late.filter((w) => w.kind !== 'not-started' && w.kind !== 'stage-overdue')).toEqual([]);
  });

  it('refuses a second run over the same year whole, changing nothing', async () => {
    const fingerprint = async () =>
      ctx.database.db
        .selectFrom('projects')
        .select(['code', 'budgetFen', 'stage', 'typeCode'])
        .where('year', '=', 2030)
        .orderBy('code')
        .execute();
    await generateDataSet(ctx.database, {
      fromYear: 2030,
      years: 1,
      projectsPerYear: 40,
      seed: 99,
      today: '2030-06-30',
    });
    const first = await fingerprint();
    expect(first.length).toBe(40);
    // A second run over the same year is refused whole (unique codes) and changes nothing.
    await expect(
      generateDataSet(ctx.database, { fromYear: 2030, years: 1, projectsPerYear: 40, seed: 99 }),
    ).rejects.toThrow();
    expect(await fingerprint()).toEqual(first);
  });

  it('writes aid personnel that obey the people rules and come back from the roster', async () => {
    const today = '2033-07-01';
    const totals = await generateDataSet(ctx.database, {
      fromYear: 2032,
      years: 2,
      projectsPerYear: 40,
      postingsPerYear: 600,
      sessionsPerYear: 300,
      salesPerYear: 500,
      seed: 11,
      today,
    });
    expect(totals.postings).toBe(1200);
    expect(totals.sessions).toBe(600);
    expect(totals.sales).toBe(1000);
    expect(totals.batches).toBe(38);
    const db = ctx.database.db;
    const postings = await db
      .selectFrom('postings as p')
      .innerJoin('persons as s', 's.id', 'p.personId')
      .select([
        'p.id',
        'p.personId',
        'p.donorCode',
        'p.kindCode',
        'p.mode',
        'p.areaCode',
        'p.crossPair',
        'p.termStart',
        'p.plannedEnd',
        'p.actualEnd',
        'p.endReason',
        'p.endsOn',
        'p.batchId',
        's.donorCode as personDonor',
      ])
      .where('p.termStart', '>=', '2032-01-01')
      .orderBy('p.id')
      .execute();
    expect(postings).toHaveLength(1200);
    const ref = await referenceIn(db, new Memo());
    const months: Record<string, number> = { cadre: 36, teacher: 18, doctor: 18 };
    for (const p of postings) {
      expect(p.donorCode).toBe(p.personDonor);
      // Term order; a long-term posting runs its kind's term (cadre 36, teacher/doctor 18).
      expect(p.termStart <= p.plannedEnd, `${p.id}`).toBe(true);
      const m = months[p.kindCode];
      if (p.mode === 'long-term' && m) {
        expect(p.plannedEnd).toBe(defaultTermEnd(p.termStart, m));
        expect(p.batchId).not.toBeNull();
      }
      // An early end has a reason, lies inside the term and not after today.
      if (p.actualEnd !== null) {
        expect(p.endReason).toBeTruthy();
        expect(p.termStart <= p.actualEnd && p.actualEnd < p.plannedEnd).toBe(true);
        expect(p.actualEnd <= today).toBe(true);
      } else expect(p.endReason).toBeNull();
      expect(p.endsOn).toBe(p.actualEnd ?? p.plannedEnd);
      // The cross-pair flag is set exactly when the area is outside the donor's pairing.
      const cross = classifyWork({
        donorOrgPath: ref.orgs.pathOf(p.donorCode),
        areaPath: ref.areas.pathOf(p.areaCode),
        pairings: ref.pairingSpans('xinjiang'),
        date: p.termStart,
      });
      expect(p.crossPair, `${p.id}`).toBe(cross === 'cross-pair' ? 1 : 0);
    }
    // In-pair mostly; both modes and every kind occur; some persons serve twice.
    const crossShare = postings.filter((p) => p.crossPair === 1).length / postings.length;
    expect(crossShare).toBeLessThan(0.1);
    expect(new Set(postings.map((p) => p.mode))).toEqual(new Set(['long-term', 'flexible']));
    expect(new Set(postings.map((p) => p.kindCode)).size).toBe(5);
    const perPerson = new Map<number, typeof postings>();
    for (const p of postings) perPerson.set(p.personId, [...(perPerson.get(p.personId) ?? []), p]);
    const twice = [...perPerson.values()].filter((list) => list.length > 1);
    expect(twice.length).toBeGreaterThan(0);
    // No two postings of one person overlap.
    for (const list of twice) {
      for (const a of list)
        for (const b of list)
          if (a.id < b.id) expect(a.endsOn < b.termStart || b.endsOn < a.termStart).toBe(true);
    }
    // ID-card numbers: valid GB 11643 check digits, unique, the sequence's parity the sex.
    const persons = await db
      .selectFrom('persons')
      .select(['idCardNumber', 'sex', 'birthYear'])
      .where('idCardNumber', 'is not', null)
      .execute();
    expect(persons.length).toBeGreaterThan(perPerson.size / 2);
    for (const p of persons) {
      const id = p.idCardNumber as string;
      expect(idCardFault(id), id).toBeNull();
      expect(Number(id.slice(16, 17)) % 2 === 1).toBe(p.sex === 'male');
      expect(Number(id.slice(6, 10))).toBe(p.birthYear);
    }
    expect(new Set(persons.map((p) => p.idCardNumber)).size).toBe(persons.length);
    expect((await verifyHistory(db)).ok).toBe(true);

    // The roster finds them: everyone serving on the day, in Xinjiang and for one donor.
    const serving = postings.filter((p) => p.termStart <= today && today <= p.endsOn);
    const app = await buildTestApp(ctx.database);
    try {
      const cookie = await loginAs(app, ctx.database, { role: 'coordinator' });
      const roster = async (q: string) => {
        const res = await app.inject({
          method: 'GET',
          url: `/api/people/roster?${q}&date=${today}&limit=500`,
          headers: { cookie },
        });
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as { total: number; items: { posting: { id: number } }[] };
      };
      expect((await roster('area=65')).total).toBe(serving.length);
      const shanghai = serving.filter((p) => p.donorCode === '310000');
      const own = await roster('donor=310000');
      expect(shanghai.length).toBeGreaterThan(0);
      expect(own.total).toBe(shanghai.length);
      expect(own.items.map((i) => i.posting.id).sort((a, b) => a - b)).toEqual(
        shanghai.map((p) => p.id).slice(0, 500),
      );
      // Training sessions obey the session rules, end by today, and the measure counts them.
      const sessions = await db.selectFrom('trainingSessions').selectAll().execute();
      expect(sessions).toHaveLength(600);
      for (const x of sessions) {
        expect(x.startDate <= x.endDate && x.endDate <= today, `${x.id}`).toBe(true);
        expect(x.personTimes).toBeGreaterThanOrEqual(x.participants);
        expect(x.jobsFound).toBeLessThanOrEqual(x.participants);
        expect(x.certificates).toBeLessThanOrEqual(x.participants);
      }
      // Sales: not negative, no month after today's; the measure sums them.
      const sales = await db.selectFrom('consumptionSales').selectAll().execute();
      expect(sales).toHaveLength(1000);
      for (const x of sales) {
        expect(x.amountFen).toBeGreaterThanOrEqual(0);
        expect(x.quantity).toBeGreaterThanOrEqual(0);
        expect(x.month <= today.slice(0, 7)).toBe(true);
      }
      const sold = await app.inject({
        method: 'POST',
        url: '/api/analytics/query',
        headers: { cookie },
        payload: { measures: ['consumption_sales_fen'], dimensions: [], filters: {} },
      });
      expect(sold.statusCode, sold.body).toBe(200);
      expect(Number(sold.json().rows[0].consumption_sales_fen)).toBe(
        sales.reduce((n, x) => n + Number(x.amountFen), 0),
      );
      const measured = await app.inject({
        method: 'POST',
        url: '/api/analytics/query',
        headers: { cookie },
        payload: {
          measures: ['training_person_times'],
          dimensions: ['year'],
          filters: { period: { from: '2032-01-01', to: '2033-12-31' } },
        },
      });
      expect(measured.statusCode, measured.body).toBe(200);
      const byYear = (y: number) =>
        sessions
          .filter((x) => x.startDate.startsWith(`${y}`))
          .reduce((n, x) => n + x.personTimes, 0);
      expect(
        (measured.json().rows as { year: number | string; training_person_times: number }[])
          .map((row) => [Number(row.year), row.training_person_times])
          .sort(),
      ).toEqual([
        [2032, byYear(2032)],
        [2033, byYear(2033)],
      ]);
    } finally {
      await app.close();
    }
  });
});
