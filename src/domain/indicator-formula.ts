/**
 * Indicator formulas (decision 0048): a tiny safe expression grammar over codes, parsed here and
 * evaluated in exact rationals (BigInt numerator / denominator) — no eval, no floating point.
 *
 *   expr   := term (('+' | '-') term)*
 *   term   := factor (('*' | '/') factor)*
 *   factor := NUMBER | CODE | '(' expr ')' | '-' factor
 *   NUMBER := digits ['.' digits]        CODE := [a-z][a-z0-9_]*
 *
 * A code names a data element, another indicator, or a registered measure. A division by zero
 * evaluates to null (the cell is reported, never a crash); so does any missing input.
 */

export type FormulaNode =
  | { kind: 'number'; value: Rational }
  | { kind: 'code'; code: string }
  | { kind: 'neg'; operand: FormulaNode }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode };

/** An exact rational number; `den` is always positive. */
export interface Rational {
  num: bigint;
  den: bigint;
}

/** Why a formula text was refused, and where (0-based character position). */
export class FormulaSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {
    super(`${reason} at ${position}`);
  }
}

export const MAX_FORMULA_LENGTH = 500;
const MAX_DEPTH = 50;

type Token =
  | { t: 'num'; text: string; at: number }
  | { t: 'code'; text: string; at: number }
  | { t: 'op'; text: string; at: number }
  | { t: 'end'; at: number };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(text.slice(i));
    if (num) {
      out.push({ t: 'num', text: num[0], at: i });
      i += num[0].length;
      continue;
    }
    const code = /^[a-z][a-z0-9_]*/.exec(text.slice(i));
    if (code) {
      out.push({ t: 'code', text: code[0], at: i });
      i += code[0].length;
      continue;
    }
    if ('+-*/()'.includes(c)) {
      out.push({ t: 'op', text: c, at: i });
      i++;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected character '${c}'`, i);
  }
  out.push({ t: 'end', at: text.length });
  return out;
}

/** A decimal literal as a rational: `2.5` → 25/10. */
export function rationalOf(decimal: string): Rational {
  const [whole, frac = ''] = decimal.split('.');
  return normalize({ num: BigInt(`${whole}${frac}`), den: 10n ** BigInt(frac.length) });
}

/** Parses a formula; throws FormulaSyntaxError naming the position. */
export function parseFormula(text: string): FormulaNode {
  if (text.length > MAX_FORMULA_LENGTH) {
    throw new FormulaSyntaxError(`longer than ${MAX_FORMULA_LENGTH} characters`, 0);
  }
  const tokens = tokenize(text);
  let p = 0;
  const peek = () => tokens[p] as Token;
  const isOp = (s: string) => {
    const t = peek();
    return t.t === 'op' && t.text === s;
  };
  const expr = (depth: number): FormulaNode => {
    if (depth > MAX_DEPTH) throw new FormulaSyntaxError('nested too deeply', peek().at);
    let left = term(depth);
    while (isOp('+') || isOp('-')) {
      const op = (tokens[p++] as { text: '+' | '-' }).text;
      left = { kind: 'binary', op, left, right: term(depth) };
    }
    return left;
  };
  const term = (depth: number): FormulaNode => {
    let left = factor(depth);
    while (isOp('*') || isOp('/')) {
      const op = (tokens[p++] as { text: '*' | '/' }).text;
      left = { kind: 'binary', op, left, right: factor(depth) };
    }
    return left;
  };
  const factor = (depth: number): FormulaNode => {
    const t = peek();
    if (depth > MAX_DEPTH) throw new FormulaSyntaxError('nested too deeply', t.at);
    if (t.t === 'num') {
      p++;
      return { kind: 'number', value: rationalOf(t.text) };
    }
    if (t.t === 'code') {
      p++;
      return { kind: 'code', code: t.text };
    }
    if (t.t === 'op' && t.text === '-') {
      p++;
      return { kind: 'neg', operand: factor(depth + 1) };
    }
    if (t.t === 'op' && t.text === '(') {
      p++;
      const inner = expr(depth + 1);
      if (!isOp(')')) throw new FormulaSyntaxError("expected ')'", peek().at);
      p++;
      return inner;
    }
    throw new FormulaSyntaxError(t.t === 'end' ? 'unexpected end' : `unexpected '${t.text}'`, t.at);
  };
  const node = expr(0);
  if (peek().t !== 'end')
    throw new FormulaSyntaxError(`unexpected '${text.slice(peek().at)}'`, peek().at);
  return node;
}

/** Every code a formula names, in first-use order. */
export function codesOf(node: FormulaNode, out: string[] = []): string[] {
  switch (node.kind) {
    case 'number':
      return out;
    case 'code':
      if (!out.includes(node.code)) out.push(node.code);
      return out;
    case 'neg':
      return codesOf(node.operand, out);
    case 'binary':
      codesOf(node.left, out);
      return codesOf(node.right, out);
  }
}

/**
 * The first cycle through `start` in a graph of indicators (code → codes it names), as the path
 * `[start, …, start]`, or null. Codes without an entry (elements, measures) end a path.
 */
export function cycleThrough(
  start: string,
  refs: (code: string) => readonly string[] | undefined,
): string[] | null {
  const seen = new Set<string>();
  const walk = (code: string, path: string[]): string[] | null => {
    for (const next of refs(code) ?? []) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function normalize(r: Rational): Rational {
  const sign = r.den < 0n ? -1n : 1n;
  const g = gcd(r.num, r.den);
  return { num: (sign * r.num) / g, den: (sign * r.den) / g };
}

/** The rational `num / den` (den ≠ 0). */
export function ratio(num: bigint, den: bigint = 1n): Rational {
  return normalize({ num, den });
}

/**
 * Evaluates a formula with each code's value (null: missing); null when an input is missing or
 * a division by zero occurs (`divisionByZero` says which of the two).
 */
export function evaluateFormula(
  node: FormulaNode,
  lookup: (code: string) => Rational | null,
): { value: Rational | null; divisionByZero: boolean } {
  let divisionByZero = false;
  const ev = (n: FormulaNode): Rational | null => {
    switch (n.kind) {
      case 'number':
        return n.value;
      case 'code':
        return lookup(n.code);
      case 'neg': {
        const v = ev(n.operand);
        return v && { num: -v.num, den: v.den };
      }
      case 'binary': {
        const a = ev(n.left);
        const b = ev(n.right);
        if (!a || !b) return null;
        switch (n.op) {
          case '+':
            return normalize({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
          case '-':
            return normalize({ num: a.num * b.den - b.num * a.den, den: a.den * b.den });
          case '*':
            return normalize({ num: a.num * b.num, den: a.den * b.den });
          case '/':
            if (b.num === 0n) {
              divisionByZero = true;
              return null;
            }
            return normalize({ num: a.num * b.den, den: a.den * b.num });
        }
      }
    }
  };
  const value = ev(node);
  return { value, divisionByZero };
}

/**
 * A rational rounded half away from zero to `decimals` places, as a decimal string
 * (`2/3`, 2 → `"0.67"`).
 */
export function roundRational(r: Rational, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const neg = r.num < 0n;
  const abs = neg ? -r.num : r.num;
  const scaled = (abs * scale * 2n + r.den) / (2n * r.den);
  const text = scaled.toString().padStart(decimals + 1, '0');
  const whole = decimals === 0 ? text : text.slice(0, -decimals);
  const frac = decimals === 0 ? '' : `.${text.slice(-decimals)}`;
  const out = `${whole}${frac}`;
  return neg && scaled !== 0n ? `-${out}` : out;
}
