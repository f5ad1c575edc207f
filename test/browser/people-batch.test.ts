/// <reference lib="dom" />
/**
 * Changing a posting and a batch, and the batch's page, in Chromium: Shanghai's donor editor
 * changes Ren Gengpo's posting on his page (a planned end before the start refused by the server
 * on its field, in Chinese; a change to the person meanwhile is no conflict, a change to the same
 * posting meanwhile is met as a 409, said and reloaded, then saved; decision 0071),
 * opens his batch from the posting, sees its people and counts, is refused a number the donor's
 * other batch has and renames it; another donor's editor sees neither edit control. In Chinese
 * and in English.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

interface PostingJson {
  id: number;
  version: number;
  role: string;
  termStart: string;
  plannedEnd: string;
  batch: { id: number; number: number } | null;
}
interface PersonJson {
  id: number;
  version: number;
  postings: PostingJson[];
}
interface BatchJson {
  id: number;
  number: number;
  name: string | null;
  version: number;
  total: number;
}

describe.skipIf(!browserAvailable())('postings and batches in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  let ren = 0;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
  }, 300_000);
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  async function shot(name: string) {
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }

  async function json<T>(url: string): Promise<T> {
    const res = await page.request.get(`${server.url}${url}`);
    expect(res.status(), url).toBe(200);
    return (await res.json()) as T;
  }

  /** Every visible text of `scope` that has Latin letters (a Chinese screen has none). */
  async function latinWords(scope: Locator): Promise<string[]> {
    const text = (await scope.innerText()) ?? '';
    return [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])];
  }

  async function setField(field: Locator, value: string) {
    await field.click();
    await field.fill(value);
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(value);
  }

  const renNow = () => json<PersonJson>(`/api/people/persons/${ren}`);

  it('Shanghai’s editor changes a posting: a refusal on its field, a 409 said and reloaded', {
    timeout: 240_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-shanghai');
    const found = await json<{ items: { id: number }[] }>(
      `/api/people/persons?q=${encodeURIComponent('任耕坡')}`,
    );
    ren = found.items[0]?.id ?? 0;
    const before = await renNow();
    const posting = before.postings[0];
    if (!posting) throw new Error('Ren has no posting');
    await page.goto(`${server.url}/people/${ren}`);
    await page.getByTestId('posting-edit').first().click();
    const dialog = page.getByRole('dialog', { name: '修改 任耕坡 的派驻' });
    await dialog.waitFor();
    const role = dialog.getByLabel('岗位');
    await expect.poll(() => role.inputValue()).toBe(posting.role);

    // A planned end before the start: refused by the server on the field, in Chinese.
    const end = dialog.getByLabel('计划期满');
    await setField(end, '2001-01-01');
    await page.keyboard.press('Enter');
    const refusal = dialog.locator('.ant-form-item-has-error', { hasText: '早于开始日期' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('计划期满');
    await shot('i9-posting-edit-refused-zh');
    expect(await latinWords(dialog)).toEqual([]);
    expect((await renNow()).version).toBe(before.version);

    // Someone changes the person meanwhile: no conflict for the posting, which carries its own
    // version (decision 0071); the change is saved at once.
    const meanwhile = await page.request.patch(`${server.url}/api/people/persons/${ren}`, {
      headers: { 'If-Match': `"${before.version}"` },
      data: { ethnicity: '汉族' },
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    await setField(role, '喀什地区工业和信息化局总工程师');
    // The planned end back as stored: Enter takes the date and saves.
    await setField(end, posting.plannedEnd);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const postings = page.getByTestId('person-postings');
    await postings.getByText('喀什地区工业和信息化局总工程师', { exact: true }).waitFor();
    expect((await renNow()).postings[0]?.version).toBe(posting.version + 1);

    // Someone changes this posting meanwhile: saving is a 409, said in Chinese; the dialog
    // reloads the posting (the other writer's role) and saving again carries the change.
    await page.getByTestId('posting-edit').first().click();
    await dialog.waitFor();
    await expect.poll(() => role.inputValue()).toBe('喀什地区工业和信息化局总工程师');
    const other = await page.request.patch(`${server.url}/api/people/postings/${posting.id}`, {
      headers: { 'If-Match': `"${posting.version + 1}"` },
      data: { role: '喀什地区工业和信息化局党组书记' },
    });
    expect(other.status(), await other.text()).toBe(200);
    await setField(role, '喀什地区工业和信息化局局长');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByTestId('posting-edit-conflict').waitFor();
    expect(await dialog.getByTestId('posting-edit-conflict').innerText()).toContain(
      '已为您重新加载',
    );
    expect((await renNow()).postings[0]?.role).toBe('喀什地区工业和信息化局党组书记');
    await expect
      .poll(() => role.inputValue(), { timeout: 15_000 })
      .toBe('喀什地区工业和信息化局党组书记');
    await setField(role, '喀什地区工业和信息化局局长');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await postings.getByText('喀什地区工业和信息化局局长', { exact: true }).waitFor();
    const after = await renNow();
    expect(after.postings[0]?.role).toBe('喀什地区工业和信息化局局长');
    expect(after.postings[0]?.plannedEnd).toBe(posting.plannedEnd);
    expect(after.postings[0]?.version).toBe(posting.version + 3);
    // The person's version moved on with each write: theirs and the posting's three.
    expect(after.version).toBe(before.version + 4);
    await shot('i9-posting-edited-zh');
  });

  it('the batch’s page shows its people and counts; the editor is refused a taken number, then renames it', {
    timeout: 240_000,
  }, async () => {
    const person = await renNow();
    const batchId = person.postings[0]?.batch?.id ?? 0;
    // Another batch of Shanghai's, empty: its number is taken, and it shows the empty state.
    const other = await page.request.post(`${server.url}/api/people/batches`, {
      data: { donor: '310000', number: 12 },
    });
    expect(other.status(), await other.text()).toBe(201);
    const otherId = ((await other.json()) as BatchJson).id;

    await page.goto(`${server.url}/people/${ren}`);
    await page.getByTestId('person-postings').getByTestId('batch-link').first().click();
    await page.waitForURL(`**/people/batches/${batchId}`);
    await page.getByRole('heading', { name: '上海市 · 第 11 批' }).waitFor();
    const table = page.getByTestId('batch-postings');
    await table.getByRole('link', { name: '任耕坡' }).waitFor();
    const counts = page.getByTestId('batch-counts');
    expect(await counts.innerText()).toContain('人数');
    await shot('i9-batch-page-zh');
    expect(await latinWords(page.locator('main'))).toEqual([]);

    await page.getByTestId('batch-edit').click();
    const dialog = page.getByRole('dialog', { name: '编辑批次' });
    await dialog.waitFor();
    const number = dialog.getByLabel('批次号');
    await setField(number, '12');
    await page.keyboard.press('Enter');
    await dialog.getByText('该派出方已有第 12 批，请换一个批次号').waitFor();
    await shot('i9-batch-edit-refused-zh');
    expect(await latinWords(dialog)).toEqual([]);
    expect((await json<BatchJson>(`/api/people/batches/${batchId}`)).number).toBe(11);
    // Someone changes the batch meanwhile: a 409, said in Chinese, the latest values shown.
    const meanwhile = await page.request.patch(`${server.url}/api/people/batches/${batchId}`, {
      headers: { 'If-Match': '"1"' },
      data: { name: '同时的修改' },
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    await setField(number, '11');
    const name = dialog.getByLabel('批次名称');
    await setField(name, '上海市第十一批援疆干部人才');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByTestId('batch-edit-conflict').waitFor();
    await expect.poll(() => name.inputValue(), { timeout: 15_000 }).toBe('同时的修改');
    await setField(name, '上海市第十一批援疆干部人才');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('batch-details').getByText('上海市第十一批援疆干部人才').waitFor();
    const saved = await json<BatchJson>(`/api/people/batches/${batchId}`);
    expect([saved.name, saved.number, saved.version]).toEqual([
      '上海市第十一批援疆干部人才',
      11,
      3,
    ]);

    // In English: the same page, its words in English.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Shanghai · batch 11' }).waitFor();
    expect(await counts.innerText()).toContain('People');
    await shot('i9-batch-page-en');
    await page.goto(`${server.url}/people/${ren}`);
    await page.getByTestId('posting-edit').first().click();
    const en = page.getByRole('dialog', { name: 'Change a posting of 任耕坡' });
    await en.waitFor();
    await expect.poll(() => en.getByLabel('Role').inputValue()).toContain('局长');
    await shot('i9-posting-edit-en');
    await en.getByRole('button', { name: 'Cancel' }).click();
    await en.waitFor({ state: 'hidden' });

    // An empty batch and a missing one.
    await page.goto(`${server.url}/people/batches/${otherId}`);
    await page.getByText('This batch has no one you may see yet', { exact: false }).waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('这个批次还没有您可查看的人员', { exact: false }).waitFor();
    await shot('i9-batch-empty-zh');
    await page.goto(`${server.url}/people/batches/987654`);
    await page.getByTestId('batch-not-found').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('987654');
  });

  it('a batch larger than a page is paged by the server: 21 postings, 20 on the first page', {
    timeout: 180_000,
  }, async () => {
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-shanghai');
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'zh-CN'));
    const made = await page.request.post(`${server.url}/api/people/batches`, {
      data: { donor: '310000', number: 13 },
    });
    expect(made.status(), await made.text()).toBe(201);
    const batchId = ((await made.json()) as BatchJson).id;
    for (let i = 1; i <= 21; i += 1) {
      const person = await page.request.post(`${server.url}/api/people/persons`, {
        data: {
          nameZh: `批次测试${String(i).padStart(2, '0')}`,
          sex: i % 2 === 0 ? 'female' : 'male',
          donor: '310000',
          published: true,
        },
      });
      expect(person.status(), await person.text()).toBe(201);
      const { id } = (await person.json()) as { id: number };
      const posting = await page.request.post(`${server.url}/api/people/persons/${id}/postings`, {
        data: {
          kind: 'cadre',
          hostOrgName: '喀什地区教育局',
          area: '653100',
          role: '干部',
          termStart: '2026-01-01',
          batch: batchId,
        },
      });
      expect(posting.status(), await posting.text()).toBe(201);
    }
    await page.goto(`${server.url}/people/batches/${batchId}`);
    const table = page.getByTestId('batch-postings');
    await page.getByText('共 21 段派驻').waitFor();
    await shot('i9-batch-paged-zh');
    expect(await table.locator('tbody tr[data-row-key]').count()).toBe(20);
    await page.locator('.ant-pagination-item-2').click();
    await page.waitForURL(/[?&]page=2/);
    await expect.poll(() => table.locator('tbody tr[data-row-key]').count()).toBe(1);
  });

  it('another donor’s editor sees the posting and the batch without their edit controls', {
    timeout: 120_000,
  }, async () => {
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-beijing');
    const person = await renNow();
    const batchId = person.postings[0]?.batch?.id ?? 0;
    await page.goto(`${server.url}/people/${ren}`);
    await page.getByTestId('person-postings').getByText('喀什地区工业和信息化局局长').waitFor();
    expect(await page.getByTestId('posting-edit').count()).toBe(0);
    const refused = await page.request.patch(
      `${server.url}/api/people/postings/${person.postings[0]?.id}`,
      { data: { role: '越权' } },
    );
    expect(refused.status()).toBe(403);
    await page.goto(`${server.url}/people/batches/${batchId}`);
    await page.getByTestId('batch-details').waitFor();
    expect(await page.getByTestId('batch-edit').count()).toBe(0);
    const patch = await page.request.patch(`${server.url}/api/people/batches/${batchId}`, {
      data: { name: '越权' },
    });
    expect(patch.status()).toBe(403);
  });
});
