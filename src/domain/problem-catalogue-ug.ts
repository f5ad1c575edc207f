/**
 * The problems' sentences in Uyghur (Arabic script), for `Accept-Language: ug` (decision 0060).
 * Generated from the web's Uyghur `problems` namespace (web/src/i18n/ug/problems.ts, written to problem-catalogue-ug.json, `{{name}}`
 * turned into `{name}`, `{{name, kind}}` into `{name:kind}`) by scripts/ug-problems.ts;
 * test/unit/problems-ug.test.ts checks the two agree and that the placeholders are the Chinese
 * template's. A code with no Uyghur sentence falls back to the Chinese one.
 */

import type { ProblemCode } from './problem-catalogue.js';
import UG_TEMPLATES from './problem-catalogue-ug.json' with { type: 'json' };
import type { Stage } from './stages.js';

export const PROBLEMS_UG: Readonly<Partial<Record<ProblemCode, string>>> = UG_TEMPLATES as Partial<
  Record<ProblemCode, string>
>;

export const STAGE_NAMES_UG: Record<Stage, string> = {
  reserve: 'زاپاس',
  approved: 'تۈر تەستىقلاندى',
  tendering: 'تېندېر چاقىرىش',
  started: 'قۇرۇلۇش باشلاندى',
  completed: 'قۇرۇلۇش تاماملاندى',
  accepted: 'تەكشۈرۈپ قوبۇل قىلىش ۋە تاپشۇرۇش',
  audited: 'ئاخىرقى ھېسابات تەپتىشى',
  evaluated: 'ئۈنۈم باھالاش',
  suspended: 'ۋاقىتلىق توختىتىلدى',
  cancelled: 'بىكار قىلىندى',
};

export const CASE_STATUS_NAMES_UG: Readonly<Record<string, string>> = {
  open: 'قوبۇل قىلىنىشنى كۈتۈۋاتىدۇ',
  in_progress: 'بىر تەرەپ قىلىنىۋاتىدۇ',
  resolved: 'ھەل قىلىندى',
  closed: 'تاماملاندى',
  rejected: 'قوبۇل قىلىنمىدى',
};

/** The titles of problem documents by HTTP status. */
export const TITLES_UG: Readonly<Record<number, string>> = {
  400: 'ئىلتىماس خاتا',
  401: 'كىرمىگەن',
  403: 'مەشغۇلات ھوقۇقى يوق',
  404: 'تېپىلمىدى',
  405: 'قوللىمايدىغان ئىلتىماس ئۇسۇلى',
  409: 'توقۇنۇش',
  413: 'ئىلتىماس مەزمۇنى بەك چوڭ',
  415: 'قوللىمايدىغان مەزمۇن تىپى',
  421: 'باش ماشىنا نامى قوبۇل قىلىنمىدى',
  422: 'كىرگۈزۈلگەن مەزمۇن قوبۇل قىلىنمىدى',
  429: 'ئىلتىماس بەك كۆپ',
  500: 'مۇلازىمېتىر خاتالىقى',
  503: 'مۇلازىمەت ۋاقىتلىق ئىشلىمەيدۇ',
};
