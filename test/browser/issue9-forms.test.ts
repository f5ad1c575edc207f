/// <reference lib="dom" />
/**
 * Issue 9's forms in Chromium: a donor's editor creates a group-style team, adds a member (a
 * date outside the team refused on its field, in Chinese), ends the member (a change made
 * meanwhile met as a 409: reloaded, said in Chinese, then saved); another donor's editor sees
 * the team but no control to change it.
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

interface TeamJson {
  id: number;
  name: string;
  version: number;
  publishedAt: string | null;
  members: { id: number; person: { name: string }; startsOn: string; endsOn: string | null }[];
}

describe.skipIf(!browserAvailable())('issue 9 forms in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  const dropdown = () => page.locator('.ant-select-dropdown:visible');

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
  async function latinWords(scope = page.locator('main')): Promise<string[]> {
    const text = (await scope.innerText()) ?? '';
    return [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])];
  }

  async function teamNamed(name: string): Promise<TeamJson> {
    const list = await json<{ items: TeamJson[] }>('/api/teams?limit=200');
    const team = list.items.find((x) => x.name === name);
    if (!team) throw new Error(`no team ${name}`);
    return team;
  }

  const teamName = '浏览器测试·上海医疗组团';

  it("a donor's editor creates a team, adds a member and ends the member", {
    timeout: 180_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-shanghai');
    await page.goto(`${server.url}/teams`);
    await page.getByTestId('team-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('组团名称').waitFor();
    // Saving an empty form names each missing field, in Chinese, on the field.
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请填写组团名称').waitFor();
    await dialog.getByText('请填写接管单位').waitFor();

    await dialog.getByLabel('地区', { exact: true }).fill('喀什地区');
    await dropdown().locator('[data-area="653100"]').waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('开始日期').fill('2025-01-01');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('接管单位').fill('喀什地区第二人民医院');
    await dialog.getByText('立即公开').click();
    await dialog.getByLabel('组团名称').fill(teamName);
    await shot('i9-forms-team-new-zh');
    expect(await latinWords(dialog)).toEqual([]);
    // Enter in a field saves the form.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('[data-testid="teams-table"] tbody tr', { hasText: teamName });
    await row.waitFor();
    const created = await teamNamed(teamName);
    expect(created.publishedAt).not.toBeNull();
    expect(created.members).toEqual([]);

    // Add a member: a start before the team's is refused by the server, on the field.
    await row.getByTestId('team-add-member').click();
    const add = page.getByRole('dialog');
    const person = add.getByLabel('人员', { exact: true });
    await person.click();
    await person.fill('任耕坡');
    await dropdown().locator('.ant-select-item-option', { hasText: '任耕坡' }).waitFor();
    await page.keyboard.press('Enter');
    await add.getByText('成员', { exact: true }).click();
    const joined = add.getByLabel('加入日期');
    await joined.click();
    await joined.fill('2024-06-01');
    await page.keyboard.press('Enter'); // Enter in the date saves
    await add.getByText('成员的起止日期须在组团的起止日期（2025-01-01 – …）之内').waitFor();
    await shot('i9-forms-team-member-error-zh');
    expect(await latinWords(add)).toEqual([]);
    await joined.click();
    await joined.fill('2025-02-01');
    await page.keyboard.press('Enter');
    await add.waitFor({ state: 'hidden' });
    const withMember = await teamNamed(teamName);
    expect(withMember.members.map((m) => [m.person.name, m.startsOn, m.endsOn])).toEqual([
      ['任耕坡', '2025-02-01', null],
    ]);

    // End the member; someone changes the team meanwhile: a 409, said in Chinese, reloaded.
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByTestId('team-end-member').click();
    const end = page.getByRole('dialog');
    const endDate = end.getByLabel('结束日期');
    await endDate.waitFor();
    const meanwhile = await page.request.patch(`${server.url}/api/teams/${withMember.id}`, {
      headers: { 'If-Match': `"${withMember.version}"` },
      data: { note: '同时的修改' },
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    await endDate.click();
    await endDate.fill('2025-12-31');
    await page.keyboard.press('Enter');
    await end
      .getByText('此记录刚被其他人修改过，已为您重新加载最新内容。请核对后再保存。')
      .waitFor();
    await shot('i9-forms-team-end-conflict-zh');
    expect((await teamNamed(teamName)).members[0]?.endsOn).toBeNull();
    // The list (and the dialog with it) now has the new version: saving again ends the member.
    await page.waitForTimeout(500);
    await endDate.click();
    await page.keyboard.press('Enter');
    await end.waitFor({ state: 'hidden' });
    const ended = await teamNamed(teamName);
    expect(ended.members[0]?.endsOn).toBe('2025-12-31');
    await page.getByTestId('team-members').getByText('2025-12-31').waitFor();
    expect(await page.getByTestId('team-end-member').count()).toBe(0);
    await shot('i9-forms-teams-zh');
  });

  it("another donor's editor sees the team but no control to change it", {
    timeout: 120_000,
  }, async () => {
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-beijing');
    await page.goto(`${server.url}/teams`);
    const row = page.locator('[data-testid="teams-table"] tbody tr', { hasText: teamName });
    await row.waitFor();
    expect(await row.getByTestId('team-add-member').count()).toBe(0);
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByTestId('team-members').waitFor();
    expect(await page.getByTestId('team-end-member').count()).toBe(0);
    // Beijing may record its own teams: the donor offered is Beijing alone.
    await page.getByTestId('team-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('北京市').waitFor();
    await shot('i9-forms-teams-other-donor-zh');
  });
});
