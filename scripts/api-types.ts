/**
 * `npm run api-types`: writes the web app's API types (`web/src/api/generated/openapi.ts`) from the
 * server's own OpenAPI document — the Zod schemas every route validates with — through
 * openapi-typescript. The web imports its shapes from there, never by hand; a test regenerates
 * the file and fails on any difference, so the two cannot drift.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openDatabase } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';

export const API_TYPES_FILE = fileURLToPath(
  new URL('../web/src/api/generated/openapi.ts', import.meta.url),
);

const HEADER = `/**
 * The JSON API's types, generated from GET /api/openapi.json by \`npm run api-types\`.
 * Do not edit: change the server's schemas and regenerate (a test fails when this is stale).
 */
`;

/** The TypeScript of the API's types, as the server describes them now. */
export async function apiTypes(): Promise<string> {
  const database = openDatabase('sqlite::memory:');
  const app = await buildApp({
    database,
    cookieSecure: false,
    sessionHours: 12,
    webRoot: null,
    logLevel: 'silent',
  });
  try {
    await app.ready();
    const document = (await app.inject({ url: '/api/openapi.json' })).json();
    const ast = await openapiTS(document, { alphabetize: true });
    return HEADER + astToString(ast);
  } finally {
    await app.close();
    await database.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(API_TYPES_FILE, await apiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
