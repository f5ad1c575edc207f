#!/usr/bin/env node
// Runs the Vitest suite and prints one closing line "Tests: N passed, N failed, N skipped".
// Under CI a skipped test is a failure: a missing browser or database must never pass silently.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
let code = run.status ?? 1;
if (!existsSync(report)) {
  console.log('Tests: 0 passed, 0 failed (the test runner wrote no report)');
  process.exit(code || 1);
}
const r = JSON.parse(readFileSync(report, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
if (r.numTotalTests === 0) code ||= 1;
if (process.env.CI && skipped > 0) {
  console.error(`CI: ${skipped} tests were skipped; under CI every test must run`);
  code ||= 1;
}
console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
process.exit(code);
