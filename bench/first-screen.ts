/// <reference lib="dom" />
/**
 * `npm run bench:first-screen [-- --runs 7]`: how fast the web app's first screen is ready on
 * localhost, and how many bytes each screen loads, in headless Chromium over the demo data (a
 * throwaway SQLite database, the production build in web/dist, the server in this process).
 *
 * For each screen: a fresh browser context (empty cache, signed in as the demo coordinator) opens
 * the screen's URL; the time is from the navigation's start to the screen's ready mark on screen
 * (the registry: its first table row), read in the page by a MutationObserver, so it includes
 * the HTML, every script, the API calls and React's first render. Then the same URL again in the
 * same context (a warm cache: hashed assets come from the cache without a request). Prints the
 * median, the 95th percentile and the worst of the runs, and the scripts, styles and JSON the cold load fetched:
 * count, bytes on the wire (brotli, as the server sends them) and bytes decoded.
 *
 * `--compare other/web/dist` serves a second build (e.g. the main branch's, built aside) from a
 * second server over the same database and alternates the two run by run, so both see the same
 * machine load: on a shared machine only such a side-by-side comparison means much.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { openDatabase } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';
import { upgradeDatabase } from '../src/modules/maintenance.js';
import { DEMO_PASSWORD, loadDemoData } from '../src/seed/demo.js';
import { loadReferenceData } from '../src/seed/reference.js';
import { launchChromium } from '../test/support/browser.js';
import { ensureWebBuilt, WEB_ROOT } from '../test/support/server.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    only: { type: 'string' },
    /** Another build to compare with (e.g. main's web/dist copied aside), run interleaved. */
    compare: { type: 'string' },
  },
});
const RUNS = Number(values.runs);

interface Screen {
  name: string;
  path: string;
  /** The element whose appearance marks the screen ready. */
  ready: string;
  signedIn: boolean;
}

const SCREENS: Screen[] = [
  { name: 'login', path: '/login', ready: 'form button[type="submit"]', signedIn: false },
  { name: 'home', path: '/', ready: '[data-testid="home-figures"]', signedIn: true },
  {
    name: 'registry',
    path: '/projects',
    ready: '[data-testid="projects-table"] tbody tr[data-row-key]',
    signedIn: true,
  },
  { name: 'project page', path: '/projects/{code}', ready: '.ant-tabs-tab', signedIn: true },
  {
    name: 'compliance',
    path: '/compliance',
    ready: '[data-testid="compliance-table"] tbody tr[data-row-key]',
    signedIn: true,
  },
  {
    name: 'indicator entry',
    path: '/indicators/entry',
    ready: '[data-testid="entry-form"]',
    signedIn: true,
  },
  { name: 'pairings (map)', path: '/pairings', ready: 'canvas', signedIn: true },
];

