/**
 * Money in integer fen (0.01 yuan) and shares in basis points (1/100 of a percent), computed
 * exactly: no floating-point division ever decides a fen or a pass/fail. Where a product of two
 * safe integers may pass 2^53 the arithmetic runs in BigInt.
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

/** One whole in basis points: 10000 bp = 100%. */
export const BP_WHOLE = 10000;

/**
 * The most one amount, and one project's sum of a kind of transaction, may hold: 10^15 fen,
 * 10 万亿元 (decision 0031). No real project comes near it, and it keeps every per-project
 * figure a safe integer; sums over projects may still pass 2^53 and are exact in BigInt.
 */
export const MAX_AMOUNT_FEN = 1_000_000_000_000_000;

/**
 * An exact amount of fen: a number while it is a safe integer, a BigInt beyond (a sum over many
 * projects). Serialised as a JSON integer either way (src/http/json.ts).
 */
export type ExactFen = number | bigint;

/** The amount as an {@link ExactFen}: a number when safe, else the BigInt itself. */
export function exactFen(value: bigint | number): ExactFen {
  if (typeof value === 'number') return value;
  return value <= MAX_SAFE_BIG && value >= -MAX_SAFE_BIG ? Number(value) : value;
}

/** The exact sum of amounts. */
export function sumFen(...values: readonly ExactFen[]): ExactFen {
  let total = 0n;
  for (const v of values) total += BigInt(v);
  return exactFen(total);
}

/** True for an amount of money as stored: a safe, non-negative integer number of fen. */
export function isFen(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function assertFen(n: number, what: string): void {
  if (!isFen(n)) throw new RangeError(`${what} must be a non-negative safe integer, got ${n}`);
}

/** A non-negative exact amount (a safe number or any BigInt ≥ 0) as a BigInt. */
function bigFen(n: ExactFen, what: string): bigint {
  if (typeof n === 'bigint') {
    if (n < 0n) throw new RangeError(`${what} must not be negative, got ${n}`);
    return n;
  }
  assertFen(n, what);
  return BigInt(n);
}

/**
 * Splits an integer amount by integer weights with the largest-remainder (Hamilton) method:
 * each part first gets `floor(amount × weight / Σweights)`; the fen left over (fewer than the
 * number of parts) go one each to the parts with the largest remainders, the earlier index
 * first on a tie. The parts always add up to `amountFen` exactly, a zero weight always gets 0,
 * and the same input always gives the same split.
 *
 * `allocate(100000001, [7000, 3000])` → `[70000001, 30000000]`.
 *
 * @throws RangeError when the amount or a weight is not a non-negative safe integer, or when
 *   the weights sum to 0 (including an empty list).
 */
export function allocate(amountFen: number, weights: readonly number[]): number[] {
  assertFen(amountFen, 'amount');
  let total = 0;
  for (const w of weights) {
    assertFen(w, 'weight');
    total += w;
  }
  if (total === 0) throw new RangeError('weights must not sum to 0');
  if (!Number.isSafeInteger(total)) throw new RangeError('weights sum beyond 2^53');

  const n = weights.length;
  const parts = new Array<number>(n);
  const remainders = new Array<bigint | number>(n);
  let assigned = 0;
  if (amountFen * total <= MAX_SAFE) {
    // Every product amount × weight ≤ amount × total fits a double exactly.
    for (let i = 0; i < n; i++) {
      const product = amountFen * (weights[i] as number);
      const part = Math.floor(product / total);
      parts[i] = part;
      remainders[i] = product - part * total;
      assigned += part;
    }
  } else {
    const bigAmount = BigInt(amountFen);
    const bigTotal = BigInt(total);
    for (let i = 0; i < n; i++) {
      const product = bigAmount * BigInt(weights[i] as number);
      const part = product / bigTotal;
      parts[i] = Number(part);
      remainders[i] = product - part * bigTotal;
      assigned += Number(part);
    }
  }
  let leftover = amountFen - assigned;
  if (leftover > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
      const ra = remainders[a] as bigint | number;
      const rb = remainders[b] as bigint | number;
      if (ra === rb) return a - b;
      return ra > rb ? -1 : 1;
    });
    for (const i of order) {
      if (leftover === 0) break;
      parts[i] = (parts[i] as number) + 1;
      leftover--;
    }
  }
  return parts;
}

function assertBp(bp: number): void {
  if (!Number.isSafeInteger(bp) || bp < 0) {
    throw new RangeError(`threshold must be a non-negative integer of basis points, got ${bp}`);
  }
}

/**
 * The share `part ÷ total` in basis points, rounded down: `floor(part × 10000 / total)`,
 * exact for any safe integers; 0 when `total` is 0. Rounding down means a shown 8000 bp never
 * hides a share below 80%.
 */
export function bpOf(partFen: ExactFen, totalFen: ExactFen): number {
  const part = bigFen(partFen, 'part');
  const total = bigFen(totalFen, 'total');
  if (total === 0n) return 0;
  return Number((part * 10000n) / total);
}

/**
 * Whether `part ÷ total ≥ threshold`, decided exactly as `part × 10000 ≥ threshold × total`
 * in BigInt. A total of 0 meets any threshold (0 ≥ 0); callers decide what an empty total means.
 */
export function meetsThreshold(
  partFen: ExactFen,
  totalFen: ExactFen,
  thresholdBp: number,
): boolean {
  const part = bigFen(partFen, 'part');
  const total = bigFen(totalFen, 'total');
  assertBp(thresholdBp);
  return part * 10000n >= BigInt(thresholdBp) * total;
}

/**
 * How far the part lies above (positive: surplus) or below (negative: shortfall) the least part
 * that meets the threshold, in fen: `part − ceil(threshold × total / 10000)`. Zero means the
 * rule is met with nothing to spare; `marginFen ≥ 0` exactly when {@link meetsThreshold}.
 */
export function marginFen(partFen: ExactFen, totalFen: ExactFen, thresholdBp: number): ExactFen {
  const part = bigFen(partFen, 'part');
  const total = bigFen(totalFen, 'total');
  assertBp(thresholdBp);
  const needed = (BigInt(thresholdBp) * total + 9999n) / 10000n;
  return exactFen(part - needed);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * An amount in a message the server writes (a data-quality finding), exact and as the screens
 * show money (decision 0019): 万元 with thousands separators, two decimals or as many more (up to
 * six, one fen) as the amount needs: 2000000000 → "2,000.00", 100000001 → "100.000001". A message
 * comparing two amounts must never round them to the same figure.
 */
export function formatWanExact(fen: number): string {
  const big = BigInt(fen);
  const sign = big < 0n ? '-' : '';
  const abs = big < 0n ? -big : big;
  const frac = (abs % 1_000_000n)
    .toString()
    .padStart(6, '0')
    .replace(/0{1,4}$/, '');
  return `${sign}${groupThousands((abs / 1_000_000n).toString())}.${frac}`;
}
