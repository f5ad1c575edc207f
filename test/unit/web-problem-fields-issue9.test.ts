/**
 * Issue 9's record forms (training session, exchange activity, company and its officer and
 * cases, consumption-aid sale): a refusal by a route's schema names the input in Chinese (and in
 * English), never 某项输入 / "An input" or a path, for every input those forms send.
 */

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assignOfficerBody,
  createCompanyBody,
  openCaseBody,
  updateCompanyBody,
} from '../../src/modules/companies/schema.js';
import { bulkSalesBody, saleInput, updateSaleBody } from '../../src/modules/consumption/schema.js';
import {
  createExchangeBody,
  createSessionBody,
  updateExchangeBody,
  updateSessionBody,
} from '../../src/modules/training/schema.js';
import { fieldErrorText, problemFieldLabel } from '../../web/src/api/problemText.js';
import { en } from '../../web/src/i18n/en/index.js';
import { zhCN } from '../../web/src/i18n/zh-CN/index.js';

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
    default:
      return [prefix];
  }
}

const SCHEMAS = [
  createSessionBody,
  updateSessionBody,
  createExchangeBody,
  updateExchangeBody,
  createCompanyBody,
  updateCompanyBody,
  assignOfficerBody,
  openCaseBody,
  saleInput,
  updateSaleBody,
  bulkSalesBody,
];
const INPUTS = [
  ...new Set(SCHEMAS.flatMap((s) => paths(s, 'body')).filter((p) => p.includes('.'))),
];

beforeAll(async () => {
  await i18next.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

describe("issue 9 forms' inputs in a refusal", () => {
  it('covers the inputs of the four records and the company officer and case', () => {
    for (const p of ['body.personTimes', 'body.organisers.0', 'body.creditCode', 'body.amountFen'])
      expect(INPUTS).toContain(p);
    expect(INPUTS.length).toBeGreaterThan(40);
  });

  it('names every input in Chinese', async () => {
    await i18next.changeLanguage('zh-CN');
    const unnamed = INPUTS.filter((p) => problemFieldLabel(p).startsWith('某项输入'));
    expect(unnamed).toEqual([]);
    for (const p of INPUTS) expect(problemFieldLabel(p), p).not.toMatch(/[A-Za-z]/);
    expect(problemFieldLabel('body.personTimes')).toBe('培训人次');
    expect(problemFieldLabel('body.areas.1')).toBe('地区（第 2 项）');
    expect(problemFieldLabel('body.rows.2.quantity')).toBe('数量（第 3 项）');
    expect(
      fieldErrorText({
        field: 'body.unit',
        code: 'validation.tooShort',
        params: { minimum: 1 },
        message: 'Too small',
      }),
    ).toMatch(/^单位：[^A-Za-z]+$/);
  });

  it('names every input in English', async () => {
    await i18next.changeLanguage('en');
    for (const p of INPUTS) expect(problemFieldLabel(p), p).not.toMatch(/^An input/);
    expect(problemFieldLabel('body.investmentArrivedFen')).toBe('Investment arrived');
    await i18next.changeLanguage('zh-CN');
  });
});
