import dayjs, { type Dayjs } from 'dayjs';
import type { ProjectChange } from '../../api/projectEdits';
import type { Project } from '../../api/types';
import type { ProgressStage } from '../../api/vocabulary';
import { bpToPercentInput, fenToWanInput, parsePercentToBp, parseWanToFen } from '../../lib/money';
import type { NewProjectValues } from './newProjectForm';

/** The stages whose planned and actual dates the edit form shows (approval has its own field). */
export const DATED_STAGES = [
  'tendering',
  'started',
  'completed',
  'accepted',
  'audited',
  'evaluated',
] as const satisfies readonly ProgressStage[];

const day = (iso: string | null | undefined) => (iso ? dayjs(iso) : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** A project as the edit form's values (the new-project form's fields, filled in). */
export function projectFormValues(project: Project): NewProjectValues {
  return {
    code: project.code,
    name: { zh: project.name.zh, en: project.name.en ?? '' },
    programme: project.programme,
    donor: project.donor,
    donors: project.donors.map((d) => ({ org: d.org, share: bpToPercentInput(d.shareBp) })),
    type: project.type,
    livelihoodShare: bpToPercentInput(project.livelihoodShareBp),
    livelihoodReason: project.livelihoodReason ?? '',
    locations: project.locations.map((l) => ({
      area: l.area.code,
      share: bpToPercentInput(l.shareBp),
    })),
    budget: fenToWanInput(project.budgetFen),
    stage: project.stage,
    approvalDate: project.approvalDate ? dayjs(project.approvalDate) : null,
    implementingOrg: project.implementingOrg,
    deliveryMode: project.deliveryMode,
    year: project.year,
    fixedAsset: project.fixedAsset,
    continuing: project.continuing,
    stageDates: {
      approved: { planned: day(project.stageDates.approved?.planned) },
      ...Object.fromEntries(
        DATED_STAGES.map((s) => [
          s,
          {
            planned: day(project.stageDates[s]?.planned),
            actual: day(project.stageDates[s]?.actual),
          },
        ]),
      ),
    },
  };
}

/**
 * The donors to send: none when the form shows them as they are (so an editor covering the lead
 * only can still save the rest), else the whole list with shares in basis points.
 */
function donorsChange(values: NewProjectValues, project: Project) {
  const given = (values.donors ?? []).map((d) => ({
    org: d.org ?? '',
    shareBp: parsePercentToBp(d.share) ?? 0,
  }));
  const same =
    given.length === project.donors.length &&
    given.every(
      (d, i) => d.org === project.donors[i]?.org && d.shareBp === project.donors[i]?.shareBp,
    );
  return same ? {} : { donors: given };
}

/**
 * The body of PATCH /api/projects/{code} from the edit form's values: every field the form
 * shows (not the code, not the stage): the donors and their shares (when changed), the plan
 * year, fixed asset, continuing and the stage dates (立项's planned one included), all that PATCH
 * changes but publishing (a button).
 */
export function projectChange(values: NewProjectValues, project: Project): ProjectChange {
  return {
    name: { zh: values.name.zh.trim(), en: values.name.en?.trim() || null },
    programme: values.programme,
    ...donorsChange(values, project),
    type: values.type,
    livelihoodShareBp: parsePercentToBp(values.livelihoodShare) ?? undefined,
    livelihoodReason: values.livelihoodReason?.trim() || null,
    locations: values.locations.map((l) => ({
      area: l.area.trim(),
      shareBp: parsePercentToBp(l.share) ?? 0,
    })),
    budgetFen: parseWanToFen(values.budget) ?? 0,
    approvalDate: values.approvalDate ? values.approvalDate.format('YYYY-MM-DD') : null,
    implementingOrg: values.implementingOrg || null,
    deliveryMode: values.deliveryMode || null,
    ...(typeof values.year === 'number' ? { year: values.year } : {}),
    fixedAsset: values.fixedAsset ?? project.fixedAsset,
    continuing: values.continuing ?? project.continuing,
    // Every dated stage as the form shows it: a cleared date is null (the server removes it).
    stageDates: {
      // 立项's planned date only: its actual date is kept (the approval date is its own field).
      approved: { planned: iso(values.stageDates?.approved?.planned) },
      ...Object.fromEntries(
        DATED_STAGES.map((s) => [
          s,
          {
            planned: iso(values.stageDates?.[s]?.planned),
            actual: iso(values.stageDates?.[s]?.actual),
          },
        ]),
      ),
    },
  };
}
