/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/**
 * Opens `url` in `page` (a fresh page: routing turns its HTTP cache off) with the screen's chunk
 * (`chunk`, a pattern of its asset's path) held back until a request to `apiPath` (a path, or a
 * pattern of one, e.g. a hashed asset's) has been made, at most 10 s, then waits for `ready`.
 * Says whether the request came before the chunk, and the URLs of every request to `apiPath`
 * (decisions 0075 and 0077: a route's `data` starts them at start-up).
 */
export async function requestsBeforeChunk(
  page: Page,
  url: string,
  chunk: RegExp,
  apiPath: string | RegExp,
  ready: string,
): Promise<{ askedBeforeChunk: boolean; asked: string[] }> {
  const asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (typeof apiPath === 'string' ? path === apiPath : apiPath.test(path))
      asked.push(request.url());
  });
  let askedBeforeChunk = false;
  await page.route(chunk, async (route) => {
    const until = Date.now() + 10_000;
    while (asked.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    askedBeforeChunk = asked.length > 0;
    await route.continue();
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  return { askedBeforeChunk, asked };
}
