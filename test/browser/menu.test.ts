/// <reference lib="dom" />
/** The left menu offers only screens that exist and that the user may open. */
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

describe.skipIf(!browserAvailable())('the menu, by role', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 10_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const menuText = async (who: string) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const p = await context.newPage();
    await logInAs(p, server.url, who);
    const nav = p.getByRole('navigation', { name: /主菜单|导航/ });
    await nav.getByText('项目', { exact: true }).waitFor();
    const text = (await nav.textContent()) ?? '';
    await p.screenshot({ path: `${SHOTS}/menu-${who}.png` });
    await context.close();
    return text;
  };

  it('shows a recipient editor no plans or compliance screen, issue 9 to both, and nobody a screen to come', async () => {
    const hotan = await menuText('demo-hotan');
    expect(hotan).toContain('项目');
    expect(hotan).toContain('预警');
    expect(hotan).not.toContain('年度计划');
    expect(hotan).not.toContain('两个 80%');
    const office = await menuText('demo-coordinator');
    expect(office).toContain('年度计划');
    expect(office).toContain('两个 80%');
    // Issue 9's screens: every signed-in user may read people, training, companies and sales.
    for (const text of [hotan, office]) {
      for (const entry of [
        '人才',
        '援派人员',
        '组团式援助',
        '传帮带',
        '机构结对',
        '培训与交流',
        '交流交往',
        '招商企业',
        '企业诉求',
        '消费帮扶',
      ]) {
        expect(text).toContain(entry);
      }
      // Issue 10's analysis screens: every signed-in user (the analytics endpoint needs a session).
      for (const entry of ['分析', '透视分析', '仪表板', '大屏']) expect(text).toContain(entry);
    }
  });
});
