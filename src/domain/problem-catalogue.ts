/**
 * Every problem the API can answer with: a stable dotted code, the HTTP status it comes with, and
 * its sentence in Chinese and English with `{param}` placeholders (`{name:stage}` shows a stage
 * code as the stage's name, `{name:money}` integer fen as yuan). Decision 0017.
 *
 * Keep in step (test/unit/problems.test.ts checks it): the web's `problems` namespace
 * (web/src/i18n/zh-CN/problems.ts and en/problems.ts, same codes and placeholders) and the
 * table in docs/api-errors.md. Add a code to the part of ./problem-catalogue/ it belongs to when a
 * use case raises something new.
 */
import { ACCESS } from './problem-catalogue/access.js';
import { ANALYTICS } from './problem-catalogue/analytics.js';
import { COMPANIES } from './problem-catalogue/companies.js';
import { FUNDS } from './problem-catalogue/funds.js';
import { GENERAL } from './problem-catalogue/general.js';
import { INDICATORS } from './problem-catalogue/indicators.js';
import { PEOPLE } from './problem-catalogue/people.js';
import { PROJECTS } from './problem-catalogue/projects.js';
import { REFERENCE } from './problem-catalogue/reference.js';
import { TEAMS } from './problem-catalogue/teams.js';
import { TRAINING } from './problem-catalogue/training.js';
import { TRANSFER } from './problem-catalogue/transfer.js';

export type { ProblemTemplate } from './problem-catalogue/template.js';

export const PROBLEMS = {
  ...GENERAL,
  ...ACCESS,
  ...REFERENCE,
  ...PROJECTS,
  ...FUNDS,
  ...COMPANIES,
  ...ANALYTICS,
  ...INDICATORS,
  ...TRAINING,
  ...TEAMS,
  ...PEOPLE,
  ...TRANSFER,
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEMS, code);
}
