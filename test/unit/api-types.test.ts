/** The web's API types are the server's schemas: regenerated, they equal the committed file. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../../scripts/api-types.js';

it('web/src/api/generated/openapi.ts is what the server describes now (run `npm run api-types`)', async () => {
  const committed = readFileSync(API_TYPES_FILE, 'utf8');
  const fresh = await apiTypes();
  expect(fresh.length).toBeGreaterThan(10_000);
  expect(committed === fresh, 'stale API types: run `npm run api-types`').toBe(true);
});
