/// <reference lib="dom" />
/**
 * Phones beyond the main screens (issue 13 point 3, decision 0078): at 390 × 844 the registry,
 * the compliance table and its drill-down are cards (sorting, paging, links, the rules' pass or
 * fail in words); the screens outside test/browser/reach.test.ts's list (a person, a batch, a
 * training programme, companies and their cases, sales, exchanges, warnings, plans, imports, a
 * report, the analysis pivot) have no serious or critical axe-core finding and no sideways
 * scrolling in Chinese and Uyghur; the big screen in Uyghur at desktop size has none either.
 * Lean on purpose: one demo server, one phone page reused for every screen and language.
 * Screenshots go to /tmp/phone-screens-<screen>-<language>.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo.js';
import { type AxeFinding, formatViolations, seriousViolations } from '../support/axe.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  openDemoInChromium,
  PHONE,
} from '../support/browser.js';

type Language = 'zh-CN' | 'ug';

describe.skipIf(!browserAvailable())('phones: the screens outside the main list', () => {
  let demo: DemoInChromium;
  let context: BrowserContext;
  let phone: Page;
  /** The screens to scan, with the ids the demo gave them. */
  let screens: { name: string; path: string }[] = [];

  beforeAll(async () => {
    demo = await openDemoInChromium({ timeoutMs: 30_000 });
    const { server, browser } = demo;
    context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    const login = await context.request.post(`${server.url}/api/session`, {
      data: { username: 'demo-coordinator', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    // the demo's deliberate warnings, computed as of today (decision 0020)
    expect(
      (await context.request.post(`${server.url}/api/warnings/compute`, { data: {} })).status(),
    ).toBe(200);
    const get = async <T>(path: string): Promise<T> => {
      const res = await context.request.get(`${server.url}${path}`);
      expect(res.status(), path).toBe(200);
      return (await res.json()) as T;
    };
    const people = await get<{ items: { id: number }[] }>(
      `/api/people/persons?q=${encodeURIComponent('任耕坡')}`,
    );
    const personId = people.items[0]?.id;
    const person = await get<{ postings: { batch?: { id: number } | null }[] }>(
      `/api/people/persons/${personId}`,
    );
    const batchId = person.postings.find((p) => p.batch)?.batch?.id;
    const plans = await get<{ items: { id: number }[] }>('/api/plans?limit=1');
    const planId = plans.items[0]?.id;
    expect([personId, batchId, planId].every((id) => typeof id === 'number')).toBe(true);
    screens = [
      { name: 'person', path: `/people/${personId}` },
      { name: 'batch', path: `/people/batches/${batchId}` },
      { name: 'training', path: '/training' },
      { name: 'training-programme', path: '/training/programmes/tianshan' },
      { name: 'companies', path: '/companies' },
      { name: 'company', path: '/companies/1' },
      { name: 'cases', path: '/company-cases' },
      { name: 'sales', path: '/consumption' },
      { name: 'exchanges', path: '/exchanges' },
      { name: 'warnings-late', path: '/warnings?kind=report-late' },
      { name: 'plans', path: '/plans' },
      { name: 'plan', path: `/plans/${planId}` },
      { name: 'imports', path: '/imports' },
      { name: 'report', path: '/reports/donor/310000?year=2025' },
      { name: 'analysis', path: '/analysis?m=committed_fen&r=donor&c=year&programme=xinjiang' },
    ];
    phone = await context.newPage();
    phone.setDefaultTimeout(30_000);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await closeDemoInChromium(demo);
  });

  /** Opens `path` on the phone in `language` and waits for its data (no skeleton, no spinner). */
  const languages = new WeakMap<Page, Language>();
  const open = async (p: Page, path: string, language: Language) => {
    await p.goto(`${demo.server.url}${path}`);
    if ((languages.get(p) ?? 'zh-CN') !== language) {
      await p.evaluate((l) => localStorage.setItem('shanhai.language', l), language);
      languages.set(p, language);
      await p.reload();
    }
    await p.waitForLoadState('networkidle');
    await expect
      .poll(() => p.locator('.ant-skeleton, .ant-spin-spinning').count(), { timeout: 30_000 })
      .toBe(0);
    await p.waitForTimeout(300);
  };

  /** What sticks out sideways, or '' when the page is no wider than the screen. */
  const sideways = (p: Page) =>
    p.evaluate(() => {
      const scroll = document.documentElement.scrollWidth;
      const client = document.documentElement.clientWidth;
      if (scroll <= client) return '';
      const wide = Array.from(document.querySelectorAll('body *'))
        .filter((e) => {
          const r = e.getBoundingClientRect();
          const q = e.parentElement?.getBoundingClientRect();
          const out = (x: DOMRect) => x.width > 0 && (x.left < -1 || x.right > client + 1);
          return out(r) && !(q && out(q));
        })
        .slice(0, 4)
        .map((e) => `${e.tagName}.${e.className}`);
      return `scrollWidth ${scroll} > ${client}: ${wide.join(' | ')}`;
    });

  it('the registry, compliance and its drill-down are cards on a phone, sortable and paged by touch', async () => {
    const p = phone;
    await open(p, '/projects', 'zh-CN');
    const registry = p.getByTestId('projects-table');
    expect(await registry.getAttribute('data-layout')).toBe('cards');
    const cards = registry.locator('[role="listitem"]');
    expect(await cards.count()).toBe(20);
    // the card's heading links to the project
    const first = cards.first().locator('[data-card="title"] a');
    expect(await first.getAttribute('href')).toMatch(/^\/projects\/[A-Z]/);
    // sorting by budget, largest first, through the sort bar (the table's header arrows)
    const sortBar = p.getByTestId('projects-table-sort');
    await sortBar.getByRole('combobox').click();
    await p.locator('.ant-select-item-option', { hasText: '预算' }).first().click();
    await expect.poll(() => new URL(p.url()).searchParams.get('sort')).toBe('budgetFen');
    await sortBar.getByText('降序', { exact: true }).click();
    await expect.poll(() => new URL(p.url()).searchParams.get('sort')).toBe('-budgetFen');
    await expect
      .poll(async () => {
        const fen = await cards
          .locator('[data-fen]')
          .evaluateAll((es) => es.map((e) => Number(e.getAttribute('data-fen'))));
        return fen.length > 1 && fen.every((f, i) => i === 0 || (fen[i - 1] ?? 0) >= f);
      })
      .toBe(true);
    // the next page by touch
    await p.locator('.ant-pagination-next').tap();
    await expect.poll(() => new URL(p.url()).searchParams.get('page')).toBe('2');
    expect(await sideways(p)).toBe('');
    await p.screenshot({ path: '/tmp/phone-screens-registry-zh-CN.png', fullPage: true });

    await open(p, '/compliance', 'zh-CN');
    const compliance = p.getByTestId('compliance-table');
    expect(await compliance.getAttribute('data-layout')).toBe('cards');
    const donors = compliance.locator('[role="listitem"]');
    expect(await donors.count()).toBeGreaterThan(1);
    // the totals as a card, each rule with its word beside the share
    const totals = p.getByTestId('compliance-totals');
    expect(await totals.textContent()).toContain('合计');
    expect(await p.getByTestId('compliance-county-all').textContent()).toMatch(
      /达标|未达标|不适用/,
    );
    // each donor's rules with an icon and a word, never colour alone
    const rule = donors.first().locator('[data-testid^="compliance-county-"]');
    expect(await rule.locator('.anticon').count()).toBe(1);
    expect(await rule.textContent()).toMatch(/达标|未达标|不适用/);
    // a failing donor's culprits open under its card, themselves cards with project links
    const more = compliance.getByRole('button', { name: '展开明细' });
    if ((await more.count()) > 0) {
      await more.first().tap();
      const detail = compliance.locator('[data-card="detail"]').first();
      expect(await detail.locator('[data-layout="cards"]').count()).toBeGreaterThan(0);
      expect(await detail.locator('a[href^="/projects/"]').count()).toBeGreaterThan(0);
      expect(await compliance.getByRole('button', { name: '收起明细' }).count()).toBe(1);
    }
    // sorting by the county rule, lowest first, reorders the cards
    await p.getByTestId('compliance-table-sort').getByRole('combobox').click();
    await p.locator('.ant-select-item-option', { hasText: '县及县以下' }).first().click();
    /** Whether the cards' county shares run up (or down), as the sort asks. */
    const countyOrdered = async (up: boolean) => {
      const shares = (
        await donors.locator('[data-testid^="compliance-county-"]').allTextContents()
      ).map((text) => Number(/([\d.]+)\s*%/.exec(text)?.[1] ?? Number.NaN));
      return (
        shares.length > 1 &&
        shares.every(
          (s, i) =>
            !Number.isNaN(s) &&
            (i === 0 || (up ? (shares[i - 1] ?? 0) <= s : (shares[i - 1] ?? 0) >= s)),
        )
      );
    };
    await expect.poll(() => countyOrdered(true)).toBe(true);
    // by keyboard: the direction is a pair of radio buttons that take the arrow keys
    await p.getByTestId('compliance-table-sort').getByRole('radio', { name: '升序' }).focus();
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => countyOrdered(false)).toBe(true);
    expect(await countyOrdered(true)).toBe(false);
    expect(await sideways(p)).toBe('');
    await p.screenshot({ path: '/tmp/phone-screens-compliance-zh-CN.png', fullPage: true });
    // the drill-down: a donor's projects in a full-width drawer, as cards linking to each project
    await donors.first().locator('[data-card="title"] button').tap();
    const drill = p.getByTestId('compliance-detail');
    await drill.waitFor();
    expect(await drill.getAttribute('data-layout')).toBe('cards');
    expect(await drill.locator('[role="listitem"] a[href^="/projects/"]').count()).toBeGreaterThan(
      0,
    );
    const drawer = await p.locator('.ant-drawer-content-wrapper').boundingBox();
    expect(drawer?.width).toBeLessThanOrEqual(390);
    await p.screenshot({ path: '/tmp/phone-screens-compliance-drawer-zh-CN.png' });
  }, 180_000);

  for (const language of ['zh-CN', 'ug'] as const) {
    it(`the other screens in ${language} at 390 × 844: no serious or critical axe finding, no sideways scrolling`, async () => {
      const failures: string[] = [];
      const counts: string[] = [];
      for (const screen of screens) {
        await open(phone, screen.path, language);
        const found: AxeFinding[] = await seriousViolations(phone);
        counts.push(`${screen.name}: ${found.length}`);
        if (found.length)
          failures.push(`${screen.name} (${language}):\n${formatViolations(found)}`);
        const wide = await sideways(phone);
        if (wide) failures.push(`${screen.name} (${language}) scrolls sideways: ${wide}`);
        await phone.screenshot({ path: `/tmp/phone-screens-${screen.name}-${language}.png` });
      }
      console.info(`axe at 390 × 844 (${language}): ${counts.join(', ')}`);
      expect(failures.join('\n\n')).toBe('');
    }, 400_000);
  }

  it('the big screen in Uyghur at desktop size: no serious or critical axe finding', async () => {
    const { page, server } = demo;
    const res = await page.request.post(`${server.url}/api/session`, {
      data: { username: 'demo-coordinator', password: DEMO_PASSWORD },
    });
    expect(res.status()).toBe(200);
    await open(page, '/big-screen', 'ug');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const found = await seriousViolations(page);
    await page.screenshot({ path: '/tmp/phone-screens-big-screen-ug.png' });
    expect(formatViolations(found)).toBe('');
  }, 120_000);
});
