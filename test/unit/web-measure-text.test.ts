import { describe, expect, it } from 'vitest';
import { measureLabel } from '../../web/src/lib/measureText.js';

/** A measure's label on screen (decision 0049), in Uyghur too (decision 0060). */
describe('measureLabel', () => {
  const builtIn = {
    label: { zh: '承诺资金（分）', en: 'Committed (fen)', ug: 'ۋەدە قىلىنغان مەبلەغ' },
    unit: 'fen',
  };
  const configured = { label: { zh: '接待游客（人次）', en: 'Visitors' }, unit: 'count' };

  it('drops the server’s fen unit in Chinese and English', () => {
    expect(measureLabel(builtIn, 'committed_fen', 'zh-CN')).toBe('承诺资金');
    expect(measureLabel(builtIn, 'committed_fen', 'en')).toBe('Committed');
  });

  it('takes the Uyghur label in Uyghur, else the Chinese one as an isolated run', () => {
    expect(measureLabel(builtIn, 'committed_fen', 'ug')).toBe('ۋەدە قىلىنغان مەبلەغ');
    expect(measureLabel(configured, 'visitors', 'ug')).toBe('\u2068接待游客（人次）\u2069');
    expect(measureLabel(undefined, 'visitors', 'ug')).toBe('visitors');
  });
});
