/**
 * Money and shares. Amounts travel as integer fen (0.01 yuan); typed amounts are parsed from the
 * decimal string, never through floating point ("1234.56" → 123456).
 */

/** Parses a yuan amount ("1234.56", "1,000,000", "0.5") to integer fen; null when not valid. */
export function parseYuanToFen(text: string): number | null {
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(text.trim().replace(/[,，\s]/g, ''));
  if (!m?.[1]) return null;
  const fen = BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(fen);
}

/** Parses a percentage with at most two decimals ("33.33") to basis points; null when not valid. */
export function parsePercentToBp(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(text.trim().replace(/%$/, ''));
  if (!m?.[1]) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp > 10000 ? null : bp;
}

/** Basis points as a percentage string for an input ("3333" → "33.33"). */
export function bpToPercentInput(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = bp % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Exact yuan from fen: 123456 → "1,234.56". */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  return `${sign}${group(String(yuan))}.${String(cents).padStart(2, '0')}`;
}

/** 万元 (10 000 yuan) with two decimals, from fen: 118025060930 → "118,025.06". */
export function formatWan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  // hundredths of 万元 = fen / 10000, rounded half up on the absolute value
  const hundredths = Math.round(Math.abs(fen) / 10000);
  const whole = Math.trunc(hundredths / 100);
  const frac = hundredths % 100;
  return `${sign}${group(String(whole))}.${String(frac).padStart(2, '0')}`;
}

/** A share in basis points as a percentage with one decimal, rounded down: 9824 → "98.2%". */
export function formatShare(bp: number): string {
  return `${(Math.floor(bp / 10) / 10).toFixed(1)}%`;
}
