/** The shapes areas leave the server in: no raw row goes out. */

import { uyghurAreaName } from '../../domain/area-names-ug.js';
import { englishAreaName } from '../../domain/areas.js';
import type { PairedDonorView } from '../pairings/schema.js';
import type { AreaRecord } from './repository.js';
import type { AreaDetail, AreaSummary } from './schema.js';

export function presentAreaRef(
  row: Pick<AreaRecord, 'code' | 'name' | 'nameEn' | 'pinyin' | 'level'>,
) {
  return {
    code: row.code,
    name: row.name,
    nameEn: englishAreaName(row),
    nameUg: uyghurAreaName(row.code),
    level: row.level,
  };
}

/** A search hit; `ancestorNames` from the province down to the parent. */
export function presentAreaSummary(
  row: AreaRecord,
  ancestors: readonly { name: string; nameEn: string }[],
  hasChildren: boolean,
): AreaSummary {
  return {
    code: row.code,
    name: row.name,
    nameEn: englishAreaName(row),
    nameUg: uyghurAreaName(row.code),
    namePinyin: row.pinyin,
    initials: row.initials,
    level: row.level,
    kind: row.kind,
    parentCode: row.parentCode,
    xpccDivision: row.xpccDivision,
    ancestorNames: ancestors.map((a) => a.name),
    ancestorNamesEn: ancestors.map((a) => a.nameEn),
    hasChildren,
  };
}

/** The area with its place in the tree and its donors; `chain` is the area and its ancestors. */
export function presentAreaDetail(
  chain: readonly AreaRecord[],
  children: readonly AreaRecord[],
  donors: PairedDonorView[],
): AreaDetail {
  const [row, ...ancestors] = chain;
  if (!row) throw new RangeError('presentAreaDetail needs the area itself');
  const parent = ancestors[0];
  return {
    code: row.code,
    name: row.name,
    nameEn: englishAreaName(row),
    nameUg: uyghurAreaName(row.code),
    namePinyin: row.pinyin,
    initials: row.initials,
    level: row.level,
    kind: row.kind,
    xpccDivision: row.xpccDivision,
    validFrom: row.validFrom,
    validTo: row.validTo,
    version: row.version,
    parent: parent ? presentAreaRef(parent) : null,
    ancestors: ancestors.map(presentAreaRef).reverse(),
    children: children.map((c) => ({ ...presentAreaRef(c), kind: c.kind })),
    donors,
  };
}

/** What the change history keeps of an area. */
export function areaSnapshot(row: AreaRecord) {
  return {
    code: row.code,
    parentCode: row.parentCode,
    level: row.level,
    kind: row.kind,
    name: row.name,
    nameEn: row.nameEn,
    pinyin: row.pinyin,
    initials: row.initials,
    xpccDivision: row.xpccDivision,
    validFrom: row.validFrom,
    validTo: row.validTo,
    version: row.version,
  };
}
