/// <reference lib="dom" />
/**
 * The change history of teams, mentoring, institution pairings, training sessions, exchanges and
 * sales, opened from their rows in a drawer, as a donor editor (Shanghai) reads it: in Chinese
 * words with no code or id, and in English. A reader who may not read histories (a viewer) sees
 * no history link.
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

/** Codes and ids a history must never show (the records' fields, actions and entity types). */
const CODES =
  /amountFen|donorCode|areaCode|channel|productCategory|hostOrg|startsOn|personTimes|consumption-sale|training-session|exchange-activity|\b(create|update|publish)\b|user:|system:|其他字段|653130|310000/;

describe.skipIf(!browserAvailable())('record histories from lists in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  const ids = { team: 0, mentoring: 0, pairing: 0, session: 0, exchange: 0, sale: 0 };

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  async function call<T>(
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    data?: object,
    version?: number,
  ): Promise<T> {
    const res = await page.request.fetch(`${server.url}${url}`, {
      method,
      ...(data ? { data } : {}),
      ...(version ? { headers: { 'if-match': `"${version}"` } } : {}),
    });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  }

  /** Opens a row's history drawer and waits for the entries the test expects. */
  async function openHistory(url: string, testId: string, wanted: readonly string[]) {
    await page.goto(`${server.url}${url}`);
    const button = page.getByTestId(testId);
    await button.waitFor();
    await button.click();
    const card = page.getByTestId('record-history-drawer');
    for (const text of wanted) await card.getByText(text).first().waitFor();
    await expect.poll(() => card.locator('.ant-table-row').count()).toBeGreaterThanOrEqual(1);
    // The drawer has finished sliding in (no transition still running) before a screenshot.
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
    return card;
  }

  it('shows each record’s history in Chinese words, and in English', {
    timeout: 300_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-shanghai');
    // Shanghai's records to show: the demo's hospital pairing, and one of each other kind
    // recorded now and changed once.
    const pairings = await call<{ items: { id: number; can: { readHistory: boolean } }[] }>(
      'GET',
      '/api/institution-pairings?donor=310000&limit=50',
    );
    const pairing = pairings.items.find((p) => p.can.readHistory);
    expect(pairing, 'a Shanghai institution pairing in the demo').toBeDefined();
    ids.pairing = pairing?.id ?? 0;
    const persons = await call<{ items: { id: number }[] }>(
      'GET',
      '/api/people/persons?donor=310000&limit=5',
    );
    const mentor = persons.items[0];
    expect(mentor, 'a Shanghai person in the demo').toBeDefined();

    const team = await call<{ id: number; version: number }>('POST', '/api/teams', {
      kind: 'medical',
      name: '上海医疗队（历史）',
      donorCode: '310000',
      hostOrgName: '巴楚县人民医院',
      areaCode: '653130',
      startsOn: '2026-03-01',
    });
    ids.team = team.id;
    await call('PATCH', `/api/teams/${team.id}`, { name: '上海医疗人才组团' }, team.version);
    const mentoring = await call<{ id: number }>('POST', '/api/mentorings', {
      mentorPersonId: mentor?.id,
      areaCode: '653100',
      menteeName: '阿依古丽',
      menteeOrgName: '喀什地区第二人民医院',
      startsOn: '2026-03-01',
    });
    ids.mentoring = mentoring.id;
    const session = await call<{ id: number; version: number }>('POST', '/api/training/sessions', {
      organiser: '310000',
      area: '653130',
      startDate: '2026-04-01',
      endDate: '2026-04-03',
      place: 'xinjiang',
      topic: '基层医生培训（历史）',
      participants: 40,
      personTimes: 120,
      jobsFound: 0,
      certificates: 0,
    });
    ids.session = session.id;
    await call(
      'PATCH',
      `/api/training/sessions/${session.id}`,
      { personTimes: 160 },
      session.version,
    );
    const exchange = await call<{ id: number }>('POST', '/api/exchanges', {
      kind: 'camp',
      title: '沪疆青少年夏令营（历史）',
      startDate: '2026-07-01',
      endDate: '2026-07-07',
      organisers: ['310000'],
      areas: ['653130'],
      participantsLocal: 30,
      participantsDonor: 10,
    });
    ids.exchange = exchange.id;
    const sale = await call<{ id: number; version: number }>('POST', '/api/consumption-sales', {
      donor: '310000',
      area: '653130',
      month: '2026-10',
      channel: 'experience-hall',
      productCategory: 'dried-fruit',
      product: '巴楚留香瓜干',
      amountFen: 120_000_000,
      quantity: 3,
      unit: '吨',
    });
    ids.sale = sale.id;
    await call(
      'PATCH',
      `/api/consumption-sales/${sale.id}`,
      { amountFen: 150_000_000, channel: 'online-platform' },
      sale.version,
    );

    const screens = [
      {
        name: 'team',
        url: '/teams?donor=310000',
        testId: `history-team-${ids.team}`,
        zh: ['组团：修改', '组团：新增', '上海医疗人才组团'],
        en: ['Team: changed'],
      },
      {
        name: 'mentoring',
        url: '/mentoring?donor=310000',
        testId: `history-mentoring-${ids.mentoring}`,
        zh: ['传帮带：新增'],
        en: ['Mentoring: created'],
      },
      {
        name: 'pairing',
        url: '/institution-pairings?donor=310000',
        testId: `history-pairing-${ids.pairing}`,
        zh: ['机构结对：新增'],
        en: ['Institution pairing: created'],
      },
      {
        name: 'session',
        url: '/training?donor=310000',
        testId: `history-session-${ids.session}`,
        zh: ['培训班次：修改', '培训人次：'],
        en: ['Training session: changed'],
      },
      {
        name: 'exchange',
        url: '/exchanges?donor=310000',
        testId: `history-exchange-${ids.exchange}`,
        zh: ['交流活动：新增'],
        en: ['Exchange activity: created'],
      },
      {
        name: 'sale',
        url: '/consumption?donor=310000',
        testId: `history-sale-${ids.sale}`,
        zh: ['消费帮扶销售：修改', '销售额：', '150.00 万元', '线上平台'],
        en: ['Consumption-aid sale: changed', 'Online platform'],
      },
    ];
    for (const s of screens) {
      const card = await openHistory(s.url, s.testId, s.zh);
      const text = await card.innerText();
      expect(text, s.name).not.toMatch(CODES);
      // Who changed it, by name (the demo's pairing was recorded by the system).
      if (s.name !== 'pairing') expect(text, s.name).toContain('演示');
      await page.screenshot({ path: `${SHOTS}/record-history-${s.name}.png` });
    }

    await page.evaluate(() => localStorage.setItem('shanhai.language', 'en'));
    for (const s of screens) {
      const card = await openHistory(s.url, s.testId, s.en);
      expect(await card.innerText(), s.name).not.toMatch(CODES);
      await page.screenshot({ path: `${SHOTS}/record-history-${s.name}-en.png` });
    }
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'zh-CN'));
  });

  it('shows no history link to a reader who may not read histories', {
    timeout: 120_000,
  }, async () => {
    await page.context().clearCookies();
    await logInAs(page, server.url, 'demo-viewer');
    await page.goto(`${server.url}/institution-pairings`);
    await page
      .getByTestId('institution-pairings-table')
      .locator('.ant-table-row')
      .first()
      .waitFor();
    expect(await page.locator('[data-testid^="history-"]').count()).toBe(0);
    await page.goto(`${server.url}/teams`);
    await page.getByTestId('teams-table').locator('.ant-table-row').first().waitFor();
    expect(await page.locator('[data-testid^="history-"]').count()).toBe(0);
  });
});
