/**
 * The kinds of data that go in and out as workbooks: their columns, read from and written to the
 * same Zod schemas the API validates with (decision 0050). A column names the body field it fills;
 * whether it is required and which values a coded column takes come from the schema; its header
 * and comment in Chinese and English are written here. A row becomes the use case's body and is
 * checked by the schema itself, then by the use case.
 */
import { z } from 'zod';
import { createCompanyBody, openCaseBody } from '../companies/schema.js';
import { saleInput } from '../consumption/schema.js';
import { formBody } from '../indicators/schema.js';
import { createTransactionBody } from '../ledger/schema.js';
import { createPersonBody, postingBody } from '../people/schema.js';
import { createPlanBody, planItemInput } from '../plans/schema.js';
import { createProjectBody } from '../projects/schema.js';
import { createExchangeBody, createSessionBody } from '../training/schema.js';
import { type Column, PROJECT_COLUMNS, type Text3 } from './columns.js';
import { CASE_COLUMNS, COMPANY_COLUMNS } from './columns-companies.js';
import { EXCHANGE_COLUMNS } from './columns-exchanges.js';
import { INDICATOR_VALUE_COLUMNS } from './columns-indicators.js';
import { LEDGER_COLUMNS } from './columns-ledger.js';
import { PEOPLE_COLUMNS } from './columns-people.js';
import { PLAN_ITEM_COLUMNS } from './columns-plan-items.js';
import { SALE_COLUMNS } from './columns-sales.js';
import { TRAINING_COLUMNS } from './columns-training.js';

export const KINDS = [
  'projects',
  'ledger',
  'plan-items',
  'people',
  'training',
  'exchanges',
  'companies',
  'company-cases',
  'sales',
  'indicator-values',
] as const;
export type Kind = (typeof KINDS)[number];

/** Bumped whenever a kind's columns change: an older workbook is refused (critical). */
export const TEMPLATE_VERSION: Record<Kind, number> = {
  projects: 1,
  ledger: 1,
  'plan-items': 1,
  people: 1,
  training: 1,
  exchanges: 1,
  companies: 1,
  'company-cases': 1,
  sales: 1,
  'indicator-values': 1,
};

export type { Column, ColumnType, ListName, Text3 } from './columns.js';
export { EXAMPLE_CODE } from './columns.js';

export interface KindSpec {
  kind: Kind;
  sheet: Text3;
  /** The schema a row's body must pass (the API's own). */
  schema: z.ZodObject;
  columns: readonly Column[];
  /** The column whose value identifies the row (a project code). */
  key: string;
}

