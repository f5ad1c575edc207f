/**
 * The editable draft of an annual plan, pure: amounts are kept as the text the user typed (yuan)
 * and parsed to integer fen only through {@link parseYuanToFen}, never through floating point.
 */
import { parseYuanToFen } from './money.js';

export interface DraftItem {
  project: string;
  name: string;
  nameEn?: string | null;
  /** The planned funds as typed, in yuan. */
  text: string;
}

export interface PlanDraft {
  totalText: string;
  items: DraftItem[];
}

interface PlanLike {
  totalFen: number;
  items: readonly { project: string; name: string; nameEn?: string | null; plannedFen: number }[];
}

/** Fen as the text of a yuan input: 123456 → "1234.56", 100000 → "1000". */
export function fenToYuanInput(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`;
}

/** The draft a saved plan starts from. */
export function draftOf(plan: PlanLike): PlanDraft {
  return {
    totalText: fenToYuanInput(plan.totalFen),
    items: plan.items.map((i) => ({
      project: i.project,
      name: i.name,
      nameEn: i.nameEn ?? null,
      text: fenToYuanInput(i.plannedFen),
    })),
  };
}

export interface ParsedDraft {
  totalFen: number | null;
  items: { project: string; plannedFen: number | null }[];
  /** The sum of the items that parse. */
  itemsFen: number;
  /** Every amount parses. */
  valid: boolean;
  /** The valid items add up to more than a valid total. */
  overTotal: boolean;
}

export function parseDraft(draft: PlanDraft): ParsedDraft {
  const totalFen = parseYuanToFen(draft.totalText);
  const items = draft.items.map((i) => ({
    project: i.project,
    plannedFen: parseYuanToFen(i.text),
  }));
  const itemsFen = items.reduce((s, i) => s + (i.plannedFen ?? 0), 0);
  return {
    totalFen,
    items,
    itemsFen,
    valid: totalFen !== null && items.every((i) => i.plannedFen !== null),
    overTotal: totalFen !== null && itemsFen > totalFen,
  };
}

/** The items of a valid draft as the API takes them; null while an amount does not parse. */
export function draftItems(draft: PlanDraft): { project: string; plannedFen: number }[] | null {
  const parsed = parseDraft(draft);
  if (!parsed.items.every((i) => i.plannedFen !== null)) return null;
  return parsed.items.map((i) => ({ project: i.project, plannedFen: i.plannedFen ?? 0 }));
}

/** Whether the draft differs from the saved plan (an amount that does not parse differs). */
export function isDirty(saved: PlanLike, draft: PlanDraft): boolean {
  if (parseYuanToFen(draft.totalText) !== saved.totalFen) return true;
  if (draft.items.length !== saved.items.length) return true;
  const savedFen = new Map(saved.items.map((i) => [i.project, i.plannedFen]));
  return draft.items.some((i) => savedFen.get(i.project) !== parseYuanToFen(i.text));
}

export interface PlanChanges {
  totalBefore: number;
  totalAfter: number;
  added: string[];
  removed: string[];
  changed: string[];
}

/** What changed between two versions of a plan: the total and which projects. */
export function planChanges(before: PlanLike, after: PlanLike): PlanChanges {
  const was = new Map(before.items.map((i) => [i.project, i.plannedFen]));
  const now = new Map(after.items.map((i) => [i.project, i.plannedFen]));
  return {
    totalBefore: before.totalFen,
    totalAfter: after.totalFen,
    added: [...now.keys()].filter((p) => !was.has(p)),
    removed: [...was.keys()].filter((p) => !now.has(p)),
    changed: [...now.entries()]
      .filter(([p, fen]) => was.has(p) && was.get(p) !== fen)
      .map(([p]) => p),
  };
}
