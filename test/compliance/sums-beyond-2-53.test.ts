/**
 * Issue 12 defect 1, "sums beyond 2^53 fen": one amount is bounded (10^15 fen, and a project's
 * transactions of one type and kind together), and every sum over projects the compliance
 * report, the rates, the home page and an area's funds answer is exact at any size, written as
 * the exact JSON integer (decision 0031). Before: two amounts of 2^53 − 1 on one donor-year made
 * GET /api/compliance, /api/compliance/{donor}, /api/rates and /api/rates/donors answer 500.
 */
import { beforeAll, expect, it } from 'vitest';
import { MAX_AMOUNT_FEN } from '../../src/domain/money.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

const YEAR = 2024;
const PROJECTS = 10;
/** 10^16 − 1: odd and past 2^53, so no double holds it (the nearest is 10^16). */
const TOTAL = BigInt(MAX_AMOUNT_FEN) * BigInt(PROJECTS) - 1n;

/** The integers written after `"key":` in a JSON text, as BigInts (JSON.parse would round). */
function integersOf(body: string, key: string): bigint[] {
  return [...body.matchAll(new RegExp(`"${key}":(-?\\d+)`, 'g'))].map((m) => BigInt(m[1] ?? ''));
}

describeEachDatabase('issue 12 defect 1: sums beyond 2^53 fen', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let beijing = '';
  const codes: string[] = [];

  const record = (code: string, valueFen: number, cookie = coordinator) =>
    t.app.inject({
      method: 'POST',
      url: `/api/projects/${code}/transactions`,
      headers: { cookie },
      payload: { type: 'disbursement', valueFen, date: `${YEAR}-06-30`, planned: false },
    });

  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    for (let i = 0; i < PROJECTS; i++) {
      const p = await createTestProject(ctx.database, {
        donor: '110000',
        year: YEAR,
        budgetFen: MAX_AMOUNT_FEN,
      });
      codes.push(p.code);
      const fen = i === 0 ? MAX_AMOUNT_FEN - 1 : MAX_AMOUNT_FEN;
      const res = await record(p.code, fen);
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  it('one amount is at most 10^15 fen: 10^15 + 1 is refused, naming valueFen', async () => {
    const code = codes[1] as string;
    const res = await record(code, MAX_AMOUNT_FEN + 1);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'validation.tooLarge',
      errors: [{ field: 'body.valueFen', params: { maximum: MAX_AMOUNT_FEN } }],
    });
  });

  it("a project's disbursements together are at most 10^15 fen: 422, nothing recorded", async () => {
    const full = await record(codes[1] as string, 1);
    expect(full.statusCode).toBe(422);
    expect(full.json()).toMatchObject({
      code: 'ledger.projectTotalTooLarge',
      errors: [{ field: 'valueFen' }],
    });
    // The project one fen short takes exactly that fen more, then no more.
    const zh = await record(codes[0] as string, 2);
    expect(zh.statusCode).toBe(422);
    const list = await t.app.inject({
      url: `/api/projects/${codes[1]}/transactions`,
      headers: { cookie: coordinator },
    });
    expect(list.json().total).toBe(1);
  });

  it('GET /api/compliance and /api/compliance/{donor}: 200 with the exact sums', async () => {
    for (const cookie of [coordinator, beijing, '']) {
      const res = await t.app.inject({
        url: `/api/compliance?programme=xinjiang&year=${YEAR}&basis=actual`,
        headers: cookie ? { cookie } : {},
      });
      if (!cookie) {
        expect(res.statusCode).not.toBe(500);
        continue;
      }
      expect(res.statusCode, res.body).toBe(200);
      expect(integersOf(res.body, 'totalFen')).toContain(TOTAL);
      const detail = await t.app.inject({
        url: `/api/compliance/110000?programme=xinjiang&year=${YEAR}&basis=actual`,
        headers: { cookie },
      });
      expect(detail.statusCode, detail.body).toBe(200);
      expect(integersOf(detail.body, 'totalFen')).toEqual([TOTAL]);
      const county = integersOf(detail.body, 'countyAndBelowFen')[0] as bigint;
      const livelihood = integersOf(detail.body, 'livelihoodFen')[0] as bigint;
      expect(county).toBeLessThanOrEqual(TOTAL);
      expect(livelihood).toBeLessThanOrEqual(TOTAL);
      // Every project's own figure stays a safe integer.
      for (const fen of integersOf(detail.body, 'amountFen')) {
        expect(fen <= BigInt(MAX_AMOUNT_FEN)).toBe(true);
      }
    }
  });

  it('GET /api/rates (whole, one donor) and /api/rates/donors: 200 with the exact sums', async () => {
    for (const query of ['', '&donor=110000', '&area=653201', '&donor=110000&area=653201']) {
      const res = await t.app.inject({
        url: `/api/rates?programme=xinjiang&year=${YEAR}${query}`,
        headers: { cookie: coordinator },
      });
      expect(res.statusCode, `${query} ${res.body}`).toBe(200);
      expect(integersOf(res.body, 'disbursedFen'), query).toEqual([TOTAL]);
      expect(integersOf(res.body, 'budgetFen'), query).toEqual([TOTAL + 1n]);
      expect(res.json().investmentCompletionBp, query).toBe(0);
    }
    const donors = await t.app.inject({
      url: `/api/rates/donors?programme=xinjiang&year=${YEAR}`,
      headers: { cookie: coordinator },
    });
    expect(donors.statusCode, donors.body).toBe(200);
    expect(integersOf(donors.body, 'disbursedFen')).toContain(TOTAL);
  });

  it("GET /api/summary and an area's funds: 200 with the exact sums", async () => {
    for (const cookie of [coordinator, beijing]) {
      const res = await t.app.inject({
        url: `/api/summary?programme=xinjiang&year=${YEAR}`,
        headers: { cookie },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(integersOf(res.body, 'totalFen')).toContain(TOTAL);
    }
    const funds = await t.app.inject({
      url: '/api/areas/653201/funds?programme=xinjiang',
      headers: { cookie: coordinator },
    });
    expect(funds.statusCode, funds.body).toBe(200);
    expect(integersOf(funds.body, 'totalFen')).toEqual([TOTAL]);
    const inPair = integersOf(funds.body, 'inPairFen')[0] as bigint;
    const crossPair = integersOf(funds.body, 'crossPairFen')[0] as bigint;
    expect(inPair + crossPair).toBe(TOTAL);
  });

  it('the OpenAPI document says so: amounts at most 10^15, sums integers', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const body =
      doc.paths['/api/projects/{code}/transactions'].post.requestBody.content['application/json']
        .schema;
    expect(body.properties.valueFen).toMatchObject({ type: 'integer', maximum: MAX_AMOUNT_FEN });
    const rates = doc.paths['/api/rates'].get.responses['200'].content['application/json'].schema;
    expect(rates.properties.amounts.properties.disbursedFen).toMatchObject({ type: 'integer' });
  });
});
