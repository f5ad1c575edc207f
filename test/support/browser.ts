import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/seed/demo.js';
import { ensureWebBuilt, startDemoServer } from './server.js';

type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;

/** Where browser tests leave their screenshots. */
export const SHOTS = 'test-results/screenshots';

/** A phone held upright (390 × 844, touch), as the phone-size tests open their contexts. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** Debian's Chromium, or the one named by CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Under CI a missing Chromium is an error, never a skip;
 * elsewhere the tests are skipped with a loud warning.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`CI: Chromium is not installed at ${CHROMIUM}`);
  console.warn(`\n\u001b[41m SKIPPING BROWSER TESTS \u001b[0m no Chromium at ${CHROMIUM}\n`);
  return false;
}

/**
 * Headless Chromium with the flags this machine needs (no sandbox as root, no network chatter).
 * It asks for reduced motion, which the app honours (decision 0076): a dialog is where it will
 * stay when a test clicks in it, not half-way through zooming in on a busy machine.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  // Every page asks for reduced motion unless its test says otherwise.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options) => newContext({ reducedMotion: 'reduce', ...options });
  const newPage = browser.newPage.bind(browser);
  browser.newPage = (options) => newPage({ reducedMotion: 'reduce', ...options });
  return browser;
}

/** The demo server, Chromium and one Chinese-language page, as every browser test starts. */
export interface DemoInChromium {
  server: DemoServer;
  browser: Browser;
  page: Page;
}

/**
 * Starts the demo server (its own SQLite database) and Chromium, with one 1280 × 900 zh-CN page;
 * `prepare` runs in between (e.g. API calls in a context of their own). Screenshots go to SHOTS.
 */
export async function openDemoInChromium(
  options: {
    timeoutMs?: number;
    prepare?: (d: Omit<DemoInChromium, 'page'>) => Promise<void>;
  } = {},
): Promise<DemoInChromium> {
  ensureWebBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const server = await startDemoServer();
  const browser = await launchChromium();
  await options.prepare?.({ server, browser });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  if (options.timeoutMs !== undefined) page.setDefaultTimeout(options.timeoutMs);
  return { server, browser, page };
}

export async function closeDemoInChromium(d: Partial<DemoInChromium> | undefined): Promise<void> {
  await d?.browser?.close();
  await d?.server?.stop();
}

/** Logs in through the login screen (in Chinese) and waits for the signed-in frame. */
export async function logInAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  // the login screen is left; the user is in the header, or on a phone in the menu (0063)
  await page.waitForURL((url) => url.pathname !== '/login');
  await page
    .locator('[data-testid="current-user"], [data-testid="phone-menu-button"]')
    .first()
    .waitFor();
}

/**
 * Picks the option containing `text` in the select list that is open, and waits for the list to
 * close. Under load a list can re-render (its options refetched or scrolled to the current value)
 * just as the click lands, leaving it open with nothing chosen; then the option is clicked again,
 * as a person would, at most three more times.
 */
export async function chooseOption(page: Page, text: string | RegExp): Promise<void> {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first();
  const openList = page.locator('.ant-select-dropdown:visible').first();
  for (let attempt = 0; ; attempt++) {
    await option.click();
    try {
      await openList.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
      if ((await option.count()) === 0) return;
    }
  }
}
