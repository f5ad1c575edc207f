/**
 * Problems: what a use case refuses, as a stable code with parameters (decision 0017). The code
 * names a template in the catalogue (zh and en); the HTTP layer renders it in the caller's
 * language, the web app in its own, the CLI in English.
 */

import { CASE_STATUS_NAMES_ZH } from './case-status-names.js';
import { PROBLEMS, type ProblemCode } from './problem-catalogue.js';
import { CASE_STATUS_NAMES_UG, PROBLEMS_UG, STAGE_NAMES_UG } from './problem-catalogue-ug.js';
import { STAGE_NAMES_ZH, type Stage } from './stages.js';

export type { ProblemCode } from './problem-catalogue.js';

/** A parameter of a problem: a code, a number, a date … never a sentence. */
export type ProblemParam = string | number;
export type ProblemParams = Readonly<Record<string, ProblemParam>>;

/** A problem's code and parameters, as a use case raises it. */
export interface ProblemRef {
  readonly code: ProblemCode;
  readonly params: ProblemParams;
}

/** Chinese, English, or Uyghur (decision 0060: a sentence not translated shows in Chinese). */
export type ProblemLanguage = 'zh' | 'en' | 'ug';

/** The problem `code` with its parameters (placeholders `{name}` of the code's templates). */
export function problem(code: ProblemCode, params: ProblemParams = {}): ProblemRef {
  return { code, params };
}

/**
 * A placeholder: `{name}` or `{name:kind}` where kind formats the value: `stage` (a stage code),
 * `stages` (comma-separated stage codes, one of them), `money` (integer fen), `caseStatus` (a
 * company case's status).
 */
const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

/** Formats one parameter by its placeholder's kind. */
function formatParam(value: ProblemParam, kind: string | undefined, lang: ProblemLanguage) {
  if (kind === 'stage' && lang === 'zh') return STAGE_NAMES_ZH[value as Stage] ?? String(value);
  if (kind === 'stage' && lang === 'ug') return STAGE_NAMES_UG[value as Stage] ?? String(value);
  if (kind === 'caseStatus') {
    if (lang === 'en') return String(value).replace('_', ' ');
    const names = lang === 'ug' ? CASE_STATUS_NAMES_UG : CASE_STATUS_NAMES_ZH;
    return names[String(value)] ?? String(value);
  }
  if (kind === 'stages') {
    // A comma-separated list of stage codes: one of them.
    const stages = String(value).split(',');
    if (lang === 'en') return stages.join(' or ');
    if (lang === 'ug') return stages.map((s) => STAGE_NAMES_UG[s as Stage] ?? s).join('» ياكى «');
    return stages.map((s) => STAGE_NAMES_ZH[s as Stage] ?? s).join('」或「');
  }
  if (kind === 'money' && typeof value === 'number') {
    // Integer fen shown as yuan with two decimals and thousands separators.
    const sign = value < 0 ? '-' : '';
    const abs = Math.abs(value);
    const yuan = Math.trunc(abs / 100).toLocaleString('en-US');
    const fen = String(abs % 100).padStart(2, '0');
    return `${sign}${yuan}.${fen} ${YUAN[lang]}`;
  }
  return String(value);
}

const YUAN: Record<ProblemLanguage, string> = { zh: '元', en: 'yuan', ug: 'يۈەن' };

/** Fills a template's placeholders; a missing parameter stays visible as `{name}`. */
export function renderTemplate(
  template: string,
  params: ProblemParams,
  lang: ProblemLanguage,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string, kind: string | undefined) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(value, kind, lang);
  });
}

/** The problem's sentence in `lang`. */
export function renderProblem(ref: ProblemRef, lang: ProblemLanguage = 'en'): string {
  const entry = PROBLEMS[ref.code];
  if (lang === 'ug') {
    const ug = PROBLEMS_UG[ref.code];
    // no Uyghur sentence yet: the Chinese one, its parameters named in Chinese too
    return ug === undefined
      ? renderTemplate(entry.zh, ref.params, 'zh')
      : renderTemplate(ug, ref.params, 'ug');
  }
  return renderTemplate(entry[lang], ref.params, lang);
}

/** The placeholder names of a template, for the tests that compare the languages. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => `${m[1]}${m[2] ? `:${m[2]}` : ''}`);
}
