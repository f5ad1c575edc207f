import { beforeAll, expect, it } from 'vitest';
import { loadReference } from '../../src/modules/reference/reference.js';

const thresholdsFor = async (
  db: Parameters<typeof loadReference>[0],
  programme: string,
  year: number,
) => (await loadReference(db)).thresholdsFor(programme, year);

import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { expectHistoryGrowth, useApp } from './support.js';

describeEachDatabase('programmes API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let editor = '';
  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    editor = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });
  const put = (cookie: string | undefined, url: string, body: object) =>
    t.app.inject({ method: 'PUT', url, headers: cookie ? { cookie } : {}, body });

  it('lists the programmes with their thresholds, oldest first', async () => {
    const body = (await t.app.inject({ url: '/api/programmes' })).json();
    expect(body.items.map((p: { code: string }) => p.code)).toEqual([
      'revolutionary-areas',
      'xinjiang',
    ]);
    const xinjiang = (await t.app.inject({ url: '/api/programmes/xinjiang' })).json();
    expect(xinjiang).toMatchObject({
      name: '对口援疆',
      startYear: 2010,
      endYear: null,
      recipientProvinces: ['650000'],
    });
    expect(xinjiang.thresholds.map((x: { fromYear: number }) => x.fromYear)).toEqual([
      2013, 2019, 2021,
    ]);
    expect((await t.app.inject({ url: '/api/programmes/tibet' })).statusCode).toBe(404);
  });

  it('picks the thresholds in force in a year', async () => {
    expect(await thresholdsFor(ctx.database.db, 'xinjiang', 2012)).toBeNull();
    expect(await thresholdsFor(ctx.database.db, 'xinjiang', 2020)).toMatchObject({
      fromYear: 2019,
      livelihoodBp: 7000,
    });
    expect(await thresholdsFor(ctx.database.db, 'xinjiang', 2030)).toMatchObject({
      fromYear: 2021,
    });
  });

  it('sets a threshold for a year (coordinator only), then replaces it', async () => {
    const url = '/api/programmes/xinjiang/thresholds/2026';
    const body = { countyAndBelowBp: 8500, livelihoodBp: 8000, note: '2026 draft' };
    expect((await put(undefined, url, body)).statusCode).toBe(401);
    expect((await put(editor, url, body)).statusCode).toBe(403);
    const created = await expectHistoryGrowth(ctx.database, 1, () => put(coordinator, url, body));
    expect(created.statusCode).toBe(200);
    expect(created.json().thresholds.at(-1)).toEqual({ fromYear: 2026, ...body });
    const replaced = await expectHistoryGrowth(ctx.database, 1, () =>
      put(coordinator, url, { countyAndBelowBp: 9000, livelihoodBp: 8000 }),
    );
    expect(replaced.json().thresholds.at(-1)).toEqual({
      fromYear: 2026,
      countyAndBelowBp: 9000,
      livelihoodBp: 8000,
      note: null,
    });
    expect(await thresholdsFor(ctx.database.db, 'xinjiang', 2027)).toMatchObject({
      countyAndBelowBp: 9000,
    });
  });

  it('refuses out-of-range basis points (400), years before the programme (422), unknown programmes (404)', async () => {
    const over = await put(coordinator, '/api/programmes/xinjiang/thresholds/2027', {
      countyAndBelowBp: 10001,
      livelihoodBp: 8000,
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0].field).toBe('body.countyAndBelowBp');
    const early = await expectHistoryGrowth(ctx.database, 0, () =>
      put(coordinator, '/api/programmes/xinjiang/thresholds/2005', {
        countyAndBelowBp: 8000,
        livelihoodBp: 8000,
      }),
    );
    expect(early.statusCode).toBe(422);
    expect(early.json().errors[0].field).toBe('fromYear');
    const unknown = await put(coordinator, '/api/programmes/tibet/thresholds/2020', {
      countyAndBelowBp: 8000,
      livelihoodBp: 8000,
    });
    expect(unknown.statusCode).toBe(404);
  });
});
