import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { creditCodeCheckChar } from '../../src/domain/credit-code.js';
import type { App } from '../../src/http/types.js';
import { openCase } from '../../src/modules/companies/cases.js';
import { createCompany } from '../../src/modules/companies/service.js';
import { createSale } from '../../src/modules/consumption/service.js';
import { createExchange } from '../../src/modules/training/exchanges.js';
import { createTrainingProgramme } from '../../src/modules/training/programmes.js';
import { createSession } from '../../src/modules/training/sessions.js';
import { expectExercised } from '../support/access-matrix.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { ISSUE_9_READS } from './access-matrix-issue9-reads.routes.js';

type Who = 'anonymous' | 'coordinator' | 'auditor' | 'viewer' | 'shanghai' | 'beijing' | 'hotan';
const WHO: readonly Who[] = [
  'anonymous',
  'coordinator',
  'auditor',
  'viewer',
  'shanghai',
  'beijing',
  'hotan',
];

/** A valid unified social credit code from 17 characters (its check character added). */
const creditCode = (first17: string) => `${first17}${creditCodeCheckChar(first17)}`;

/** What one record kind looks like to every caller: its ids, unpublished and published. */
interface Pair {
  hidden: number;
  shown: number;
}

/**
 * Issue 9's read routes (decisions 0027, 0028) asked by every kind of caller about Shanghai's
 * records in Bachu (Kashgar): each kind once unpublished (`hidden`) and once published (`shown`).
 * The unpublished ones are Shanghai's, the programme office's and the auditors' only: anyone else
 * gets 404 as if they did not exist, never sees them in a list, and never has them counted.
 * Hotan's recipient editor covers Hotan, not Bachu.
 */
