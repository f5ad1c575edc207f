/** The ledger the home page tests share: four projects in Hotan prefecture and one in Bachu. */
import type { Database } from '../../src/db/database.js';
import { insertProject, insertTransaction } from '../support/factories.js';

export const BEIJING = '110000';
export const SHANGHAI = '310000';
export const TIANJIN = '120000';

/**
 * - HF-BJ Beijing in Hotan city (653201, Beijing's county), 2024, unpublished: 100,000.00 yuan
 *   disbursed in 2024 (in-pair).
 * - HF-SH Shanghai in Hotan city, 2024, unpublished: 50,000.00 yuan in 2024 (cross-pair).
 * - HF-SPLIT Beijing, half Hotan city and half Bachu (653130, Shanghai's), 2025, unpublished:
 *   300.00 yuan in 2025, 150.00 of it located in Hotan prefecture (in-pair).
 * - HF-TJ Tianjin in Qira (653225, Tianjin's county), 2024, published: 20,000.00 yuan in 2024.
 * - HF-BACHU Shanghai in Bachu, 2024, unpublished: 70,000.00 yuan in 2024 (outside Hotan).
 */
export async function hotanLedger(database: Database): Promise<Record<string, number>> {
  const db = database.db;
  const ids: Record<string, number> = {};
  const add = async (
    code: string,
    donor: string,
    locations: { area: string; shareBp: number }[],
    year: number,
    fen: number,
    published = false,
  ) => {
    ids[code] = await insertProject(db, { code, donor, locations, year, published });
    await insertTransaction(db, {
      projectCode: code,
      type: 'disbursement',
      valueFen: fen,
      date: `${year}-05-05`,
    });
  };
  await add('HF-BJ', BEIJING, [{ area: '653201', shareBp: 10000 }], 2024, 10_000_000);
  await add('HF-SH', SHANGHAI, [{ area: '653201', shareBp: 10000 }], 2024, 5_000_000);
  await add(
    'HF-SPLIT',
    BEIJING,
    [
      { area: '653201', shareBp: 5000 },
      { area: '653130', shareBp: 5000 },
    ],
    2025,
    30_000,
  );
  await add('HF-TJ', TIANJIN, [{ area: '653225', shareBp: 10000 }], 2024, 2_000_000, true);
  await add('HF-BACHU', SHANGHAI, [{ area: '653130', shareBp: 10000 }], 2024, 7_000_000);
  return ids;
}

/** An open warning of `kind` on the project (as the detection job would leave it). */
export async function openWarning(database: Database, projectId: number, kind: string) {
  const at = new Date().toISOString();
  await database.db
    .insertInto('warnings')
    .values({
      projectId,
      subjectKind: 'project',
      subjectId: projectId,
      kind,
      dedupeKey: `${kind}:${projectId}`,
      detail: JSON.stringify({ message: { zh: '测试', en: 'test' } }),
      detectedAt: at,
      status: 'open',
      createdAt: at,
      updatedAt: at,
    })
    .execute();
}
