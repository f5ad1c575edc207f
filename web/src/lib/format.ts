import dayjs from 'dayjs';

/** Today's date as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** True for a YYYY-MM-DD string that is a real date. */
export function isIsoDate(value: string | null | undefined): value is string {
  return (
    !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format('YYYY-MM-DD') === value
  );
}

/** Items as a list in the interface language: 甲、乙 in Chinese, a, b in English. */
export function joinList(items: readonly string[], language: string): string {
  return items.join(language === 'en' ? ', ' : '、');
}

/**
 * A date as a left-to-right isolate (U+2066 … U+2069) on a right-to-left page (decision 0073).
 * After Arabic-script letters the Unicode bidi algorithm takes a date's digits for Arabic
 * numbers and its hyphens for neutrals, so "ئەمەلىي 2026-02-10" showed as "10-02-2026".
 */
export function ltrRun(text: string): string {
  if (!text || typeof document === 'undefined' || document.documentElement.dir !== 'rtl') {
    return text;
  }
  return `\u2066${text}\u2069`;
}

/** Formats an ISO date or date-time as YYYY-MM-DD; empty for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  return ltrRun(value.length >= 10 ? value.slice(0, 10) : value);
}

/** Formats an ISO date-time as YYYY-MM-DD HH:mm in the browser's time zone; empty for null. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? ltrRun(dayjs(value).format('YYYY-MM-DD HH:mm')) : '';
}

const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** 第十三师 → 13; null when the name is not of that form. */
export function divisionNumber(name: string): number | null {
  const m = /^第([一二三四五六七八九十]+)师$/.exec(name);
  if (!m?.[1]) return null;
  const s = m[1];
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (NUMERALS[s.slice(1)] ?? 0);
  if (s.endsWith('十')) return (NUMERALS[s[0] ?? ''] ?? 0) * 10;
  if (s.length === 3 && s[1] === '十')
    return (NUMERALS[s[0] ?? ''] ?? 0) * 10 + (NUMERALS[s[2] ?? ''] ?? 0);
  return NUMERALS[s] ?? null;
}

/** An XPCC division's name in the interface language (第一师 / Division 1). */
export function divisionLabel(name: string, language: string): string {
  if (language !== 'en') return name;
  const n = divisionNumber(name);
  return n === null ? name : `Division ${n}`;
}

/** Lower-cased, spaces and tone marks removed, for matching pinyin searches. */
export function searchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s'’-]/g, '')
    .toLowerCase();
}

/** A count with thousands separators: 78000 → "78,000". */
export function formatCount(value: number | null | undefined): string {
  return typeof value === 'number' ? value.toLocaleString('en-US') : '';
}
