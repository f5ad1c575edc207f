/// <reference lib="dom" />
/**
 * The annual report's print page on a Uyghur screen (decision 0072): Beijing's editor, with the
 * interface in Uyghur, opens Hotan prefecture's report; its "PDF" link asks the server's PDF in
 * Uyghur (`lang=ug`), which downloads, is drawn right to left with Uyghur words (pdftotext) and is
 * rendered to PNG in test-results/screenshots/ to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArabicFont } from '../../src/modules/reports/pdf.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

const YEAR = new Date().getFullYear() - 1;

function fontAndPoppler(): boolean {
  try {
    findArabicFont();
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw err;
    console.warn(`SKIPPED: the Uyghur PDF from the page — ${(err as Error).message}`);
    return false;
  }
}

describe.skipIf(!browserAvailable())('the annual report page on a Uyghur screen', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 20_000 }));
    await logInAs(page, server.url, 'demo-beijing');
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'ug'));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('links to the server’s PDF in Uyghur, drawn right to left', async () => {
    await page.goto(`${server.url}/reports/area/653200?year=${YEAR}`);
    const report = page.getByTestId('annual-report');
    await report.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const link = page.getByRole('link', { name: 'PDF چۈشۈرۈش' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/reports/area/653200/pdf?year=${YEAR}&lang=ug`);
    const res = await page.request.get(`${server.url}${href}`);
    if (!fontAndPoppler()) return;
    expect(res.status()).toBe(200);
    expect(res.headers()['content-disposition']).toContain('-ug.pdf');
    const file = `${SHOTS}/report-area-hotan-server-ug.pdf`;
    writeFileSync(file, await res.body());
    execFileSync('pdftoppm', ['-r', '60', '-png', '-l', '2', file, file.replace(/\.pdf$/, '')]);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
      /[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]/g,
      '',
    );
    expect(text).toContain('和田地区نىڭ');
    expect(text).toContain('ياردەمقوبۇلقىلىشخىزمىتى');
    expect(text).toContain(String(YEAR));
    expect(text).not.toContain('年度受援工作报告');
  });
});
