/// <reference lib="dom" />
/**
 * A training session's funding project and participant list changed on the training screen, in
 * Chromium: Shanghai's donor editor picks one of Shanghai's projects and names two participants;
 * a list longer than the participants is refused by the server, in Chinese; what is saved reads
 * back from the API; the dialog in English too.
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

interface SessionJson {
  id: number;
  version: number;
  project: string | null;
  participantList: { name: string; organisation: string | null }[];
}

describe.skipIf(!browserAvailable())('a session’s project and participants in Chromium', () => {
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
    // Project codes (XJ-2026-SH-0001) are codes shown second, not words.
    return [
      ...new Set(text.replace(/[A-Z]{2}-\d{4}-[A-Z]+-\d+/g, '').match(/[A-Za-z]{3,}/g) ?? []),
    ];
  }

  async function setField(field: Locator, value: string) {
    await field.click();
    await field.fill(value);
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(value);
  }

  it('Shanghai’s editor sets the funding project and the participants; too many refused', {
    timeout: 240_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-shanghai');
    const projects = await json<{ items: { code: string; name: { zh: string } }[] }>(
      '/api/projects?donor=310000&limit=1',
    );
    const project = projects.items[0];
    if (!project) throw new Error('Shanghai has no project');
    const created = await page.request.post(`${server.url}/api/training/sessions`, {
      data: {
        organiser: '310000',
        area: '653125',
        startDate: '2027-01-10',
        endDate: '2027-01-12',
        place: 'xinjiang',
        topic: '浏览器测试·莎车电商培训',
        participants: 2,
        personTimes: 6,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const s = (await created.json()) as SessionJson;

    await page.goto(`${server.url}/training?donor=310000`);
    await page.getByTestId(`edit-session-${s.id}`).click();
    const dialog = page.getByRole('dialog', { name: '修改培训班次' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '添加参训人员' }).waitFor();

    // The funding project, found by its name.
    const picker = dialog.getByLabel('资金来源项目');
    await picker.click();
    await picker.fill(project.name.zh.slice(0, 4));
    await chooseOption(page, project.code);

    // Three named participants for two: refused by the server, in Chinese; nothing saved.
    for (const [i, name] of ['阿依古丽', '买买提', '古丽娜'].entries()) {
      await dialog.getByRole('button', { name: '添加参训人员' }).click();
      await setField(dialog.getByLabel(`第 ${i + 1} 名参训人员的姓名`), name);
    }
    await setField(dialog.getByLabel('第 1 名参训人员的单位'), '莎车县电商中心');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.locator('.ant-form-item-explain-error').first().waitFor();
    await shot('i9-session-participants-refused-zh');
    expect(await latinWords(dialog)).toEqual([]);
    expect((await json<SessionJson>(`/api/training/sessions/${s.id}`)).version).toBe(s.version);

    await dialog.getByRole('button', { name: '删除第 3 名参训人员' }).click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await json<SessionJson>(`/api/training/sessions/${s.id}`)).version)
      .toBe(s.version + 1);
    const saved = await json<SessionJson>(`/api/training/sessions/${s.id}`);
    expect(saved.project).toBe(project.code);
    expect(saved.participantList.map((p) => [p.name, p.organisation])).toEqual([
      ['阿依古丽', '莎车县电商中心'],
      ['买买提', null],
    ]);

    // Opened again: the project by name and the two participants, in English too.
    await page.getByText('English', { exact: true }).click();
    await page.getByTestId(`edit-session-${s.id}`).click();
    const en = page.getByRole('dialog', { name: /./ });
    await en.getByLabel('Name of participant 2').waitFor();
    await expect.poll(() => en.getByLabel('Name of participant 2').inputValue()).toBe('买买提');
    await en.getByText(project.code, { exact: false }).waitFor();
    await shot('i9-session-participants-en');
    await en.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('中文', { exact: true }).click();
  });
});
