import type { WarningKind } from '../../domain/warnings.js';
import type { WarningView } from './schema.js';

export interface WarningRow {
  id: number;
  projectCode: string;
  projectName: string;
  projectNameEn: string | null;
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

export function presentWarning(r: WarningRow, can: WarningCan): WarningView {
  return {
    id: r.id,
    project: { code: r.projectCode, name: r.projectName, nameEn: r.projectNameEn },
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
