/** Every relative link in the README, ARCHITECTURE, CONTRIBUTING and docs/ names a file that exists. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function markdownFiles(): string[] {
  const top = ['README.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md'].filter((f) =>
    existsSync(join(ROOT, f)),
  );
  const docs = readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f));
  return [...top, ...docs];
}

it('finds the documents to check', () => {
  expect(markdownFiles()).toEqual(expect.arrayContaining(['README.md', 'ARCHITECTURE.md']));
});

it('links only to files and folders that exist', () => {
  const broken: string[] = [];
  for (const file of markdownFiles()) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (!target || /^[a-z]+:/.test(target)) continue; // http:, mailto: …
      if (!existsSync(join(ROOT, dirname(file), target))) broken.push(`${file} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});
