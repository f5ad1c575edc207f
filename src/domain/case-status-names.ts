/**
 * The company cases' statuses by their Chinese names, as the screens show them, so that problem
 * texts name a status in words. Kept apart from company-cases.ts (which raises problems) to keep
 * the problems module free of cycles; company-cases.ts checks the keys against its statuses.
 */
export const CASE_STATUS_NAMES_ZH: Readonly<Record<string, string>> = {
  open: '待受理',
  in_progress: '办理中',
  resolved: '已解决',
  closed: '已办结',
  rejected: '不予受理',
};
