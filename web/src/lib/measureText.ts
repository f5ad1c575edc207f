/** A measure's label and values as the analysis screens show them (decision 0049). */
import { formatWan } from './money.js';
import { isolate } from './projectName.js';

/** A measure as GET /api/analytics/measures lists it (only what the words need). */
export interface MeasureWords {
  label: { zh: string; en: string; ug?: string };
  unit: string;
}

/**
 * A measure's label in the interface language, without the server's "(fen)" unit. In Uyghur a
 * configured data element or indicator has no Uyghur name: its Chinese one, isolated (decision
 * 0060).
 */
export function measureLabel(m: MeasureWords | undefined, name: string, language: string): string {
  if (!m) return name;
  if (language === 'ug' && m.label.ug) return m.label.ug;
  const raw = language === 'en' ? m.label.en : m.label.zh;
  const label = raw.replace(/\s*[（(](分|fen)[)）]\s*$/, '');
  return language === 'ug' ? isolate(label) : label;
}

/** A cell as a number (0 for no value). */
export function numeric(value: number | string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** A value as shown: money (fen) in 万元 with two decimals, counts with thousands separators. */
export function formatValue(
  value: number | string | null | undefined,
  unit: string | undefined,
): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'fen') return formatWan(Math.round(numeric(value)));
  return numeric(value).toLocaleString('en-US');
}
