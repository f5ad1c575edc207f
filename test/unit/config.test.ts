import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

it('reads TRUST_PROXY as false by default, true, a hop count or addresses', () => {
  expect(loadConfig({}).TRUST_PROXY).toBe(false);
  expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
  expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
  expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toBe(
    '10.0.0.0/8, 127.0.0.1',
  );
});

it('refuses a TRUST_PROXY that is none of those, naming it', () => {
  expect(() => loadConfig({ TRUST_PROXY: 'the load balancer' })).toThrow(/TRUST_PROXY/);
});
