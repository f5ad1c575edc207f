/// <reference lib="dom" />
/**
 * Issue 9's forms in Chromium: a donor's editor creates a group-style team, adds a member (a
 * date outside the team refused on its field, in Chinese), ends the member (a change made
 * meanwhile met as a 409: reloaded, said in Chinese, then saved); records a mentoring and its
 * yearly assessment (a year outside the mentoring refused on its field). Another donor's editor
 * sees both but no control to change them; the form reads in English too.
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

  const menteeName = '浏览器测试·阿依古丽';

  it("a donor's editor records a mentoring and its yearly assessment", {
    timeout: 180_000,
  }, async () => {
    await page.goto(`${server.url}/mentoring`);
    await page.getByTestId('mentoring-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('徒弟姓名').waitFor();
    const mentor = dialog.getByLabel('师傅（援派人员）', { exact: true });
    await mentor.click();
    await mentor.fill('任耕坡');
    await dropdown().locator('.ant-select-item-option', { hasText: '任耕坡' }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('地区', { exact: true }).fill('喀什地区');
    await dropdown().locator('[data-area="653100"]').waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('徒弟姓名').fill(menteeName);
    await dialog.getByLabel('开始日期').fill('2025-03-01');
    await page.keyboard.press('Enter');
    await dialog.getByText('立即公开').click();
    await dialog.getByLabel('徒弟所在单位').fill('喀什地区第二人民医院');
    await shot('i9-forms-mentoring-new-zh');
    expect(await latinWords(dialog)).toEqual([]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('[data-testid="mentoring-table"] tbody tr', { hasText: menteeName });
    await row.waitFor();

    // A year before the mentoring began is refused by the server, on the year, in Chinese.
    await row.getByTestId('mentoring-assess').click();
    const assess = page.getByRole('dialog');
    const year = assess.getByLabel('考核年度');
    await year.fill('2024');
    await assess.getByText('优秀').click();
    await assess.getByLabel('考核说明').fill('带教成效显著');
    await year.click();
    await page.keyboard.press('Enter');
    await assess.getByText('考核年度须在传帮带的起止年度（2025 – …）之内').waitFor();
    await shot('i9-forms-assessment-error-zh');
    expect(await latinWords(assess)).toEqual([]);
    await year.fill('2025');
    await page.keyboard.press('Enter');
    await assess.waitFor({ state: 'hidden' });
    await row.getByText('2025 年：优秀').waitFor();
    const list = await json<{
      items: { mentee: { name: string }; assessments: { year: number; grade: string }[] }[];
    }>('/api/mentorings?limit=200');
    const saved = list.items.find((m) => m.mentee.name === menteeName);
    expect(saved?.assessments).toEqual([{ year: 2025, grade: 'excellent', note: '带教成效显著' }]);
    await shot('i9-forms-mentoring-zh');
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
    await dialog.getByRole('button', { name: /取\s*消/ }).click();

    await page.goto(`${server.url}/mentoring`);
    const mentoringRow = page.locator('[data-testid="mentoring-table"] tbody tr', {
      hasText: menteeName,
    });
    await mentoringRow.waitFor();
    expect(await page.getByTestId('mentoring-assess').count()).toBe(0);
    // The actions column shows only when a row on the page may be changed.
    const visible = await json<{ items: { can: { write: boolean } }[] }>(
      '/api/mentorings?limit=20',
    );
    const header = await page.locator('[data-testid="mentoring-table"] thead').innerText();
    expect(header.includes('操作')).toBe(visible.items.some((m) => m.can.write));

    // In English, the forms read in English.
    await page.getByText('English', { exact: true }).click();
    await page.getByTestId('mentoring-new').getByText('New mentoring').waitFor();
    await page.getByTestId('mentoring-new').click();
    await page.getByRole('dialog').getByText('Mentor (aid professional)').waitFor();
    await shot('i9-forms-mentoring-new-en');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('中文', { exact: true }).click();
  });
});
