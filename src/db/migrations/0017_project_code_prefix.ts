import { sql } from 'kysely';
import type { ShanhaiMigration } from './kit.js';

/**
 * The next project code (`GET /api/project-codes/next`) reads the codes starting with a prefix
 * with `code like 'XJ-2026-BJ-%'` on PostgreSQL (src/modules/projects/next-code.ts). The code's
 * unique index serves that LIKE as a range only when the database's collation is C; a database
 * created with a linguistic collation (zh_CN.UTF-8, en_US.UTF-8, the usual server default) would
 * scan all 400,000 codes. An index with the `text_pattern_ops` operator class compares byte by
 * byte whatever the collation, so the prefix is always an index range. SQLite compares codes
 * byte by byte already (BINARY) and needs nothing.
 */
export const projectCodePrefix: ShanhaiMigration = {
  async up(db, engine) {
    if (engine !== 'postgres') return;
    await sql`create index projects_code_prefix on projects (code text_pattern_ops)`.execute(db);
  },
};
