/**
 * Suggested project codes: `<programme>-<year>-<donor>-<sequence>`, e.g. `XJ-2026-BJ-0001`, the
 * pattern the seed's projects follow. Pure: the caller supplies the codes already taken.
 */

/** GB/T 2260's two-letter abbreviations of the provinces, by the code's first two digits. */
const PROVINCE_LETTERS: Readonly<Record<string, string>> = {
  '11': 'BJ',
  '12': 'TJ',
  '13': 'HE',
  '14': 'SX',
  '15': 'NM',
  '21': 'LN',
  '22': 'JL',
  '23': 'HL',
  '31': 'SH',
  '32': 'JS',
  '33': 'ZJ',
  '34': 'AH',
  '35': 'FJ',
  '36': 'JX',
  '37': 'SD',
  '41': 'HA',
  '42': 'HB',
  '43': 'HN',
  '44': 'GD',
  '45': 'GX',
  '46': 'HI',
  '50': 'CQ',
  '51': 'SC',
  '52': 'GZ',
  '53': 'YN',
  '54': 'XZ',
  '61': 'SN',
  '62': 'GS',
  '63': 'QH',
  '64': 'NX',
  '65': 'XJ',
};

/** Programme prefixes the seed uses; another programme takes its words' initials. */
const PROGRAMME_PREFIXES: Readonly<Record<string, string>> = {
  xinjiang: 'XJ',
  'revolutionary-areas': 'LQ',
};

/** `xinjiang` → `XJ`; an unknown `coastal-aid` → `CA`. */
export function programmePrefix(programme: string): string {
  return (
    PROGRAMME_PREFIXES[programme] ??
    programme
      .split('-')
      .map((w) => w.charAt(0).toUpperCase())
      .join('')
  );
}

/**
 * A donor's letters: a province's GB/T 2260 abbreviation (`110000` → `BJ`); a city its pinyin
 * initials without the trailing 市 (`440300` 深圳市 "SZS" → `SZ`), else the province's.
 */
export function donorLetters(orgCode: string, cityInitials?: string | null): string {
  const province = PROVINCE_LETTERS[orgCode.slice(0, 2)] ?? 'XX';
  if (/^\d{2}0000$/.test(orgCode) || !cityInitials) return province;
  const letters = cityInitials.toUpperCase().replace(/[^A-Z]/g, '');
  const trimmed = letters.length > 2 && letters.endsWith('S') ? letters.slice(0, -1) : letters;
  return trimmed || province;
}

/** `XJ-2026-BJ-` */
export function codePrefix(programme: string, year: number, donor: string): string {
  return `${programmePrefix(programme)}-${year}-${donor}-`;
}

/**
 * The next free code after the prefix: one more than the highest sequence taken, as wide as the
 * widest taken (the seed's `001`) or four digits (`0001`) when none is.
 */
export function nextProjectCode(prefix: string, taken: readonly string[]): string {
  let max = 0;
  let width = 4;
  let first = true;
  for (const code of taken) {
    if (!code.startsWith(prefix)) continue;
    const rest = code.slice(prefix.length);
    if (!/^\d{1,9}$/.test(rest)) continue;
    max = Math.max(max, Number(rest));
    width = first ? rest.length : Math.max(width, rest.length);
    first = false;
  }
  return `${prefix}${String(max + 1).padStart(width, '0')}`;
}
