import type { Dayjs } from 'dayjs';
import type { NewProject } from '../../api/types';
import type { DeliveryMode, ProgressStage, Stage } from '../../api/vocabulary';
import type { FieldAliases } from '../../lib/formErrors';
import { parsePercentToBp, parseWanToFen } from '../../lib/money';

/** The new-project form's values: shares in percent and the budget in 万元, as typed. */
export interface NewProjectValues {
  code: string;
  name: { zh: string; en?: string };
  programme: string;
  donor: string;
  type: string;
  livelihoodShare: string;
  livelihoodReason?: string;
  locations: { area: string; share: string }[];
  budget: string;
  stage: Stage;
  approvalDate?: Dayjs | null;
  implementingOrg?: string | null;
  deliveryMode?: DeliveryMode | null;
  /** The edit form's further fields (PATCH changes them; a new project takes the defaults). */
  year?: number | null;
  fixedAsset?: boolean;
  continuing?: boolean;
  stageDates?: Partial<Record<ProgressStage, { planned?: Dayjs | null; actual?: Dayjs | null }>>;
  /** The edit form's donors with their shares in percent, as typed. */
  donors?: { org?: string | undefined; share: string }[];
}

/** The server's names of the fields the form names otherwise. */
export const NEW_PROJECT_ALIASES: FieldAliases = {
  budgetFen: 'budget',
  livelihoodShareBp: 'livelihoodShare',
  shareBp: 'share',
};

/** The body of POST /api/projects from the form's (validated) values. */
export function newProjectBody(values: NewProjectValues): NewProject {
  return {
    code: values.code.trim(),
    name: { zh: values.name.zh.trim(), en: values.name.en?.trim() || null },
    programme: values.programme,
    donor: values.donor,
    type: values.type,
    livelihoodShareBp: parsePercentToBp(values.livelihoodShare) ?? undefined,
    livelihoodReason: values.livelihoodReason?.trim() || null,
    locations: values.locations.map((l) => ({
      area: l.area.trim(),
      shareBp: parsePercentToBp(l.share) ?? 0,
    })),
    budgetFen: parseWanToFen(values.budget) ?? 0,
    stage: values.stage,
    approvalDate: values.approvalDate ? values.approvalDate.format('YYYY-MM-DD') : null,
    implementingOrg: values.implementingOrg || null,
    deliveryMode: values.deliveryMode || null,
  };
}
