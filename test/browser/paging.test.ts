/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoYears } from '../../src/seed/demo.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

/**
 * The demo's last full year: Beijing's livelihood share fails there on purpose (decision 0020),
 * with many projects and more culprits than the report lists.
 */
const YEAR = demoYears()[0];
const BEIJING = '110000';

interface DetailJson {
  projectCount: number;
  projects: { projectId: number; code: string }[];
  culprits: { livelihood: unknown[] };
  culpritCount: { livelihood: number };
}

/** Server-paged tables: the compliance drill-down drawer and the annual plans list. */
describe.skipIf(!browserAvailable())('server paging in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  const drawerRows = () => page.locator('[data-testid="compliance-detail"] tbody tr[data-row-key]');
  const keysOf = async (rows: ReturnType<Page['locator']>) =>
    rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key') ?? ''));

  async function detail(query: string): Promise<DetailJson> {
    const res = await page.request.get(
      `${server.url}/api/compliance/${BEIJING}?programme=xinjiang&year=${YEAR}&basis=actual&${query}`,
    );
    expect(res.status()).toBe(200);
    return (await res.json()) as DetailJson;
  }

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 20_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('pages the drill-down at the server and sorts it by a rule’s shortfall', {
    timeout: 120_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-coordinator');
    const all = await detail('limit=1');
    expect(all.projectCount).toBeGreaterThan(50);
    expect(all.culpritCount.livelihood).toBeGreaterThan(all.culprits.livelihood.length);

    await page.goto(`${server.url}/compliance?year=${YEAR}`);
    await page.getByRole('button', { name: '查看 北京市 的项目明细' }).click();
    const drawer = page.getByRole('dialog');
    await drawerRows().first().waitFor();
    await drawer.getByText(`共 ${all.projectCount} 条`).waitFor();
    // How many projects pull the livelihood rule down in all, beyond the ten the report lists.
    await expect(
      page.getByTestId('compliance-detail-culprits-livelihood').textContent(),
    ).resolves.toContain(`共 ${all.culpritCount.livelihood} 个`);
    const first = await keysOf(drawerRows());
    expect(first).toHaveLength(50);
    const byCode = await detail('limit=50');
    expect(first).toEqual(byCode.projects.map((p) => String(p.projectId)));
    await page.screenshot({ path: `${SHOTS}/paging-drawer.png` });

    // Page 2 is the next page of the server's order: other projects.
    await drawer.locator('.ant-pagination-item-2').click();
    await expect
      .poll(async () => (await keysOf(drawerRows()))[0], { timeout: 30_000 })
      .not.toBe(first[0]);
    const second = await keysOf(drawerRows());
    expect(second).toHaveLength(Math.min(50, all.projectCount - 50));
    expect(second.filter((key) => first.includes(key))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/paging-drawer-page2.png` });

    // By livelihood shortfall: the first page again, largest shortfall first, as the server says.
    await drawer.getByText('按民生差额').click();
    const byLivelihood = await detail('sort=livelihood&limit=50');
    const expected = byLivelihood.projects.map((p) => String(p.projectId));
    expect(expected.slice(0, 5)).not.toEqual(first.slice(0, 5));
    await expect.poll(() => keysOf(drawerRows()), { timeout: 30_000 }).toEqual(expected);
    await expect(drawer.locator('.ant-pagination-item-active').textContent()).resolves.toBe('1');
    await page.screenshot({ path: `${SHOTS}/paging-drawer-livelihood.png` });

    // In English (the drawer covers the header: closed, then opened again).
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: 'Open the project breakdown of Beijing' }).click();
    await drawerRows().first().waitFor();
    await drawer.getByText('By livelihood-rule shortfall').click();
    await expect.poll(() => keysOf(drawerRows()), { timeout: 30_000 }).toEqual(expected);
    await expect(
      page.getByTestId('compliance-detail-culprits-livelihood').textContent(),
    ).resolves.toContain(`${all.culpritCount.livelihood} in all`);
    await page.screenshot({ path: `${SHOTS}/paging-drawer-en.png` });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('button', { name: '查看 北京市 的项目明细' }).waitFor();
  });

  it('pages the plans list at the server, the page in the address', {
    timeout: 120_000,
  }, async () => {
    const res = await page.request.get(`${server.url}/api/plans?limit=500`);
    const plans = (await res.json()) as { items: { id: number }[]; total: number };
    expect(plans.total).toBeGreaterThan(20);
    const rows = page.locator('[data-testid="plans-table"] tbody tr[data-row-key]');

    await page.goto(`${server.url}/plans`);
    await rows.first().waitFor();
    await page.getByText(`共 ${plans.total} 条`).waitFor();
    const first = await keysOf(rows);
    expect(first).toEqual(plans.items.slice(0, 20).map((p) => String(p.id)));
    await page.screenshot({ path: `${SHOTS}/paging-plans.png`, fullPage: true });

    await page.locator('.ant-pagination-item-2').click();
    await page.waitForURL(/page=2/);
    await expect
      .poll(() => keysOf(rows), { timeout: 30_000 })
      .toEqual(plans.items.slice(20, 40).map((p) => String(p.id)));
    await page.screenshot({ path: `${SHOTS}/paging-plans-page2.png`, fullPage: true });

    // The address alone opens the same page.
    await page.reload();
    await expect
      .poll(() => keysOf(rows), { timeout: 30_000 })
      .toEqual(plans.items.slice(20, 40).map((p) => String(p.id)));
    await page.getByText('English', { exact: true }).click();
    await page.getByText(`${plans.total} in total`).waitFor();
    await page.screenshot({ path: `${SHOTS}/paging-plans-page2-en.png`, fullPage: true });
    await page.getByText('中文', { exact: true }).click();
    await page.getByText(`共 ${plans.total} 条`).waitFor();
  });
});
