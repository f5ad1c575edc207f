/** The indicator formula grammar and its exact evaluation (decision 0048): pure, no database. */
import { describe, expect, it } from 'vitest';
import {
  codesOf,
  cycleThrough,
  evaluateFormula,
  FormulaSyntaxError,
  parseFormula,
  ratio,
  roundRational,
} from '../../src/domain/indicator-formula.js';
import { cellKey, parsePeriod, previousPeriod, storedValue } from '../../src/domain/indicators.js';

const values: Record<string, bigint> = { a: 10n, b: 4n, zero: 0n };
const lookup = (c: string) => (c in values ? ratio(values[c] as bigint) : null);
const calc = (text: string, decimals = 4) => {
  const r = evaluateFormula(parseFormula(text), lookup);
  return { value: r.value && roundRational(r.value, decimals), divisionByZero: r.divisionByZero };
};

describe('indicator formulas', () => {
  it('evaluates with precedence, parentheses, unary minus and decimals, exactly', () => {
    expect(calc('a + b * 2').value).toBe('18.0000');
    expect(calc('(a + b) * 2').value).toBe('28.0000');
    expect(calc('a / b').value).toBe('2.5000');
    expect(calc('-a + 0.5').value).toBe('-9.5000');
    expect(calc('a / 3', 2).value).toBe('3.33');
    expect(calc('2 / 3', 2).value).toBe('0.67');
    expect(calc('0.1 + 0.2', 20).value).toBe('0.30000000000000000000');
    expect(calc('a - b - 1').value).toBe('5.0000');
  });

  it('yields null, flagged, on a division by zero — never a crash or Infinity', () => {
    expect(calc('a / zero')).toEqual({ value: null, divisionByZero: true });
    expect(calc('a / (b - 4)')).toEqual({ value: null, divisionByZero: true });
    expect(calc('a / missing')).toEqual({ value: null, divisionByZero: false });
  });

  it('lists the codes it names', () => {
    expect(codesOf(parseFormula('tourism_revenue_fen / visitors / 100 + visitors'))).toEqual([
      'tourism_revenue_fen',
      'visitors',
    ]);
  });

  it.each([
    ['a +', 3],
    ['(a', 2],
    ['a b', 2],
    ['a ** b', 3],
    ['Math.max(a)', 0],
    ['a; drop table x', 1],
    ['', 0],
    ['a)', 1],
    ['1..2', 1],
  ])('refuses %j at position %i', (text, position) => {
    let error: unknown;
    try {
      parseFormula(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormulaSyntaxError);
    expect((error as FormulaSyntaxError).position).toBe(position);
  });

  it('refuses deep nesting and long texts', () => {
    expect(() => parseFormula(`${'('.repeat(60)}a${')'.repeat(60)}`)).toThrow(FormulaSyntaxError);
    expect(() => parseFormula(`${'a+'.repeat(300)}a`)).toThrow(FormulaSyntaxError);
  });

  it('finds a cycle through the start, directly or through others', () => {
    const graph: Record<string, string[]> = { x: ['y'], y: ['z', 'e'], z: ['x'], w: ['e'] };
    expect(cycleThrough('x', (c) => graph[c])).toEqual(['x', 'y', 'z', 'x']);
    expect(cycleThrough('w', (c) => graph[c])).toBeNull();
    expect(cycleThrough('s', (c) => (c === 's' ? ['s'] : undefined))).toEqual(['s', 's']);
  });
});

describe('periods, stored values and cells', () => {
  it('parses years, halves, quarters and months; steps back one', () => {
    expect(parsePeriod('2024')).toMatchObject({
      type: 'year',
      start: '2024-01-01',
      end: '2024-12-31',
    });
    expect(parsePeriod('2024-H1')).toMatchObject({
      type: 'half',
      start: '2024-01-01',
      end: '2024-06-30',
    });
    expect(parsePeriod('2024-Q1')).toMatchObject({ type: 'quarter', end: '2024-03-31' });
    expect(parsePeriod('2024-02')).toMatchObject({ type: 'month', end: '2024-02-29' });
    for (const bad of ['24', '2024-13', '2024-Q5', '2024-H3', '2024-1', '1900']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
    const prev = (k: string) =>
      previousPeriod(parsePeriod(k) as NonNullable<ReturnType<typeof parsePeriod>>);
    expect([
      prev('2024'),
      prev('2024-H1'),
      prev('2024-H2'),
      prev('2024-Q1'),
      prev('2024-01'),
    ]).toEqual(['2023', '2023-H2', '2024-H1', '2023-Q4', '2023-12']);
  });

  it('stores numbers exactly: scaled decimals, whole fen and basis points', () => {
    const n2 = { code: 'n', valueType: 'number' as const, scale: 2, disaggregations: [] };
    expect(storedValue(n2, '12.5')).toEqual({ int: 1250n, text: null });
    expect(storedValue(n2, 0.1)).toEqual({ int: 10n, text: null });
    expect(storedValue(n2, '1.234')).toMatchObject({ code: 'indicators.tooManyDecimals' });
    expect(storedValue(n2, 'abc')).toMatchObject({ code: 'indicators.notNumeric' });
    expect(storedValue(n2, Number.NaN)).toMatchObject({ code: 'indicators.notNumeric' });
    const money = { code: 'm', valueType: 'money' as const, scale: 0, disaggregations: [] };
    expect(storedValue(money, 85_000_000_000)).toEqual({ int: 85_000_000_000n, text: null });
    expect(storedValue(money, 1.5)).toMatchObject({ code: 'indicators.tooManyDecimals' });
    const text = { code: 't', valueType: 'text' as const, scale: 0, disaggregations: [] };
    expect(storedValue(text, 5)).toMatchObject({ code: 'indicators.notText' });
  });

  it('keys a disaggregation cell canonically, refusing partial or unknown cells', () => {
    const e = { disaggregations: ['sex', 'urbanRural'] as const };
    expect(cellKey({ disaggregations: [...e.disaggregations] }, undefined)).toBe('');
    expect(
      cellKey({ disaggregations: [...e.disaggregations] }, { urbanRural: 'rural', sex: 'female' }),
    ).toBe('sex=female;urbanRural=rural');
    expect(cellKey({ disaggregations: [...e.disaggregations] }, { sex: 'female' })).toMatchObject({
      reason: 'partialCell',
    });
    expect(
      cellKey({ disaggregations: [...e.disaggregations] }, { sex: 'x', urbanRural: 'rural' }),
    ).toMatchObject({ reason: 'unknownOption' });
    expect(cellKey({ disaggregations: [...e.disaggregations] }, { ageBand: '60+' })).toMatchObject({
      reason: 'unknownCategory',
    });
  });
});
