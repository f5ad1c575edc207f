/// <reference lib="dom" />
/**
 * axe-core in a playwright page (decision 0062): evaluates axe-core's own build in the page and
 * returns the violations of serious or critical impact, each formatted so that a failing test
 * says what is wrong and where (rule, targets, axe's summary of the first failing check).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | undefined;
const axeSource = () => {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
};

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

/** Impacts that fail a screen. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules plus axe's best practices) on the page as it is
 * now, and returns the serious and critical violations. `exclude` lists selectors left out of
 * the scan (e.g. a third-party canvas axe cannot read).
 */
export async function seriousViolations(
  page: Page,
  options: { exclude?: string[] } = {},
): Promise<AxeFinding[]> {
  const present = await page.evaluate(() => 'axe' in window);
  // The app's Content-Security-Policy (script-src 'self') refuses an inline <script>;
  // an evaluation through the DevTools protocol is not subject to it.
  if (!present) await page.evaluate(`${axeSource()}\n;void 0`);
  const exclude = options.exclude ?? [];
  const found = await page.evaluate(async (exclude: string[]) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core's global, injected above
    const axe = (window as any).axe;
    const result = await axe.run(
      { include: [['html']], exclude: exclude.map((s) => [s]) },
      {
        resultTypes: ['violations'],
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      },
    );
    // biome-ignore lint/suspicious/noExplicitAny: axe-core's result shape
    return result.violations.map((v: any) => ({
      id: v.id as string,
      impact: (v.impact ?? '') as string,
      help: v.help as string,
      // biome-ignore lint/suspicious/noExplicitAny: axe-core's node shape
      nodes: v.nodes.map((n: any) => ({
        target: (n.target as unknown[]).map(String).join(' » '),
        summary: String(n.failureSummary ?? '')
          .replace(/\s+/g, ' ')
          .slice(0, 300),
      })),
    }));
  }, exclude);
  return (found as AxeFinding[]).filter((v) => FAILING.has(v.impact));
}

/** The findings as lines a person can act on: "rule (impact): help — target: summary". */
export function formatViolations(findings: AxeFinding[], limitPerRule = 5): string {
  return findings
    .map((v) => {
      const nodes = v.nodes
        .slice(0, limitPerRule)
        .map((n) => `    ${n.target}: ${n.summary}`)
        .join('\n');
      const more =
        v.nodes.length > limitPerRule ? `\n    … and ${v.nodes.length - limitPerRule} more` : '';
      return `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help}\n${nodes}${more}`;
    })
    .join('\n');
}
