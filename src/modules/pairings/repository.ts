/** Pairing queries with the names of donor and recipient joined in. */
import type { Executor } from '../../db/database.js';

/** Pairings with their donor and recipient, ready for {@link presentPairing}. */
export function pairingsQuery(db: Executor) {
  return db
    .selectFrom('pairings as p')
    .innerJoin('organisations as d', 'd.code', 'p.donorCode')
    .leftJoin('areas as a', 'a.code', 'p.recipientAreaCode')
    .leftJoin('organisations as ro', 'ro.code', 'p.recipientOrgCode')
    .select([
      'p.id',
      'p.programmeCode',
      'p.donorCode',
      'd.name as donorName',
      'd.nameEn as donorNameEn',
      'p.recipientAreaCode',
      'a.name as areaName',
      'a.pinyin as areaPinyin',
      'a.nameEn as areaNameEn',
      'a.level as areaLevel',
      'a.kind as areaKind',
      'a.xpccDivision as areaXpccDivision',
      'p.recipientOrgCode',
      'ro.name as recipientOrgName',
      'p.parentId',
      'p.validFrom',
      'p.validTo',
      'p.confidence',
      'p.note',
      'p.noteEn',
      'p.version',
    ]);
}

export type PairingRecord = Awaited<
  ReturnType<ReturnType<typeof pairingsQuery>['execute']>
>[number];

export function findPairing(db: Executor, id: number) {
  return db.selectFrom('pairings').selectAll().where('id', '=', id).executeTakeFirst();
}

export type PairingRow = NonNullable<Awaited<ReturnType<typeof findPairing>>>;
