/// <reference lib="dom" />
/**
 * The work queue in Chinese with a late indicator report (decision 0054): a monthly set added
 * here, due on the last day of the month, whose reporter (Bachu with Shanghai) entered nothing
 * for last month. The programme office computes the warnings and sees the row in words — the
 * kind, the period, the area, the donor — with a link to the data-entry form of that report.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { todayUtc } from '../../src/domain/dates.js';
import { dueDateOf, parsePeriod, previousPeriod } from '../../src/domain/indicators.js';
import { createSet } from '../../src/modules/indicators/sets.js';
import { periodHolding } from '../../src/modules/warnings/subjects.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

const SET = 'xj-monthly-browser';

describe.skipIf(!browserAvailable())('a late indicator report in the queue, in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  const lastMonth = previousPeriod(periodHolding(todayUtc(), 'month'));
  const [year, month] = lastMonth.split('-');
  const due = dueDateOf(parsePeriod(lastMonth) as NonNullable<ReturnType<typeof parsePeriod>>, 0);
  let areaName = '';
  let donorName = '';

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({
      timeoutMs: 30_000,
      prepare: async ({ server }) => {
        const ctx = { actor: systemActor('test'), db: server.database.db };
        await createSet(ctx, {
          code: SET,
          programme: 'xinjiang',
          name: '援疆月度指标（测试）',
          nameEn: 'Xinjiang monthly (test)',
          periodType: 'month',
          dueDays: 0,
          items: ['visitors'],
          reporters: [{ area: '653130', donor: '310000' }],
        });
        const area = await ctx.db
          .selectFrom('areas')
          .select('name')
          .where('code', '=', '653130')
          .executeTakeFirstOrThrow();
        const org = await ctx.db
          .selectFrom('organisations')
          .select('name')
          .where('code', '=', '310000')
          .executeTakeFirstOrThrow();
        areaName = area.name;
        donorName = org.name;
      },
    }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('shows the late report in Chinese with a link to its form', { timeout: 120_000 }, async () => {
    await logInAs(page, server.url, 'demo-coordinator');
    await page.goto(`${server.url}/warnings?kind=report-late`);
    await page.getByTestId('warnings-compute').waitFor();
    await page.getByTestId('warnings-compute').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('warnings-compute-result').waitFor();
    const link = page.locator(`a[href*="set=${SET}"]`);
    await link.first().waitFor();
    const row = page.locator('[data-testid="warnings-table"] tbody tr[data-row-key]', {
      has: link,
    });
    expect(await row.count()).toBe(1);
    const text = ((await row.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('指标逾期未报');
    expect(text).toContain(`${year}年${Number(month)}月 · ${areaName}`);
    expect(text).toContain(`${donorName}援建`);
    expect(text).toContain(`${year}年${Number(month)}月指标数据应于 ${due} 前报送，至今未报`);
    expect(text).toContain('去填报');
    expect(text).toContain('待处理');
    // Every word on the row is Chinese: no raw codes or English server text.
    expect(text).not.toMatch(/[A-Za-z]{2,}/);
    const href = (await link.getAttribute('href')) ?? '';
    const params = new URL(href, server.url).searchParams;
    expect(new URL(href, server.url).pathname).toBe('/indicators/entry');
    expect(Object.fromEntries(params)).toEqual({
      set: SET,
      reporter: '653130|310000',
      period: lastMonth,
    });
    await page.screenshot({ path: `${SHOTS}/warnings-report-zh.png`, fullPage: true });
  });
});
