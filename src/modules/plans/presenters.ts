import type { PlanItemRecord, PlanRecord } from './repository.js';
import type { PlanView } from './schema.js';

export function presentPlan(row: PlanRecord, items: readonly PlanItemRecord[]): PlanView {
  return {
    id: row.id,
    programme: row.programmeCode,
    donor: { code: row.donorCode, name: row.donorName, nameEn: row.donorNameEn },
    year: row.year,
    status: row.status,
    totalFen: row.totalFen,
    itemsFen: items.reduce((sum, i) => sum + i.plannedFen, 0),
    items: items.map((i) => ({
      project: i.code,
      name: i.nameZh,
      nameEn: i.nameEn,
      plannedFen: i.plannedFen,
    })),
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    returnReason: row.returnReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** What the change history keeps of a plan. */
export function planSnapshot(row: PlanRecord, items: readonly PlanItemRecord[]) {
  return {
    id: row.id,
    programmeCode: row.programmeCode,
    donorCode: row.donorCode,
    year: row.year,
    status: row.status,
    totalFen: row.totalFen,
    items: items.map((i) => ({ projectId: i.projectId, code: i.code, plannedFen: i.plannedFen })),
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    returnReason: row.returnReason,
    version: row.version,
  };
}
