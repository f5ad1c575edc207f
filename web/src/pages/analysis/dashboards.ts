/**
 * Dashboards (decision 0049): a named list of saved pivots, charts and key figures, each item a
 * pivot's URL parameters (pivot.ts) and how to show it. A dashboard travels whole in its URL
 * (`?d=` base64url of its JSON), so any dashboard is shareable by link; the user's own are also
 * kept in this browser's localStorage. Nothing is stored on the server (yet).
 */
import { type PivotState, parsePivot } from './pivot.js';

export const ITEM_KINDS = ['pivot', 'chart', 'figure'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface DashboardItem {
  id: string;
  kind: ItemKind;
  title: string;
  /** the pivot's URL parameters (see pivotParams) */
  query: string;
}

export interface Dashboard {
  id: string;
  name: string;
  items: DashboardItem[];
}

const STORAGE_KEY = 'shanhai.dashboards';

/** A short random id. */
export function newId(): string {
  return Math.random().toString(36).slice(2, 10);
}

function isItem(value: unknown): value is DashboardItem {
  const v = value as DashboardItem;
  return (
    !!v &&
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.query === 'string' &&
    (ITEM_KINDS as readonly string[]).includes(v.kind)
  );
}

/** A dashboard read from untrusted JSON (a URL, storage), or null when it is not one. */
export function asDashboard(value: unknown): Dashboard | null {
  const v = value as Dashboard;
  if (!v || typeof v.id !== 'string' || typeof v.name !== 'string' || !Array.isArray(v.items)) {
    return null;
  }
  return {
    id: v.id.slice(0, 40),
    name: v.name.slice(0, 100),
    items: v.items.filter(isItem).slice(0, 40),
  };
}

/** The dashboards kept in this browser, oldest first. */
export function loadDashboards(): Dashboard[] {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? list.map(asDashboard).filter((d) => d !== null) : [];
  } catch {
    return [];
  }
}

/** Keeps the dashboards in this browser; false when storage is unavailable or full. */
export function storeDashboards(list: readonly Dashboard[]): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** Adds or replaces a dashboard (by id) in storage; returns the new list. */
export function upsertDashboard(d: Dashboard): Dashboard[] {
  const list = loadDashboards();
  const i = list.findIndex((x) => x.id === d.id);
  if (i >= 0) list[i] = d;
  else list.push(d);
  storeDashboards(list);
  return list;
}

export function removeDashboard(id: string): Dashboard[] {
  const list = loadDashboards().filter((d) => d.id !== id);
  storeDashboards(list);
  return list;
}

/** A dashboard as URL-safe text (base64url of its UTF-8 JSON). */
export function encodeDashboard(d: Dashboard): string {
  const bytes = new TextEncoder().encode(JSON.stringify(d));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The dashboard of a `?d=` parameter, or null when it cannot be read. */
export function decodeDashboard(text: string | null): Dashboard | null {
  if (!text) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return asDashboard(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

/** The pivot an item shows. */
export function itemPivot(item: DashboardItem): PivotState {
  return parsePivot(new URLSearchParams(item.query));
}
