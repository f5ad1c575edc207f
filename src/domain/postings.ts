/**
 * Postings of aid personnel (decision 0025): terms, default ends, overlaps, who is serving on a
 * date. Pure.
 */
import { rangesOverlap } from './dates.js';
import { addDays, addMonths } from './warnings.js';

export const PERSONNEL_KINDS = ['cadre', 'teacher', 'doctor', 'technician', 'other'] as const;
export const POSTING_MODES = ['long-term', 'flexible'] as const;
export type PostingMode = (typeof POSTING_MODES)[number];

/** The planned end of a term of `months` starting on `start`: the day before the same date. */
export function defaultTermEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** The last day a posting serves: its actual end when it has one, its planned end otherwise. */
export function postingEndsOn(p: { plannedEnd: string; actualEnd: string | null }): string {
  return p.actualEnd ?? p.plannedEnd;
}

/** Serving on the date: started on or before it and not ended before it. */
export function servingOn(p: { termStart: string; endsOn: string }, date: string): boolean {
  return p.termStart <= date && date <= p.endsOn;
}

export interface TermSpan {
  id: number;
  termStart: string;
  endsOn: string;
}

/** The first of `others` (another posting of the same person) whose term overlaps `term`. */
export function overlappingTerm<T extends TermSpan>(
  term: { id?: number; termStart: string; endsOn: string },
  others: readonly T[],
): T | undefined {
  return others.find(
    (o) =>
      o.id !== term.id &&
      rangesOverlap({ from: o.termStart, to: o.endsOn }, { from: term.termStart, to: term.endsOn }),
  );
}
