/// <reference lib="dom" />
/**
 * Recording and changing an institution pairing (以院包科) on its screen, in Chromium: Shanghai's
 * donor editor adopts a department of Kashgar's No. 2 hospital under its Shache pairing (the
 * organisations picked by name, the parent pairing by its area), is refused on the field when the
 * hospital is not within the parent pairing, then saves; changes the department, the note and
 * publication; Beijing's editor sees no control on Shanghai's rows; the dialog reads in English.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  chooseOption,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

interface PairingJson {
  id: number;
  kind: string;
  parentId: number;
  donor: { code: string };
  recipientOrg: { code: string } | null;
  recipientDepartment: string | null;
  note: string | null;
  noteEn?: string | null;
  publishedAt: string | null;
  version: number;
}

describe.skipIf(!browserAvailable())('institution pairings in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

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

  async function latinWords(scope: Locator): Promise<string[]> {
    const text = (await scope.innerText()) ?? '';
    return [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])];
  }

  /** Types into a searchable select and picks the option whose text contains `option`. */
  async function pick(dialog: Locator, label: string, typed: string, option: string) {
    const field = dialog.getByLabel(label, { exact: true });
    await field.click();
    await field.fill(typed);
    await chooseOption(page, option);
  }

  it('Shanghai’s editor records a 以院包科 pairing, refused on a field first, then changes it', {
    timeout: 240_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-shanghai');
    const before = await json<{ items: PairingJson[] }>(
      '/api/institution-pairings?donor=310000&kind=hospital-department&limit=100',
    );
    await page.goto(`${server.url}/institution-pairings`);
    await page.getByTestId('institution-pairing-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('以院包科', { exact: true }).waitFor();
    // Shanghai's only donor is chosen already; its pairings are the parents on offer.
    await pick(dialog, '所属结对关系', '莎车', '莎车县');
    await pick(dialog, '援助方单位', '第九人民医院', '上海交通大学医学院附属第九人民医院');
    // Shanghai's own hospital on both sides: refused on the recipient's field, in Chinese.
    await pick(dialog, '受援方单位', '第九人民医院', '上海交通大学医学院附属第九人民医院');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const refusal = dialog.locator('.ant-form-item-has-error', { hasText: '受援方单位' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('单位不能与自身结对');
    expect(await dialog.innerText()).not.toContain('某项输入');
    await pick(dialog, '受援方单位', '喀什地区第二', '喀什地区第二人民医院');
    await dialog.getByLabel('受援科室').fill('骨科');
    await dialog.getByLabel('备注', { exact: true }).fill('以院包科：骨科');
    await shot('institution-pairing-new-zh');
    expect(await latinWords(dialog)).toEqual([]);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    const after = await json<{ items: PairingJson[] }>(
      '/api/institution-pairings?donor=310000&kind=hospital-department&limit=100',
    );
    expect(after.items).toHaveLength(before.items.length + 1);
    const made = after.items.find((x) => !before.items.some((b) => b.id === x.id));
    expect(made).toMatchObject({
      kind: 'hospital-department',
      donor: { code: '310000-H9' },
      recipientOrg: { code: '653100-H2' },
      recipientDepartment: '骨科',
      note: '以院包科：骨科',
      publishedAt: null,
    });
    const shache = await json<{ items: { id: number; recipient: { code: string } | null }[] }>(
      '/api/pairings?donor=310000',
    );
    expect(shache.items.find((p) => p.id === made?.parentId)?.recipient?.code).toBe('653125');

    // Changed: the department, the note, and published (the list filtered to find it).
    await page.goto(`${server.url}/institution-pairings?donor=310000&kind=hospital-department`);
    await page.getByTestId(`institution-pairing-edit-${made?.id}`).click();
    const edit = page.getByRole('dialog');
    await expect.poll(() => edit.getByLabel('受援科室').inputValue()).toBe('骨科');
    await edit.getByLabel('受援科室').fill('骨科、麻醉科');
    await edit.getByLabel('备注', { exact: true }).fill('以院包科：骨科、麻醉科');
    await edit.getByRole('radio', { name: '立即公开' }).check();
    await shot('institution-pairing-edit-zh');
    expect(await latinWords(edit)).toEqual([]);
    await edit
      .getByLabel('英文备注')
      .fill('Hospital adopts departments: orthopaedics, anaesthesia');
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await edit.waitFor({ state: 'hidden' });
    const changed = await json<PairingJson>(`/api/institution-pairings/${made?.id}`);
    expect(changed).toMatchObject({
      recipientDepartment: '骨科、麻醉科',
      note: '以院包科：骨科、麻醉科',
      noteEn: 'Hospital adopts departments: orthopaedics, anaesthesia',
    });
    expect(changed.publishedAt).not.toBeNull();
    expect(changed.version).toBeGreaterThan(made?.version ?? 0);

    // Beijing's editor: Shanghai's published rows carry no control.
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-beijing');
    await page.goto(`${server.url}/institution-pairings?donor=310000`);
    await page
      .locator('[data-testid="institution-pairings-table"] tbody tr[data-row-key]')
      .first()
      .waitFor();
    expect(await page.getByTestId(`institution-pairing-edit-${made?.id}`).count()).toBe(0);

    // The new-pairing dialog in English.
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-shanghai');
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'en'));
    // The list in English shows the note written in English.
    await page.goto(`${server.url}/institution-pairings?donor=310000&kind=hospital-department`);
    await page
      .getByTestId('institution-pairings-table')
      .getByText('Hospital adopts departments: orthopaedics, anaesthesia')
      .waitFor();
    await page.goto(`${server.url}/institution-pairings`);
    await page.getByTestId('institution-pairing-new').click();
    const en = page.getByRole('dialog');
    await en.getByText('Under the pairing').waitFor();
    await shot('institution-pairing-new-en');
    expect(await en.innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'zh-CN'));
  });
});
