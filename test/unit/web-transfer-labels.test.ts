/**
 * Every kind the import screen and the export buttons offer has its words in every language: the
 * kind's name on the import screen and its export button's label. The keys are built from the
 * kind (`exports.button.${kind}`), so the i18n key checks cannot see a missing one; five kinds
 * once showed "exports.button.sales" on a Chinese screen. The kinds are the server's (the web's
 * KIND_INFO is typed over the same generated list).
 */
import { describe, expect, it } from 'vitest';
import { KINDS as TRANSFER_KINDS } from '../../src/modules/transfer/kinds.js';
import { messages as en } from '../../web/src/i18n/en/transfer.js';
import { messages as ug } from '../../web/src/i18n/ug/transfer.js';
import { messages as zh } from '../../web/src/i18n/zh-CN/transfer.js';

const LANGUAGES = { 'zh-CN': zh, en, ug } as const;

describe('transfer kinds in words', () => {
  for (const [language, m] of Object.entries(LANGUAGES)) {
    it(`names every kind and its export button in ${language}`, () => {
      const kinds = m.imports.kinds as Record<string, string>;
      const buttons = m.exports.button as Record<string, string>;
      const missing = TRANSFER_KINDS.filter(
        (k) => !(kinds[k] ?? '').trim() || !(buttons[k] ?? '').trim(),
      );
      expect(missing).toEqual([]);
      // The import screen's IATI entry, and a job's phases (keys built from the server's values).
      expect((kinds.iati ?? '').trim()).not.toBe('');
      const phases = m.imports.job.phases as Record<string, string>;
      for (const phase of ['queued', 'reading', 'checking', 'applying']) {
        expect((phases[phase] ?? '').trim(), phase).not.toBe('');
      }
    });
  }
});
