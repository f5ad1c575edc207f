import dayjs from 'dayjs';
import type { ProjectChange } from '../../api/projectEdits';
import type { Project } from '../../api/types';
import { bpToPercentInput, fenToWanInput, parsePercentToBp, parseWanToFen } from '../../lib/money';
import type { NewProjectValues } from './newProjectForm';

/** A project as the edit form's values (the new-project form's fields, filled in). */
export function projectFormValues(project: Project): NewProjectValues {
  return {
    code: project.code,
    name: { zh: project.name.zh, en: project.name.en ?? '' },
    programme: project.programme,
    donor: project.donor,
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
  };
}

/**
 * The body of PATCH /api/projects/{code} from the edit form's values: every field the form
 * shows (not the code, not the stage). The donor only for a project with one donor: the form
 * does not edit several donors' shares.
 */
export function projectChange(values: NewProjectValues, project: Project): ProjectChange {
  const singleDonor = project.donors.length <= 1;
  return {
    name: { zh: values.name.zh.trim(), en: values.name.en?.trim() || null },
    programme: values.programme,
    ...(singleDonor ? { donor: values.donor } : {}),
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
  };
}