export const SPECS: Record<Kind, KindSpec> = {
  projects: {
    kind: 'projects',
    sheet: { zh: '项目', en: 'Projects', ug: 'تۈرلەر' },
    schema: createProjectBody,
    columns: PROJECT_COLUMNS,
    key: 'code',
  },
  ledger: {
    kind: 'ledger',
    sheet: { zh: '资金台账', en: 'Ledger', ug: 'مەبلەغ ھېسابات دەپتىرى' },
    schema: createTransactionBody.extend({ project: createProjectBody.shape.code }),
    columns: LEDGER_COLUMNS,
    key: 'project',
  },
  'plan-items': {
    kind: 'plan-items',
    sheet: { zh: '年度计划', en: 'Plan items', ug: 'يىللىق پىلان' },
    // A row is one item of a plan: the plan's create body less its items, the total optional
    // (an existing plan keeps its own), and the item's fields.
    schema: createPlanBody
      .pick({ programme: true, donor: true, year: true })
      .extend({ totalFen: createPlanBody.shape.totalFen.optional(), ...planItemInput.shape }),
    columns: PLAN_ITEM_COLUMNS,
    key: 'project',
  },
  people: {
    kind: 'people',
    sheet: { zh: '人员派驻', en: 'People', ug: 'خادىملار ۋە ئەۋەتىلىش' },
    // A person's create body, the ID-card number required (it identifies the person, so that a
    // second import finds them), with a posting's fields, all optional: a row with none is the
    // person alone; a row with some is checked against the posting's own schema when applied.
    schema: createPersonBody.extend({
      idCardNumber: z.string().trim().min(1).max(30),
      ...postingBody.partial().shape,
    }),
    columns: PEOPLE_COLUMNS,
    key: 'idCardNumber',
  },
  training: {
    kind: 'training',
    sheet: { zh: '培训', en: 'Training', ug: 'تەربىيەلەش' },
    schema: createSessionBody,
    columns: TRAINING_COLUMNS,
    key: 'topic',
  },
  exchanges: {
    kind: 'exchanges',
    sheet: { zh: '交流活动', en: 'Exchanges', ug: 'ئالماشتۇرۇش پائالىيەتلىرى' },
    schema: createExchangeBody,
    columns: EXCHANGE_COLUMNS,
    key: 'title',
  },
  companies: {
    kind: 'companies',
    sheet: { zh: '企业', en: 'Companies', ug: 'كارخانىلار' },
    schema: createCompanyBody,
    columns: COMPANY_COLUMNS,
    key: 'creditCode',
  },
  'company-cases': {
    kind: 'company-cases',
    sheet: { zh: '企业诉求', en: 'Company cases', ug: 'كارخانا تەلەپلىرى' },
    // A case's open body, with its company named by credit code and the day it was opened
    // required (with the company, category and description it identifies the case).
    schema: openCaseBody.extend({
      company: createCompanyBody.shape.creditCode.min(1),
      openedAt: openCaseBody.shape.openedAt.unwrap(),
    }),
    columns: CASE_COLUMNS,
    key: 'company',
  },
  sales: {
    kind: 'sales',
    sheet: { zh: '消费帮扶', en: 'Sales', ug: 'ئىستېمال ئارقىلىق ياردەم' },
    // A sale's body, its product required (with donor, area, month, channel and category it
    // identifies the sale, so that a second import finds it).
    schema: saleInput.extend({ product: saleInput.shape.product.unwrap().unwrap().min(1) }),
    columns: SALE_COLUMNS,
    key: 'product',
  },
  'indicator-values': {
    kind: 'indicator-values',
    sheet: { zh: '指标数值', en: 'Indicator values', ug: 'كۆرسەتكۈچ قىممەتلىرى' },
    // One value of the reporting form: the form's set, area, period and donor, and one of its
    // values (its total: no disaggregation cell). The value is read as text and checked
    // against its element's type by the form's use case; a blank one is refused here (the
    // form's null, which clears a value, is not an import's).
    schema: formBody.pick({ set: true, area: true, period: true, donor: true }).extend({
      element: formBody.shape.values.element.shape.element,
      value: z.string().min(1),
      note: formBody.shape.values.element.shape.note,
    }),
    columns: INDICATOR_VALUE_COLUMNS,
    key: 'element',
  },
};

/** The schema of a body field (`name.zh` walks into the object), unwrapped of nothing. */
export function fieldSchema(schema: z.ZodObject, field: string): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const part of field.split('.')) {
    const inner = unwrap(current);
    if (!inner || !('shape' in inner)) return undefined;
    current = (inner as z.ZodObject).shape[part] as z.ZodType | undefined;
  }
  return current;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; i < 5 && s; i++) {
    const def = (s as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
    if (!['optional', 'nullable', 'default'].includes(def.type) || !def.innerType) return s;
    s = def.innerType;
  }
  return s;
}

/** Required: the schema refuses the field left out (not optional, no default). */
export function isRequired(spec: KindSpec, column: Column): boolean {
  const schema = fieldSchema(spec.schema, column.field);
  if (!schema) throw new Error(`${spec.kind}: no field ${column.field} in the schema`);
  return !schema.safeParse(undefined).success;
}

/** The values an enum field takes, from its schema (stages, delivery modes, transaction types). */
export function enumValues(spec: KindSpec, field: string): string[] {
  const schema = unwrap(fieldSchema(spec.schema, field));
  const options = (schema as unknown as { options?: unknown }).options;
  if (!Array.isArray(options)) throw new Error(`${spec.kind}: ${field} is not an enum`);
  return options.map(String);
}

/** The top-level body fields the template does not carry (kept true by a test). */
export const NOT_IN_TEMPLATE: Record<Kind, readonly string[]> = {
  projects: ['stageDates', 'results'],
  ledger: [],
  'plan-items': [],
  people: ['batch'],
  training: ['participantList'],
  exchanges: [],
  companies: [],
  'company-cases': [],
  sales: [],
  'indicator-values': [],
};
