/**
 * A refusal by a route's schema reads, on a Chinese screen, as the input's name and the reason,
 * all in Chinese ("预算：不能为负数"), for every input of the bodies and filters the screens send
 * and every generic validation code; in English likewise. Never a field path or English server
 * text.
 */

import type { FormInstance } from 'antd';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PROBLEMS } from '../../src/domain/problem-catalogue.js';
import { templateParams } from '../../src/domain/problems.js';
import { STAGES } from '../../src/domain/stages.js';
import { validationProblem } from '../../src/http/problems.js';
import { createTransactionBody, reversalBody } from '../../src/modules/ledger/schema.js';
import { createPlanBody, returnPlanBody, updatePlanBody } from '../../src/modules/plans/schema.js';
import {
  createProjectBody,
  projectListQuery,
  resultsBody,
  transitionBody,
  updateProjectBody,
  uploadDocumentBody,
} from '../../src/modules/projects/schema.js';
import { bulkWarningBody, updateWarningBody } from '../../src/modules/warnings/schema.js';
import { ApiError } from '../../web/src/api/client.js';
import { fieldErrorText, problemFieldLabel } from '../../web/src/api/problemText.js';
import { en } from '../../web/src/i18n/en/index.js';
import { zhCN } from '../../web/src/i18n/zh-CN/index.js';
import { setServerErrors } from '../../web/src/lib/formErrors.js';

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
};
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** Every input path of a schema, lists at index 0, as the server names them (`body.a.0.b`). */
function paths(schema: unknown, prefix: string): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return [
        prefix,
        ...Object.entries(def.shape ?? {}).flatMap(([k, v]) => paths(v, `${prefix}.${k}`)),
      ];
    case 'array':
      return [prefix, ...paths(def.element, `${prefix}.0`)];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return paths(def.innerType, prefix);
    case 'pipe':
      return paths(def.in, prefix);
    case 'record':
      // The stage dates: each stage's planned and actual date.
      return [
        prefix,
        ...STAGES.flatMap((s) => [`${prefix}.${s}.planned`, `${prefix}.${s}.actual`]),
      ];
    default:
      return [prefix];
  }
}

/** What the screens send: the project, its results, documents, ledger, plans and warnings. */
const SCREEN_SCHEMAS: [unknown, string][] = [
  [createProjectBody, 'body'],
  [updateProjectBody, 'body'],
  [transitionBody, 'body'],
  [resultsBody, 'body'],
  [uploadDocumentBody, 'body'],
  [createTransactionBody, 'body'],
  [reversalBody, 'body'],
  [createPlanBody, 'body'],
  [updatePlanBody, 'body'],
  [returnPlanBody, 'body'],
  [bulkWarningBody, 'body'],
  [updateWarningBody, 'body'],
  [projectListQuery, 'query'],
];
// The inputs themselves, not the bodies (a body refused as a whole is not a user's input).
const INPUTS = [
  ...new Set(SCREEN_SCHEMAS.flatMap(([s, p]) => paths(s, p)).filter((p) => p.includes('.'))),
];

/** Sample parameters of each generic validation code, from its templates. */
function sampleParams(code: keyof typeof PROBLEMS): Record<string, string | number> {
  const entry = PROBLEMS[code];
  const names = [...templateParams(entry.zh), ...templateParams(entry.en)].map(
    (p) => p.split(':')[0] as string,
  );
  return Object.fromEntries(names.map((n) => [n, n === 'keys' ? 'foo, bar' : 100]));
}

/**
 * Generic codes a screen cannot cause: the If-Match header (the screens send the version they
 * loaded), programme and type codes (picked from lists); their Chinese names a header or gives a
 * code as an example.
 */
const NOT_FROM_A_SCREEN = new Set([
  'validation.ifMatch',
  'validation.programmeCode',
  'validation.typeCode',
]);
const VALIDATION_CODES = (Object.keys(PROBLEMS) as (keyof typeof PROBLEMS)[]).filter(
  (c) => c.startsWith('validation.') && !NOT_FROM_A_SCREEN.has(c),
);

