/**
 * China's official calendar of public holidays (decision 0066): the days off the State Council
 * announces each year (国务院办公厅关于…部分节假日安排的通知) and the weekend days worked in their
 * place (调休上班). Company-case response and resolution times count working days on it
 * (domain/company-cases.ts).
 *
 * A configuration in code, one entry a year, like the reference data: the State Council publishes
 * the next year's calendar in November or December, and a year is added here then (with a
 * migration that adds the year's adjustments to the working days already stored on cases, as
 * 0038 does for 2023–2026). A date in a year not listed is a working day exactly when it is a
 * Monday to Friday.
 */

interface YearCalendar {
  /** Days off, as inclusive ranges [first, last] (weekends inside a range are off anyway). */
  off: readonly (readonly [string, string])[];
  /** Saturdays and Sundays worked in place of a day off (调休). */
  worked: readonly string[];
}

/** The demo's and the current years, from the State Council General Office's yearly notices. */
export const CHINA_HOLIDAY_CALENDAR: Readonly<Record<number, YearCalendar>> = {
  2023: {
    off: [
      ['2023-01-02', '2023-01-02'], // 元旦 (31 Dec – 2 Jan)
      ['2023-01-21', '2023-01-27'], // 春节
      ['2023-04-05', '2023-04-05'], // 清明节
      ['2023-04-29', '2023-05-03'], // 劳动节
      ['2023-06-22', '2023-06-24'], // 端午节
      ['2023-09-29', '2023-10-06'], // 中秋节、国庆节
    ],
    worked: [
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ],
  },
  2024: {
    off: [
      ['2024-01-01', '2024-01-01'], // 元旦
      ['2024-02-10', '2024-02-17'], // 春节
      ['2024-04-04', '2024-04-06'], // 清明节
      ['2024-05-01', '2024-05-05'], // 劳动节
      ['2024-06-10', '2024-06-10'], // 端午节
      ['2024-09-15', '2024-09-17'], // 中秋节
      ['2024-10-01', '2024-10-07'], // 国庆节
    ],
    worked: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  2025: {
    off: [
      ['2025-01-01', '2025-01-01'], // 元旦
      ['2025-01-28', '2025-02-04'], // 春节
      ['2025-04-04', '2025-04-06'], // 清明节
      ['2025-05-01', '2025-05-05'], // 劳动节
      ['2025-05-31', '2025-06-02'], // 端午节
      ['2025-10-01', '2025-10-08'], // 国庆节、中秋节
    ],
    worked: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    off: [
      ['2026-01-01', '2026-01-03'], // 元旦
      ['2026-02-15', '2026-02-23'], // 春节
      ['2026-04-04', '2026-04-06'], // 清明节
      ['2026-05-01', '2026-05-05'], // 劳动节
      ['2026-06-19', '2026-06-21'], // 端午节
      ['2026-09-25', '2026-09-27'], // 中秋节
      ['2026-10-01', '2026-10-07'], // 国庆节
    ],
    worked: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const isWeekend = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

/**
 * How the calendar moves a Monday-to-Friday count, date by date: −1 for a weekday off, +1 for
 * a weekend day worked (weekend days off change nothing), ascending by date.
 */
export function calendarAdjustments(
  calendar: Readonly<Record<number, YearCalendar>> = CHINA_HOLIDAY_CALENDAR,
): { date: string; delta: -1 | 1 }[] {
  const out: { date: string; delta: -1 | 1 }[] = [];
  for (const year of Object.values(calendar)) {
    for (const [first, last] of year.off) {
      for (let n = dayNumber(first); n <= dayNumber(last); n++) {
        const date = new Date(n * DAY_MS).toISOString().slice(0, 10);
        if (!isWeekend(date)) out.push({ date, delta: -1 });
      }
    }
    for (const date of year.worked) out.push({ date, delta: 1 });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const ADJUSTMENTS = calendarAdjustments();
const OFF = new Set(ADJUSTMENTS.filter((a) => a.delta < 0).map((a) => a.date));
const WORKED = new Set(ADJUSTMENTS.filter((a) => a.delta > 0).map((a) => a.date));
/** PREFIX[i]: the sum of the first i adjustments. */
const PREFIX = [0];
for (const a of ADJUSTMENTS) PREFIX.push((PREFIX.at(-1) ?? 0) + a.delta);

/** Whether a date (China, `YYYY-MM-DD`) is a working day: Monday to Friday, or a 调休 day, and not a day off. */
export function isChinaWorkingDay(date: string): boolean {
  if (WORKED.has(date)) return true;
  return !isWeekend(date) && !OFF.has(date);
}

/** How many adjustments fall on dates ≤ `date` (binary search). */
function adjustmentsUpTo(date: string): number {
  let lo = 0;
  let hi = ADJUSTMENTS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ADJUSTMENTS[mid]?.date ?? '') <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the calendar adds to the Monday-to-Friday count of the dates after `from` up to `to`. */
export function calendarDelta(from: string, to: string): number {
  if (to <= from) return 0;
  return (PREFIX[adjustmentsUpTo(to)] ?? 0) - (PREFIX[adjustmentsUpTo(from)] ?? 0);
}
