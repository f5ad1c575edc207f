/**
 * The indicator model's pure rules (decision 0048): value types, aggregations, disaggregations,
 * reporting periods, and how a typed value becomes the exact integer stored.
 */

/** number (a decimal with the element's scale), money (fen), percentage (basis points), text. */
export const VALUE_TYPES = ['number', 'money', 'percentage', 'text'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** How values of one element combine within a period: sum, average, or the period's last. */
export const AGGREGATIONS = ['sum', 'average', 'last'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** The disaggregation categories and their options (a value's cell names one option of each). */
export const DISAGGREGATIONS = {
  sex: ['female', 'male'],
  ethnicity: ['han', 'minority'],
  ageBand: ['0-14', '15-59', '60+'],
  urbanRural: ['urban', 'rural'],
} as const;
export type Disaggregation = keyof typeof DISAGGREGATIONS;
export const DISAGGREGATION_NAMES = Object.keys(DISAGGREGATIONS) as Disaggregation[];

/** Reporting periods: a year `2024`, a half `2024-H1`, a quarter `2024-Q3`, a month `2024-07`. */
export const PERIOD_TYPES = ['year', 'half', 'quarter', 'month'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export const PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export interface Period {
  key: string;
  type: PeriodType;
  year: number;
  /** First and last day, ISO dates. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period a key names, or null when it is not one. */
export function parsePeriod(key: string): Period | null {
  const m = PERIOD_PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1949 || year > 2100) return null;
  const part = m[2];
  const span = (type: PeriodType, from: number, to: number): Period => ({
    key,
    type,
    year,
    start: `${year}-${pad(from)}-01`,
    end: `${year}-${pad(to)}-${pad(lastDay(year, to))}`,
  });
  if (part === undefined) return span('year', 1, 12);
  if (part.startsWith('H')) return part === 'H1' ? span('half', 1, 6) : span('half', 7, 12);
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return span('quarter', q * 3 - 2, q * 3);
  }
  const month = Number(part);
  return span('month', month, month);
}

/** The period before, of the same type (2024 → 2023, 2024-Q1 → 2023-Q4, 2024-01 → 2023-12). */
export function previousPeriod(p: Period): string {
  switch (p.type) {
    case 'year':
      return String(p.year - 1);
    case 'half':
      return p.key.endsWith('H2') ? `${p.year}-H1` : `${p.year - 1}-H2`;
    case 'quarter': {
      const q = Number(p.key.slice(-1));
      return q === 1 ? `${p.year - 1}-Q4` : `${p.year}-Q${q - 1}`;
    }
    case 'month': {
      const m = Number(p.key.slice(-2));
      return m === 1 ? `${p.year - 1}-12` : `${p.year}-${pad(m - 1)}`;
    }
  }
}

/** An ISO date plus days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The due date of a period's report: `dueDays` after the period's last day. */
export function dueDateOf(p: Period, dueDays: number): string {
  return addDays(p.end, dueDays);
}

/** A data element as the value rules see it. */
export interface ElementRule {
  code: string;
  valueType: ValueType;
  /** Decimal places of a `number` element (0: whole numbers). */
  scale: number;
  disaggregations: readonly Disaggregation[];
}

export type StoredValue = { int: bigint; text: null } | { int: null; text: string };

/** Why a typed value was refused: a problem code of the catalogue and its parameters. */
export type ValueRefusal = {
  code:
    | 'indicators.notNumeric'
    | 'indicators.tooManyDecimals'
    | 'indicators.notText'
    | 'indicators.outOfRange';
  params: Record<string, string | number>;
};

/** The largest magnitude stored (10^15: as money, decision 0031). */
export const MAX_STORED = 10n ** 15n;

/**
 * A typed value as the integer stored: a number's decimal scaled by 10^scale, money in fen
 * (whole), a percentage in basis points (whole), text as is. Numbers may be given as JSON
 * numbers or decimal strings; anything else is refused.
 */
export function storedValue(e: ElementRule, raw: number | string): StoredValue | ValueRefusal {
  if (e.valueType === 'text') {
    if (typeof raw !== 'string') return { code: 'indicators.notText', params: { element: e.code } };
    return { int: null, text: raw };
  }
  const text = typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : '') : raw.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return { code: 'indicators.notNumeric', params: { element: e.code, value: String(raw) } };
  const scale = e.valueType === 'number' ? e.scale : 0;
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > scale) {
    return { code: 'indicators.tooManyDecimals', params: { element: e.code, scale } };
  }
  const int = BigInt(`${m[1]}${m[2]}${frac.padEnd(scale, '0')}`);
  if (int > MAX_STORED || int < -MAX_STORED) {
    return { code: 'indicators.outOfRange', params: { element: e.code } };
  }
  return { int, text: null };
}

/** A stored integer back in the element's typed form: a number (scaled back) or text. */
export function typedValue(e: Pick<ElementRule, 'valueType' | 'scale'>, v: StoredValue) {
  if (v.text !== null) return v.text;
  if (e.valueType !== 'number' || e.scale === 0) return Number(v.int);
  return Number(v.int) / 10 ** e.scale;
}

/**
 * The canonical key of a value's disaggregation cell: '' for the total, otherwise every one of
 * the element's categories `name=option`, in the element's order, joined by `;`
 * (`sex=female;urbanRural=rural`). Returns a refusal reason when the cell is not one.
 */
export function cellKey(
  e: Pick<ElementRule, 'disaggregations'>,
  cell: Partial<Record<string, string>> | undefined,
): string | { reason: 'unknownCategory' | 'partialCell' | 'unknownOption'; name: string } {
  const given = Object.entries(cell ?? {}).filter(([, v]) => v !== undefined);
  if (given.length === 0) return '';
  for (const [name] of given) {
    if (!(e.disaggregations as readonly string[]).includes(name)) {
      return { reason: 'unknownCategory', name };
    }
  }
  const parts: string[] = [];
  for (const name of e.disaggregations) {
    const option = cell?.[name];
    if (option === undefined) return { reason: 'partialCell', name };
    if (!(DISAGGREGATIONS[name] as readonly string[]).includes(option)) {
      return { reason: 'unknownOption', name };
    }
    parts.push(`${name}=${option}`);
  }
  return parts.join(';');
}

/** A cell key back as its categories (`''` → {}). */
export function cellOf(key: string): Record<string, string> {
  if (key === '') return {};
  return Object.fromEntries(key.split(';').map((p) => p.split('=') as [string, string]));
}
