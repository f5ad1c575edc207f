/** Persons, postings and batches as the API shows them, with `can` and masked personal data. */
import type { Actor } from '../../domain/access.js';
import { maskPersonalData, type PersonalData } from '../../domain/personal-data.js';
import { can } from '../access/authorize.js';
import type { Reference } from '../reference/reference.js';
import type { PersonRecord, PostingRecord } from './repository.js';
import type { PersonView } from './schema.js';

function named(ref: Reference, code: string) {
  const org = ref.orgs.get(code);
  return { code, name: org?.name ?? code, nameEn: org?.nameEn ?? code };
}

/** An area as the issue-9 answers name it: code, Chinese and English name (decision 0034). */
export function areaNamed(ref: Reference, code: string) {
  const area = ref.areas.get(code);
  return {
    code,
    name: area?.name ?? code,
    nameEn: area?.nameEn ?? '',
    nameUg: area?.nameUg ?? null,
  };
}

/** Whether the actor sees this person's personal data unmasked. */
export function seesPersonalData(actor: Actor, ref: Reference, donorCode: string): boolean {
  return can(actor, 'people.personalData', { orgPath: ref.orgs.pathOf(donorCode) });
}

/** The personal data as `actor` may see it. */
export function presentPersonal(person: PersonalData, unmasked: boolean) {
  const data: PersonalData = {
    phone: person.phone,
    idCardNumber: person.idCardNumber,
    birthYear: person.birthYear,
  };
  return { ...(unmasked ? data : maskPersonalData(data)), masked: !unmasked };
}

export function presentPosting(p: PostingRecord, ref: Reference) {
  const host = p.hostOrgCode ? ref.orgs.get(p.hostOrgCode) : undefined;
  return {
    id: p.id,
    programme: p.programmeCode,
    batch:
      p.batchId === null
        ? null
        : { id: p.batchId, number: p.batchNumber ?? 0, name: p.batchName ?? null },
    kind: p.kindCode,
    hostOrg: {
      code: p.hostOrgCode,
      name: host?.name ?? p.hostOrgName ?? p.hostOrgCode ?? '',
      nameEn: host?.nameEn ?? '',
    },
    area: areaNamed(ref, p.areaCode),
    role: p.role,
    mode: p.mode,
    crossPair: p.crossPair === 1,
    termStart: p.termStart,
    plannedEnd: p.plannedEnd,
    actualEnd: p.actualEnd,
    endReason: p.endReason,
    endsOn: p.endsOn,
    version: p.version,
  };
}

/** A person with their postings as `actor` may see them (the caller logs unmasked reads). */
export function presentPerson(
  row: PersonRecord,
  postings: readonly PostingRecord[],
  actor: Actor,
  ref: Reference,
): PersonView {
  const orgPath = ref.orgs.pathOf(row.donorCode);
  const writable = can(actor, 'people.write', { orgPath });
  const unmasked = seesPersonalData(actor, ref, row.donorCode);
  const homeOrg = row.homeOrgCode ? ref.orgs.get(row.homeOrgCode) : undefined;
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameUg: row.nameUg,
    sex: row.sex,
    ethnicity: row.ethnicity,
    homeOrg: {
      code: row.homeOrgCode,
      name: homeOrg?.name ?? row.homeOrgName,
      nameEn: homeOrg?.nameEn ?? null,
    },
    donor: named(ref, row.donorCode),
    personal: presentPersonal(row, unmasked),
    published: row.publishedAt !== null,
    publishedAt: row.publishedAt,
    postings: postings.map((p) => ({
      ...presentPosting(p, ref),
      can: { end: writable && p.actualEnd === null, update: writable },
    })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    can: {
      update: writable,
      publish: writable && row.publishedAt === null,
      addPosting: writable,
      personalData: unmasked,
      readHistory: can(actor, 'people.readHistory', { orgPath }),
    },
  };
}

export { named as presentNamed };

/** What the history keeps of a person: every field, personal data included (masked in views). */
export function personSnapshot(row: PersonRecord) {
  return { ...row };
}
