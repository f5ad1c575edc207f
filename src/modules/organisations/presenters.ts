import type { OrganisationRecord } from './repository.js';
import type { OrganisationView } from './schema.js';

export function presentOrganisation(
  row: OrganisationRecord,
  parentName: string | null,
): OrganisationView {
  return {
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    kind: row.kind,
    parent: row.parentCode === null ? null : { code: row.parentCode, name: parentName ?? '' },
    areaCode: row.areaCode,
    version: row.version,
  };
}

/** What the change history keeps of an organisation. */
export function organisationSnapshot(row: OrganisationRecord) {
  return {
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    kind: row.kind,
    parentCode: row.parentCode,
    areaCode: row.areaCode,
    version: row.version,
  };
}
