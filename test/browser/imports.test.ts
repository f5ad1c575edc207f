/// <reference lib="dom" />
/**
 * The import screen and the export buttons in Chromium (issue 11, decision 0057): Beijing's
 * editor downloads the projects template, fills a copy with planted errors (an unknown area
 * code, a duplicate code, an amount with thousands separators), uploads it, sees them triaged
 * and filtered, downloads the marked report, fixes the file, uploads it again, commits and finds
 * the rows in the registry. Each list's export button downloads a file that parses with a
 * Chinese header. Screenshots in Chinese and English of each state.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

/** What must never reach a screen: field paths, problem codes, raw values of nothing. */
const RAW = /budgetFen|name\.zh|areaCode|import\.[a-zA-Z]+|undefined|null|NaN|\[object/;
const CJK = /[\u4e00-\u9fff]/;

const STAMP = Date.now().toString(36).toUpperCase();
const CODE = (n: number) => `IMP-${STAMP}-${n}`;

/** A projects row as the template's columns take it (code … locations). */
const row = (code: string, area: string, budget: ExcelJS.CellValue): ExcelJS.CellValue[] => [
  code,
  `导入测试项目 ${code}`,
  null,
  'xinjiang',
  '110000',
  null,
  'livelihood',
  'approved',
  budget,
  2026,
  null,
  area,
];

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

async function workbookOf(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe.skipIf(!browserAvailable())('imports and exports in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: DemoInChromium['browser'];
  let page: Page;
  let template: Buffer;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const filled = async (rows: ExcelJS.CellValue[][]) => {
    const wb = await workbookOf(template);
    const ws = wb.getWorksheet('项目');
    if (!ws) throw new Error('no 项目 sheet');
    rows.forEach((values, i) => {
      values.forEach((v, j) => {
        ws.getRow(3 + i).getCell(j + 1).value = v;
      });
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const upload = async (name: string, buffer: Buffer, mimeType: string) => {
    await page
      .locator('[data-testid="import-upload"] input[type=file], input[type=file]')
      .first()
      .setInputFiles({ name, mimeType, buffer });
  };
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const problemsText = async () => (await page.getByTestId('problems-table').textContent()) ?? '';

  it('template → planted errors triaged and filtered → marked report → fixed → committed → in the registry', {
    timeout: 240_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-beijing');
    await page.goto(`${server.url}/imports`);
    await page.getByTestId('template-zh').waitFor();
    expect(await page.locator('nav').textContent()).toContain('导入数据');
    await page.screenshot({ path: `${SHOTS}/imports-start-zh.png`, fullPage: true });

    // The template, in Chinese, from the screen's link.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-zh').click(),
    ]);
    template = await bytesOf(download);
    const ws = (await workbookOf(template)).getWorksheet('项目');
    expect(ws?.getCell('A1').value).toBe('项目编号 *');

    // Planted: an unknown area, a duplicate code (both rows), thousands separators.
    const bad = await filled([
      row(CODE(1), '999999', 800_000),
      row(CODE(2), '653201', 900_000),
      row(CODE(2), '653201', 700_000),
      row(CODE(4), '653201', '1,200,000'),
    ]);
    await upload('北京项目.xlsx', bad, XLSX);
    await page.getByTestId('import-report').waitFor();
    const verdict = (await page.getByTestId('import-verdict').textContent()) ?? '';
    expect(verdict).toContain('可导入 1 行，跳过 3 行');
    let text = await problemsText();
    expect(text).toContain('错误');
    expect(text).toContain('警告');
    expect(text).toContain('项目地点');
    expect(text).toContain('999999');
    expect(text).toContain('1,200,000');
    expect(text).toContain(CODE(2));
    expect(text).not.toMatch(RAW);
    await page.screenshot({ path: `${SHOTS}/imports-report-zh.png`, fullPage: true });

    // Filters: errors only; then a column that has no warning (empty, said so).
    await page.getByTestId('filter-severity').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '错误' })
      .click();
    const tags = page.locator('[data-testid="problems-table"] tbody [data-testid^="severity-"]');
    const shown = await tags.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(shown.length).toBe(3);
    expect(new Set(shown)).toEqual(new Set(['severity-error']));
    await page.getByTestId('filter-column').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '项目地点' })
      .click();
    expect(await tags.count()).toBe(1);
    await page.getByTestId('filter-severity').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '警告' })
      .click();
    await page.getByText('没有符合筛选条件的问题').waitFor();
    await page.screenshot({ path: `${SHOTS}/imports-report-filtered-zh.png`, fullPage: true });

    // The report as a workbook: the unknown area's cell marked, the list of problems in Chinese.
    const [reportDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download-report').click(),
    ]);
    expect(reportDownload.suggestedFilename()).toBe('北京项目-问题报告.xlsx');
    const marked = await workbookOf(await bytesOf(reportDownload));
    const markedData = marked.getWorksheet('项目');
    expect(String(markedData?.getCell('L3').note)).toMatch(/^错误: /);
    expect(String(markedData?.getCell('I6').note)).toMatch(/^警告: /);
    expect(marked.getWorksheet('问题清单')?.getCell('A1').value).toBe('严重程度');

    // Fixed and uploaded again: only the thousands-separator warning is left.
    await page.getByTestId('import-again').click();
    const fixed = await filled([
      row(CODE(1), '653201', 800_000),
      row(CODE(2), '653201', 900_000),
      row(CODE(3), '653201', 700_000),
      row(CODE(4), '653201', '1,200,000'),
    ]);
    await upload('北京项目-已修正.xlsx', fixed, XLSX);
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-verdict').textContent()).toContain(
      '可导入 4 行，跳过 0 行',
    );
    text = await problemsText();
    expect(text).not.toContain('错误');
    expect(text).toContain('警告');
    await page.getByTestId('import-commit').click();
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByTestId('import-done').waitFor();
    const done = (await page.getByTestId('import-done').textContent()) ?? '';
    expect(done).toContain('导入完成：新增 4 条记录');
    expect(done).not.toMatch(RAW);
    await page.screenshot({ path: `${SHOTS}/imports-done-zh.png`, fullPage: true });

    // In the registry.
    await page.getByTestId('import-to-list').click();
    await page.waitForURL(/\/projects$/);
    await page.goto(`${server.url}/projects?q=IMP-${STAMP}`);
    const table = page.getByTestId('projects-table');
    await table.getByRole('link', { name: CODE(4), exact: true }).waitFor();
    for (const n of [1, 2, 3, 4]) expect(await table.textContent()).toContain(CODE(n));
    const stored = (await (
      await page.request.get(`${server.url}/api/projects/${CODE(4)}`)
    ).json()) as { budgetFen: number };
    expect(stored.budgetFen).toBe(120_000_000);
  });

  it('shows an unreadable file as an error in Chinese, and the upload is reachable by keyboard', {
    timeout: 60_000,
  }, async () => {
    await page.goto(`${server.url}/imports`);
    await upload('坏文件.csv', Buffer.from([0, 1, 2, 3, 0, 255, 0, 0]), 'text/csv');
    await page.getByTestId('import-error').waitFor();
    const error = (await page.getByTestId('import-error').textContent()) ?? '';
    expect(error).toContain('无法读取该文件');
    expect(error).not.toMatch(RAW);
    await page.screenshot({ path: `${SHOTS}/imports-error-zh.png`, fullPage: true });
    await page.getByRole('button', { name: '重新选择文件' }).click();

    // Keyboard: Tab reaches the upload area; Enter opens the file chooser.
    await page.getByTestId('template-ug').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.closest('[data-testid="import-upload"], .ant-upload') ? 'upload' : '',
    );
    expect(focused).toBe('upload');
    // Enter on the focused area clicks its file input, which is what opens the file chooser.
    // The click is caught (and its chooser not opened) in the page: waiting for Chromium's
    // chooser event raced on a busy machine, and a chooser opened before Playwright listened
    // stays open in headless Chromium and blocks every later one.
    await page.evaluate(() => {
      document.addEventListener(
        'click',
        (e) => {
          const input = e.target as HTMLInputElement;
          if (input.type !== 'file') return;
          e.preventDefault();
          document.body.dataset.chooser = input.multiple ? 'several' : 'one';
        },
        true,
      );
    });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.body.dataset.chooser ?? ''), { timeout: 15_000 })
      .toBe('one');
  });

  it('in English: the report’s words and messages, no Chinese outside the cells', {
    timeout: 120_000,
  }, async () => {
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'en'));
    await page.goto(`${server.url}/imports`);
    await page.getByTestId('template-en').waitFor();
    await page.screenshot({ path: `${SHOTS}/imports-start-en.png`, fullPage: true });
    const bad = await filled([
      row(CODE(11), '999999', 800_000),
      row(CODE(12), '653201', '1,200,000'),
    ]);
    await upload('beijing.xlsx', bad, XLSX);
    await page.getByTestId('import-report').waitFor();
    const report = (await page.getByTestId('import-report').textContent()) ?? '';
    expect(report).toContain('Rows that can be imported: 1; rows to be skipped: 1.');
    expect(report).toContain('Error');
    expect(report).toContain('Warning');
    const cells = await page
      // The sheet's name and the cell's content are the file's own words (a Chinese template).
      .locator('[data-testid="problems-table"] tbody td:not(:nth-child(2)):not(:nth-child(5))')
      .allTextContents();
    for (const cell of cells) expect(cell, cell).not.toMatch(CJK);
    expect(report).not.toMatch(RAW);
    await page.screenshot({ path: `${SHOTS}/imports-report-en.png`, fullPage: true });
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'zh-CN'));
  });

  it('downloads each list’s export, parsed, with a Chinese header; none for anonymous visitors', {
    timeout: 120_000,
  }, async () => {
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'zh-CN'));
    await page.goto(`${server.url}/projects`);
    const exported = async (kind: string, format: 'xlsx' | 'csv') => {
      await page.getByTestId(`export-${kind}`).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`export-${kind}-${format}`).click(),
      ]);
      return bytesOf(download);
    };
    const projects = await workbookOf(await exported('projects', 'xlsx'));
    const sheet = projects.getWorksheet('项目');
    expect(sheet?.getCell('A1').value).toBe('项目编号 *');
    const codes = sheet?.getColumn(1).values.map(String) ?? [];
    expect(codes).toContain(CODE(4));
    await page.screenshot({ path: `${SHOTS}/exports-projects-zh.png` });
    const ledger = parse((await exported('ledger', 'csv')).toString('utf8'), {
      bom: true,
    }) as string[][];
    expect(ledger[0]?.[0]).toMatch(CJK);
    expect(ledger[0]?.[0]).toContain('项目编号');

    await page.goto(`${server.url}/plans`);
    const plans = await workbookOf(await exported('plan-items', 'xlsx'));
    expect(String(plans.worksheets[0]?.getCell('A1').value)).toMatch(CJK);
    for (const [path, kind] of [
      ['/people?view=persons', 'people'],
      ['/training', 'training'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      const csv = parse((await exported(kind, 'csv')).toString('utf8'), {
        bom: true,
      }) as string[][];
      expect(csv[0]?.[0], kind).toMatch(CJK);
    }

    // Anonymous: no export button, no import entry in the menu.
    const anonymous = await browser.newPage({ locale: 'zh-CN' });
    await anonymous.goto(`${server.url}/projects`);
    await anonymous.getByTestId('projects-table').waitFor();
    expect(await anonymous.getByTestId('export-projects').count()).toBe(0);
    expect(await anonymous.locator('nav').textContent()).not.toContain('导入数据');
    await anonymous.close();

    // A viewer may export but import nothing: no menu entry; the screen says so if opened.
    const context = await browser.newContext({ locale: 'zh-CN' });
    const viewer = await context.newPage();
    await logInAs(viewer, server.url, 'demo-viewer');
    await viewer.goto(`${server.url}/projects`);
    await viewer.getByTestId('export-projects').waitFor();
    expect(await viewer.locator('nav').textContent()).not.toContain('导入数据');
    await viewer.goto(`${server.url}/imports`);
    const none = (await viewer.getByTestId('imports-no-kinds').textContent()) ?? '';
    expect(none).toContain('没有可导入的数据类型');
    await viewer.screenshot({ path: `${SHOTS}/imports-none-zh.png` });
    await context.close();
  });
});
