/// <reference lib="dom" />
/**
 * Phones (issue 13 point 3, decision 0063): at 390 × 844 (a touch screen at twice the density)
 * in Chinese, English and Uyghur (right to left), the header collapses into a menu button that
 * opens a drawer; the data-entry form, a project's acceptance and results, the people roster,
 * the warnings queue and the public pages do not scroll sideways, show their rows as cards and
 * have main actions at least 44 px high; a value entered on the phone in Uyghur is saved.
 * Screenshots go to /tmp/phone-*.png.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  openDemoInChromium,
  PHONE,
} from '../support/browser.js';

const LANGUAGES = ['zh-CN', 'en', 'ug'] as const;
type Lang = (typeof LANGUAGES)[number];
const ENTRY = '/indicators/entry?set=revolutionary-areas-annual&reporter=150125&period=2025';
/** Cele's teacher mentoring: accepted (验收移交) 2026-02-10, one achieved result. */
const ACCEPTED = 'XJ-2024-TJ-001';
/** The name of the menu button in each language. */
const MENU_BUTTON: Record<Lang, string> = {
  'zh-CN': '打开菜单',
  en: 'Open the menu',
  ug: 'تىزىملىكنى ئېچىش',
};

describe.skipIf(!browserAvailable())('phones (390 × 844)', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({
      timeoutMs: 30_000,
      prepare: async ({ server, browser }) => {
        // the demo's deliberate warnings, computed as of today (decision 0020)
        const office = await browser.newContext();
        const login = await office.request.post(`${server.url}/api/session`, {
          data: { username: 'demo-coordinator', password: DEMO_PASSWORD },
        });
        expect(login.status()).toBe(200);
        const computed = await office.request.post(`${server.url}/api/warnings/compute`, {
          data: {},
        });
        expect(computed.status()).toBe(200);
        await office.close();
      },
    }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  /** A phone-sized page in `lang`, signed in as `who` (or not signed in). */
  const onPhone = async (
    who: string | null,
    lang: Lang,
    use: (p: Page, context: BrowserContext) => Promise<void>,
  ) => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    try {
      if (who) {
        const res = await context.request.post(`${server.url}/api/session`, {
          data: { username: who, password: DEMO_PASSWORD },
        });
        expect(res.status()).toBe(200);
      }
      await context.addInitScript((l) => localStorage.setItem('shanhai.language', l), lang);
      const p = await context.newPage();
      p.setDefaultTimeout(30_000);
      await use(p, context);
    } finally {
      await context.close();
    }
  };

  const direction = (p: Page) =>
    p.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

  /** The page is no wider than the screen: nothing to scroll sideways. */
  const expectNoSideways = async (p: Page, where: string) => {
    const { scroll, client, scale, wide } = await p.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      scale: window.visualViewport?.scale ?? 1,
      // what sticks out, to say in the failure
      wide: Array.from(document.querySelectorAll('body *'))
        .filter((e) => {
          const r = e.getBoundingClientRect();
          const q = e.parentElement?.getBoundingClientRect();
          const w = document.documentElement.clientWidth + 1;
          const out = (x: DOMRect) => x.width > 0 && (x.left < -1 || x.right > w);
          return out(r) && !(q && out(q));
        })
        .slice(0, 4)
        .map((e) => `${e.tagName}.${e.className}`),
    }));
    expect(
      scroll,
      `${where}: scrollWidth ${scroll} > clientWidth ${client}: ${wide.join(' | ')}`,
    ).toBeLessThanOrEqual(client);
    // a page wider than the screen, even for a moment, makes the phone zoom out to show it
    expect(scale, `${where}: zoomed out to ${scale}`).toBe(1);
  };

  /** The rows of the list named by `testId` are shown as cards, `min` of them at least. */
  const expectCards = async (p: Page, lang: Lang, testId: string, min = 1) => {
    const list = p.getByTestId(testId);
    await list.locator('[role="listitem"]').first().waitFor();
    expect(await list.getAttribute('data-layout')).toBe('cards');
    expect(await list.locator('[role="listitem"]').count()).toBeGreaterThanOrEqual(min);
    // no table header row and no table left in the list
    expect(await list.locator('table, thead').count()).toBe(0);
    // each card is within the screen
    const first = list.locator('[role="listitem"]').first();
    const box = await first.boundingBox();
    expect(
      box && box.x >= 0 && box.x + box.width <= 390,
      `${testId} card at ${JSON.stringify(box)}`,
    ).toBe(true);
    await first.screenshot({ path: `/tmp/phone-card-${testId}-${lang}.png` });
  };

  /** A main action is a touch target: at least 44 px high (and visible). */
  const expectTouchTarget = async (target: Locator, what: string) => {
    await target.first().waitFor();
    const box = await target.first().boundingBox();
    expect(box, what).not.toBeNull();
    expect(box?.height ?? 0, `${what}: ${box?.height} px high`).toBeGreaterThanOrEqual(44);
  };

  /** The first screen as the phone shows it, and the whole page. */
  const shot = async (p: Page, name: string) => {
    await p.waitForTimeout(400);
    await p.screenshot({ path: `/tmp/phone-${name}.png` });
    await p.screenshot({ path: `/tmp/phone-${name}-full.png`, fullPage: true });
  };

  for (const lang of LANGUAGES) {
    it(`the header collapses into a menu button with a drawer (${lang})`, async () => {
      await onPhone('demo-coordinator', lang, async (p) => {
        await p.goto(`${server.url}/projects`);
        const button = p.getByRole('button', { name: MENU_BUTTON[lang], exact: true });
        await expectTouchTarget(button, 'menu button');
        expect(await direction(p)).toEqual({
          lang,
          dir: lang === 'ug' ? 'rtl' : 'ltr',
        });
        // no side menu and no header controls beside the button: only in the drawer
        expect(await p.locator('.ant-layout-sider').count()).toBe(0);
        expect(await p.getByTestId('current-user').count()).toBe(0);
        const header = await p.locator('.ant-layout-header').boundingBox();
        expect(header?.height).toBeLessThanOrEqual(64);
        await shot(p, `header-${lang}`);
        await expectNoSideways(p, `header ${lang}`);
        // the button sits on the reading side: left, or right in Uyghur
        const buttonBox = await button.boundingBox();
        if (lang === 'ug') expect(buttonBox?.x ?? 0).toBeGreaterThan(300);
        else expect(buttonBox?.x ?? 999).toBeLessThan(50);

        await button.tap();
        const drawer = p.getByRole('dialog');
        await drawer.getByTestId('current-user').waitFor();
        expect(await button.getAttribute('aria-expanded')).toBe('true');
        // the button names the drawer it opens
        expect(await p.locator(`#${await button.getAttribute('aria-controls')}`).count()).toBe(1);
        const nav = drawer.getByRole('navigation');
        await nav.waitFor();
        await expectTouchTarget(
          drawer.getByRole('button', { name: /退出登录|Log out|چېكىنىش/ }),
          'log out',
        );
        await expectTouchTarget(drawer.locator('.ant-segmented-item').first(), 'language');
        // the drawer comes from the reading side and stays on the screen
        // (once it has slid in)
        await expect
          .poll(async () => {
            const b = await drawer.boundingBox();
            return !!b && b.x >= 0 && b.x + b.width <= 390;
          })
          .toBe(true);
        const box = await drawer.boundingBox();
        if (lang === 'ug') expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(385);
        else expect(box?.x ?? 999).toBeLessThan(5);
        await p.waitForTimeout(500); // the drawer's slide
        await shot(p, `drawer-${lang}`);
        // the page under the open drawer is locked; the phone must not have zoomed out for it
        expect(await p.evaluate(() => window.visualViewport?.scale)).toBe(1);

        // a link in the drawer opens its screen and closes the drawer
        await nav.locator('a[href="/warnings"]').tap();
        await p.waitForURL(/\/warnings/);
        await drawer.waitFor({ state: 'hidden' });
        expect(await button.getAttribute('aria-expanded')).toBe('false');
      });
    }, 120_000);
  }

  for (const lang of LANGUAGES) {
    it(`the data-entry form: a card per element, inputs and save as touch targets (${lang})`, async () => {
      await onPhone('demo-coordinator', lang, async (p) => {
        await p.goto(`${server.url}${ENTRY}`);
        await p.getByTestId('entry-form').waitFor();
        await expectCards(p, lang, 'entry-table', 5);
        await shot(p, `entry-${lang}`);
        await expectNoSideways(p, `entry ${lang}`);
        await expectTouchTarget(p.getByTestId('entry-save'), 'save');
        await expectTouchTarget(p.getByTestId('entry-visitors'), 'a value');
        await expectTouchTarget(
          p
            .locator('.ant-select')
            .filter({ has: p.locator('#entry-reporter') })
            .first(),
          'reporter',
        );
        // the input is as wide as its card, under its label
        const input = await p.getByTestId('entry-visitors').boundingBox();
        expect(input?.width ?? 0).toBeGreaterThan(250);
      });
    }, 120_000);

    it(`a project's acceptance and results, as the recipient (${lang})`, async () => {
      await onPhone('demo-hotan', lang, async (p) => {
        await p.goto(`${server.url}/projects/${ACCEPTED}`);
        await p.getByTestId('project-code').waitFor();
        // the stage timeline shows the acceptance date
        await expect
          .poll(() => p.getByTestId('stage-dates-accepted').textContent())
          .toContain('2026-02-10');
        await shot(p, `project-${lang}`);
        await expectNoSideways(p, `project ${lang}`);
        await p.goto(`${server.url}/projects/${ACCEPTED}?tab=results`);
        await expectCards(p, lang, 'results-table', 1);
        await shot(p, `results-${lang}`);
        await expectNoSideways(p, `results ${lang}`);
        await p.goto(`${server.url}/projects/${ACCEPTED}?tab=money`);
        await expectCards(p, lang, 'ledger-table', 1);
        await expectNoSideways(p, `ledger ${lang}`);
      });
    }, 120_000);

    it(`the people roster as cards (${lang})`, async () => {
      await onPhone('demo-coordinator', lang, async (p) => {
        await p.goto(`${server.url}/people`);
        await p.getByTestId('roster-table').locator('[role="listitem"]').first().waitFor();
        await expectNoSideways(p, `people ${lang}`);
        await expectCards(p, lang, 'roster-table', 2);
        await shot(p, `people-${lang}`);
        await expectNoSideways(p, `people ${lang}`);
        // the person's name heads the card, a link to their page
        await expectTouchTarget(
          p.getByTestId('roster-table').locator('[role="listitem"]').first(),
          'card',
        );
      });
    }, 120_000);

    it(`the warnings queue as cards, its row actions touch targets (${lang})`, async () => {
      await onPhone('demo-coordinator', lang, async (p) => {
        await p.goto(`${server.url}/warnings`);
        await expectCards(p, lang, 'warnings-table', 3);
        await shot(p, `warnings-${lang}`);
        await expectNoSideways(p, `warnings ${lang}`);
        const card = p.getByTestId('warnings-table').locator('[role="listitem"]').first();
        await expectTouchTarget(card.getByRole('button').first(), 'row action');
        await expectTouchTarget(p.getByTestId('warnings-compute'), 'compute');
      });
    }, 120_000);

    it(`the public pages, not signed in (${lang})`, async () => {
      await onPhone(null, lang, async (p) => {
        await p.goto(`${server.url}/public`);
        await p.getByTestId('public-figures').waitFor();
        await p.getByTestId('public-by-donor').locator('[role="listitem"]').first().waitFor();
        await shot(p, `public-${lang}`);
        await expectNoSideways(p, `public ${lang}`);
        await expectCards(p, lang, 'public-by-donor', 3);
        await expectCards(p, lang, 'public-by-area', 3);
        await shot(p, `public-${lang}`);
        await expectNoSideways(p, `public ${lang}`);
        await expectTouchTarget(p.getByTestId('public-csv'), 'CSV');
        await p.getByTestId('public-by-area').locator('a').first().tap();
        await p.waitForURL(/\/public\/areas\//);
        await p.getByTestId('public-figures').waitFor();
        await shot(p, `public-area-${lang}`);
        await expectNoSideways(p, `public area ${lang}`);
        await p.goto(`${server.url}/public/map`);
        await p.getByTestId('public-map').waitFor();
        await shot(p, `public-map-${lang}`);
        await expectNoSideways(p, `public map ${lang}`);
      });
    }, 120_000);
  }

  it('enters a value on the phone-sized data-entry form in Uyghur, by touch, and it is saved', async () => {
    await onPhone('demo-coordinator', 'ug', async (p) => {
      await p.goto(`${server.url}${ENTRY}`);
      const form = p.getByTestId('entry-form');
      await form.waitFor();
      expect(await direction(p)).toEqual({ lang: 'ug', dir: 'rtl' });
      const field = p.getByTestId('entry-visitors');
      await field.scrollIntoViewIfNeeded();
      await field.tap();
      await p.keyboard.type('987,654');
      const save = p.getByTestId('entry-save');
      await save.scrollIntoViewIfNeeded();
      const saved = p.waitForResponse(
        (r) => r.url().includes('/api/') && r.request().method() !== 'GET',
      );
      await save.tap();
      expect((await saved).status()).toBeLessThan(300);
      // the success message is Uyghur
      await expect.poll(() => p.locator('.ant-message').textContent()).toMatch(/[\u0600-\u06ff]/);
      await shot(p, 'entry-saved-ug');
      await expectNoSideways(p, 'entry after saving');

      // stored: the form read again, and the API's answer
      await p.reload();
      await form.waitFor();
      await expect.poll(() => p.getByTestId('entry-visitors').inputValue()).toBe('987654');
      const stored = (await (
        await p.request.get(
          `${server.url}/api/indicators/form?set=revolutionary-areas-annual&area=150125&period=2025`,
        )
      ).json()) as { fields: { element: { code: string }; total: number | null }[] };
      expect(stored.fields.find((f) => f.element.code === 'visitors')?.total).toBe(987_654);
    });
  }, 120_000);
});