describeEachDatabase(
  'access matrix: issue 9 reads (training, exchanges, companies, cases, sales)',
  (ctx) => {
    let app: App;
    const cookies = new Map<Who, string | undefined>();
    const session: Pair = { hidden: 0, shown: 0 };
    const exchange: Pair = { hidden: 0, shown: 0 };
    const company: Pair = { hidden: 0, shown: 0 };
    const companyCase: Pair = { hidden: 0, shown: 0 };
    const sale: Pair = { hidden: 0, shown: 0 };

    beforeAll(async () => {
      app = await buildTestApp(ctx.database);
      const system = { actor: systemActor('test'), db: ctx.database.db };
      await createTrainingProgramme(system, {
        code: 'reads',
        programme: 'xinjiang',
        name: '读取计划',
        nameEn: 'Reads',
      });
      for (const [key, published] of [
        ['hidden', false],
        ['shown', true],
      ] as const) {
        session[key] = (
          await createSession(system, {
            programme: 'xinjiang',
            organiser: '310000',
            trainingProgramme: 'reads',
            area: '653130',
            startDate: '2025-01-01',
            endDate: '2025-01-02',
            place: 'xinjiang',
            topic: `培训 ${key}`,
            participants: published ? 1 : 100,
            personTimes: published ? 2 : 1000,
            jobsFound: 0,
            certificates: 0,
            published,
          })
        ).id;
        exchange[key] = (
          await createExchange(system, {
            programme: 'xinjiang',
            kind: 'camp',
            title: `夏令营 ${key}`,
            startDate: '2025-07-01',
            endDate: '2025-07-05',
            organisers: ['310000'],
            areas: ['653130'],
            participantsLocal: 10,
            participantsDonor: 2,
            published,
          })
        ).id;
        const created = await createCompany(system, {
          name: `读取纺织 ${key}`,
          creditCode: creditCode(published ? '91650000MA7800001' : '91650000MA7800002'),
          industry: '纺织',
          programme: 'xinjiang',
          donor: '310000',
          area: '653130',
          signedOn: '2025-01-01',
          investmentPlannedFen: 100,
          investmentArrivedFen: 50,
          jobsPlanned: 10,
          jobsActual: 5,
          localHires: 5,
          published,
        });
        company[key] = created.id;
        companyCase[key] = (
          await openCase(system, created.id, { category: 'land', description: '用地' })
        ).id;
        sale[key] = (
          await createSale(system, {
            programme: 'xinjiang',
            donor: '310000',
            area: '653130',
            month: '2025-10',
            channel: 'canteen-purchase',
            productCategory: 'fresh-fruit',
            amountFen: published ? 100 : 10_000,
            quantity: 1,
            unit: '吨',
            published,
          })
        ).id;
      }
      cookies.set('anonymous', undefined);
      cookies.set('coordinator', await loginAs(app, ctx.database, { role: 'coordinator' }));
      cookies.set('auditor', await loginAs(app, ctx.database, { role: 'auditor' }));
      cookies.set('viewer', await loginAs(app, ctx.database, { role: 'viewer' }));
      cookies.set(
        'shanghai',
        await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '310000' }),
      );
      cookies.set(
        'beijing',
        await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '110000' }),
      );
      cookies.set(
        'hotan',
        await loginAs(app, ctx.database, { role: 'recipient-editor', areaCode: '653200' }),
      );
    });
    afterAll(async () => app.close());

    const get = (who: Who, url: string) => {
      const cookie = cookies.get(who);
      return app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
    };

    it('names routes that exist', () => {
      const reads = app.routeCatalog.map((r) => `${r.method} ${r.url}`);
      for (const key of ISSUE_9_READS) expect(reads, key).toContain(key);
    });

    /** Everyone signed in: 200; anonymous: 401. */
    const open: Record<Who, number> = {
      anonymous: 401,
      coordinator: 200,
      auditor: 200,
      viewer: 200,
      shanghai: 200,
      beijing: 200,
      hotan: 200,
    };
    /** An unpublished Shanghai record: its donor, the office and auditors only; 404 otherwise. */
    const hiddenRecord: Record<Who, number> = {
      anonymous: 401,
      coordinator: 200,
      auditor: 200,
      viewer: 404,
      shanghai: 200,
      beijing: 404,
      hotan: 404,
    };
    /**
     * History: refused at the route (403) to roles that may read no history at all, whatever the
     * record; a donor editor is refused another donor's published record (403) and does not learn
     * of its unpublished one (404).
     */
    const shownHistory: Record<Who, number> = {
      anonymous: 401,
      coordinator: 200,
      auditor: 200,
      viewer: 403,
      shanghai: 200,
      beijing: 403,
      hotan: 403,
    };
    const hiddenHistory: Record<Who, number> = { ...shownHistory, beijing: 404 };

    const cases: Array<{ route: string; url: () => string; expect: Record<Who, number> }> = [
      {
        route: 'GET /api/training/programmes',
        url: () => '/api/training/programmes',
        expect: open,
      },
      {
        route: 'GET /api/training/programmes/:code',
        url: () => '/api/training/programmes/reads',
        expect: open,
      },
      { route: 'GET /api/training/sessions', url: () => '/api/training/sessions', expect: open },
      { route: 'GET /api/training/by-donor', url: () => '/api/training/by-donor', expect: open },
      {
        route: 'GET /api/training/sessions/:id',
        url: () => `/api/training/sessions/${session.shown}`,
        expect: open,
      },
      {
        route: 'GET /api/training/sessions/:id',
        url: () => `/api/training/sessions/${session.hidden}`,
        expect: hiddenRecord,
      },
      {
        route: 'GET /api/training/sessions/:id/history',
        url: () => `/api/training/sessions/${session.shown}/history`,
        expect: shownHistory,
      },
      {
        route: 'GET /api/training/sessions/:id/history',
        url: () => `/api/training/sessions/${session.hidden}/history`,
        expect: hiddenHistory,
      },
      { route: 'GET /api/exchanges', url: () => '/api/exchanges', expect: open },
      {
        route: 'GET /api/exchanges/:id',
        url: () => `/api/exchanges/${exchange.shown}`,
        expect: open,
      },
      {
        route: 'GET /api/exchanges/:id',
        url: () => `/api/exchanges/${exchange.hidden}`,
        expect: hiddenRecord,
      },
      {
        route: 'GET /api/exchanges/:id/history',
        url: () => `/api/exchanges/${exchange.shown}/history`,
        expect: shownHistory,
      },
      {
        route: 'GET /api/exchanges/:id/history',
        url: () => `/api/exchanges/${exchange.hidden}/history`,
        expect: hiddenHistory,
      },
      { route: 'GET /api/companies', url: () => '/api/companies', expect: open },
      {
        route: 'GET /api/companies/:id',
        url: () => `/api/companies/${company.shown}`,
        expect: open,
      },
      {
        route: 'GET /api/companies/:id',
        url: () => `/api/companies/${company.hidden}`,
        expect: hiddenRecord,
      },
      {
        route: 'GET /api/companies/:id/history',
        url: () => `/api/companies/${company.shown}/history`,
        expect: shownHistory,
      },
      {
        route: 'GET /api/companies/:id/history',
        url: () => `/api/companies/${company.hidden}/history`,
        expect: hiddenHistory,
      },
      { route: 'GET /api/company-cases', url: () => '/api/company-cases', expect: open },
      {
        route: 'GET /api/company-cases/times',
        url: () => '/api/company-cases/times',
        expect: open,
      },
      {
        route: 'GET /api/company-cases/settings',
        url: () => '/api/company-cases/settings',
        expect: open,
      },
      {
        route: 'GET /api/company-cases/:id',
        url: () => `/api/company-cases/${companyCase.shown}`,
        expect: open,
      },
      {
        route: 'GET /api/company-cases/:id',
        url: () => `/api/company-cases/${companyCase.hidden}`,
        expect: hiddenRecord,
      },
      { route: 'GET /api/consumption-sales', url: () => '/api/consumption-sales', expect: open },
      {
        route: 'GET /api/consumption-sales/summary',
        url: () => '/api/consumption-sales/summary',
        expect: open,
      },
      {
        route: 'GET /api/consumption-sales/:id',
        url: () => `/api/consumption-sales/${sale.shown}`,
        expect: open,
      },
      {
        route: 'GET /api/consumption-sales/:id',
        url: () => `/api/consumption-sales/${sale.hidden}`,
        expect: hiddenRecord,
      },
      {
        route: 'GET /api/consumption-sales/:id/history',
        url: () => `/api/consumption-sales/${sale.shown}/history`,
        expect: shownHistory,
      },
      {
        route: 'GET /api/consumption-sales/:id/history',
        url: () => `/api/consumption-sales/${sale.hidden}/history`,
        expect: hiddenHistory,
      },
    ];

    it('covers every issue 9 read route of these modules', () => {
      expect(new Set(cases.map((c) => c.route))).toEqual(new Set(ISSUE_9_READS));
    });

    for (const c of cases) {
      it(`${c.route}: ${c.url()} answers each caller as its policy says`, async () => {
        const got: Partial<Record<Who, number>> = {};
        for (const who of WHO) got[who] = (await get(who, c.url())).statusCode;
        expect(got).toEqual(c.expect);
      });
    }

    /** Who sees the unpublished record in lists and totals: the same three, nobody else. */
    const seesHidden = (who: Who) =>
      who === 'coordinator' || who === 'auditor' || who === 'shanghai';
    const signedIn = WHO.filter((w) => w !== 'anonymous');

    it('lists hold the unpublished records only for those who may see them', async () => {
      const lists: Array<[string, Pair, (body: never) => number[]]> = [
        [
          '/api/training/sessions?limit=200',
          session,
          (b: { items: { id: number }[] }) => b.items.map((x) => x.id),
        ],
        [
          '/api/exchanges?limit=200',
          exchange,
          (b: { items: { id: number }[] }) => b.items.map((x) => x.id),
        ],
        [
          '/api/companies?limit=500',
          company,
          (b: { items: { id: number }[] }) => b.items.map((x) => x.id),
        ],
        [
          '/api/company-cases?limit=500',
          companyCase,
          (b: { items: { id: number }[] }) => b.items.map((x) => x.id),
        ],
        [
          '/api/consumption-sales?limit=500',
          sale,
          (b: { items: { id: number }[] }) => b.items.map((x) => x.id),
        ],
      ];
      for (const [url, pair, ids] of lists) {
        for (const who of signedIn) {
          const listed = ids((await get(who, url)).json() as never);
          expect(listed, `${who} ${url}`).toContain(pair.shown);
          if (seesHidden(who)) expect(listed, `${who} ${url}`).toContain(pair.hidden);
          else expect(listed, `${who} ${url}`).not.toContain(pair.hidden);
        }
      }
    });

    it('totals count the unpublished records only for those who may see them', async () => {
      for (const who of signedIn) {
        const hidden = seesHidden(who);
        const programme = (await get(who, '/api/training/programmes/reads')).json();
        expect(programme.totals, who).toEqual(
          hidden
            ? { sessions: 2, participants: 101, personTimes: 1002 }
            : { sessions: 1, participants: 1, personTimes: 2 },
        );
        const byDonor = (await get(who, '/api/training/by-donor?donor=310000')).json();
        expect(
          byDonor.rows.map((r: { personTimes: number }) => r.personTimes),
          who,
        ).toEqual([hidden ? 1002 : 2]);
        const sales = (await get(who, '/api/consumption-sales/summary?donor=310000')).json();
        expect(sales.amountFen, who).toBe(hidden ? 10_100 : 100);
        const times = (await get(who, '/api/company-cases/times?by=donor&donor=310000')).json();
        expect(
          times.rows.map((r: { cases: number }) => r.cases),
          who,
        ).toEqual([hidden ? 2 : 1]);
        const measures = (
          await app.inject({
            method: 'POST',
            url: '/api/analytics/query',
            headers: { cookie: cookies.get(who) ?? '' },
            payload: {
              measures: ['training_person_times', 'companies', 'consumption_sales_fen'],
              filters: { donor: '310000' },
            },
          })
        ).json();
        expect(measures.rows[0], who).toEqual({
          training_person_times: hidden ? 1002 : 2,
          companies: hidden ? 2 : 1,
          consumption_sales_fen: hidden ? 10_100 : 100,
        });
      }
    });

    it('requested every route it declares', () => expectExercised(app, ISSUE_9_READS));
  },
);
