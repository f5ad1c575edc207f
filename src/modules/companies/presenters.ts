import type { Actor } from '../../domain/access.js';
import { uyghurAreaName } from '../../domain/area-names-ug.js';
import {
  type CaseStatus,
  caseIsLate,
  caseMoveProblem,
  caseMovesFrom,
  workingDaysTo,
} from '../../domain/company-cases.js';
import { todayUtc } from '../../domain/dates.js';
import { can } from '../access/authorize.js';
import type { DonorAreaScope } from './policy.js';
import type { CompanyRecord, OfficerRecord } from './repository.js';
import type { CaseView, CompanyView } from './schema.js';

export function presentOfficer(o: OfficerRecord) {
  return {
    id: o.id,
    name: o.name,
    contact: o.contact,
    organisation: o.organisation,
    startOn: o.startOn,
    endOn: o.endOn,
  };
}

/** A company as the API shows it to `actor`, with what the actor may do with it now. */
export function presentCompany(
  row: CompanyRecord,
  officers: readonly OfficerRecord[],
  actor: Actor,
  scope: DonorAreaScope,
): CompanyView {
  const write = can(actor, 'companies.write', scope);
  const today = todayUtc();
  const current =
    officers.find((o) => o.startOn <= today && (o.endOn === null || today <= o.endOn)) ?? null;
  return {
    id: row.id,
    name: row.name,
    creditCode: row.creditCode,
    industry: row.industry,
    programme: row.programmeCode,
    donor: { code: row.donorCode, name: row.donorName, nameEn: row.donorNameEn },
    area: {
      code: row.areaCode,
      name: row.areaName,
      nameEn: row.areaNameEn,
      nameUg: uyghurAreaName(row.areaCode),
    },
    signedOn: row.signedOn,
    investmentPlannedFen: Number(row.investmentPlannedFen),
    investmentArrivedFen: Number(row.investmentArrivedFen),
    jobsPlanned: row.jobsPlanned,
    jobsActual: row.jobsActual,
    localHires: row.localHires,
    note: row.note,
    publishedAt: row.publishedAt,
    officer: current ? presentOfficer(current) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    can: {
      update: write,
      assignOfficer: write,
      openCase: write,
      history: can(actor, 'companies.history', scope),
    },
  };
}

/** What the change history keeps of a company. */
export function companySnapshot(
  row: Omit<CompanyRecord, 'donorName' | 'donorNameEn' | 'areaName' | 'areaNameEn'>,
) {
  return {
    id: row.id,
    name: row.name,
    creditCode: row.creditCode,
    industry: row.industry,
    programmeCode: row.programmeCode,
    donorCode: row.donorCode,
    areaCode: row.areaCode,
    signedOn: row.signedOn,
    investmentPlannedFen: Number(row.investmentPlannedFen),
    investmentArrivedFen: Number(row.investmentArrivedFen),
    jobsPlanned: row.jobsPlanned,
    jobsActual: row.jobsActual,
    localHires: row.localHires,
    note: row.note,
    publishedAt: row.publishedAt,
    version: row.version,
  };
}

/** A case row joined with its company, donor, area and officer. */
export interface CaseRecord {
  id: number;
  companyId: number;
  companyName: string;
  donorCode: string;
  donorName: string;
  donorNameEn: string;
  areaCode: string;
  areaName: string;
  areaNameEn: string;
  publishedAt: string | null;
  officerId: number | null;
  officerName: string | null;
  category: CaseView['category'];
  description: string;
  status: CaseStatus;
  rejectionReason: string | null;
  openedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  version: number;
}

/** A case as the API shows it: times in working days, lateness, and the moves allowed now. */
export function presentCase(
  row: CaseRecord,
  responses: number,
  actor: Actor,
  scope: DonorAreaScope,
  deadlineWorkingDays: number,
  now: Date = new Date(),
): CaseView {
  const write = can(actor, 'companies.write', scope);
  const finished = row.status === 'closed' || row.status === 'rejected';
  return {
    id: row.id,
    company: { id: row.companyId, name: row.companyName },
    donor: { code: row.donorCode, name: row.donorName, nameEn: row.donorNameEn },
    area: {
      code: row.areaCode,
      name: row.areaName,
      nameEn: row.areaNameEn,
      nameUg: uyghurAreaName(row.areaCode),
    },
    officer:
      row.officerId !== null && row.officerName !== null
        ? { id: row.officerId, name: row.officerName }
        : null,
    category: row.category,
    description: row.description,
    status: row.status,
    rejectionReason: row.rejectionReason,
    openedAt: row.openedAt,
    firstResponseAt: row.firstResponseAt,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
    responseWorkingDays: workingDaysTo(row.openedAt, row.firstResponseAt),
    resolutionWorkingDays: workingDaysTo(row.openedAt, row.resolvedAt),
    late: caseIsLate(row, now, deadlineWorkingDays),
    version: row.version,
    can: {
      respond: write && !finished,
      moveTo: write
        ? caseMovesFrom(row.status).filter(
            (to) => caseMoveProblem({ from: row.status, to, responses, reason: 'x' }) === null,
          )
        : [],
    },
  };
}

/** What the change history keeps of a case. */
export function caseSnapshot(row: CaseRecord) {
  return {
    id: row.id,
    companyId: row.companyId,
    officerId: row.officerId,
    category: row.category,
    description: row.description,
    status: row.status,
    rejectionReason: row.rejectionReason,
    openedAt: row.openedAt,
    firstResponseAt: row.firstResponseAt,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
    version: row.version,
  };
}
