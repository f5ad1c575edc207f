/**
 * The organisation hierarchy loaded once per request (a few hundred rows), so that scope checks
 * over many projects' donors need no query per donor.
 */
import type { Executor } from '../../db/database.js';

export interface OrgTree {
  /** The organisation and its ancestors, self first; empty for an unknown code. */
  pathOf(code: string): string[];
  /** Whether the organisation exists. */
  has(code: string): boolean;
  /** The topmost ancestor (the donor province, or Shenzhen), self for a root. */
  rootOf(code: string): string;
}

/** Reads every organisation's parent and answers path questions from memory. */
export async function loadOrgTree(db: Executor): Promise<OrgTree> {
  const rows = await db.selectFrom('organisations').select(['code', 'parentCode']).execute();
  return orgTreeOf(rows);
}

/** The tree of organisations already loaded (code and parent of each). */
export function orgTreeOf(rows: Iterable<{ code: string; parentCode: string | null }>): OrgTree {
  const parents = new Map([...rows].map((r) => [r.code, r.parentCode]));
  const pathOf = (code: string): string[] => {
    const path: string[] = [];
    for (let next: string | null = code; next !== null && parents.has(next); ) {
      if (path.includes(next)) break;
      path.push(next);
      next = parents.get(next) ?? null;
    }
    return path;
  };
  return {
    pathOf,
    has: (code) => parents.has(code),
    rootOf: (code) => pathOf(code).at(-1) ?? code,
  };
}
