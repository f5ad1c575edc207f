/**
 * An indicator value between the form and the API (decision 0049): money typed in 万元 and sent
 * in fen, shares typed as percentages and sent in basis points, numbers kept as decimal text
 * (never through a float), text as it is; shown the same way.
 */
import {
  bpToPercentInput,
  fenToWanInput,
  formatWan,
  parsePercentToBp,
  parseWanToFen,
} from '../../lib/money.js';

export type ValueType = 'number' | 'money' | 'percentage' | 'text';
export type Typed = number | string | null;

/** The text of an input for a stored value. */
export function toInput(type: ValueType, value: Typed): string {
  if (value === null || value === undefined) return '';
  if (type === 'money') return fenToWanInput(Number(value));
  if (type === 'percentage') return bpToPercentInput(Number(value));
  return String(value);
}

/**
 * The value to send for a typed text: `{ value }` (null for an empty input) or `{ error }`, the
 * i18n key of what is wrong. A number takes at most `scale` decimals.
 */
export function fromInput(
  type: ValueType,
  scale: number,
  text: string,
): { value: Typed } | { error: string } {
  const t = text.trim();
  if (t === '') return { value: null };
  if (type === 'money') {
    const fen = parseWanToFen(t);
    return fen === null ? { error: 'dataEntry.invalidMoney' } : { value: fen };
  }
  if (type === 'percentage') {
    const bp = parsePercentToBp(t);
    return bp === null ? { error: 'dataEntry.invalidPercent' } : { value: bp };
  }
  if (type === 'number') {
    const plain = t.replace(/[,，\s]/g, '');
    const pattern = scale > 0 ? new RegExp(`^-?\\d+(\\.\\d{1,${scale}})?$`) : /^-?\d+$/;
    return pattern.test(plain)
      ? { value: plain }
      : { error: scale > 0 ? 'dataEntry.invalidDecimal' : 'dataEntry.invalidInteger' };
  }
  return t.length > 2000 ? { error: 'dataEntry.tooLong' } : { value: t };
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A stored value as shown (money in 万元, shares as percentages, numbers grouped); '' for none. */
export function formatTyped(type: ValueType, value: Typed): string {
  if (value === null || value === undefined || value === '') return '';
  if (type === 'money') return formatWan(Number(value));
  if (type === 'percentage') return `${bpToPercentInput(Number(value))}%`;
  if (type === 'number') {
    const [whole = '', frac] = String(value).split('.');
    const sign = whole.startsWith('-') ? '-' : '';
    return `${sign}${group(whole.replace('-', ''))}${frac ? `.${frac}` : ''}`;
  }
  return String(value);
}

/**
 * A period key in words: 2024 → 2024年, 2024-H1 → 2024年上半年, 2024-Q3, 2024-07; in Uyghur as
 * the analysis screens write them (2024-يىل, 2024-يىل 3-پەسىل, 2024-يىل 7-ئاي; decision 0073:
 * the form showed 2025年 on a Uyghur screen).
 */
export function periodWords(key: string, language: string): string {
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/.exec(key);
  if (!m) return key;
  const [, year, part] = m;
  const en = language === 'en';
  if (language === 'ug') {
    if (!part) return `${year}-يىل`;
    if (part.startsWith('H'))
      return `${year}-يىل ${part === 'H1' ? 'بىرىنچى' : 'ئىككىنچى'} يېرىم يىل`;
    if (part.startsWith('Q')) return `${year}-يىل ${part[1]}-پەسىل`;
    return `${year}-يىل ${Number(part)}-ئاي`;
  }
  if (!part) return en ? String(year) : `${year}年`;
  if (part.startsWith('H')) {
    if (en) return `${year} ${part === 'H1' ? 'first' : 'second'} half`;
    return `${year}年${part === 'H1' ? '上' : '下'}半年`;
  }
  if (part.startsWith('Q')) return en ? `${year} Q${part[1]}` : `${year}年第${part[1]}季度`;
  return en ? `${year}-${part}` : `${year}年${Number(part)}月`;
}

/** The periods of a set's period type, newest first, from next year's first back `years` years. */
export function periodsOf(type: string, lastYear: number, years = 6): string[] {
  const out: string[] = [];
  for (let y = lastYear; y > lastYear - years; y--) {
    if (type === 'year') out.push(String(y));
    else if (type === 'half') out.push(`${y}-H2`, `${y}-H1`);
    else if (type === 'quarter') out.push(`${y}-Q4`, `${y}-Q3`, `${y}-Q2`, `${y}-Q1`);
    else for (let m = 12; m >= 1; m--) out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

/** The latest period of the type that has ended by today (the one usually being reported). */
export function defaultPeriod(type: string, today = new Date()): string {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  if (type === 'year') return String(y - 1);
  if (type === 'half') return m > 6 ? `${y}-H1` : `${y - 1}-H2`;
  if (type === 'quarter') {
    const q = Math.floor((m - 1) / 3);
    return q === 0 ? `${y - 1}-Q4` : `${y}-Q${q}`;
  }
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