/** The nearest-rank 95th percentile (of 9 runs: the worst). */
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)] as number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Records, in the page, when the first element matching `selector` is in the document. */
function readyMark(selector: string): string {
  return `(() => {
    const sel = ${JSON.stringify(selector)};
    const done = () => { window.__ready = performance.now(); observer.disconnect(); };
    const observer = new MutationObserver(() => { if (document.querySelector(sel)) done(); });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

interface Load {
  ms: number;
  /** Main-thread CPU time of the renderer until the ready mark (Chromium's `ThreadTime`), ms:
   * unlike the wall time it hardly moves with the machine's load. */
  cpu: number;
  /** Of which running scripts (`ScriptDuration`), ms. */
  script: number;
  files: number;
  wire: number;
  decoded: number;
}

async function load(
  context: BrowserContext,
  url: string,
  screen: Screen,
  webRoot: string,
): Promise<Load> {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.addInitScript(readyMark(screen.ready));
  const sizes: Promise<{ wire: number; decoded: number }>[] = [];
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    if (type !== 'script' && type !== 'stylesheet' && !request.url().endsWith('.json')) return;
    sizes.push(
      (async () => {
        const response = await request.response().catch(() => null);
        const s = await request.sizes().catch(() => ({ responseBodySize: 0 }));
        const file = join(webRoot, new URL(request.url()).pathname);
        let decoded = 0;
        try {
          decoded = statSync(file).size;
        } catch {
          decoded = (await response?.body().catch(() => null))?.length ?? 0;
        }
        return { wire: s.responseBodySize, decoded };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as { __ready?: number }).__ready !== undefined, null, {
    polling: 50,
  });
  const ms = await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const cpu = metric('ThreadTime');
  const script = metric('ScriptDuration');
  if (process.env.BENCH_DEBUG) {
    const entries = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const rows = [
        ['html', nav.requestStart, nav.responseEnd],
        ['domInteractive', nav.domInteractive, nav.domContentLoadedEventEnd],
      ];
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        rows.push([e.name.replace(/^.*\//, ''), e.startTime, e.responseEnd]);
      for (const e of performance.getEntriesByType('mark')) rows.push([e.name, e.startTime, 0]);
      return rows.map(([n, a, b]) => `${String(a).slice(0, 6)}-${String(b).slice(0, 6)} ${n}`);
    });
    console.log(entries.join('\n'));
  }
  const all = await Promise.all(sizes);
  await page.close();
  return {
    ms,
    cpu,
    script,
    files: all.length,
    wire: all.reduce((a, s) => a + s.wire, 0),
    decoded: all.reduce((a, s) => a + s.decoded, 0),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'shanhai-first-screen-'));
ensureWebBuilt();
const database = openDatabase(`sqlite:${join(dir, 'demo.db')}`);
await upgradeDatabase(database);
await loadReferenceData(database);
await loadDemoData(database, { accounts: true });
const project = await database.db
  .selectFrom('projects')
  .select('code')
  .orderBy('code')
  .executeTakeFirstOrThrow();
async function serve(webRoot: string) {
  const app = await buildApp({
    database,
    cookieSecure: false,
    sessionHours: 1,
    webRoot,
    logLevel: 'warn',
  });
  return { app, webRoot, base: await app.listen({ port: 0, host: '127.0.0.1' }) };
}
const builds = [await serve(WEB_ROOT)];
if (values.compare) builds.push(await serve(resolve(values.compare)));
let browser: Browser | undefined;
try {
  browser = await launchChromium();
  // One sign-in per server; every run's context starts from its cookie and an empty cache.
  const states = [];
  for (const { base } of builds) {
    const signIn = await browser.newContext();
    const answer = await signIn.request.post(`${base}/api/session`, {
      data: { username: 'demo-coordinator', password: DEMO_PASSWORD },
    });
    if (!answer.ok()) throw new Error(`sign-in failed: ${answer.status()} ${await answer.text()}`);
    states.push(await signIn.storageState());
    await signIn.close();
  }

  console.log(
    `first screen in headless Chromium, ${RUNS} runs each; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1/5/15 min)`,
  );
  console.log(
    `${'screen'.padEnd(28)} ${'cold p50'.padStart(9)} ${'p95'.padStart(7)} ${'worst'.padStart(7)} ${'warm p50'.padStart(9)} ${'cpu p50'.padStart(8)} ${'js p50'.padStart(7)}   scripts/styles/JSON: files, wire (br), decoded`,
  );
  for (const screen of SCREENS) {
    if (values.only && !screen.name.includes(values.only)) continue;
    const cold: Load[][] = builds.map(() => []);
    const warm: number[][] = builds.map(() => []);
    // One unmeasured run: the server's first answers (statements prepared, files opened).
    for (let run = 0; run <= RUNS; run++) {
      for (const [i, build] of builds.entries()) {
        const url = build.base + screen.path.replace('{code}', project.code);
        const context = await browser.newContext({
          viewport: { width: 1366, height: 900 },
          locale: 'zh-CN',
          ...(screen.signedIn ? { storageState: states[i] } : {}),
        });
        const first = await load(context, url, screen, build.webRoot);
        const second = await load(context, url, screen, build.webRoot);
        await context.close();
        if (run === 0) continue;
        cold[i]?.push(first);
        warm[i]?.push(second.ms);
      }
    }
    for (const [i, build] of builds.entries()) {
      const runs = cold[i] as Load[];
      const c = runs[0] as Load;
      const label =
        builds.length > 1 ? `${screen.name} [${i === 0 ? 'this' : 'compared'}]` : screen.name;
      console.log(
        `${label.padEnd(28)} ${median(runs.map((l) => l.ms))
          .toFixed(0)
          .padStart(6)} ms ${p95(runs.map((l) => l.ms))
          .toFixed(0)
          .padStart(4)} ms ${Math.max(...runs.map((l) => l.ms))
          .toFixed(0)
          .padStart(4)} ms ${median(warm[i] as number[])
          .toFixed(0)
          .padStart(6)} ms ${median(runs.map((l) => l.cpu))
          .toFixed(0)
          .padStart(5)} ms ${median(runs.map((l) => l.script))
          .toFixed(0)
          .padStart(
            4,
          )} ms   ${String(c.files).padStart(3)} files, ${(c.wire / 1024).toFixed(0).padStart(5)} KB, ${(c.decoded / 1024).toFixed(0).padStart(5)} KB${i === 0 ? '' : `  (${build.webRoot})`}`,
      );
    }
  }
} finally {
  await browser?.close();
  for (const { app } of builds) await app.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
