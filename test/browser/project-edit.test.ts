/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo.js';
import {
  browserAvailable,
  chooseOption,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

/**
 * Beijing's editor changes one of Beijing's projects through the screens: edits it (implementing
 * organisation, delivery mode), publishes it, adds a result, uploads a document and deletes it;
 * a save over someone else's change shows the Chinese conflict alert; Shanghai's editor sees no
 * control on it.
 */
describe.skipIf(!browserAvailable())('editing a project in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  const code = `T-2026-BJ-EDIT-${Date.now().toString(36)}`;

  async function pick(label: string, option: string) {
    await page.getByLabel(label, { exact: true }).click();
    await chooseOption(page, option);
  }

  async function confirmPopover() {
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /确\s*定/ })
      .click();
  }

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({
      timeoutMs: 20_000,
      prepare: async ({ server, browser }) => {
        const context = await browser.newContext();
        const login = await context.request.post(`${server.url}/api/session`, {
          data: { username: 'demo-beijing', password: DEMO_PASSWORD },
        });
        expect(login.status()).toBe(200);
        const created = await context.request.post(`${server.url}/api/projects`, {
          data: {
            code,
            name: { zh: '浏览器测试·和田县幼儿园', en: null },
            programme: 'xinjiang',
            donor: '110000',
            type: 'culture-education',
            locations: [{ area: '653221', shareBp: 10000 }],
            budgetFen: 1_200_000_00,
            stage: 'tendering',
            approvalDate: '2026-03-01',
          },
        });
        expect(created.status(), await created.text()).toBe(201);
        await context.close();
      },
    }));
    await logInAs(page, server.url, 'demo-beijing');
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('edits the project: implementing organisation by name and delivery mode', {
    timeout: 90_000,
  }, async () => {
    await page.goto(`${server.url}/projects/${code}`);
    await expect(page.getByTestId('project-published').textContent()).resolves.toBe('未公开');
    await page.getByTestId('project-edit').click();
    await page.waitForURL(/\/edit$/);
    await page.getByTestId('project-save').waitFor();
    await expect(page.getByRole('textbox', { name: '项目代码' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel('项目名称（中文）').inputValue()).resolves.toBe(
      '浏览器测试·和田县幼儿园',
    );
    await expect(page.getByLabel('阶段', { exact: true }).count()).resolves.toBe(0);
    // The donor by its name, without its code.
    await page.getByTestId('donor-org-0').getByText('北京市', { exact: true }).waitFor();
    await expect(page.getByTestId('donors-field').textContent()).resolves.not.toContain('110000');
    await page.getByLabel('实施单位', { exact: true }).fill('北京市援疆');
    await chooseOption(page, '北京市援疆前方指挥部');
    await pick('建设方式', '交钥匙');
    const orgField = await page.locator('.ant-form-item', { hasText: '实施单位' }).textContent();
    expect(orgField).toContain('北京市援疆前方指挥部（前方指挥部）');
    expect(orgField).not.toContain('110000-HQ');
    await page.screenshot({ path: `${SHOTS}/project-edit-form.png`, fullPage: true });
    await page.getByTestId('project-save').click();
    await page.waitForURL(new RegExp(`/projects/${code}$`));
    const overview = page.locator('.ant-descriptions');
    await overview.getByText('北京市援疆前方指挥部').waitFor();
    await overview.getByText('交钥匙').waitFor();
    // Reached 招标 without a recorded date: the timeline says so rather than show nothing.
    await page.getByTestId('stage-dates-tendering').getByText('实际日期未记录').waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/110000-HQ/);
  });

  it('edits the plan year, fixed asset, continuing and the stage dates; Enter in a date does not submit', {
    timeout: 90_000,
  }, async () => {
    await page.goto(`${server.url}/projects/${code}/edit`);
    await page.getByTestId('project-save').waitFor();
    await expect(page.getByLabel('计划年度').inputValue()).resolves.toBe('2026');
    await page.getByLabel('计划年度').fill('2027');
    await page.getByTestId('project-fixed-asset').click();
    await page.getByTestId('project-continuing').click();
    await page.getByLabel('招标·实际日期').fill('2026-04-10');
    await page.keyboard.press('Enter');
    await page.getByLabel('开工·计划日期').fill('2026-06-01');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(page.url(), 'Enter in a date picker does not submit').toMatch(/\/edit$/);
    await page.getByTestId('stage-dates').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/project-edit-schedule.png`, fullPage: true });
    await page.getByTestId('project-save').click();
    await page.waitForURL(new RegExp(`/projects/${code}$`));
    await page.getByTestId('stage-dates-tendering').getByText('实际 2026-04-10').waitFor();
    await page.getByTestId('stage-dates-started').getByText('计划 2026-06-01').waitFor();
    const saved = (await (await page.request.get(`${server.url}/api/projects/${code}`)).json()) as {
      year: number;
      fixedAsset: boolean;
      continuing: boolean;
      stageDates: Record<string, { planned: string | null; actual: string | null }>;
    };
    expect(saved.year).toBe(2027);
    expect(saved.continuing).toBe(true);
    expect(saved.fixedAsset).toBe(true);
    expect(saved.stageDates.tendering).toEqual({ planned: null, actual: '2026-04-10' });
    expect(saved.stageDates.started).toEqual({ planned: '2026-06-01', actual: null });

    // Back on the form, the values are shown; clearing a date removes it.
    await page.goto(`${server.url}/projects/${code}/edit`);
    await page.getByTestId('project-save').waitFor();
    await expect(page.getByLabel('招标·实际日期').inputValue()).resolves.toBe('2026-04-10');
    await expect(page.getByRole('checkbox', { name: '由以前年度续建' }).isChecked()).resolves.toBe(
      true,
    );
    await page.getByLabel('计划年度').fill('2026');
    await page.getByLabel('开工·计划日期').hover();
    await page
      .locator('.ant-form-item', { has: page.getByLabel('开工·计划日期') })
      .locator('.ant-picker-clear')
      .click();
    await page.getByTestId('project-save').click();
    await page.waitForURL(new RegExp(`/projects/${code}$`));
    const after = (await (await page.request.get(`${server.url}/api/projects/${code}`)).json()) as {
      year: number;
      fixedAsset: boolean;
      stageDates: Record<string, unknown>;
    };
    expect(after.year).toBe(2026);
    expect(after.fixedAsset).toBe(saved.fixedAsset);
    expect(after.stageDates.started).toBeUndefined();
  });

  it('publishes the project', { timeout: 60_000 }, async () => {
    await page.getByTestId('project-publish').click();
    await confirmPopover();
    await page.getByTestId('project-published').getByText('已公开').waitFor();
    await page.getByTestId('project-publish').getByText('取消公开').waitFor();
    const anonymous = await fetch(`${server.url}/api/projects/${code}`);
    expect(anonymous.status, 'published: everyone sees it').toBe(200);
  });

  it('adds a result, then changes it', { timeout: 90_000 }, async () => {
    await page.getByRole('tab', { name: '成效' }).click();
    await page.getByTestId('result-add').click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByText('添加成效').first().waitFor();
    await dialog.getByLabel('指标').click();
    await chooseOption(page, '带动就业');
    await dialog.getByLabel('数值').fill('120');
    await dialog.getByLabel('其中女性').fill('200');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.getByText('女性与男性之和不能超过数值').waitFor();
    await dialog.getByLabel('其中女性').fill('50');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const table = page.getByTestId('results-table');
    await table.getByText('带动就业（人）').waitFor();
    await table.getByText('120').waitFor();
    await page.screenshot({ path: `${SHOTS}/project-edit-results.png`, fullPage: true });

    await table.getByRole('button', { name: '修改' }).click();
    await dialog.getByText('修改成效').first().waitFor();
    await expect(dialog.getByLabel('数值').inputValue()).resolves.toBe('120');
    await dialog.getByLabel('数值').fill('150');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await table.getByText('150').waitFor();
    const project = (await (await fetch(`${server.url}/api/projects/${code}`)).json()) as {
      results: { metric: string; value: number; female: number | null; planned: boolean }[];
    };
    expect(project.results).toEqual([
      expect.objectContaining({ metric: 'jobs', value: 150, female: 50, planned: false }),
    ]);
  });

  it('uploads a document, downloads it and deletes it', { timeout: 90_000 }, async () => {
    await page.getByRole('tab', { name: /文档/ }).click();
    await page.getByText('该项目还没有文档。').waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: '招标文件.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('招标公告：和田县幼儿园'),
    });
    const table = page.getByTestId('documents-table');
    const link = table.getByRole('link', { name: '招标文件.txt' });
    await link.waitFor();
    const href = await link.getAttribute('href');
    const download = await page.request.get(`${server.url}${href}`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('招标公告：和田县幼儿园');
    await page.getByRole('tab', { name: /文档\s*1/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}/project-edit-documents.png`, fullPage: true });

    await table.getByRole('button', { name: /删除/ }).click();
    await confirmPopover();
    await page.getByText('该项目还没有文档。').waitFor();
    const gone = await page.request.get(`${server.url}${href}`);
    expect(gone.status()).toBe(404);
  });

  it('says in Chinese when someone else saved the project in between, and reloads', {
    timeout: 90_000,
  }, async () => {
    await page.goto(`${server.url}/projects/${code}/edit`);
    await page.getByTestId('project-save').waitFor();
    await page.getByLabel('项目名称（英文）').fill('Hotan County Kindergarten');
    // Meanwhile the project changes (the same editor, elsewhere).
    const current = (await (
      await page.request.get(`${server.url}/api/projects/${code}`)
    ).json()) as {
      version: number;
    };
    const other = await page.request.patch(`${server.url}/api/projects/${code}`, {
      headers: { 'if-match': `"${current.version}"` },
      data: { deliveryMode: 'joint' },
    });
    expect(other.status()).toBe(200);
    await page.getByTestId('project-save').click();
    const alert = page.getByTestId('project-conflict');
    await alert.getByText('项目已被他人修改，您的修改尚未保存').waitFor();
    await expect(alert.textContent()).resolves.toMatch(/重新加载/);
    await expect(alert.textContent()).resolves.not.toMatch(/[Vv]ersion|conflict|stale/);
    await page.screenshot({ path: `${SHOTS}/project-edit-conflict.png`, fullPage: true });
    await page.getByTestId('project-reload').click();
    await alert.waitFor({ state: 'detached' });
    await expect(page.getByLabel('项目名称（英文）').inputValue()).resolves.toBe('');
    await page.getByLabel('项目名称（英文）').fill('Hotan County Kindergarten');
    await page.getByTestId('project-save').click();
    await page.waitForURL(new RegExp(`/projects/${code}$`));
    await page.locator('.ant-descriptions').getByText('合作共建').waitFor();
  });

  it('shows the edit screen and the results in English', { timeout: 90_000 }, async () => {
    await page.goto(`${server.url}/projects/${code}/edit`);
    await page.getByTestId('project-save').waitFor();
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await page.getByText('Implementing organisation', { exact: true }).waitFor();
    await page.getByTestId('donor-org-0').getByText('Beijing', { exact: true }).waitFor();
    await expect(page.getByTestId('donors-field').textContent()).resolves.not.toContain('110000');
    await page.screenshot({ path: `${SHOTS}/project-edit-form-en.png`, fullPage: true });
    await page.goto(`${server.url}/projects/${code}?tab=results`);
    await page.getByTestId('result-add').getByText('Add a result').waitFor();
    await page.getByTestId('project-published').getByText('Published').waitFor();
    await page.screenshot({ path: `${SHOTS}/project-edit-results-en.png`, fullPage: true });
    await page.getByText('中文', { exact: true }).click();
    await page.getByTestId('result-add').getByText('添加成效').waitFor();
  });

  it("shows Shanghai's editor no control on Beijing's project", { timeout: 90_000 }, async () => {
    let context: BrowserContext | undefined;
    try {
      context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'zh-CN',
      });
      const other = await context.newPage();
      other.setDefaultTimeout(20_000);
      await logInAs(other, server.url, 'demo-shanghai');
      await other.goto(`${server.url}/projects/${code}?tab=results`);
      await other.getByTestId('project-published').getByText('已公开').waitFor();
      await other.getByTestId('results-table').getByText('150').waitFor();
      expect(await other.getByTestId('project-edit').count()).toBe(0);
      expect(await other.getByTestId('project-publish').count()).toBe(0);
      expect(await other.getByTestId('result-add').count()).toBe(0);
      await other.getByRole('tab', { name: /文档/ }).click();
      await other.getByText('该项目还没有文档。').waitFor();
      expect(await other.getByTestId('document-upload').count()).toBe(0);
      await other.goto(`${server.url}/projects/${code}/edit`);
      await other.getByText('您没有修改该项目的权限。').waitFor();
      await other.screenshot({ path: `${SHOTS}/project-edit-forbidden.png`, fullPage: true });
    } finally {
      await context?.close();
    }
  });
});
