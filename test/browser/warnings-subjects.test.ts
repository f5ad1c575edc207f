/// <reference lib="dom" />
/**
 * The work queue in Chinese with warnings about a person's term and a company's request
 * (decision 0029): the demo's Hotan textile company has an open request unanswered for ten days,
 * and a Beijing cadre in Hotan, added here, ends their term in 30 days. The programme office
 * computes and sees both; Beijing's donor editor sees them in its own queue; Shanghai's does not.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { todayUtc } from '../../src/domain/dates.js';
import { addDays } from '../../src/domain/warnings.js';
import { createPerson } from '../../src/modules/people/persons.js';
import { addPosting } from '../../src/modules/people/postings.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

describe.skipIf(!browserAvailable())('warnings about terms and requests in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  const today = todayUtc();
  const ends = addDays(today, 30);

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({
      timeoutMs: 30_000,
      prepare: async ({ server }) => {
        const ctx = { actor: systemActor('test'), db: server.database.db };
        const person = await createPerson(ctx, {
          nameZh: '李任满',
          sex: 'male',
          donor: '110000',
          published: true,
        });
        await addPosting(ctx, person.id, {
          programme: 'xinjiang',
          kind: 'teacher',
          hostOrgName: '和田市第一中学',
          area: '653201',
          role: '副校长',
          mode: 'long-term',
          crossPair: false,
          termStart: addDays(ends, -540),
          plannedEnd: ends,
        });
      },
    }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const row = (kind: 'posting' | 'company_case') =>
    page.locator('[data-testid="warnings-table"] tbody tr[data-row-key]', {
      has: page.getByTestId(`warning-subject-${kind}`),
    });

  it('computes and shows a term ending and a late request, all in Chinese', {
    timeout: 120_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-coordinator');
    await page.goto(`${server.url}/warnings`);
    await page.getByTestId('warnings-compute').waitFor();
    await page.getByTestId('warnings-compute').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('warnings-compute-result').waitFor();
    await row('posting').first().waitFor();
    await row('company_case').first().waitFor();
    const term = ((await row('posting').first().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(term).toContain('李任满');
    expect(term).toContain('副校长');
    expect(term).toContain('任期将满');
    expect(term).toContain(`任期 ${ends} 届满，还有 30 天`);
    expect(term).toContain('待处理');
    // The person links to the person's page; the company to the company's page.
    const person = row('posting').first().getByRole('link', { name: '李任满' });
    expect(await person.getAttribute('href')).toMatch(/^\/people\/\d+$/);
    const company = row('company_case')
      .first()
      .getByTestId('warning-subject-company_case')
      .getByRole('link', { name: '和田市产业园纺织企业（演示）' });
    expect(await company.getAttribute('href')).toMatch(/^\/companies\/\d+$/);
    const late = ((await row('company_case').first().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(late).toContain('和田市产业园纺织企业（演示）');
    expect(late).toContain('物流诉求');
    expect(late).toContain('诉求超期未答复');
    expect(late).toMatch(/提出的诉求，超过 3 个工作日未答复/);
    // Every word on these rows is Chinese: no raw codes or English server text.
    for (const text of [term, late]) expect(text).not.toMatch(/[A-Za-z]{2,}/);
    await page.screenshot({ path: `${SHOTS}/warnings-subjects-zh.png`, fullPage: true });

    // The kind filter narrows the queue to one of them.
    await page.goto(`${server.url}/warnings?kind=term-ending`);
    await row('posting').first().waitFor();
    expect(await row('company_case').count()).toBe(0);
  });

  it('shows them in Beijing’s queue, not in Shanghai’s', { timeout: 120_000 }, async () => {
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-beijing');
    await page.goto(`${server.url}/warnings`);
    await row('posting').first().waitFor();
    await row('company_case').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/warnings-subjects-beijing.png`, fullPage: true });
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-shanghai');
    await page.goto(`${server.url}/warnings?donor=all`);
    await page.getByTestId('warnings-table').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await row('posting').count()).toBe(0);
    expect(await row('company_case').count()).toBe(0);
  });
});