beforeAll(async () => {
  await i18next.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

describe('validation problems on a screen', () => {
  it('covers the inputs of every body and filter the screens send', () => {
    expect(INPUTS.length).toBeGreaterThan(60);
    expect(INPUTS).toContain('body.locations.0.shareBp');
    expect(INPUTS).toContain('body.stageDates.approved.planned');
    expect(INPUTS).toContain('query.q');
  });

  it('names every input in Chinese, never by its path', async () => {
    await i18next.changeLanguage('zh-CN');
    const unnamed = INPUTS.filter((p) => problemFieldLabel(p).startsWith('某项输入'));
    expect(unnamed).toEqual([]);
    for (const path of INPUTS) {
      expect(problemFieldLabel(path), path).not.toMatch(/[A-Za-z]/);
    }
    expect(problemFieldLabel('body.budgetFen')).toBe('预算');
    expect(problemFieldLabel('body.locations.1.shareBp')).toBe('地点份额（第 2 项）');
    expect(problemFieldLabel('body.donors.0.org')).toBe('援助方（第 1 项）');
    expect(problemFieldLabel('body.stageDates.approved.planned')).toBe('立项计划日期');
    expect(problemFieldLabel('query.q')).toBe('搜索词');
    expect(problemFieldLabel('body.3.value')).toBe('数值（第 4 项）');
    // An input no list names reads as one, not as its path.
    expect(problemFieldLabel('body.somethingNew')).toBe('某项输入');
  });

  it('says every generic reason for every input fully in Chinese: name and reason', async () => {
    await i18next.changeLanguage('zh-CN');
    const latin: string[] = [];
    for (const code of VALIDATION_CODES) {
      for (const field of INPUTS) {
        const text = fieldErrorText({
          field,
          code,
          params: sampleParams(code),
          message: 'English server text',
        });
        expect(text, `${code} ${field}`).toMatch(/^[^：]+：.+$/);
        if (/[A-Za-z]/.test(text)) latin.push(`${code} ${field}: ${text}`);
      }
    }
    expect(latin).toEqual([]);
    expect(
      fieldErrorText({
        field: 'body.budgetFen',
        code: 'validation.notNegative',
        params: {},
        message: 'must not be negative',
      }),
    ).toBe('预算：不能为负数');
  });

  it('names the input in English too', async () => {
    await i18next.changeLanguage('en');
    for (const field of INPUTS) {
      expect(problemFieldLabel(field), field).not.toMatch(/^An input/);
    }
    expect(
      fieldErrorText({
        field: 'query.q',
        code: 'validation.tooLong',
        params: { maximum: 100 },
        message: '',
      }),
    ).toBe('Search term: At most 100 characters');
    await i18next.changeLanguage('zh-CN');
  });

  it('maps real schema issues to these codes (too long a search, a negative budget)', () => {
    const issues = projectListQuery.safeParse({ q: 'x'.repeat(101) }).error?.issues ?? [];
    const [issue] = issues as unknown as z.core.$ZodIssue[];
    expect(issue).toBeDefined();
    const ref = validationProblem({
      keyword: issue?.code,
      message: issue?.message,
      params: issue as unknown as Record<string, unknown>,
    });
    expect(ref.code).toBe('validation.tooLong');
  });

  it('a schema refusal as a whole names each input; a form shows the unplaced ones named', () => {
    const err = new ApiError(400, {
      status: 400,
      detail: 'at most 100 characters',
      code: 'validation.tooLong',
      params: { maximum: 100 },
      errors: [
        { field: 'query.q', code: 'validation.tooLong', params: { maximum: 100 }, message: 'x' },
        { field: 'query.year', code: 'validation.integer', params: {}, message: 'y' },
      ],
    });
    expect(err.message).toBe('搜索词：最多 100 个字符；年度：应为整数');

    const set: unknown[] = [];
    const form = {
      getFieldsError: () => [{ name: ['budget'], errors: [], warnings: [] }],
      setFields: (changes: unknown[]) => set.push(...changes),
    } as unknown as FormInstance;
    const placed = setServerErrors(
      form,
      new ApiError(400, {
        status: 400,
        code: 'validation.notNegative',
        params: {},
        errors: [
          { field: 'body.budgetFen', code: 'validation.notNegative', params: {}, message: 'a' },
          { field: 'body.valueFen', code: 'validation.wholeFen', params: {}, message: 'b' },
        ],
      }),
      { budgetFen: 'budget' },
    );
    // On its own field the reason alone (the label stands above it); elsewhere with its name.
    expect(set).toEqual([{ name: ['budget'], errors: ['不能为负数'] }]);
    expect(placed.rest).toEqual(['金额：金额应精确到分']);
  });

  it('a generic code never shows English server text in Chinese', async () => {
    await i18next.changeLanguage('zh-CN');
    for (const code of ['invalidInput', 'notFound', 'conflict', 'badRequest'] as const) {
      const err = new ApiError(PROBLEMS[code].status, {
        status: PROBLEMS[code].status,
        code,
        params: { detail: 'project X already exists' },
      });
      expect(err.message, code).not.toMatch(/[A-Za-z]/);
      expect(PROBLEMS[code].zh, code).not.toContain('{detail}');
    }
  });
});
