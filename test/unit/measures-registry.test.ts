import { describe, expect, it } from 'vitest';
import {
  defineMeasures,
  MEASURE_UNITS,
  type Measure,
} from '../../src/modules/analytics/measure.js';
import { MEASURE_SETS, MEASURES, measuresByName } from '../../src/modules/measures.js';

const stub = (name: string): Measure => ({
  name,
  unit: 'count',
  label: { zh: '测试', en: 'Test' },
  description: { zh: '测试', en: 'Test' },
  dimensions: [],
  query: () => ({ execute: async () => [] }),
});

describe('the measure registry', () => {
  it('names every measure once, in snake_case, with a unit and labels in Chinese, English and Uyghur', () => {
    const count = MEASURE_SETS.reduce((n, s) => n + s.measures.length, 0);
    expect(MEASURES.size).toBe(count);
    for (const m of MEASURES.values()) {
      expect(m.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(MEASURE_UNITS).toContain(m.unit);
      expect(m.label.zh, m.name).toMatch(/[\u4e00-\u9fff]/);
      // and in Uyghur (decision 0060): Arabic script, no Chinese left in it
      expect(m.label.ug, m.name).toMatch(/^[^\u4e00-\u9fff]*[\u0600-\u06ff][^\u4e00-\u9fff]*$/);
      expect(m.description.en.trim(), m.name).not.toBe('');
    }
    expect([...MEASURES.keys()]).toEqual(
      expect.arrayContaining(['committed_fen', 'disbursed_fen', 'projects', 'jobs_created']),
    );
  });

  it('refuses a name declared twice, or not in snake_case', () => {
    const a = defineMeasures('a', [stub('things')]);
    const b = defineMeasures('b', [stub('things')]);
    expect(() => measuresByName([a, b])).toThrow(/declared twice/);
    expect(() => measuresByName([defineMeasures('c', [stub('Things')])])).toThrow(/snake_case/);
  });
});
