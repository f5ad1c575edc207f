/// <reference lib="dom" />
/**
 * The change history of people's and companies' records on their pages, in words: who by name,
 * what to which record, each field before → after; in Chinese with no code, and in English.
 * A reader who may not read the history sees no history card.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

describe.skipIf(!browserAvailable())('record histories in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  async function json<T>(url: string): Promise<T> {
    const res = await page.request.get(`${server.url}${url}`);
    expect(res.status(), url).toBe(200);
    return (await res.json()) as T;
  }

  it('shows a person’s and a company’s history in Chinese words, and in English', {
    timeout: 180_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-coordinator');
    const persons = await json<{ items: { id: number; donor: { code: string } }[] }>(
      '/api/people/persons?limit=50',
    );
    const person = persons.items[0];
    expect(person).toBeDefined();
    // A change to show: the programme office corrects the home organisation's name.
    const got = await page.request.get(`${server.url}/api/people/persons/${person?.id}`);
    const etag = got.headers().etag ?? '';
    const patched = await page.request.patch(`${server.url}/api/people/persons/${person?.id}`, {
      headers: { 'if-match': etag },
      data: { homeOrgName: '历史测试派出单位' },
    });
    expect(patched.status(), await patched.text()).toBe(200);

    await page.goto(`${server.url}/people/${person?.id}`);
    const card = page.getByTestId('person-history');
    await card.getByText('人员：修改').first().waitFor();
    await card.getByText('人员：新增').first().waitFor();
    const change = card.locator('[data-testid="record-change"][data-field="homeOrgName"]').first();
    await expect.poll(() => change.innerText()).toContain('原单位：');
    expect(await change.innerText()).toContain('历史测试派出单位');
    const text = await card.innerText();
    expect(text).not.toMatch(/homeOrgName|user:|system:|update|create/);
    await page.screenshot({ path: `${SHOTS}/record-history-person.png`, fullPage: true });

    const companies = await json<{ items: { id: number; name: string }[] }>(
      '/api/companies?limit=100',
    );
    const withCases = [];
    for (const c of companies.items) {
      const h = await json<{ items: { entityType: string; action: string }[] }>(
        `/api/companies/${c.id}/history`,
      );
      if (h.items.some((e) => e.action === 'respond')) withCases.push(c);
    }
    const company = withCases[0];
    expect(company, 'a demo company with an answered request').toBeDefined();
    await page.goto(`${server.url}/companies/${company?.id}`);
    const companyCard = page.getByTestId('company-history');
    await companyCard.getByText('诉求：答复').first().waitFor();
    await companyCard.getByText('企业：新增').first().waitFor();
    const companyText = await companyCard.innerText();
    expect(companyText).not.toMatch(/respond|company-case|firstResponseAt|其他字段/);
    expect(companyText).toContain('答复：');
    await page.screenshot({ path: `${SHOTS}/record-history-company.png`, fullPage: true });

    await page.evaluate(() => localStorage.setItem('shanhai.language', 'en'));
    await page.reload();
    await companyCard.getByText('Request: answered').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/record-history-company-en.png`, fullPage: true });
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'zh-CN'));
  });

  it('shows no history to a reader who may not read it', { timeout: 120_000 }, async () => {
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-hotan');
    const persons = await json<{ items: { id: number }[] }>('/api/people/persons?limit=5');
    const person = persons.items[0];
    expect(person).toBeDefined();
    await page.goto(`${server.url}/people/${person?.id}`);
    await page.getByText('基本信息').first().waitFor();
    expect(await page.getByTestId('person-history').count()).toBe(0);
  });
});
