/** The shapes projects leave the server in, and what the change history keeps of them. */
import { nextStages, type ProgressStage, type Stage } from '../../domain/stages.js';
import type { ProjectParts, ProjectRow } from './repository.js';
import type { DocumentView, ProjectSummary, ProjectTypeView, ProjectView } from './schema.js';

/**
 * What a project's view holds beside its own rows, computed by `projectSections` in service.ts.
 * The seam for derived fields: a new one (e.g. `dataQuality`) is added here, to `projectView`
 * in schema.ts, and to `projectSections`; `presentProject` passes every section through.
 */
export interface ProjectSections {
  /** In-pair / cross-pair of each location (by area code), classified on `classifiedOn`. */
  classifications: ReadonlyMap<string, 'in-pair' | 'cross-pair'>;
  classifiedOn: string;
}

type ResultRow = ProjectParts['results'][number];
type DocumentRow = ProjectParts['documents'][number];

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

export function presentDocument(d: DocumentRow): DocumentView {
  return {
    id: d.id,
    filename: d.filename,
    mediaType: d.mediaType,
    size: d.size,
    sha256: d.sha256,
    uploadedBy: d.uploadedBy,
    uploadedAt: d.uploadedAt,
  };
}

function stageDatesOf(parts: ProjectParts) {
  const out: Partial<Record<Stage, { planned: string | null; actual: string | null }>> = {};
  for (const d of parts.stageDates) out[d.stage] = { planned: d.plannedDate, actual: d.actualDate };
  return out;
}

export function presentProject(
  row: ProjectRow,
  parts: ProjectParts,
  sections: ProjectSections,
): ProjectView {
  return {
    code: row.code,
    name: { zh: row.nameZh, en: row.nameEn, ug: row.nameUg },
    programme: row.programmeCode,
    donor: row.leadDonorCode,
    donors: parts.donors.map((d) => ({ org: d.orgCode, name: d.name, shareBp: d.shareBp })),
    implementingOrg: row.implementingOrgCode,
    type: row.typeCode,
    livelihoodShareBp: row.livelihoodShareBp,
    livelihoodReason: row.livelihoodReason,
    fixedAsset: row.fixedAsset === 1,
    deliveryMode: row.deliveryMode,
    continuing: row.continuing === 1,
    stage: row.stage,
    stageBeforeSuspension: row.stageBeforeSuspension as ProgressStage | null,
    stageReason: row.stageReason,
    nextStages: nextStages(row.stage, row.stageBeforeSuspension as ProgressStage | null),
    budgetFen: row.budgetFen,
    year: row.year,
    approvalDate: row.approvalDate,
    stageDates: stageDatesOf(parts),
    locations: parts.locations.map((l) => {
      const classification = sections.classifications.get(l.areaCode) ?? 'cross-pair';
      return {
        area: { code: l.areaCode, name: l.name, level: l.level },
        shareBp: l.shareBp,
        classification,
        crossPair: classification === 'cross-pair',
      };
    }),
    classifiedOn: sections.classifiedOn,
    results: parts.results.map(presentResult),
    documentCount: parts.documents.length,
    published: row.publishedAt !== null,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
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
  > & { donorName: string },
): ProjectSummary {
  return {
    code: row.code,
    name: { zh: row.nameZh, en: row.nameEn, ug: row.nameUg },
    programme: row.programmeCode,
    donor: row.leadDonorCode,
    donorName: row.donorName,
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
export function projectSnapshot(row: ProjectRow, parts: ProjectParts) {
  const { id: _id, ...fields } = row;
  return {
    ...fields,
    donors: parts.donors.map((d) => ({ org: d.orgCode, shareBp: d.shareBp })),
    locations: parts.locations.map((l) => ({ area: l.areaCode, shareBp: l.shareBp })),
    stageDates: stageDatesOf(parts),
    results: parts.results.map(presentResult),
    documents: parts.documents.map((d) => ({
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
