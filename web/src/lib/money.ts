/**
 * Money and shares. Amounts travel as integer fen (0.01 yuan). The screens show and take amounts in
 * 万元 (decision 0019); typed amounts are parsed from the decimal string, never through floating
 * point ("12.5" 万元 → 125000000 fen).
 */

/** Fen in one 万元 (10 000 yuan). */
const FEN_PER_WAN = 1_000_000n;
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Parses an amount typed in 万元 ("12.5", "1,234.5678", "0.000001") to integer fen, exactly: the
 * digits are shifted as text, never multiplied as a float. At most six decimals (one fen); null
 * when not a valid non-negative amount.
 */
export function parseWanToFen(text: string): number | null {
  const m = /^(\d+)(?:\.(\d{0,6}))?$|^\.(\d{1,6})$/.exec(text.trim().replace(/[,，\s]/g, ''));
  if (!m) return null;
  const whole = m[1] ?? '0';
  const frac = (m[2] ?? m[3] ?? '').padEnd(6, '0');
  const fen = BigInt(whole) * FEN_PER_WAN + BigInt(frac);
  return fen > MAX_FEN ? null : Number(fen);
}

/** Fen as the text of a 万元 input, exact and without trailing zeros: 125000000 → "125", 1234567 → "1.234567". */
export function fenToWanInput(fen: number): string {
  const big = BigInt(fen);
  const sign = big < 0n ? '-' : '';
  const abs = big < 0n ? -big : big;
  const whole = (abs / FEN_PER_WAN).toString();
  const frac = (abs % FEN_PER_WAN).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${sign}${whole}.${frac}` : `${sign}${whole}`;
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

/**
 * 万元 (10 000 yuan) with thousands separators and two decimals, from fen, rounded half up on the
 * absolute value in integer arithmetic: 118025060930 → "118,025.06", 125000000 → "125.00".
 */
export function formatWan(fen: number): string {
  const big = BigInt(fen);
  const sign = big < 0n ? '-' : '';
  const abs = big < 0n ? -big : big;
  // hundredths of 万元 = fen / 10 000, rounded half up
  const hundredths = (abs + 5_000n) / 10_000n;
  const whole = (hundredths / 100n).toString();
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${sign}${group(whole)}.${frac}`;
}

/** A share in basis points as a percentage with one decimal, rounded down: 9824 → "98.2%". */
export function formatShare(bp: number): string {
  return `${(Math.floor(bp / 10) / 10).toFixed(1)}%`;
}
