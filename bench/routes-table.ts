/**
 * `tsx bench/routes-table.ts var/bench/routes-sqlite-…/routes.json [more.json …]`: one compact
 * Markdown table per file for docs/performance.md, a row per route and case, the callers
 * side by side as "p50 / p95" in ms (401/403 where the caller may not call it), misses of the
 * p95 ≤ 300 ms target in bold.
 */
import { readFileSync } from 'node:fs';

interface Row {
  route: string;
  label: string;
  caller: string;
  status: number;
  stats: { n: number; p50: number; p95: number } | null;
  note?: string;
}

const TARGET = 300;
const CALLERS = [
  'anonymous',
  'coordinator',
  'donor-editor',
  'recipient-editor',
  'auditor',
  'multi-grant',
];
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

for (const file of process.argv.slice(2)) {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Row[];
  const keys = [...new Set(rows.map((r) => `${r.route}\u0000${r.label}`))];
  console.log(`\n${file}\n`);
  console.log(
    '| route | case | anonymous | coordinator | donor editor (310000) | recipient editor (653100) | auditor | viewer + 3 editor grants |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const key of keys) {
    const [route, label] = key.split('\u0000');
    const cells = CALLERS.map((caller) => {
      const r = rows.find((x) => x.route === route && x.label === label && x.caller === caller);
      if (!r) return '—';
      if (!r.stats) return String(r.status);
      const text = `${fmt(r.stats.p50)} / ${fmt(r.stats.p95)}${r.stats.n < 20 ? ` (n=${r.stats.n})` : ''}`;
      return r.stats.p95 > TARGET ? `**${text}**` : text;
    });
    console.log(`| \`${route}\` | ${label} | ${cells.join(' | ')} |`);
  }
}
