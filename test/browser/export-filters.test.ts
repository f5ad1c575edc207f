/// <reference lib="dom" />
/**
 * An export follows its list screen's filters in Chromium (decision 0074), with consumption-aid
 * sales: Shanghai's editor records an unpublished online sale, Beijing's editor one of its own;
 * Beijing's editor opens 消费帮扶, picks the channel 线上平台 in the filter bar, and downloads the
 * export as CSV and XLSX from the page's button. Each file holds exactly the rows the list
 * shows with that filter (the screen's rows and the list route's, every page): Beijing's
 * unpublished sale yes, Shanghai's no, no other channel; the unfiltered export holds more. A
 * recipient editor, who may import indicator values only, finds 导入数据 in the menu and only
 * that kind on the import screen.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPECS } from '../../src/modules/transfer/kinds.js';
import {
  browserAvailable,
  chooseOption,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

const STAMP = Date.now().toString(36).toUpperCase();
const COLUMNS = SPECS.sales.columns.map((c) => c.field);
const MONTH = COLUMNS.indexOf('month');
const CHANNEL = COLUMNS.indexOf('channel');
const PRODUCT = COLUMNS.indexOf('product');

/** A sale as the API takes it: online, unpublished. */
const sale = (donor: string, product: string) => ({
  programme: 'xinjiang',
  donor,
  area: '653201',
  month: '2026-10',
  channel: 'online-platform',
  productCategory: 'nuts',
  product,
  amountFen: 1_234_500,
  quantity: 2,
  unit: '吨',
  published: false,
});

const bytesOf = async (download: Download) => readFileSync(await download.path());

describe.skipIf(!browserAvailable())('exports follow the list screen’s filters in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: DemoInChromium['browser'];
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const record = (p: Page, body: object) =>
    p.evaluate(async (b) => {
      const res = await fetch('/api/consumption-sales', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(b),
      });
      return res.status;
    }, body);

  /** What the list route gives the page's session with the query: every page, month|product. */
  const listed = (p: Page, query: string) =>
    p.evaluate(async (q) => {
      const out: string[] = [];
      for (let offset = 0; ; offset += 100) {
        const res = await fetch(`/api/consumption-sales?${q}&limit=100&offset=${offset}`);
        const body = (await res.json()) as {
          items: { month: string; product: string | null }[];
        };
        out.push(...body.items.map((s) => `${s.month}|${s.product ?? ''}`));
        if (body.items.length < 100) return out.sort();
      }
    }, query);

  const download = async (format: 'csv' | 'xlsx') => {
    await page.getByTestId('export-sales').click();
    const link = page.getByTestId(`export-sales-${format}`);
    await link.waitFor();
    expect(await link.getAttribute('href')).toContain('channel=online-platform');
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    return bytesOf(file);
  };

  it('downloads, from the sales list filtered by channel, exactly the rows the list shows', async () => {
    const shanghai = await browser.newPage({ locale: 'zh-CN' });
    await logInAs(shanghai, server.url, 'demo-shanghai');
    expect(await record(shanghai, sale('310000', `沪-${STAMP}`))).toBe(201);
    await shanghai.close();

    await logInAs(page, server.url, 'demo-beijing');
    expect(await record(page, sale('110000', `京-${STAMP}`))).toBe(201);
    await page.goto(`${server.url}/consumption`);
    await page.getByTestId('sales-table').waitFor();
    await page.locator('#sf-channel').click();
    await chooseOption(page, '线上平台');
    await page.waitForURL(/channel=online-platform/);

    const list = await listed(page, 'channel=online-platform');
    expect(list).toContain(`2026-10|京-${STAMP}`);
    expect(list.join()).not.toContain(`沪-${STAMP}`);
    // The screen shows the list's rows (one page: fewer than its size).
    const rows = page.getByTestId('sales-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(list.length);
    await page.screenshot({ path: `${SHOTS}/export-filters-sales-zh.png` });

    const csv = (await download('csv')).toString('utf8').replace(/^\uFEFF/, '');
    const [header, ...data] = parse(csv) as string[][];
    expect(header?.[MONTH]).toMatch(/月份/);
    expect(data.map((r) => `${r[MONTH]}|${r[PRODUCT]}`).sort()).toEqual(list);
    for (const r of data) expect(r[CHANNEL]).toContain('线上平台');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download('xlsx')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const inXlsx: string[] = [];
    ws?.eachRow((row, n) => {
      if (n === 1) return;
      const v = row.values as ExcelJS.CellValue[];
      inXlsx.push(`${String(v[MONTH + 1])}|${String(v[PRODUCT + 1] ?? '')}`);
    });
    expect(inXlsx.sort()).toEqual(list);

    // Without the filter there is more (the demo's other channels): the filter was applied.
    const all = await page.evaluate(async () => {
      const res = await fetch('/api/exports/sales?format=csv');
      return (await res.text()).trim().split('\r\n').length - 1;
    });
    expect(all).toBeGreaterThan(list.length);
  });

  it('shows 导入数据 to a recipient editor, who may import indicator values only', async () => {
    const hotan = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    try {
      await logInAs(hotan, server.url, 'demo-hotan');
      const entry = hotan.getByRole('link', { name: '导入数据' });
      await entry.waitFor();
      await entry.click();
      await hotan.getByTestId('import-kind').click();
      const options = hotan.locator('.ant-select-dropdown .ant-select-item-option');
      await options.first().waitFor();
      expect(await options.allTextContents()).toEqual(['指标数值']);
    } finally {
      await hotan.close();
    }
  });
});
