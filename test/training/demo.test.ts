/**
 * The demo's training and exchange records (src/seed/demo-training.ts): the report's figures come
 * back from POST /api/analytics/query, counted from the records (issue 9, "Done means").
 */
import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { createOrganisation } from '../../src/modules/organisations/service.js';
import { DEMO_ORGANISATIONS } from '../../src/seed/demo.js';
import { loadDemoTraining } from '../../src/seed/demo-training.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('the demo’s training and exchange', (ctx) => {
  const t = useApp(ctx);
  let cookie = '';
  const total = async (measure: string, filters: object) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie },
      payload: { measures: [measure], dimensions: [], filters },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows[0][measure];
  };

  beforeAll(async () => {
    for (const org of DEMO_ORGANISATIONS) {
      await createOrganisation({ actor: systemActor('test'), db: ctx.database.db }, org);
    }
    expect(await loadDemoTraining(ctx.database)).toBeGreaterThan(140);
    expect(await loadDemoTraining(ctx.database)).toBe(0); // loaded once
    cookie = await loginAs(t.app, ctx.database, { role: 'viewer' });
  });

  it('gives the report’s figures to any signed-in user', async () => {
    const byEnd2024 = { period: { from: '2000-01-01', to: '2024-12-31' } };
    expect(await total('people_trained', { area: '652901', donor: '330100', ...byEnd2024 })).toBe(
      9500,
    );
    expect(await total('training_person_times', { donor: '410000', area: '650500' })).toBe(78000);
    expect(await total('training_person_times', { donor: '120000', area: '653225' })).toBe(113);
    expect(await total('reading_rooms', { donor: '410000', area: '650500' })).toBe(100);
    expect(await total('exchange_activities', { donor: '330200', area: '653201' })).toBe(1);
    expect(await total('exchange_activities', { donor: '360000' })).toBe(1);
  });
});
