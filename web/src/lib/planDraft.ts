/**
 * The editable draft of an annual plan, pure: amounts are kept as the text the user typed (万元,
 * decision 0019) and parsed to integer fen only through {@link parseWanToFen}, never through
 * floating point.
 */
import { fenToWanInput, parseWanToFen } from './money.js';

export interface DraftItem {
  project: string;
  name: string;
  nameEn?: string | null;
  /** The planned funds as typed, in 万元. */
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

/** The draft a saved plan starts from. */
export function draftOf(plan: PlanLike): PlanDraft {
  return {
    totalText: fenToWanInput(plan.totalFen),
    items: plan.items.map((i) => ({
      project: i.project,
      name: i.name,
      nameEn: i.nameEn ?? null,
      text: fenToWanInput(i.plannedFen),
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
  const totalFen = parseWanToFen(draft.totalText);
  const items = draft.items.map((i) => ({
    project: i.project,
    plannedFen: parseWanToFen(i.text),
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
  if (parseWanToFen(draft.totalText) !== saved.totalFen) return true;
  if (draft.items.length !== saved.items.length) return true;
  const savedFen = new Map(saved.items.map((i) => [i.project, i.plannedFen]));
  return draft.items.some((i) => savedFen.get(i.project) !== parseWanToFen(i.text));
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
