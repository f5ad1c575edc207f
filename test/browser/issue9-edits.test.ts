/// <reference lib="dom" />
/**
 * Issue 9's edit screens in Chromium: the coordinator changes a training session, an exchange
 * activity, a company and a consumption-aid sale in their dialogs (their values shown, the
 * change seen on the screen and in the API); a bad value is refused by the server on its field,
 * in Chinese; a sale changed meanwhile by someone else is met as a 409, said and reloaded, then
 * saved. The sales read by channel and by product category, as charts and as tables. A donor's
 * editor may change only its own records; the edit dialog and charts read in English too.
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

interface Versioned {
  id: number;
  version: number;
}

describe.skipIf(!browserAvailable())('issue 9 edit screens in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  async function shot(name: string) {
    await page.waitForTimeout(400);
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

  /** The edit dialog, once shown with its values. */
  async function openDialog(button: Locator, title: string): Promise<Locator> {
    await button.click();
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    return dialog;
  }

  /** Types `value` into the field and waits until the field holds it (flaky under load otherwise). */
  async function setField(field: Locator, value: string) {
    await field.click();
    await field.fill(value);
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(value);
  }

  /** The server's refusal shown under the field labelled `label`. */
  function fieldError(dialog: Locator, label: string): Locator {
    return dialog
      .locator('.ant-form-item')
      .filter({ has: page.locator(`label:text-is("${label}")`) })
      .locator('.ant-form-item-explain-error');
  }

  async function save(dialog: Locator) {
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
  }

  it('the coordinator changes a training session; a blank topic is refused on its field', {
    timeout: 180_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-coordinator');
    const before = await json<Versioned & { topic: string; personTimes: number }>(
      '/api/training/sessions/41',
    );
    await page.goto(`${server.url}/training`);
    const dialog = await openDialog(page.getByTestId('edit-session-41'), '修改培训班次');
    const topic = dialog.getByLabel('培训主题');
    expect(await topic.inputValue()).toBe(before.topic);
    expect(await dialog.getByLabel('培训人次').inputValue()).toBe(String(before.personTimes));
    // Spaces pass the form's own check; the server refuses them, on the field, in Chinese.
    await setField(topic, '   ');
    const answer = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().endsWith('/api/training/sessions/41'),
    );
    await save(dialog);
    expect((await answer).status()).toBe(400);
    const refusal = fieldError(dialog, '培训主题');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/^[^A-Za-z]+$/);
    expect(await dialog.innerText()).not.toContain('某项输入');
    await shot('i9-edit-session-refused-zh');
    expect(await latinWords(dialog)).toEqual([]);

    await setField(topic, '倪园公开课（第 10 节，修订）');
    await setField(dialog.getByLabel('培训人次'), String(before.personTimes + 5));
    await save(dialog);
    await dialog.waitFor({ state: 'hidden' });
    await page
      .locator('[data-testid="sessions-table"] tbody tr', {
        hasText: '倪园公开课（第 10 节，修订）',
      })
      .waitFor();
    const after = await json<Versioned & { topic: string; personTimes: number }>(
      '/api/training/sessions/41',
    );
    expect([after.topic, after.personTimes, after.version]).toEqual([
      '倪园公开课（第 10 节，修订）',
      before.personTimes + 5,
      before.version + 1,
    ]);
  });

  it('the coordinator renames a training programme; its code stays', {
    timeout: 120_000,
  }, async () => {
    await page.goto(`${server.url}/training/programmes/tianshan`);
    const dialog = await openDialog(page.getByTestId('edit-programme'), '修改培训项目名称');
    expect(await dialog.getByLabel('代码').isDisabled()).toBe(true);
    await setField(dialog.getByLabel('中文名称'), '天山计划（修订）');
    await save(dialog);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: '天山计划（修订）' }).waitFor();
    const after = await json<{ name: string; nameEn: string }>('/api/training/programmes/tianshan');
    expect([after.name, after.nameEn]).toEqual(['天山计划（修订）', 'Tianshan Programme']);
  });

  it('the coordinator changes an exchange activity; a blank title is refused on its field', {
    timeout: 180_000,
  }, async () => {
    const before = await json<Versioned & { title: string; participantsLocal: number }>(
      '/api/exchanges/101',
    );
    await page.goto(`${server.url}/exchanges`);
    const dialog = await openDialog(page.getByTestId('edit-exchange-101'), '修改交流活动');
    const title = dialog.getByLabel('活动名称');
    expect(await title.inputValue()).toBe(before.title);
    await setField(title, ' ');
    await save(dialog);
    await fieldError(dialog, '活动名称').waitFor();
    expect(await fieldError(dialog, '活动名称').innerText()).toMatch(/^[^A-Za-z]+$/);
    expect(await latinWords(dialog)).toEqual([]);
    await setField(title, before.title);
    await setField(dialog.getByLabel('新疆参与人数'), String(before.participantsLocal + 3));
    await shot('i9-edit-exchange-zh');
    await save(dialog);
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(
        async () =>
          (await json<{ participantsLocal: number }>('/api/exchanges/101')).participantsLocal,
      )
      .toBe(before.participantsLocal + 3);
  });

  it("the coordinator changes a company's details; another company's credit code is refused", {
    timeout: 180_000,
  }, async () => {
    const other = await json<{ creditCode: string }>('/api/companies/1');
    const before = await json<Versioned & { creditCode: string }>('/api/companies/22');
    await page.goto(`${server.url}/companies/22`);
    const dialog = await openDialog(page.getByTestId('edit-company'), '修改企业信息');
    const code = dialog.getByLabel('统一社会信用代码');
    expect(await code.inputValue()).toBe(before.creditCode);
    await setField(code, other.creditCode);
    await save(dialog);
    const refusal = fieldError(dialog, '统一社会信用代码');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(other.creditCode);
    expect((await refusal.innerText()).replace(other.creditCode, '')).not.toMatch(/[A-Za-z]/);
    await shot('i9-edit-company-refused-zh');
    await setField(code, before.creditCode);
    await setField(dialog.getByLabel('实际就业人数'), '120');
    await setField(dialog.getByLabel('其中本地用工'), '100');
    await save(dialog);
    await dialog.waitFor({ state: 'hidden' });
    const facts = page.locator('.ant-descriptions');
    await facts.getByText('120', { exact: true }).waitFor();
    const after = await json<{ jobsActual: number; localHires: number; version: number }>(
      '/api/companies/22',
    );
    expect(after).toMatchObject({ jobsActual: 120, localHires: 100, version: before.version + 1 });
    await shot('i9-edit-company-zh');
  });

  it('the coordinator changes a sale; a change made meanwhile is reloaded first', {
    timeout: 180_000,
  }, async () => {
    const before = await json<Versioned & { quantity: number; unit: string; note: string }>(
      '/api/consumption-sales/9',
    );
    await page.goto(`${server.url}/consumption`);
    const dialog = await openDialog(page.getByTestId('edit-sale-9'), '修改销售记录');
    const quantity = dialog.getByLabel('数量');
    expect(await quantity.inputValue()).toBe(String(before.quantity));
    // A blank unit: refused by the server on its field.
    await setField(dialog.getByLabel('单位'), ' ');
    await save(dialog);
    await fieldError(dialog, '单位').waitFor();
    expect(await latinWords(dialog)).toEqual([]);
    await setField(dialog.getByLabel('单位'), before.unit);
    // Someone changes the sale's note meanwhile: the save is a 409, said, the note reloaded.
    const meanwhile = await page.request.patch(`${server.url}/api/consumption-sales/9`, {
      headers: { 'If-Match': `"${before.version}"` },
      data: { note: '同时的修改' },
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    await setField(quantity, String(before.quantity + 8));
    await save(dialog);
    await dialog.getByTestId('edit-conflict').waitFor();
    expect(await dialog.getByTestId('edit-conflict').innerText()).toContain(
      '此记录刚被其他人修改过',
    );
    await expect.poll(() => dialog.getByLabel('备注').inputValue()).toBe('同时的修改');
    expect((await json<{ quantity: number }>('/api/consumption-sales/9')).quantity).toBe(
      before.quantity,
    );
    await shot('i9-edit-sale-conflict-zh');
    await setField(quantity, String(before.quantity + 8));
    await save(dialog);
    await dialog.waitFor({ state: 'hidden' });
    const after = await json<Versioned & { quantity: number; note: string }>(
      '/api/consumption-sales/9',
    );
    expect([after.quantity, after.note, after.version]).toEqual([
      before.quantity + 8,
      '同时的修改',
      before.version + 2,
    ]);
  });

  it('the sales read by channel and by product category, as charts and as tables', {
    timeout: 120_000,
  }, async () => {
    const byChannel = await json<{ rows: { key: string; amountFen: number }[] }>(
      '/api/consumption-sales/summary?by=channel',
    );
    await page.goto(`${server.url}/consumption`);
    const chart = page.getByTestId('breakdown-channel');
    await chart.waitFor();
    const cells = (await chart.getAttribute('data-cells'))?.split(',').sort();
    expect(cells).toEqual(byChannel.rows.map((r) => `${r.key}:${r.amountFen}`).sort());
    expect(await chart.getAttribute('aria-label')).toContain('食堂采购');
    await page.getByTestId('breakdown-productCategory').waitFor();
    await shot('i9-sales-breakdown-chart-zh');
    await page.getByText('表格', { exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('breakdown')).toBe('table');
    const table = page.getByTestId('breakdown-productCategory');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.innerText()).toContain('100.0%');
    expect(await latinWords(page.locator('main'))).toEqual([]);
    await shot('i9-sales-breakdown-table-zh');
  });

  it("a donor's editor may change its own company, not another donor's records", {
    timeout: 120_000,
  }, async () => {
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-beijing');
    await page.goto(`${server.url}/companies/1`);
    await page.getByTestId('edit-company').waitFor();
    await page.goto(`${server.url}/companies/22`);
    await page.locator('.ant-descriptions').waitFor();
    expect(await page.getByTestId('edit-company').count()).toBe(0);
    await page.goto(`${server.url}/training`);
    await page.locator('[data-testid="sessions-table"] tbody tr.ant-table-row').first().waitFor();
    const sessions = await json<{ items: { id: number; can: { update: boolean } }[] }>(
      '/api/training/sessions?limit=50',
    );
    expect(await page.locator('[data-testid^="edit-session-"]').count()).toBe(
      sessions.items.filter((s) => s.can.update).length,
    );
    await page.goto(`${server.url}/companies/1`);
    const dialog = await openDialog(page.getByTestId('edit-company'), '修改企业信息');
    await dialog.getByText('北京市').first().waitFor();
    await shot('i9-edit-company-beijing-zh');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();

    // In English, the dialog and the charts read in English.
    await page.getByText('English', { exact: true }).click();
    await page.getByTestId('edit-company').getByText('Edit details').waitFor();
    const en = await openDialog(page.getByTestId('edit-company'), 'Edit company details');
    await en.getByText('Unified social credit code').waitFor();
    await shot('i9-edit-company-en');
    await en.getByRole('button', { name: 'Cancel' }).click();
    await page.goto(`${server.url}/consumption`);
    await page.getByRole('heading', { name: 'By sales channel' }).waitFor();
    await shot('i9-sales-breakdown-en');
    await page.getByText('中文', { exact: true }).click();
  });
});
