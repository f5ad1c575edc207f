/**
 * Writes src/domain/problem-catalogue-ug.json from the web's Uyghur `problems`
 * namespace (decision 0060), so that the API answers `Accept-Language: ug` with the sentences
 * the Uyghur screens show: `{{name}}` becomes `{name}`, `{{name, kind}}` becomes `{name:kind}`.
 * Run `npx tsx scripts/ug-problems.ts` after changing web/src/i18n/ug/problems.ts;
 * test/unit/problems-ug.test.ts fails while the generated file is behind.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ug } from '../web/src/i18n/ug/index.js';

function flatten(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? flatten(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

/** The server's form of a web message: `{{a}}` → `{a}`, `{{a, stage}}` → `{a:stage}`. */
export function serverTemplate(text: string): string {
  return text.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (_, name: string, kind?: string) =>
    kind ? `{${name}:${kind}}` : `{${name}}`,
  );
}

/** Every problem code with its Uyghur template, sorted by code. */
export function ugTemplates(): [string, string][] {
  return flatten(ug.problems ?? {})
    .map(([code, text]): [string, string] => [code, serverTemplate(text)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The generated file's content: the templates as JSON, by code. */
export function generatedJson(): string {
  return `${JSON.stringify(Object.fromEntries(ugTemplates()), null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(
    new URL('../src/domain/problem-catalogue-ug.json', import.meta.url),
    generatedJson(),
  );
}
