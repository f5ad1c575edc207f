/**
 * The organisation and area hierarchies held in memory: path questions over many records (scope
 * checks, classification, attribution to donors) answered without a query per level.
 */
import type { AreaLevel } from '../../domain/areas.js';

export interface OrgRecord {
  code: string;
  parentCode: string | null;
  name: string;
  nameEn: string;
  kind: string;
  areaCode: string | null;
}

/** A hierarchy of records by code and parent code. */
export interface OrgTree<T extends { code: string; parentCode: string | null } = OrgRecord> {
  /** The organisation and its ancestors, self first; empty for an unknown code. */
  pathOf(code: string): string[];
  /** Whether the organisation exists. */
  has(code: string): boolean;
  /** The organisation's record. */
  get(code: string): T | undefined;
  /** The topmost ancestor (the donor province, or Shenzhen), self for a root. */
  rootOf(code: string): string;
  /** Every organisation. */
  all(): Iterable<T>;
  /** The organisation and everything below it (codes), self first; empty for an unknown code. */
  subtree(code: string): string[];
}

/** Each code's children, from the parent codes. */
function childrenOf<T extends { code: string; parentCode: string | null }>(rows: Iterable<T>) {
  const children = new Map<string, string[]>();
  for (const r of rows) {
    if (r.parentCode === null) continue;
    const list = children.get(r.parentCode) ?? [];
    list.push(r.code);
    children.set(r.parentCode, list);
  }
  return children;
}

function subtreeIn(children: Map<string, string[]>, has: (code: string) => boolean, root: string) {
  if (!has(root)) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const code = stack.pop() as string;
    if (seen.has(code)) continue; // a corrupt cycle cannot hang it
    seen.add(code);
    out.push(code);
    stack.push(...(children.get(code) ?? []));
  }
  return out;
}

/** The tree of organisations (code and parent of each, at least). */
export function orgTreeOf<T extends { code: string; parentCode: string | null }>(
  rows: Iterable<T>,
): OrgTree<T> {
  const byCode = new Map<string, T>();
  for (const r of rows) byCode.set(r.code, r);
  const pathOf = (code: string): string[] => {
    const path: string[] = [];
    for (let next: string | null = code; next !== null && byCode.has(next); ) {
      if (path.includes(next)) break; // a corrupt cycle cannot hang it
      path.push(next);
      next = byCode.get(next)?.parentCode ?? null;
    }
    return path;
  };
  let children: Map<string, string[]> | undefined;
  return {
    pathOf,
    has: (code) => byCode.has(code),
    get: (code) => byCode.get(code),
    rootOf: (code) => pathOf(code).at(-1) ?? code,
    all: () => byCode.values(),
    subtree(code) {
      children ??= childrenOf(byCode.values());
      return subtreeIn(children, (c) => byCode.has(c), code);
    },
  };
}

export interface AreaRecord {
  code: string;
  parentCode: string | null;
  level: AreaLevel;
  name: string;
  /** The English name (its pinyin when none is stored). */
  nameEn: string;
  /** The Uyghur name (data/areas/names-ug.tsv, decision 0079), null when it has none. */
  nameUg: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface AreaTree {
  get(code: string): AreaRecord | undefined;
  has(code: string): boolean;
  /** The area and its ancestors by stored parents, self first; empty for an unknown code. */
  chainOf(code: string): AreaRecord[];
  /** Codes of the area and its ancestors, self first. */
  pathOf(code: string): string[];
  /** The area and everything below it by stored parents (codes), self first. */
  subtree(code: string): string[];
}

export function areaTreeOf(rows: Iterable<AreaRecord>): AreaTree {
  const byCode = new Map<string, AreaRecord>();
  for (const r of rows) byCode.set(r.code, r);
  const chainOf = (code: string): AreaRecord[] => {
    const chain: AreaRecord[] = [];
    for (let next: string | null = code; next !== null && chain.length < 8; ) {
      const area = byCode.get(next);
      if (!area) break;
      chain.push(area);
      next = area.parentCode;
    }
    return chain;
  };
  let children: Map<string, string[]> | undefined;
  return {
    get: (code) => byCode.get(code),
    has: (code) => byCode.has(code),
    chainOf,
    pathOf: (code) => chainOf(code).map((a) => a.code),
    subtree(code) {
      children ??= childrenOf(byCode.values());
      return subtreeIn(children, (c) => byCode.has(c), code);
    },
  };
}
