/// <reference lib="dom" />
/**
 * Accessibility (decision 0062, issue 13 point 2) in Chromium at desktop size:
 * - the main screens (login, the three homes, the registry, a project page, the data-entry
 *   form, compliance, the public pages) have no serious or critical axe-core violation, in
 *   Chinese, English and Uyghur; screenshots go to /tmp/a11y-<screen>-<language>.png;
 * - the charts and the map carry a text alternative (a name and a table of their figures);
 * - the registry and a project page are walked with Tab: every stop is on screen and ringed;
 *   the main menu is used from the keyboard; a dialog opens, takes a value, closes on Escape
 *   and gives the focus back;
 * - the two 80% rules' pass/fail is said in words, not by colour alone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AxeFinding, formatViolations, seriousViolations } from '../support/axe.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
} from '../support/browser.js';
import { MAIN_SCREENS } from '../support/main-screens.js';

type Language = 'zh-CN' | 'en' | 'ug';
const LANGUAGES: readonly Language[] = ['zh-CN', 'en', 'ug'];
/** Screens photographed in every language (the others are only scanned). */
const PHOTOGRAPHED = new Set(['login', 'home-coordinator', 'project', 'compliance', 'public-map']);
const SCREENS = MAIN_SCREENS;

describe.skipIf(!browserAvailable())('accessibility', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  let projectPath = '';

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
    await logInAs(page, server.url, 'demo-coordinator');
    await page.goto(`${server.url}/projects`);
    const first = page.locator('.ant-table a[href^="/projects/"]').first();
    await first.waitFor();
    projectPath = (await first.getAttribute('href')) ?? '';
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  /** A fresh context (its own session) signed in as `who`, in `language`. */
  const open = async (
    who: string | null,
    language: Language,
  ): Promise<{ context: BrowserContext; p: Page }> => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const p = await context.newPage();
    p.setDefaultTimeout(30_000);
    if (who) await logInAs(p, server.url, who);
    else await p.goto(`${server.url}/login`);
    await p.evaluate((l) => localStorage.setItem('shanhai.language', l), language);
    return { context, p };
  };

  const htmlLang = (p: Page) =>
    p.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

  describe.each(LANGUAGES)('axe-core in %s', (language) => {
    it('finds no serious or critical violation on the main screens', async () => {
      const failures: string[] = [];
      const counts: string[] = [];
      const contexts = new Map<string | null, { context: BrowserContext; p: Page }>();
      try {
        for (const screen of SCREENS) {
          let session = contexts.get(screen.who);
          if (!session) {
            session = await open(screen.who, language);
            contexts.set(screen.who, session);
          }
          const { p } = session;
          await p.goto(`${server.url}${screen.path === 'PROJECT' ? projectPath : screen.path}`);
          await p.locator(screen.ready).first().waitFor();
          // charts drawn, fonts settled, lazy parts in
          await p.waitForTimeout(800);
          expect(await htmlLang(p), screen.name).toEqual({
            lang: language,
            dir: language === 'ug' ? 'rtl' : 'ltr',
          });
          const found: AxeFinding[] = await seriousViolations(p);
          counts.push(`${screen.name}: ${found.length}`);
          if (found.length > 0) {
            failures.push(`${screen.name} (${language}):\n${formatViolations(found)}`);
          }
          if (PHOTOGRAPHED.has(screen.name)) {
            await p.screenshot({ path: `/tmp/a11y-${screen.name}-${language}.png` });
          }
        }
      } finally {
        for (const { context } of contexts.values()) await context.close();
      }
      console.info(`axe (${language}) serious+critical rules per screen: ${counts.join(', ')}`);
      expect(failures.join('\n\n')).toBe('');
    }, 400_000);
  });

  it('gives the charts and the map a name and a table of their figures', async () => {
    const { context, p } = await open('demo-coordinator', 'zh-CN');
    try {
      // the two 80% rules by donor: a named image and a table with a row per donor drawn
      await p.goto(`${server.url}/`);
      const chart = p.getByTestId('home-rules-chart');
      await chart.waitFor();
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label')).toMatch(/县及以下.*民生/);
      const donors = ((await chart.getAttribute('data-donors')) ?? '').split(',').filter(Boolean);
      expect(donors.length).toBeGreaterThan(0);
      const table = p.getByTestId('home-rules-chart-table');
      expect(await table.locator('caption').textContent()).toMatch(/县及以下/);
      expect(await table.locator('tbody tr').count()).toBe(donors.length);
      // each share says whether it passes, in words
      expect(await table.locator('tbody tr').first().textContent()).toMatch(
        /\d+\.\d%.*(达标|未达标)/,
      );
      // the table is read, not drawn
      const box = await table.boundingBox();
      expect(box && box.width <= 1 && box.height <= 1).toBe(true);

      // the public year chart and the public map
      await p.goto(`${server.url}/public`);
      const years = p.getByTestId('public-year-chart-table');
      await years.waitFor({ state: 'attached' });
      expect(await p.getByTestId('public-year-chart').getAttribute('role')).toBe('img');
      expect(await years.locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await years.locator('tbody tr').first().textContent()).toMatch(/^\d{4}[\d,.]+$/);

      await p.goto(`${server.url}/public/map`);
      await p.locator('[data-rendered="true"]').waitFor();
      const canvas = p.getByTestId('public-map-canvas');
      expect(await canvas.getAttribute('role')).toBe('img');
      expect(await canvas.getAttribute('aria-label')).toMatch(/县市/);
      const mapTable = p.getByTestId('public-map-table');
      const colored = Number(await p.getByTestId('public-map').getAttribute('data-colored-count'));
      expect(colored).toBeGreaterThan(0);
      expect(await mapTable.locator('tbody tr').count()).toBe(colored);
      // a county's Chinese name and its amount, highest first
      expect(await mapTable.locator('tbody tr').first().textContent()).toMatch(
        /\p{Script=Han}.*\d/u,
      );
    } finally {
      await context.close();
    }
  }, 120_000);

  /**
   * Tabs `stops` times from the top of the page (call it right after loading the page); at every stop the focused control (or, for an
   * input drawn inside a box, that box) must be on screen and ringed by an outline.
   */
  const walk = async (p: Page, stops: number) => {
    const problems: string[] = [];
    const seen: string[] = [];
    for (let i = 0; i < stops; i++) {
      await p.keyboard.press('Tab');
      const stop = await p.evaluate(async () => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const BOX =
          '.ant-select, .ant-input-affix-wrapper, .ant-picker, .ant-input-number, .ant-segmented-item, .ant-radio-button-wrapper, .ant-radio-wrapper, .ant-checkbox-wrapper';
        const ringed = (el: HTMLElement) => {
          const s = getComputedStyle(el);
          return s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2;
        };
        const box = (e.closest(BOX) as HTMLElement | null) ?? e;
        // Ant Design animates its controls (transition: all): the ring grows in over 0.2 s
        for (let t = 0; t < 20 && !(ringed(box) || ringed(e)); t++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const r = box.getBoundingClientRect();
        const s = getComputedStyle(box);
        const name = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 24);
        return {
          what: `${e.tagName.toLowerCase()}${e.getAttribute('role') ? `[role=${e.getAttribute('role')}]` : ''} "${name}"`,
          ringed: ringed(box) || ringed(e),
          onScreen:
            r.width > 0 &&
            r.height > 0 &&
            r.bottom > 0 &&
            r.right > 0 &&
            r.top < window.innerHeight &&
            r.left < window.innerWidth &&
            s.visibility !== 'hidden' &&
            Number(s.opacity) > 0,
        };
      });
      if (!stop) continue;
      seen.push(stop.what);
      if (!stop.ringed) problems.push(`stop ${i + 1}: ${stop.what} has no visible focus ring`);
      if (!stop.onScreen) problems.push(`stop ${i + 1}: ${stop.what} is focused off screen`);
    }
    return { problems, seen };
  };

  it('walks the registry and a project page with Tab: every stop on screen, with a ring', async () => {
    const { context, p } = await open('demo-coordinator', 'zh-CN');
    try {
      await p.goto(`${server.url}/projects`);
      await p.locator('.ant-table [data-fen]').first().waitFor();
      const registry = await walk(p, 60);
      // the walk went through the header, the menu, the filters and into the table
      expect(registry.seen[0]).toMatch(/跳到正文/);
      expect(registry.seen.some((s) => s.includes('新建项目'))).toBe(true);
      expect(registry.seen.some((s) => s.includes('combobox'))).toBe(true);
      expect(registry.problems.join('\n')).toBe('');
      await p.screenshot({ path: '/tmp/a11y-focus-registry-zh-CN.png' });

      await p.goto(`${server.url}${projectPath}`);
      await p.getByTestId('project-code').waitFor();
      await p.waitForTimeout(500);
      const project = await walk(p, 60);
      expect(project.seen.some((s) => s.includes('[role=tab]'))).toBe(true);
      expect(project.problems.join('\n')).toBe('');
    } finally {
      await context.close();
    }
  }, 180_000);

  it('uses the skip link, the main menu and a dialog from the keyboard', async () => {
    const { context, p } = await open('demo-coordinator', 'zh-CN');
    try {
      await p.goto(`${server.url}/`);
      await p.getByTestId('home-figures').waitFor();
      // the first Tab reaches the skip link, shown; Enter moves the focus to the content
      await p.keyboard.press('Tab');
      const skip = p.locator('.sh-skip-link');
      expect(await skip.evaluate((e) => e === document.activeElement)).toBe(true);
      expect(((await skip.boundingBox())?.y ?? -1) >= 0).toBe(true);
      await p.keyboard.press('Enter');
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('main-content');

      // the menu: Tab to its entry for the registry and press Enter
      await p.goto(`${server.url}/`);
      await p.getByTestId('home-figures').waitFor();
      let onEntry = false;
      for (let i = 0; i < 40 && !onEntry; i++) {
        await p.keyboard.press('Tab');
        onEntry = await p.evaluate(
          () =>
            document.activeElement?.closest('nav') !== null &&
            document.activeElement?.getAttribute('href') === '/projects',
        );
      }
      expect(onEntry).toBe(true);
      await p.keyboard.press('Enter');
      await p.waitForURL(/\/projects$/);
      await p.locator('.ant-table [data-fen]').first().waitFor();

      // a dialog: a project's stage change (cancel, with a reason) opened with Enter
      await p.goto(`${server.url}${projectPath}`);
      await p.getByTestId('project-code').waitFor();
      await p.locator('[data-testid^="transition-"]').first().waitFor();
      // cancelling asks for a reason: something to type in the dialog
      const cancel = p.getByTestId('transition-cancelled');
      const trigger =
        (await cancel.count()) > 0 ? cancel : p.locator('[data-testid^="transition-"]').first();
      await trigger.focus();
      await p.keyboard.press('Enter');
      const dialog = p.getByRole('dialog');
      await dialog.waitFor();
      // the focus is inside the dialog, and Tab keeps it there (Ant Design's trap passes through
      // <body> for one step as it wraps round: not outside the dialog)
      await expect
        .poll(() => p.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')))
        .toBe(true);
      const outside: string[] = [];
      let wrapped = false;
      for (let i = 0; i < 8; i++) {
        await p.keyboard.press('Tab');
        const where = await p.evaluate(() => {
          const e = document.activeElement;
          if (!e || e === document.body) return 'body';
          return e.closest('.ant-modal-wrap, .ant-modal') ? 'dialog' : (e.textContent ?? e.tagName);
        });
        if (where === 'body') wrapped = true;
        else if (where !== 'dialog') outside.push(where);
      }
      expect(outside).toEqual([]);
      expect(wrapped).toBe(true);
      // act: type in its field (a reason where one is asked, else the date)
      const reason = dialog.locator('textarea');
      const asksReason = (await reason.count()) > 0;
      const field = asksReason ? reason : dialog.locator('input').first();
      const typed = asksReason ? '键盘' : '2026-01-15';
      await field.focus();
      await p.keyboard.press('ControlOrMeta+A');
      await p.keyboard.type(typed);
      expect(await field.inputValue()).toBe(typed);
      const inDialog = await seriousViolations(p, {});
      expect(formatViolations(inDialog)).toBe('');
      await p.screenshot({ path: '/tmp/a11y-dialog-zh-CN.png' });
      // Escape closes it (a first Escape may close the date picker's calendar) and the focus is
      // back on the button that opened it
      for (let i = 0; i < 2 && (await dialog.isVisible()); i++) {
        await p.keyboard.press('Escape');
        await p.waitForTimeout(400);
      }
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => trigger.evaluate((e) => e === document.activeElement)).toBe(true);
      // again, and this time its own Cancel button, reached with Tab, closes it
      await p.keyboard.press('Enter');
      await dialog.waitFor();
      let onCancel = false;
      for (let i = 0; i < 8 && !onCancel; i++) {
        await p.keyboard.press('Tab');
        onCancel = await p.evaluate(
          () =>
            !!document.activeElement?.closest('.ant-modal-footer') &&
            document.activeElement?.classList.contains('ant-btn-default') === true,
        );
      }
      expect(onCancel).toBe(true);
      await p.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => trigger.evaluate((e) => e === document.activeElement)).toBe(true);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('says pass or fail of the two 80% rules in words and with an icon, not by colour alone', async () => {
    for (const [language, words] of [
      ['zh-CN', { true: '达标', false: '未达标', null: '不适用' }],
      ['en', { true: 'Pass', false: 'Fail', null: 'n/a' }],
    ] as const) {
      const { context, p } = await open('demo-coordinator', language);
      try {
        await p.goto(`${server.url}/compliance`);
        await p.getByTestId('compliance-county-all').waitFor();
        const cells = p.locator(
          '[data-testid^="compliance-county-"], [data-testid^="compliance-livelihood-"]',
        );
        const n = await cells.count();
        expect(n).toBeGreaterThan(2);
        const oks = new Set<string>();
        for (let i = 0; i < n; i++) {
          const cell = cells.nth(i);
          const ok = (await cell.getAttribute('data-ok')) as 'true' | 'false' | 'null';
          oks.add(ok);
          expect(await cell.locator('.ant-tag').textContent()).toBe(words[ok]);
          expect(await cell.locator('.ant-tag .anticon').count()).toBe(1);
        }
        // the demo has donors on both sides of the rules
        expect(oks.has('true') && oks.has('false')).toBe(true);

        await p.goto(`${server.url}/`);
        const totals = p.getByTestId('home-rules-totals');
        await totals.waitFor();
        expect(await totals.textContent()).toMatch(
          new RegExp(`(${words.true}|${words.false}|${words.null})`),
        );
      } finally {
        await context.close();
      }
    }
  }, 120_000);
});
