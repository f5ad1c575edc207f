/** The data-entry form's values (decision 0049): typed in 万元 and %, sent in fen and basis points. */
import { describe, expect, it } from 'vitest';
import {
  defaultPeriod,
  formatTyped,
  fromInput,
  periodsOf,
  periodWords,
  toInput,
} from '../../web/src/pages/indicators/values.js';

describe('indicator values between the form and the API', () => {
  it('sends money typed in 万元 as fen and shares typed in % as basis points, exactly', () => {
    expect(fromInput('money', 0, '13,000')).toEqual({ value: 13_000_000_000 });
    expect(fromInput('money', 0, '0.000001')).toEqual({ value: 1 });
    expect(fromInput('money', 0, '一万')).toEqual({ error: 'dataEntry.invalidMoney' });
    expect(fromInput('percentage', 0, '70')).toEqual({ value: 7000 });
    expect(fromInput('percentage', 0, '70.25%')).toEqual({ value: 7025 });
    expect(fromInput('percentage', 0, '101')).toEqual({ error: 'dataEntry.invalidPercent' });
    expect(fromInput('number', 0, '1,050,000')).toEqual({ value: '1050000' });
    expect(fromInput('number', 0, '1.5')).toEqual({ error: 'dataEntry.invalidInteger' });
    expect(fromInput('number', 2, '1.25')).toEqual({ value: '1.25' });
    expect(fromInput('number', 2, '1.255')).toEqual({ error: 'dataEntry.invalidDecimal' });
    expect(fromInput('text', 0, '  ')).toEqual({ value: null });
  });

  it('shows stored values in the unit they are typed in', () => {
    expect(toInput('money', 13_000_000_000)).toBe('13000');
    expect(toInput('percentage', 7000)).toBe('70');
    expect(toInput('number', null)).toBe('');
    expect(formatTyped('money', 13_000_000_000)).toBe('13,000.00');
    expect(formatTyped('percentage', 7025)).toBe('70.25%');
    expect(formatTyped('number', '806000')).toBe('806,000');
    expect(formatTyped('number', '-1234.5')).toBe('-1,234.5');
  });

  it('names periods and offers those of a set, the latest ended by default', () => {
    expect(periodWords('2024', 'zh-CN')).toBe('2024年');
    expect(periodWords('2025-H1', 'zh-CN')).toBe('2025年上半年');
    expect(periodWords('2025-Q3', 'en')).toBe('2025 Q3');
    expect(periodWords('2025-07', 'zh-CN')).toBe('2025年7月');
    // Uyghur: no Chinese 年 on a Uyghur screen, the analysis screens' words
    expect(periodWords('2025', 'ug')).toBe('2025-يىل');
    expect(periodWords('2025-H2', 'ug')).toBe('2025-يىل ئىككىنچى يېرىم يىل');
    expect(periodWords('2025-Q3', 'ug')).toBe('2025-يىل 3-پەسىل');
    expect(periodWords('2025-07', 'ug')).toBe('2025-يىل 7-ئاي');
    expect(periodsOf('half', 2025, 1)).toEqual(['2025-H2', '2025-H1']);
    expect(periodsOf('quarter', 2025, 1)).toHaveLength(4);
    const day = new Date(2026, 11, 3);
    expect(defaultPeriod('year', day)).toBe('2025');
    expect(defaultPeriod('half', day)).toBe('2026-H1');
    expect(defaultPeriod('quarter', day)).toBe('2026-Q3');
    expect(defaultPeriod('month', new Date(2026, 0, 15))).toBe('2025-12');
  });
});
