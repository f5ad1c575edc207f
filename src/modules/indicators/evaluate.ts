/**
 * Indicators computed from their inputs (decision 0048): a formula's codes resolved to exact
 * rationals — a data element's total (a number in its unit, money in fen, a percentage as a
 * fraction: 7000 bp → 0.7), another indicator (evaluated in turn), a measure's figure — and the
 * result rounded to the indicator's decimals. Never stored.
 */
import {
  evaluateFormula,
  type Rational,
  ratio,
  roundRational,
} from '../../domain/indicator-formula.js';
import type { ElementRule } from '../../domain/indicators.js';
import type { Catalog } from './catalog.js';

/** A stored integer as the rational a formula sees. */
export function elementRational(
  e: Pick<ElementRule, 'valueType' | 'scale'>,
  int: bigint,
): Rational {
  return storedRational(e, ratio(int));
}

/**
 * A figure in stored units (a sum or an average of stored integers) as a formula sees it: a
 * percentage as a fraction (basis points / 10000), a number in its unit, money in fen.
 */
export function storedRational(e: Pick<ElementRule, 'valueType' | 'scale'>, r: Rational): Rational {
  if (e.valueType === 'percentage') return ratio(r.num, r.den * 10000n);
  if (e.valueType === 'number') return ratio(r.num, r.den * 10n ** BigInt(e.scale));
  return r;
}

export interface IndicatorResult {
  /** Rounded to the indicator's decimals; null when an input is missing or a divisor is 0. */
  value: number | null;
  /** The exact decimal text of `value`. */
  text: string | null;
  status: 'ok' | 'missing' | 'divisionByZero';
  /** The inputs (element or measure codes) that had no value. */
  missing: string[];
}

/**
 * Evaluates the indicator `code` with `input(code)` giving each element's or measure's value
 * (null when there is none); nested indicators are evaluated the same way.
 */
export function evaluateIndicator(
  catalog: Catalog,
  code: string,
  input: (code: string) => Rational | null,
): IndicatorResult {
  const missing = new Set<string>();
  let divisionByZero = false;
  const memo = new Map<string, Rational | null>();
  const lookup = (c: string, depth: number): Rational | null => {
    if (memo.has(c)) return memo.get(c) ?? null;
    const f = catalog.formulas.get(c);
    let v: Rational | null;
    if (f && depth < 50) {
      const r = evaluateFormula(f.node, (x) => lookup(x, depth + 1));
      if (r.divisionByZero) divisionByZero = true;
      v = r.value;
    } else {
      v = input(c);
      if (v === null) missing.add(c);
    }
    memo.set(c, v);
    return v;
  };
  const formula = catalog.formulas.get(code);
  if (!formula) return { value: null, text: null, status: 'missing', missing: [code] };
  const r = evaluateFormula(formula.node, (x) => lookup(x, 1));
  if (r.divisionByZero) divisionByZero = true;
  if (r.value === null) {
    return {
      value: null,
      text: null,
      status: missing.size > 0 ? 'missing' : divisionByZero ? 'divisionByZero' : 'missing',
      missing: [...missing],
    };
  }
  const text = roundRational(r.value, formula.decimals);
  return { value: Number(text), text, status: 'ok', missing: [] };
}
