/**
 * The indicator model as the use cases read it (decision 0048): data elements, indicator
 * formulas (parsed), and indicator sets — small tables, read whole.
 */
import type { Executor } from '../../db/database.js';
import { type FormulaNode, parseFormula } from '../../domain/indicator-formula.js';
import type {
  Aggregation,
  Disaggregation,
  ElementRule,
  PeriodType,
  StoredValue,
  ValueType,
} from '../../domain/indicators.js';

export interface ElementRecord extends ElementRule {
  name: string;
  nameEn: string;
  aggregation: Aggregation;
  version: number;
}

export interface FormulaRecord {
  code: string;
  name: string;
  nameEn: string;
  formula: string;
  decimals: number;
  node: FormulaNode;
  version: number;
}

export interface SetRecord {
  code: string;
  programmeCode: string;
  name: string;
  nameEn: string;
  periodType: PeriodType;
  dueDays: number;
  items: string[];
  reporters: { areaCode: string; donorCode: string | null }[];
  version: number;
}

export interface Catalog {
  elements: Map<string, ElementRecord>;
  formulas: Map<string, FormulaRecord>;
}

export function elementOf(r: {
  code: string;
  name: string;
  nameEn: string;
  valueType: ValueType;
  aggregation: Aggregation;
  scale: number;
  disaggregations: string;
  version: number;
}): ElementRecord {
  return {
    ...r,
    disaggregations:
      r.disaggregations === '' ? [] : (r.disaggregations.split(',') as Disaggregation[]),
  };
}

/** Every data element and indicator formula. */
export async function loadCatalog(db: Executor): Promise<Catalog> {
  const [elements, formulas] = await Promise.all([
    db.selectFrom('indicatorElements').selectAll().orderBy('code').execute(),
    db.selectFrom('indicatorFormulas').selectAll().orderBy('code').execute(),
  ]);
  return {
    elements: new Map(elements.map((e) => [e.code, elementOf(e)])),
    formulas: new Map(
      formulas.map((f) => [
        f.code,
        {
          code: f.code,
          name: f.name,
          nameEn: f.nameEn,
          formula: f.formula,
          decimals: f.decimals,
          node: parseFormula(f.formula),
          version: f.version,
        },
      ]),
    ),
  };
}

/** One indicator set with its items and reporters, or undefined. */
export async function loadSet(db: Executor, code: string): Promise<SetRecord | undefined> {
  const row = await db
    .selectFrom('indicatorSets')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  const [items, reporters] = await Promise.all([
    db
      .selectFrom('indicatorSetItems')
      .select('itemCode')
      .where('setCode', '=', code)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('indicatorSetReporters')
      .select(['areaCode', 'donorCode'])
      .where('setCode', '=', code)
      .orderBy('areaCode')
      .orderBy('donorCode')
      .execute(),
  ]);
  return {
    code: row.code,
    programmeCode: row.programmeCode,
    name: row.name,
    nameEn: row.nameEn,
    periodType: row.periodType,
    dueDays: row.dueDays,
    items: items.map((i) => i.itemCode),
    reporters,
    version: row.version,
  };
}

/** A stored row's value. */
export function storedOf(r: {
  valueInt: number | string | bigint | null;
  valueText: string | null;
}): StoredValue {
  return r.valueText !== null
    ? { int: null, text: r.valueText }
    : { int: BigInt(String(r.valueInt)), text: null };
}
