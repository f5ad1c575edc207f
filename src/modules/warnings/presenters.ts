import type { CaseCategory } from '../../domain/company-cases.js';
import type { WarningKind, WarningSubject } from '../../domain/warnings.js';
import type { Reference } from '../reference/reference.js';
import type { WarningView } from './schema.js';

export interface WarningRow {
  id: number;
  subjectKind: WarningSubject;
  subjectId: number;
  projectId: number | null;
  projectCode: string | null;
  projectName: string | null;
  projectNameEn: string | null;
  personId: number | null;
  personName: string | null;
  postingRole: string | null;
  companyId: number | null;
  companyName: string | null;
  caseCategory: CaseCategory | null;
  donorCode: string | null;
  areaCode: string | null;
  kind: string;
  dedupeKey: string;
  detail: string;
  detectedAt: string;
  status: WarningView['status'];
  ownerUserId: number | null;
  ownerUsername: string | null;
  ownerDisplayName: string | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  updatedAt: string;
  version: number;
}

/** What the caller may do with a warning (see `warnings.write` and `warnings.assign`). */
export type WarningCan = WarningView['can'];

export function presentWarning(r: WarningRow, can: WarningCan, ref: Reference): WarningView {
  const org = r.donorCode === null ? undefined : ref.orgs.get(r.donorCode);
  const area = r.areaCode === null ? undefined : ref.areas.get(r.areaCode);
  return {
    id: r.id,
    subject: { kind: r.subjectKind, id: Number(r.subjectId) },
    project:
      r.projectCode === null
        ? null
        : { code: r.projectCode, name: r.projectName ?? '', nameEn: r.projectNameEn },
    person:
      r.subjectKind === 'posting' && r.personId !== null
        ? {
            id: Number(r.personId),
            name: r.personName ?? '',
            postingId: Number(r.subjectId),
            role: r.postingRole ?? '',
          }
        : null,
    company:
      r.subjectKind === 'company_case' && r.companyId !== null && r.caseCategory !== null
        ? {
            id: Number(r.companyId),
            name: r.companyName ?? '',
            caseId: Number(r.subjectId),
            category: r.caseCategory,
          }
        : null,
    donor:
      r.donorCode === null
        ? null
        : { code: r.donorCode, name: org?.name ?? r.donorCode, nameEn: org?.nameEn ?? r.donorCode },
    area: r.areaCode === null ? null : { code: r.areaCode, name: area?.name ?? r.areaCode },
    kind: r.kind as WarningKind,
    dedupeKey: r.dedupeKey,
    detail: JSON.parse(r.detail) as WarningView['detail'],
    detectedAt: r.detectedAt,
    status: r.status,
    owner:
      r.ownerUserId === null
        ? null
        : {
            id: r.ownerUserId,
            username: r.ownerUsername ?? '',
            displayName: r.ownerDisplayName ?? '',
          },
    resolutionNote: r.resolutionNote,
    resolvedAt: r.resolvedAt,
    updatedAt: r.updatedAt,
    version: r.version,
    can,
  };
}

/** What the change history keeps of a warning. */
export function warningSnapshot(
  r: Pick<WarningRow, 'status' | 'ownerUserId' | 'resolutionNote' | 'version'>,
) {
  return {
    status: r.status,
    ownerUserId: r.ownerUserId,
    resolutionNote: r.resolutionNote,
    version: r.version,
  };
}
