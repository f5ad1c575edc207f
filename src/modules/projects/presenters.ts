/** The shapes projects leave the server in, and what the change history keeps of them. */

import type { Actor } from '../../domain/access.js';
import { todayUtc } from '../../domain/dates.js';
import { classifyWork } from '../../domain/pairing.js';
import { needsRecipient, nextStages, type ProgressStage, type Stage } from '../../domain/stages.js';
import { can } from '../access/authorize.js';
import type { Reference } from '../reference/reference.js';
import type { ProjectAggregate, ProjectRow } from './aggregate.js';
import type { DocumentView, ProjectSummary, ProjectTypeView, ProjectView } from './schema.js';
import { scopeOf } from './scope.js';

type ResultRow = ProjectAggregate['results'][number];
type DocumentRow = ProjectAggregate['documents'][number];

export function presentResult(r: ResultRow) {
  return {
    metric: r.metric,
    planned: r.planned === 1,
    value: r.value,
    female: r.female,
    male: r.male,
    ethnicMinority: r.ethnicMinority,
    asOf: r.asOf,
    note: r.note,
  };
}

/** A document as listed: who uploaded it by display name (`nameOf`, null for the system). */
export function presentDocument(
  d: DocumentRow,
  nameOf: (label: string) => string | null,
): DocumentView {
  return {
    id: d.id,
    filename: d.filename,
    mediaType: d.mediaType,
    size: d.size,
    sha256: d.sha256,
    uploadedBy: d.uploadedBy,
    uploadedByName: nameOf(d.uploadedBy),
    uploadedAt: d.uploadedAt,
  };
}

function implementingNames(ref: Reference, code: string | null) {
  if (code === null) return null;
  const org = ref.orgs.get(code);
  return { zh: org?.name ?? code, en: org?.nameEn || null };
}

function stageDatesOf(p: ProjectAggregate) {
  const out: Partial<Record<Stage, { planned: string | null; actual: string | null }>> = {};
  for (const d of p.stageDates) out[d.stage] = { planned: d.plannedDate, actual: d.actualDate };
  return out;
}

/**
 * A project as the API shows it. Each location is classed in-pair or cross-pair for the lead
 * donor on the approval date (today before approval), from the reference's pairings.
 */
export function presentProject(p: ProjectAggregate, ref: Reference, actor: Actor): ProjectView {
  const row = p.row;
  const scope = scopeOf(p, ref);
  const next = nextStages(row.stage, row.stageBeforeSuspension as ProgressStage | null);
  const classifiedOn = row.approvalDate ?? todayUtc();
  const donorOrgPath = ref.orgs.pathOf(row.leadDonorCode);
  const pairings = ref.pairingSpans(row.programmeCode);
  return {
    code: row.code,
    name: { zh: row.nameZh, en: row.nameEn, ug: row.nameUg },
    programme: row.programmeCode,
    donor: row.leadDonorCode,
    donors: p.donors.map((d) => ({
      org: d.orgCode,
      name: ref.orgs.get(d.orgCode)?.name ?? d.orgCode,
      nameEn: ref.orgs.get(d.orgCode)?.nameEn || null,
      shareBp: d.shareBp,
    })),
    implementingOrg: row.implementingOrgCode,
    implementingOrgName: implementingNames(ref, row.implementingOrgCode),
    type: row.typeCode,
    livelihoodShareBp: row.livelihoodShareBp,
    livelihoodReason: row.livelihoodReason,
    fixedAsset: row.fixedAsset === 1,
    deliveryMode: row.deliveryMode,
    continuing: row.continuing === 1,
    stage: row.stage,
    stageBeforeSuspension: row.stageBeforeSuspension as ProgressStage | null,
    stageReason: row.stageReason,
    nextStages: next,
    budgetFen: row.budgetFen,
    year: row.year,
    approvalDate: row.approvalDate,
    stageDates: stageDatesOf(p),
    locations: p.locations.map((l) => {
      const area = ref.areas.get(l.areaCode);
      const classification = classifyWork({
        donorOrgPath,
        areaPath: ref.areas.pathOf(l.areaCode),
        pairings,
        date: classifiedOn,
      });
      return {
        area: {
          code: l.areaCode,
          name: area?.name ?? l.areaCode,
          nameEn: area?.nameEn ?? l.areaCode,
          nameUg: area?.nameUg ?? null,
          level: area?.level ?? 'county',
        },
        shareBp: l.shareBp,
        classification,
        crossPair: classification === 'cross-pair',
      };
    }),
    classifiedOn,
    results: p.results.map(presentResult),
    documentCount: p.documents.length,
    published: row.publishedAt !== null,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    can: {
      update: can(actor, 'projects.write', scope),
      recordFunds: can(actor, 'ledger.write', scope),
      readHistory: can(actor, 'history.readProject', scope),
      moveTo: next.filter((to) =>
        can(actor, 'projects.transition', {
          ...scope,
          acceptance: needsRecipient(row.stage, to),
        }),
      ),
    },
  };
}

export function presentSummary(
  row: Pick<
    ProjectRow,
    | 'code'
    | 'nameZh'
    | 'nameEn'
    | 'nameUg'
    | 'programmeCode'
    | 'leadDonorCode'
    | 'typeCode'
    | 'stage'
    | 'budgetFen'
    | 'year'
    | 'publishedAt'
    | 'updatedAt'
    | 'version'
  > & { donorName: string; donorNameEn: string | null },
  locations: ProjectSummary['locations'] = [],
): ProjectSummary {
  return {
    locations,
    code: row.code,
    name: { zh: row.nameZh, en: row.nameEn, ug: row.nameUg },
    programme: row.programmeCode,
    donor: row.leadDonorCode,
    donorName: row.donorName,
    donorNameEn: row.donorNameEn || null,
    type: row.typeCode,
    stage: row.stage,
    budgetFen: row.budgetFen,
    year: row.year,
    published: row.publishedAt !== null,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** What the change history keeps of a project: the row and all its parts (not file contents). */
export function projectSnapshot(p: ProjectAggregate) {
  const { id: _id, ...fields } = p.row;
  return {
    ...fields,
    donors: p.donors.map((d) => ({ org: d.orgCode, shareBp: d.shareBp })),
    locations: p.locations.map((l) => ({ area: l.areaCode, shareBp: l.shareBp })),
    stageDates: stageDatesOf(p),
    results: p.results.map(presentResult),
    documents: p.documents.map((d) => ({
      id: d.id,
      filename: d.filename,
      mediaType: d.mediaType,
      size: d.size,
      sha256: d.sha256,
    })),
  };
}

export function presentProjectType(t: {
  code: string;
  name: string;
  nameEn: string;
  defaultLivelihoodBp: number;
  sort: number;
}): ProjectTypeView {
  return {
    code: t.code,
    name: t.name,
    nameEn: t.nameEn,
    defaultLivelihoodBp: t.defaultLivelihoodBp,
    sort: t.sort,
  };
}
