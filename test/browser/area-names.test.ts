/// <reference lib="dom" />
/**
 * Area names in English (decision 0034): the registry, a project, an area, the pairings, the
 * compliance page and the home page name areas in English in English mode and in Chinese in
 * Chinese mode; the compliance page says that the current year is partial on the actual basis.
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

const HAN = /\p{Script=Han}/u;

describe.skipIf(!browserAvailable())('area names in English', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 20_000 }));
    await logInAs(page, server.url, 'demo-coordinator');
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const shot = async (name: string) => {
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };
  const language = async (label: 'English' | '中文') => {
    await page.getByText(label, { exact: true }).click();
    await page.waitForTimeout(300);
  };

  it('names the registry’s recipient areas in the language of the screen', async () => {
    await page.goto(`${server.url}/projects`);
    const cells = page.getByTestId('project-areas');
    await cells.first().waitFor();
    expect(await cells.first().textContent()).toMatch(HAN);
    await shot('area-names-projects-zh');
    await language('English');
    await page.getByText('Overview', { exact: true }).first().waitFor();
    const texts = await cells.allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(text).not.toMatch(HAN);
    expect(texts.join(' ')).toMatch(/County|City|District|Prefecture/);
    await shot('area-names-projects-en');
  }, 120_000);

  it('names a project’s locations, an area and the pairings in English', async () => {
    await page.goto(`${server.url}/projects/XJ-2024-BJ-001`);
    const line = page.locator('[data-testid^="location-65"]').first();
    await line.waitFor();
    expect(await line.textContent()).toMatch(/Hotan|Lop|Karakax|Guma|Qira|Keriya|Niya/);
    await shot('area-names-project-en');

    await page.goto(`${server.url}/areas/653200`);
    await page.getByTestId('area-name-en').waitFor();
    expect(await page.getByTestId('area-name-en').textContent()).toBe('Hotan Prefecture');
    await page.getByRole('heading', { name: 'Hotan Prefecture' }).waitFor();
    await page.getByText('Karakax County').first().waitFor();
    await shot('area-names-area-en');

    await page.goto(`${server.url}/pairings`);
    const table = page.getByTestId('pairings-table');
    await table.getByText('Hotan City', { exact: true }).first().waitFor();
    await table.getByText('Karakax County', { exact: true }).first().waitFor();
    await shot('area-names-pairings-en');
  }, 120_000);

  it('says on the compliance page that the current year is partial on the actual basis', async () => {
    const year = new Date().getUTCFullYear();
    await page.goto(`${server.url}/compliance?basis=actual&year=${year}`);
    const note = page.getByTestId('year-in-progress');
    await note.waitFor();
    expect(await note.textContent()).toContain(`${year} is still in progress`);
    await shot('area-names-compliance-en');
    await page.goto(`${server.url}/compliance?basis=actual&year=${year - 1}`);
    await page.getByTestId('compliance-table').waitFor();
    expect(await page.getByTestId('year-in-progress').count()).toBe(0);

    await language('中文');
    await page.goto(`${server.url}/compliance?basis=actual&year=${year}`);
    await note.waitFor();
    expect(await note.textContent()).toContain(`${year} 年尚未结束`);
    await shot('area-names-compliance-zh');
    await page.goto(`${server.url}/areas/653200`);
    await page.getByRole('heading', { name: '和田地区' }).waitFor();
    await shot('area-names-area-zh');
    await page.goto(`${server.url}/pairings`);
    await page.getByTestId('pairings-table').getByText('和田市', { exact: true }).first().waitFor();
    await shot('area-names-pairings-zh');
  }, 120_000);
});
