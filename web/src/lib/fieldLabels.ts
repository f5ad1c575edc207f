/**
 * The words a screen shows for the codes the server sends about changes: a field path
 * (`implementingOrgCode`, `stageDates.tendering.actual`) as the field's name, a history action
 * (`project.create`, `fund-transaction.reverse`) as what happened. Never the code itself: an
 * unknown one reads "other field" / "other change".
 */
import { STAGES } from '../api/vocabulary.js';
import { messages as zh } from '../i18n/zh-CN/ledger.js';

type Translate = (key: string, params?: Record<string, string>) => string;

const STAGE_DATE = /^stageDates\.([a-z]+)\.(planned|actual)$/;
const FIELDS = new Set(Object.keys(zh.fieldLabels));
const ACTIONS = zh.historyTab.actions as unknown as Record<string, Record<string, string>>;

/** The name of a project's field, from its path. */
export function fieldLabel(t: Translate, path: string): string {
  const date = STAGE_DATE.exec(path);
  if (date?.[1] && (STAGES as readonly string[]).includes(date[1])) {
    return t('fieldLabels.stageDate', {
      stage: t(`stages.${date[1]}`),
      kind: t(`fieldLabels.${date[2]}`),
    });
  }
  if (FIELDS.has(path) && !['stageDate', 'planned', 'actual', 'other'].includes(path)) {
    return t(`fieldLabels.${path}`);
  }
  return t('fieldLabels.other');
}

/** What a history entry did, from its entity type and action code. */
export function historyActionLabel(t: Translate, entityType: string, action: string): string {
  const known = ACTIONS[entityType];
  if (known && typeof known === 'object' && action in known) {
    return t(`historyTab.actions.${entityType}.${action}`);
  }
  return t('historyTab.actions.other');
}
