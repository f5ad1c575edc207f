/// <reference lib="dom" />
/**
 * Uyghur (decision 0060): the language switch turns the page right to left (html lang="ug"
 * dir="rtl", Ant Design's direction), the menu moves to the right, amounts and codes stay
 * readable left-to-right runs, and a county reporter's figure is entered and saved on a
 * phone-sized page in Uyghur.
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

const SET = 'revolutionary-areas-annual';
const WUCHUAN = '150125';
const ARABIC = /[\u0600-\u06ff]/;
const HAN = /[\u4e00-\u9fff]/;

describe.skipIf(!browserAvailable())('Uyghur: right to left', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 20_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const as = async (
    who: string,
    viewport: { width: number; height: number },
    use: (p: Page) => Promise<void>,
  ) => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
    try {
      await logInAs(p, server.url, who);
      await use(p);
    } finally {
      await context.close();
    }
  };

  const direction = (p: Page) =>
    p.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      antRtl: document.querySelectorAll('.ant-layout-rtl, [class*="-rtl"]').length > 0,
    }));

  it('switches to ئۇيغۇرچە: the registry and a project page right to left, figures readable', async () => {
    await as('demo-coordinator', { width: 1280, height: 900 }, async (p) => {
      expect((await direction(p)).dir).not.toBe('rtl');
      await p.getByText('ئۇيغۇرچە', { exact: true }).click();
      await expect.poll(async () => (await direction(p)).dir).toBe('rtl');
      expect(await direction(p)).toEqual({ lang: 'ug', dir: 'rtl', antRtl: true });
      // the menu speaks Uyghur and stands on the right of the content
      const nav = p.getByRole('navigation').first();
      await nav.getByText('تۈرلەر', { exact: true }).first().waitFor();

      await p.goto(`${server.url}/projects`);
      const table = p.locator('.ant-table');
      await table.locator('[data-fen]').first().waitFor();
      expect(await direction(p)).toEqual({ lang: 'ug', dir: 'rtl', antRtl: true });
      const navBox = await p.locator('.ant-layout-sider').boundingBox();
      const mainBox = await p.locator('.ant-layout-content').boundingBox();
      expect(navBox && mainBox && navBox.x > mainBox.x).toBe(true);
      expect(navBox && navBox.x + navBox.width).toBeGreaterThan(1200);
      // the page title and column headers are Uyghur
      expect(await p.locator('.ant-table-thead').textContent()).toMatch(ARABIC);

      // a money figure: digits grouped left to right, isolated from the Uyghur around it
      const money = table.locator('[data-fen] bdi').first();
      expect(await money.textContent()).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/);
      expect(await money.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
      // a project code: one isolated run, its letters and digits in their written order
      const code = table.locator('a[href^="/projects/"] bdi').first();
      const codeText = (await code.textContent()) ?? '';
      expect(codeText).toMatch(/^[A-Z0-9][A-Z0-9-]+$/);
      expect(await code.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
      await p.waitForTimeout(300);
      await p.screenshot({ path: `${SHOTS}/uyghur-registry.png`, fullPage: false });

      await code.click();
      const projectCode = p.getByTestId('project-code');
      await projectCode.waitFor();
      expect(await projectCode.textContent()).toBe(codeText);
      expect(await direction(p)).toEqual({ lang: 'ug', dir: 'rtl', antRtl: true });
      // the demo projects have no Uyghur name: the Chinese one, marked as such
      const title = (await p.locator('h1, h2, h3').first().textContent()) ?? '';
      expect(title).toMatch(/[\u4e00-\u9fff]/);
      expect(await p.getByTestId('name-fallback').first().textContent()).toContain('خەنزۇچە');
      await p.waitForTimeout(300);
      await p.screenshot({ path: `${SHOTS}/uyghur-project.png`, fullPage: true });
    });
  }, 120_000);

  it('people, companies, consumption, plans and analysis speak Uyghur, right to left', async () => {
    await as('demo-coordinator', { width: 1280, height: 800 }, async (p) => {
      await p.evaluate(() => localStorage.setItem('shanhai.language', 'ug'));
      // each screen's title and table headers are Uyghur: no Chinese but record names
      for (const [path, shot] of [
        ['/people', 'people'],
        ['/companies', 'companies'],
        ['/consumption', 'consumption'],
        ['/plans', 'plans'],
      ] as const) {
        await p.goto(`${server.url}${path}`);
        const title = p.locator('main h2, .ant-layout-content h2').first();
        await title.waitFor();
        expect(await direction(p)).toEqual({ lang: 'ug', dir: 'rtl', antRtl: true });
        expect(await title.textContent(), path).toMatch(ARABIC);
        expect(await title.textContent(), path).not.toMatch(HAN);
        const head = p.locator('.ant-table-thead').first();
        if ((await head.count()) > 0) {
          await head.waitFor();
          expect(await head.textContent(), path).toMatch(ARABIC);
          expect(await head.textContent(), path).not.toMatch(HAN);
        }
        await p.waitForTimeout(300);
        await p.screenshot({ path: `${SHOTS}/uyghur-${shot}.png` });
      }

      // the roster: personnel kinds in Uyghur, Ant Design's pagination in Uyghur too
      await p.goto(`${server.url}/people`);
      const kinds = p.locator('.ant-table-tbody td').filter({ hasText: /^(كادىر|دوختۇر)$/ });
      await kinds.first().waitFor();
      const chineseKinds = p.locator('.ant-table-tbody td').filter({ hasText: /^(干部|医生)$/ });
      expect(await chineseKinds.count()).toBe(0);
      expect(await p.locator('.ant-pagination').first().textContent()).toContain('بەت');

      // the pivot: measures named in Uyghur; a dimension in rows moves to the columns on its
      // left (the arrow points left), one in the columns back to the rows on its right
      await p.goto(`${server.url}/analysis`);
      await p.getByTestId('zone-rows').waitFor();
      const chosen = p.getByTestId('pivot-measures');
      await expect.poll(() => chosen.textContent()).toMatch(ARABIC);
      expect(await chosen.textContent()).not.toMatch(HAN);
      const rowChip = p.getByTestId('zone-rows').locator('[data-testid^="dim-rows-"]').first();
      expect(await rowChip.locator('[aria-label="arrow-left"]').count()).toBe(1);
      expect(await rowChip.locator('[aria-label="arrow-right"]').count()).toBe(0);
      const columnChip = p
        .getByTestId('zone-columns')
        .locator('[data-testid^="dim-columns-"]')
        .first();
      expect(await columnChip.locator('[aria-label="arrow-right"]').count()).toBe(1);
      const rows = await p.getByTestId('zone-rows').boundingBox();
      const columns = await p.getByTestId('zone-columns').boundingBox();
      expect(rows && columns && columns.x < rows.x).toBe(true);
      await p.waitForTimeout(300);
      await p.screenshot({ path: `${SHOTS}/uyghur-analysis.png` });
    });
  }, 180_000);

  it('enters a county figure on a phone (390×844) in Uyghur and it is saved', async () => {
    await as('demo-coordinator', { width: 390, height: 844 }, async (p) => {
      await p.evaluate(() => localStorage.setItem('shanhai.language', 'ug'));
      await p.goto(`${server.url}/indicators/entry?set=${SET}&reporter=${WUCHUAN}&period=2025`);
      const form = p.getByTestId('entry-form');
      await form.waitFor();
      expect(await direction(p)).toEqual({ lang: 'ug', dir: 'rtl', antRtl: true });
      expect(await p.locator('main, .ant-layout-content').first().textContent()).toMatch(ARABIC);

      const visitors = p.getByTestId('entry-visitors');
      await visitors.scrollIntoViewIfNeeded();
      await visitors.fill('1,234,000');
      const saved = p.waitForResponse(
        (r) => r.url().includes('/api/') && r.request().method() !== 'GET' && r.status() < 300,
      );
      await p.getByTestId('entry-save').click();
      await saved;
      await p.waitForTimeout(300);
      await p.screenshot({ path: `${SHOTS}/uyghur-entry-phone.png`, fullPage: true });

      await p.reload();
      await form.waitFor();
      await expect.poll(() => p.getByTestId('entry-visitors').inputValue()).toBe('1234000');
      expect(await direction(p)).toEqual({ lang: 'ug', dir: 'rtl', antRtl: true });
    });
  }, 120_000);

  /**
   * Every date (2026-03-01, 2026-03), area code (650100) and project code in the page's main
   * content that is visible, found inside neither a left-to-right isolate element (`<bdi
   * dir="ltr">`, `<Ltr>`) nor U+2066 … U+2069 (decision 0079): what RTL reordering could split.
   */
  const unisolatedRuns = (p: Page) =>
    p.evaluate(() => {
      const RUN =
        /\d{4}-\d{2}(?:-\d{2})?(?: \d{2}:\d{2})?|\b\d{6}\b|\b[A-Z]{2,}[A-Z0-9]*-[A-Z0-9-]+/g;
      const root = document.querySelector('.ant-layout-content') ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const bad: string[] = [];
      const isolatedElement = (el: Element | null) => {
        for (let e = el; e && e !== root; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.direction === 'ltr' && /isolate|plaintext/.test(s.unicodeBidi)) return true;
        }
        return false;
      };
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const el = n.parentElement;
        if (!el?.checkVisibility() || el.closest('.sh-visually-hidden, [aria-hidden="true"]')) {
          continue;
        }
        for (const m of text.matchAll(RUN)) {
          const before = text.slice(0, m.index);
          const opened = Math.max(before.lastIndexOf('\u2066'), before.lastIndexOf('\u2068'));
          const inIsolate = opened > before.lastIndexOf('\u2069');
          if (!inIsolate && !isolatedElement(el))
            bad.push(`${m[0]} in «${text.trim().slice(0, 60)}»`);
        }
      }
      return bad;
    });

  it('names areas and people in Uyghur or marks the Chinese name; dates and codes stay left to right', async () => {
    await as('demo-coordinator', { width: 1280, height: 900 }, async (p) => {
      await p.evaluate(() => localStorage.setItem('shanhai.language', 'ug'));
      // Hotan prefecture: its own name and its counties' in Uyghur, no Chinese fallback marked
      await p.goto(`${server.url}/areas/653200`);
      const heading = p.locator('.ant-layout-content h2').first();
      await expect.poll(() => heading.textContent()).toBe('خوتەن ۋىلايىتى');
      await p.getByRole('link', { name: 'خوتەن شەھىرى', exact: true }).first().waitFor();
      expect(await p.getByRole('link', { name: 'قاراقاش ناھىيىسى' }).count()).toBeGreaterThan(0);
      // the region above it too, in the breadcrumb
      expect(await p.locator('.ant-breadcrumb').textContent()).toContain(
        'شىنجاڭ ئۇيغۇر ئاپتونوم رايونى',
      );
      expect(await p.locator('.ant-breadcrumb').textContent()).not.toMatch(HAN);
      expect(await unisolatedRuns(p), '/areas/653200').toEqual([]);
      await p.screenshot({ path: `${SHOTS}/uyghur-area.png` });

      // Wuchuan (Inner Mongolia) has no Uyghur name: Chinese, isolated, marked خەنزۇچە
      await p.goto(`${server.url}/areas/150125`);
      const crumbs = p.locator('.ant-breadcrumb');
      await crumbs.getByTestId('name-fallback').first().waitFor();
      expect(await crumbs.textContent()).toMatch(HAN);
      expect(await crumbs.getByTestId('name-fallback').first().textContent()).toBe('(خەنزۇچە)');
      expect(
        await crumbs
          .locator('bdi[lang="zh-CN"]')
          .first()
          .evaluate((e) => getComputedStyle(e).unicodeBidi),
      ).toBe('isolate');

      // the roster: a Xinjiang posting's area in Uyghur; the demo people have no Uyghur name,
      // so each name is the Chinese one, marked
      await p.goto(`${server.url}/people`);
      const firstPerson = p.getByTestId('person-link').first();
      await firstPerson.waitFor();
      expect(await firstPerson.getByTestId('name-fallback').textContent()).toBe('(خەنزۇچە)');
      const areaLinks = p.locator('.ant-table-tbody a[href^="/areas/65"]');
      await areaLinks.first().waitFor();
      expect(await areaLinks.first().textContent()).toMatch(ARABIC);
      expect(await areaLinks.first().textContent()).not.toMatch(HAN);

      // dates, codes and months as one left-to-right run on a sample of screens
      for (const path of ['/people', '/projects', '/consumption', '/companies', '/warnings']) {
        if (path !== '/people') await p.goto(`${server.url}${path}`);
        await p.locator('.ant-table-tbody tr:not([aria-hidden]) td').first().waitFor();
        await p.waitForTimeout(200);
        expect(await unisolatedRuns(p), path).toEqual([]);
      }
      // a project page, its money tab (ledger dates) open
      await p.goto(`${server.url}/projects`);
      await p.locator('.ant-table-tbody a[href^="/projects/"]').first().click();
      await p.getByTestId('project-code').waitFor();
      expect(await unisolatedRuns(p), 'project').toEqual([]);
    });
  }, 180_000);
});
