import { uyghurAreaName } from '../../domain/area-names-ug.js';
import { englishAreaName } from '../../domain/areas.js';
import type { PairingRecord, PairingRow } from './repository.js';
import type { PairingView } from './schema.js';

export function presentPairing(r: PairingRecord): PairingView {
  return {
    id: r.id,
    programme: r.programmeCode,
    donor: { code: r.donorCode, name: r.donorName, nameEn: r.donorNameEn },
    recipient:
      r.recipientAreaCode === null
        ? null
        : {
            code: r.recipientAreaCode,
            name: r.areaName ?? '',
            nameEn: englishAreaName({ nameEn: r.areaNameEn, pinyin: r.areaPinyin ?? '' }),
            nameUg: uyghurAreaName(r.recipientAreaCode),
            namePinyin: r.areaPinyin ?? '',
            level: r.areaLevel ?? '',
            kind: r.areaKind,
            xpccDivision: r.areaXpccDivision,
          },
    recipientOrg:
      r.recipientOrgCode === null
        ? null
        : { code: r.recipientOrgCode, name: r.recipientOrgName ?? '' },
    validFrom: r.validFrom,
    validTo: r.validTo,
    confidence: r.confidence,
    note: r.note,
    noteEn: r.noteEn,
    parentId: r.parentId,
    version: r.version,
  };
}

/** What the change history keeps of a pairing. */
export function pairingSnapshot(row: PairingRow) {
  return {
    id: row.id,
    programmeCode: row.programmeCode,
    donorCode: row.donorCode,
    recipientAreaCode: row.recipientAreaCode,
    recipientOrgCode: row.recipientOrgCode,
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    confidence: row.confidence,
    note: row.note,
    version: row.version,
  };
}
