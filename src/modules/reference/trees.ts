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
  return {
    pathOf,
    has: (code) => byCode.has(code),
    get: (code) => byCode.get(code),
    rootOf: (code) => pathOf(code).at(-1) ?? code,
    all: () => byCode.values(),
  };
}

export interface AreaRecord {
  code: string;
  parentCode: string | null;
  level: AreaLevel;
  name: string;
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
  return {
    get: (code) => byCode.get(code),
    has: (code) => byCode.has(code),
    chainOf,
    pathOf: (code) => chainOf(code).map((a) => a.code),
  };
}
