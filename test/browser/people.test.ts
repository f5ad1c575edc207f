/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckCharacter } from '../../src/domain/id-card.js';
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
 * Aid personnel through the screens (issue 9): Beijing's editor registers a person with a
 * posting in Hotan county and finds them on the county's roster and area page; Shanghai's editor
 * then sees that person with phone and ID-card number masked. The demo's roster, person page,
 * teams, mentoring and institution pairings, as the programme office and as a donor editor, in
 * Chinese and in English.
 */
describe.skipIf(!browserAvailable())('aid personnel screens in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  const name = `测试干部${Date.now().toString(36).slice(-4)}`;
  const first17 = '65322119850101123';
  const idCard = `${first17}${idCardCheckCharacter(first17)}`;
  const wrongCheck = `${first17}${idCardCheckCharacter(first17) === '0' ? '1' : '0'}`;
  const phone = '13912345678';
  let personUrl = '';

  const dropdown = () => page.locator('.ant-select-dropdown:visible');
  /** `days` before Ren Gengpo's term ends (the demo starts it on the 1st, 12 months back, for 36). */
  const renEndMinus = (days: number) => {
    const now = new Date();
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12 + 36, 1));
    end.setUTCDate(end.getUTCDate() - 1 - days);
    return end.toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
    await logInAs(page, server.url, 'demo-beijing');
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  async function otherUser(username: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale,
    });
    const p = await context.newPage();
    p.setDefaultTimeout(30_000);
    await logInAs(p, server.url, username);
    if (locale === 'en') {
      await p.evaluate(() => localStorage.setItem('shanhai.language', 'en'));
    }
    return { context, p };
  }

  it('a donor editor adds a person and a posting, and sees them on the area’s roster', {
    timeout: 180_000,
  }, async () => {
    await page.goto(`${server.url}/people`);
    await page.getByRole('button', { name: /新增人员/ }).click();
    await page.waitForURL(/\/people\/new$/);
    await page.getByLabel('中文姓名').fill(name);
    await page.getByLabel('联系电话').fill(phone);
    // A wrong check character is refused in Chinese, naming the right one.
    await page.getByLabel('身份证号码').fill(wrongCheck);
    await page.getByLabel('中文姓名').click();
    await page
      .getByText(`身份证号码校验码不正确，按 GB 11643 应为 ${idCardCheckCharacter(first17)}`)
      .waitFor();
    await page.getByLabel('身份证号码').fill('12345');
    await page.getByLabel('中文姓名').click();
    await page.getByText('身份证号码应为 18 位').waitFor();
    await page.getByLabel('身份证号码').fill(idCard);
    await page.getByLabel('中文姓名').click();
    // Beijing's editor registers for Beijing: the one donor of its grant is chosen.
    await expect(
      page.locator('.ant-form-item', { hasText: '派出方' }).first().textContent(),
    ).resolves.toContain('北京市');
    // check() clicks and then asserts the box is ticked (a loaded machine can lose a click).
    await page.getByRole('checkbox', { name: /立即公开/ }).check();
    await page.getByLabel('人员类别').click();
    await chooseOption(page, '干部');
    await page.getByLabel('服务地区').fill('hetianxian');
    await dropdown().locator('[data-area="653221"]').waitFor();
    await page.keyboard.press('Enter');
    await page.getByLabel('接收单位').fill('和田县发展和改革委员会');
    await page.getByLabel('岗位', { exact: true }).fill('和田县发展和改革委员会副主任');
    await page.getByLabel('任期开始').fill('2026-03-01');
    await page.screenshot({ path: `${SHOTS}/people-new-zh.png`, fullPage: true });
    // Enter in the last field saves the form (keyboard use).
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/people\/\d+$/);
    personUrl = new URL(page.url()).pathname;
    // The later tests rest on what was saved: published, in Hotan County.
    const saved = await (
      await page.request.get(`${server.url}/api/people/persons/${personUrl.split('/').at(-1)}`)
    ).json();
    expect(saved.published).toBe(true);
    await page.getByTestId('person-postings').getByText('和田县发展和改革委员会副主任').waitFor();
    // The cadre's default term: three years.
    await page.getByTestId('person-postings').getByText('2026-03-01 – 2029-02-28').waitFor();
    await expect(page.getByTestId('person-phone').textContent()).resolves.toBe(phone);
    await expect(page.getByTestId('person-id-card').textContent()).resolves.toBe(idCard);
    await page.screenshot({ path: `${SHOTS}/people-person-own-zh.png`, fullPage: true });
    // A second posting outside Beijing's pairing is refused on the area field, in Chinese, until
    // it is marked cross-pair.
    await page.getByTestId('person-add-posting').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('人员类别').click();
    await chooseOption(page, '干部');
    await dialog.getByLabel('服务地区').fill('shachexian');
    await dropdown().locator('[data-area="653125"]').waitFor();
    await page.keyboard.press('Enter');
    // Each field must hold before the next (a loaded machine can lose a picker's Enter).
    await expect
      .poll(
        async () =>
          await dialog.locator('.ant-form-item', { hasText: '服务地区' }).first().innerText(),
      )
      .toContain('莎车县');
    await dialog.getByLabel('接收单位').fill('莎车县教育局');
    await dialog.getByLabel('岗位', { exact: true }).fill('莎车县教育局副局长');
    await dialog.getByLabel('任期开始').fill('2029-06-01');
    await page.keyboard.press('Enter'); // closes the date picker
    await expect.poll(() => dialog.getByLabel('任期开始').inputValue()).toBe('2029-06-01');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    // Names, not codes, in the message.
    await dialog
      .getByText('北京市 在 2029-06-01 未与 莎车县 结对', { exact: false })
      .waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/people-posting-refused-zh.png` });
    await page.screenshot({ path: `${SHOTS}/people-posting-refused-zh.png` });
    await dialog.getByText(/^跨结对/).click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('person-postings').getByText('莎车县教育局副局长').waitFor();
    await page.getByTestId('person-postings').getByText('跨结对').waitFor();

    await page.goto(`${server.url}/people?area=653221`);
    const row = page.getByTestId('roster-table').locator('tr', { hasText: name });
    await row.waitFor();
    await expect(row.getByTestId('roster-phone').textContent()).resolves.toBe(phone);
    await page.screenshot({ path: `${SHOTS}/people-roster-beijing-zh.png`, fullPage: true });
    // The prefecture's roster holds the county's people too (the subtree).
    await page.goto(`${server.url}/people?area=653200`);
    await page.getByTestId('roster-table').locator('tr', { hasText: name }).waitFor();
    // The area page lists who serves there now.
    await page.goto(`${server.url}/areas/653221`);
    await page.getByTestId('area-people').getByText(name).waitFor();
    await page.getByTestId('area-people').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/people-area-page-zh.png` });
  });

  it('the donor editor edits the person (a lost update refused in Chinese) and ends a posting early', {
    timeout: 180_000,
  }, async () => {
    expect(personUrl).not.toBe('');
    await page.goto(`${server.url}${personUrl}`);
    await page.getByTestId('person-postings').getByText('和田县发展和改革委员会副主任').waitFor();
    await page.getByTestId('person-edit').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('中文姓名').inputValue()).resolves.toBe(name);
    await expect(dialog.getByLabel('联系电话').inputValue()).resolves.toBe(phone);
    // A wrong ID-card number is refused on its field, in Chinese.
    await dialog.getByLabel('身份证号码').fill(wrongCheck);
    await dialog.getByLabel('民族').click();
    await dialog
      .getByText(`身份证号码校验码不正确，按 GB 11643 应为 ${idCardCheckCharacter(first17)}`)
      .waitFor();
    await dialog.getByLabel('身份证号码').fill(idCard);
    await dialog.getByLabel('民族').fill('汉族');
    // Someone else changes the person meanwhile: saving is refused, said in Chinese, reloaded.
    const id = Number(personUrl.split('/').at(-1));
    const status = await page.evaluate(async (personId) => {
      const got = await fetch(`/api/people/persons/${personId}`);
      const version = ((await got.json()) as { version: number }).version;
      const res = await fetch(`/api/people/persons/${personId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
        body: JSON.stringify({ homeOrgName: '北京市发展和改革委员会' }),
      });
      return res.status;
    }, id);
    expect(status).toBe(200);
    await dialog.getByLabel('原单位').fill('北京市商务局');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog
      .getByTestId('person-edit-conflict')
      .getByText('此人员刚被其他人修改过，已为您重新加载最新内容')
      .waitFor();
    // The form now shows the other change; the edit is made again and Enter saves it.
    await expect
      .poll(() => dialog.getByLabel('原单位').inputValue())
      .toBe('北京市发展和改革委员会');
    await page.screenshot({ path: `${SHOTS}/people-edit-conflict-zh.png` });
    await dialog.getByLabel('民族').fill('汉族');
    await dialog.getByLabel('原单位').fill('北京市商务局');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const basics = page.locator('.ant-descriptions');
    await basics.getByText('北京市商务局').waitFor();
    await basics.getByText('汉族').waitFor();

    // Ending the Hotan posting early: the reason is required, on its field, in Chinese.
    const hotan = page.getByTestId('person-postings').locator('tr', {
      hasText: '和田县发展和改革委员会副主任',
    });
    await hotan.getByTestId('posting-end').click();
    const end = page.getByRole('dialog');
    await end.getByLabel('结束日期').fill('2027-06-30');
    await page.keyboard.press('Enter'); // closes the date picker
    await end.getByRole('button', { name: '确认结束' }).click();
    await end.getByText('请填写提前结束原因').waitFor();
    await end.getByLabel('提前结束原因').fill('因工作需要调回原单位');
    await page.screenshot({ path: `${SHOTS}/people-end-early-zh.png` });
    await end.getByRole('button', { name: '确认结束' }).click();
    await end.waitFor({ state: 'hidden' });
    await hotan.getByText('提前结束：因工作需要调回原单位').waitFor();
    await hotan.getByText('2026-03-01 – 2027-06-30').waitFor();
    await expect(hotan.getByTestId('posting-end').count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/people-person-edited-zh.png`, fullPage: true });

    // A batch opened from the people page; the same number again is refused on its field.
    for (const attempt of [1, 2]) {
      await page.goto(`${server.url}/people`);
      await page.getByTestId('batch-new').click();
      const batch = page.getByRole('dialog');
      await expect(
        batch.locator('.ant-form-item', { hasText: '派出方' }).first().textContent(),
      ).resolves.toContain('北京市');
      await batch.getByLabel('批次号').fill('998');
      await batch.getByLabel('批次名称').fill('北京市第九九八批测试');
      await batch.getByRole('button', { name: /保\s*存/ }).click();
      if (attempt === 1) {
        await batch.waitFor({ state: 'hidden' });
      } else {
        await batch.getByText('该派出方已有第 998 批，请换一个批次号').waitFor();
        await page.screenshot({ path: `${SHOTS}/people-batch-taken-zh.png` });
      }
    }
    const batches = await page.evaluate(async () =>
      (await fetch('/api/people/batches?donor=110000')).json(),
    );
    expect(batches).toContainEqual(
      expect.objectContaining({ number: 998, name: '北京市第九九八批测试' }),
    );
  });

  it('another donor’s editor sees that person with phone and ID-card number masked', {
    timeout: 120_000,
  }, async () => {
    expect(personUrl).not.toBe('');
    const { context, p } = await otherUser('demo-shanghai');
    await p.goto(`${server.url}/people?area=653221`);
    const row = p.getByTestId('roster-table').locator('tr', { hasText: name });
    await row.waitFor();
    await expect(row.getByTestId('roster-phone').textContent()).resolves.toBe('139****5678');
    await expect(row.textContent()).resolves.toContain('已隐去');
    await expect(row.textContent()).resolves.not.toContain(phone);
    await p.screenshot({ path: `${SHOTS}/people-roster-shanghai-masked-zh.png`, fullPage: true });
    await p.goto(`${server.url}${personUrl}`);
    await p.getByTestId('person-postings').getByText('和田县发展和改革委员会副主任').waitFor();
    await expect(p.getByTestId('person-phone').textContent()).resolves.toBe('139****5678');
    const id = (await p.getByTestId('person-id-card').textContent()) ?? '';
    expect(id).not.toBe(idCard);
    expect(id).toContain('*');
    // No controls on another donor's person.
    await expect(p.getByTestId('person-add-posting').count()).resolves.toBe(0);
    await expect(p.getByTestId('person-publish').count()).resolves.toBe(0);
    await expect(p.getByTestId('person-edit').count()).resolves.toBe(0);
    await expect(p.getByTestId('posting-end').count()).resolves.toBe(0);
    await p.screenshot({ path: `${SHOTS}/people-person-masked-zh.png`, fullPage: true });
    // Empty and not-found states, in Chinese.
    await p.goto(`${server.url}/people?area=653221&date=2000-01-01`);
    await p.getByText('没有符合条件的人员').waitFor();
    await p.goto(`${server.url}/people/999999`);
    await p.getByText('没有这个人员，或您无权查看').waitFor();
    await p.screenshot({ path: `${SHOTS}/people-person-404-zh.png` });
    await context.close();
  });

  it('shows the programme office the demo roster, Ren Gengpo’s page, the Habahe team, Ni Yuan’s mentees and the township pairings (zh-CN)', {
    timeout: 180_000,
  }, async () => {
    const { context, p } = await otherUser('demo-coordinator');
    await p.goto(`${server.url}/people?area=653100`);
    const ren = p.getByTestId('roster-table').locator('tr', { hasText: '任耕坡' });
    await ren.waitFor();
    await expect(ren.textContent()).resolves.toContain('喀什地区工业和信息化局副局长');
    await p.screenshot({ path: `${SHOTS}/people-roster-coordinator-zh.png`, fullPage: true });
    // On a date two months before his term ends, his row is marked as ending soon.
    await p.goto(`${server.url}/people?area=653100&date=${renEndMinus(60)}`);
    const ending = p
      .getByTestId('roster-table')
      .locator('tr[data-ending="true"]', { hasText: '任耕坡' });
    await ending.getByText('60 天后期满').waitFor();
    await p.screenshot({ path: `${SHOTS}/people-roster-ending-zh.png`, fullPage: true });
    await ending.getByTestId('person-link').click();
    await p.waitForURL(/\/people\/\d+$/);
    await p.getByTestId('person-postings').getByText('上海市第十一批援疆干部').waitFor();
    await p.screenshot({ path: `${SHOTS}/people-person-ren-zh.png`, fullPage: true });

    await p.goto(`${server.url}/teams`);
    const habahe = p
      .getByTestId('teams-table')
      .locator('tr', { hasText: '哈巴河县人民医院' })
      .first();
    await habahe.waitFor();
    await habahe.locator('.ant-table-row-expand-icon').click();
    await p.getByTestId('team-members').getByText('刘建国').waitFor();
    await expect(p.getByTestId('team-members').textContent()).resolves.toContain('领队');
    await p.screenshot({ path: `${SHOTS}/people-teams-zh.png`, fullPage: true });

    await p.goto(`${server.url}/mentoring?donor=120000`);
    await p.getByText('共 14 对师徒').waitFor();
    await expect(p.getByTestId('mentoring-table').textContent()).resolves.toContain('倪园');
    await p.screenshot({ path: `${SHOTS}/people-mentoring-zh.png`, fullPage: true });

    await p.goto(`${server.url}/institution-pairings?kind=township`);
    await p.getByText('共 22 对').waitFor();
    await p.goto(`${server.url}/institution-pairings?kind=hospital-department`);
    await p
      .getByTestId('institution-pairings-table')
      .getByText('口腔颌面外科', { exact: false })
      .first()
      .waitFor();
    await p.screenshot({ path: `${SHOTS}/people-institutions-zh.png`, fullPage: true });
    const nav = p.getByRole('navigation', { name: /导航/ });
    for (const entry of ['援派人员', '组团式援助', '传帮带', '机构结对']) {
      await nav.getByText(entry, { exact: true }).waitFor();
    }
    await context.close();
  });

  it('shows a donor editor the same screens in English, and a viewer no control to add', {
    timeout: 180_000,
  }, async () => {
    const { context, p } = await otherUser('demo-shanghai', 'en');
    await p.goto(`${server.url}/people?area=653100`);
    await p.getByRole('heading', { name: 'Aid personnel' }).waitFor();
    const ren = p.getByTestId('roster-table').locator('tr', { hasText: '任耕坡' });
    await ren.waitFor();
    await expect(ren.textContent()).resolves.toContain('Cadre');
    await expect(ren.textContent()).resolves.toContain('Shanghai');
    await p.screenshot({ path: `${SHOTS}/people-roster-shanghai-en.png`, fullPage: true });
    await ren.getByTestId('person-link').click();
    await p.getByText('Postings', { exact: true }).waitFor();
    await p.getByRole('button', { name: 'Add a posting' }).waitFor();
    await p.getByRole('button', { name: 'Edit' }).waitFor();
    await p.getByRole('button', { name: 'End early' }).first().waitFor();
    await p.screenshot({ path: `${SHOTS}/people-person-ren-en.png`, fullPage: true });
    // Persons of all kinds: Beijing's published test person is there, masked.
    await p.goto(`${server.url}/people?view=persons&q=${encodeURIComponent(name)}`);
    const row = p.getByTestId('persons-table').locator('tr', { hasText: name });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Masked');
    await p.goto(`${server.url}/mentoring`);
    await p.getByText('Mentor–mentee pairs: 14').waitFor();
    await expect(p.getByTestId('mentoring-table').textContent()).resolves.toMatch(/Excellent|Good/);
    await p.screenshot({ path: `${SHOTS}/people-mentoring-en.png`, fullPage: true });
    await p.goto(`${server.url}/teams?kind=medical`);
    await p.getByTestId('teams-table').getByText('Medical team').first().waitFor();
    await p.screenshot({ path: `${SHOTS}/people-teams-en.png`, fullPage: true });
    await p.goto(`${server.url}/institution-pairings`);
    await p.getByText('Pairings: 23').waitFor();
    await p.screenshot({ path: `${SHOTS}/people-institutions-en.png`, fullPage: true });
    // Shanghai's editor may add people: the button shows; a viewer gets none.
    await p.goto(`${server.url}/people`);
    await p.getByRole('button', { name: /New person/ }).waitFor();
    await context.close();
    const viewer = await otherUser('demo-viewer');
    await viewer.p.goto(`${server.url}/people`);
    await viewer.p.getByRole('heading', { name: '援派人员' }).waitFor();
    await viewer.p.getByTestId('roster-table').waitFor();
    await expect(viewer.p.getByRole('button', { name: /新增人员/ }).count()).resolves.toBe(0);
    await expect(viewer.p.getByTestId('batch-new').count()).resolves.toBe(0);
    await viewer.context.close();
  });
});
