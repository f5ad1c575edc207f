/**
 * Currency rates the coordinator maintains (decision 0052): yuan per unit of a currency from a
 * date on, in millionths (7.1234 CNY per USD is 7123400). An IATI value in another currency
 * reaches the ledger in fen at the rate in force on its value date; without a rate it is kept as
 * read (iati_transactions) and not entered. Exact integer arithmetic (BigInt), half up.
 */
import type { Executor } from '../../../db/database.js';

export interface Rate {
  validFrom: string;
  micro: bigint;
}

/** The rates of every currency, each list sorted by date. */
export async function loadRates(db: Executor): Promise<Map<string, Rate[]>> {
  const rows = await db
    .selectFrom('currencyRates')
    .select(['currency', 'validFrom', 'microYuanPerUnit'])
    .orderBy('currency')
    .orderBy('validFrom')
    .execute();
  const map = new Map<string, Rate[]>();
  for (const r of rows) {
    const list = map.get(r.currency) ?? [];
    list.push({ validFrom: r.validFrom, micro: BigInt(r.microYuanPerUnit) });
    map.set(r.currency, list);
  }
  return map;
}

/** The rate in force on `date`: the last one valid from that date or before. */
export function rateOn(rates: Rate[] | undefined, date: string): Rate | undefined {
  let found: Rate | undefined;
  for (const r of rates ?? []) if (r.validFrom <= date) found = r;
  return found;
}

/** A decimal as written (`1234.5`, `-3`, `1e3` refused) in millionths, or null. */
export function parseDecimal(text: string): bigint | null {
  const m = /^\s*([+-]?)(\d+)(?:\.(\d+))?\s*$/.exec(text);
  if (!m) return null;
  const frac = (m[3] ?? '').padEnd(6, '0');
  // More than six decimals: rounded half up at the sixth.
  let micro = BigInt(m[2] ?? '0') * 1_000_000n + BigInt(frac.slice(0, 6));
  if (frac.length > 6 && Number(frac[6]) >= 5) micro += 1n;
  return m[1] === '-' ? -micro : micro;
}

/** Fen of a value (millionths of a unit) at a rate (micro-yuan per unit), half up. */
export function toFen(valueMicro: bigint, rateMicro: bigint): bigint {
  // value/1e6 units × rate/1e6 yuan × 100 fen = value × rate / 1e10 fen
  const num = valueMicro * rateMicro;
  const den = 10_000_000_000n;
  const sign = num < 0n ? -1n : 1n;
  const abs = num < 0n ? -num : num;
  return sign * ((abs + den / 2n) / den);
}

/** Yuan (a decimal string as an IATI value) of fen. */
export function yuanOfFen(fen: number | bigint): string {
  const big = BigInt(fen);
  const sign = big < 0n ? '-' : '';
  const abs = big < 0n ? -big : big;
  const cents = abs % 100n;
  return `${sign}${abs / 100n}${cents === 0n ? '' : `.${String(cents).padStart(2, '0')}`}`;
}

/** Sets (or replaces) the rate of a currency from a date. */
export async function setRate(
  db: Executor,
  input: { currency: string; validFrom: string; microYuanPerUnit: number },
  by: string,
): Promise<void> {
  const at = new Date().toISOString();
  await db
    .insertInto('currencyRates')
    .values({ ...input, updatedAt: at, updatedBy: by })
    .onConflict((oc) =>
      oc
        .columns(['currency', 'validFrom'])
        .doUpdateSet({ microYuanPerUnit: input.microYuanPerUnit, updatedAt: at, updatedBy: by }),
    )
    .execute();
}
