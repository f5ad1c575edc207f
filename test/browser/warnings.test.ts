/// <reference lib="dom" />
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

interface WarningJson {
  id: number;
  status: string;
  owner: { username: string } | null;
  resolutionNote: string | null;
  project: { code: string };
}

describe.skipIf(!browserAvailable())('early warnings and data quality in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  let warningId = '';
  /** The open warnings after computing: the demo's deliberate few. */
  let openCount = 0;
  const rows = () => page.locator('[data-testid="warnings-table"] tbody tr[data-row-key]');

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('logs in as the coordinator and sees the empty open queue', { timeout: 90_000 }, async () => {
    await logInAs(page, server.url, 'demo-coordinator');

    await page.goto(`${server.url}/warnings`);
    await page.getByText('没有待处理的预警。').waitFor();
    await page.screenshot({ path: `${SHOTS}/warnings-empty.png`, fullPage: true });
  });

  it('computes the warnings now and lists them', { timeout: 120_000 }, async () => {
    // Computed as of today, the demo's deliberate warnings hold (decision 0020): a handful.
    await page.getByTestId('warnings-compute').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    const result = page.getByTestId('warnings-compute-result');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    const created = Number(/新增 (\d+) 条/.exec(text)?.[1]);
    expect(created).toBeGreaterThan(0);

    // … plus the demo's late indicator reports (decision 0054: up to four, by the date).
    expect(created).toBeGreaterThanOrEqual(5);
    expect(created).toBeLessThan(15);
    openCount = created;
    await rows().first().waitFor();
    expect(await rows().count()).toBe(created);
    await expect(page.getByTestId('warnings-tab-open').textContent()).resolves.toContain(
      String(created),
    );
    await page.screenshot({ path: `${SHOTS}/warnings-computed.png`, fullPage: true });
  });

  it('takes a warning, resolves it with a note, and it leaves the open list', {
    timeout: 120_000,
  }, async () => {
    const row = rows().first();
    warningId = (await row.getAttribute('data-row-key')) ?? '';
    expect(warningId).toMatch(/^\d+$/);
    const mine = page.locator(`tr[data-row-key="${warningId}"]`);

    await page.getByTestId(`warning-take-${warningId}`).click();
    await mine.getByText('演示·协调员').waitFor();
    await page.getByTestId(`warning-take-${warningId}`).waitFor({ state: 'detached' });

    // "Only mine" narrows the queue to the warning just taken.
    await page.getByTestId('warnings-mine').click();
    await page.waitForURL(/mine=1/);
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('warnings-mine').click();
    await page.waitForURL((url) => !url.search.includes('mine=1'));
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(openCount);

    await page.getByTestId(`warning-resolve-${warningId}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The note is required: the dialog refuses to resolve without one.
    await page.getByTestId('warning-close-ok').click();
    const note = dialog.getByLabel('处理说明');
    await expect.poll(() => note.getAttribute('aria-invalid'), { timeout: 30_000 }).toBe('true');
    await note.fill('已联系实施单位，补录拨付记录（浏览器测试）');
    await expect
      .poll(() => note.getAttribute('aria-invalid'), { timeout: 30_000 })
      .not.toBe('true');
    await page.screenshot({ path: `${SHOTS}/warnings-resolve.png`, fullPage: true });
    await page.getByTestId('warning-close-ok').click();
    await mine.waitFor({ state: 'detached' });

    const res = await page.request.get(`${server.url}/api/warnings?status=resolved`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { items: WarningJson[] };
    const resolved = body.items.find((w) => String(w.id) === warningId);
    expect(resolved?.status).toBe('resolved');
    expect(resolved?.owner?.username).toBe('demo-coordinator');
    expect(resolved?.resolutionNote).toContain('浏览器测试');

    await page.getByTestId('warnings-tab-resolved').click();
    await page.waitForURL(/status=resolved/);
    await page
      .locator(`tr[data-row-key="${warningId}"]`)
      .getByText(/已联系实施单位/)
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/warnings-resolved.png`, fullPage: true });
  });

  it('changes the no-disbursement period in the settings', { timeout: 90_000 }, async () => {
    await page.getByRole('button', { name: /预警设置/ }).click();
    const months = page.getByLabel('无拨付预警期限（月）');
    await expect.poll(() => months.inputValue(), { timeout: 30_000 }).toBe('6');
    await months.fill('9');
    await page.screenshot({ path: `${SHOTS}/warnings-settings.png` });
    await page.keyboard.press('Enter');
    await page.getByText('预警设置已保存，下次计算时生效').waitFor();
    const res = await page.request.get(`${server.url}/api/warnings/settings`);
    expect(await res.json()).toEqual({ noDisbursementMonths: 9, termEndingDays: 90 });
  });

  it('shows the queue in English on the same screen', { timeout: 90_000 }, async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Early warnings', { exact: true }).first().waitFor();
    await page.getByTestId('warnings-tab-open').click();
    await rows().first().waitFor();
    await page
      .getByText(/no actual disbursement|not accepted|overdue|not started/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/warnings-en.png`, fullPage: true });
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('预警', { exact: true }).first().waitFor();
  });

  it('lists programme-wide data-quality findings with counts', { timeout: 120_000 }, async () => {
    await page.goto(`${server.url}/quality`);
    const table = page.locator('[data-testid="quality-table"] tbody tr[data-row-key]');
    await table.first().waitFor();
    const errors = Number(await page.getByTestId('quality-count-error').getAttribute('data-count'));
    const warnings = Number(
      await page.getByTestId('quality-count-warning').getAttribute('data-count'),
    );
    expect(errors + warnings).toBeGreaterThan(0);
    await expect(page.getByTestId('quality-projects').textContent()).resolves.toMatch(
      /已检查 \d+ 个项目/,
    );
    await page.screenshot({ path: `${SHOTS}/quality.png`, fullPage: true });

    const severity = errors > 0 ? 'error' : 'warning';
    await page.getByTestId(`quality-count-${severity}`).click();
    await page.waitForURL(new RegExp(`severity=${severity}`));
    const expected = `共 ${severity === 'error' ? errors : warnings} 条`;
    await expect
      .poll(
        async () =>
          page
            .getByText(/共 \d+ 条/)
            .first()
            .textContent(),
        { timeout: 30_000 },
      )
      .toBe(expected);
    await expect(table.first().textContent()).resolves.toContain(
      severity === 'error' ? '错误' : '警告',
    );
    await page.screenshot({ path: `${SHOTS}/quality-filtered.png`, fullPage: true });
  });
});
