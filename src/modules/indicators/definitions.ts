/**
 * Use cases of the indicator model's definitions (decision 0048): data elements and indicator
 * formulas — created and changed by the programme office, each change in the history. A
 * formula is parsed and checked (known codes, no text element, no cycle through itself) before
 * it is stored; indicator values are computed, never stored.
 */
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import {
  codesOf,
  cycleThrough,
  type FormulaNode,
  FormulaSyntaxError,
  parseFormula,
} from '../../domain/indicator-formula.js';
import type { Aggregation, ValueType } from '../../domain/indicators.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { MEASURES } from '../measures.js';
import { write } from '../write.js';
import { type Catalog, elementOf, loadCatalog } from './catalog.js';
import { presentElement, presentFormula } from './presenters.js';
import type {
  ElementInput,
  ElementPatch,
  ElementView,
  FormulaInput,
  FormulaPatch,
  FormulaView,
} from './schema.js';

/** Refuses a code already used by an element, an indicator or a registered measure. */
function assertFreeCode(catalog: Catalog, code: string) {
  if (MEASURES.has(code)) {
    throw ConflictError.field('code', problem('indicators.codeIsMeasure', { code }));
  }
  const usedBy = catalog.elements.has(code)
    ? 'element'
    : catalog.formulas.has(code)
      ? 'indicator'
      : null;
  if (usedBy) throw ConflictError.field('code', problem('indicators.codeTaken', { code, usedBy }));
}

/** The aggregations a value type allows: text only its last value; a percentage never summed. */
export function assertAggregation(valueType: ValueType, aggregation: Aggregation) {
  const ok =
    valueType === 'text'
      ? aggregation === 'last'
      : valueType === 'percentage'
        ? aggregation !== 'sum'
        : true;
  if (!ok) {
    throw InvalidInputError.field(
      'aggregation',
      problem('indicators.aggregationForType', { valueType, aggregation }),
    );
  }
}

/**
 * A formula parsed and checked for the indicator `code`: every code it names is a numeric data
 * element, another indicator or a registered measure, and it never reaches itself.
 */
export function checkFormula(catalog: Catalog, code: string, text: string): FormulaNode {
  let node: FormulaNode;
  try {
    node = parseFormula(text);
  } catch (e) {
    if (!(e instanceof FormulaSyntaxError)) throw e;
    throw InvalidInputError.field(
      'formula',
      problem('indicators.formulaSyntax', { reason: e.reason, position: e.position + 1 }),
    );
  }
  const codes = codesOf(node);
  for (const c of codes) {
    if (c === code) continue;
    const element = catalog.elements.get(c);
    if (element?.valueType === 'text') {
      throw InvalidInputError.field('formula', problem('indicators.formulaText', { code: c }));
    }
    if (!element && !catalog.formulas.has(c) && !MEASURES.has(c)) {
      throw InvalidInputError.field(
        'formula',
        problem('indicators.formulaUnknownCode', { code: c }),
      );
    }
  }
  const cycle = cycleThrough(code, (c) =>
    c === code
      ? codes
      : catalog.formulas.has(c)
        ? codesOf(catalog.formulas.get(c)?.node as FormulaNode)
        : undefined,
  );
  if (cycle) {
    throw InvalidInputError.field(
      'formula',
      problem('indicators.formulaCycle', { path: cycle.join(' → ') }),
    );
  }
  return node;
}

export async function listElements(ctx: ServiceContext): Promise<{ items: ElementView[] }> {
  authorize(ctx.actor, 'indicators.read');
  const catalog = await loadCatalog(ctx.db);
  return { items: [...catalog.elements.values()].map((e) => presentElement(ctx.actor, e)) };
}

export async function createElement(
  ctx: ServiceContext,
  input: ElementInput,
): Promise<ElementView> {
  authorize(ctx.actor, 'indicators.configure');
  return write(ctx, async (uow) => {
    const catalog = await loadCatalog(uow.trx);
    assertFreeCode(catalog, input.code);
    assertAggregation(input.valueType, input.aggregation);
    if (input.valueType !== 'number' && input.scale > 0) {
      throw InvalidInputError.field(
        'scale',
        problem('indicators.scaleForType', { valueType: input.valueType }),
      );
    }
    const at = new Date().toISOString();
    const row = {
      code: input.code,
      name: input.name,
      nameEn: input.nameEn,
      valueType: input.valueType,
      aggregation: input.aggregation,
      scale: input.scale,
      disaggregations: [...new Set(input.disaggregations)].join(','),
      version: 1,
    };
    await uow.trx
      .insertInto('indicatorElements')
      .values({ ...row, createdAt: at, updatedAt: at })
      .execute();
    uow.record({
      action: 'create',
      entityType: 'indicator-element',
      entityId: input.code,
      after: row,
    });
    return presentElement(ctx.actor, elementOf(row));
  });
}

export async function updateElement(
  ctx: ServiceContext,
  code: string,
  patch: ElementPatch,
  expectedVersion?: number,
): Promise<ElementView> {
  authorize(ctx.actor, 'indicators.configure');
  return write(ctx, async (uow) => {
    const before = (await loadCatalog(uow.trx)).elements.get(code);
    if (!before) throw new NotFoundError(problem('indicators.notFound', { code, kind: 'element' }));
    assertVersion(expectedVersion, before.version, `element ${code}`);
    const aggregation = patch.aggregation ?? before.aggregation;
    assertAggregation(before.valueType, aggregation);
    const after = {
      ...before,
      name: patch.name ?? before.name,
      nameEn: patch.nameEn ?? before.nameEn,
      aggregation,
      version: before.version + 1,
    };
    const result = await uow.trx
      .updateTable('indicatorElements')
      .set({
        name: after.name,
        nameEn: after.nameEn,
        aggregation,
        version: after.version,
        updatedAt: new Date().toISOString(),
      })
      .where('code', '=', code)
      .where('version', '=', before.version)
      .executeTakeFirst();
    assertUpdated(result, `element ${code}`);
    uow.record({
      action: 'update',
      entityType: 'indicator-element',
      entityId: code,
      before,
      after,
    });
    return presentElement(ctx.actor, after);
  });
}

export async function listFormulas(ctx: ServiceContext): Promise<{ items: FormulaView[] }> {
  authorize(ctx.actor, 'indicators.read');
  const catalog = await loadCatalog(ctx.db);
  return {
    items: [...catalog.formulas.values()].map((f) => presentFormula(ctx.actor, catalog, f)),
  };
}

export async function createFormula(
  ctx: ServiceContext,
  input: FormulaInput,
): Promise<FormulaView> {
  authorize(ctx.actor, 'indicators.configure');
  return write(ctx, async (uow) => {
    const catalog = await loadCatalog(uow.trx);
    assertFreeCode(catalog, input.code);
    const node = checkFormula(catalog, input.code, input.formula);
    const at = new Date().toISOString();
    const row = {
      code: input.code,
      name: input.name,
      nameEn: input.nameEn,
      formula: input.formula,
      decimals: input.decimals,
      version: 1,
    };
    await uow.trx
      .insertInto('indicatorFormulas')
      .values({ ...row, createdAt: at, updatedAt: at })
      .execute();
    uow.record({
      action: 'create',
      entityType: 'indicator-formula',
      entityId: input.code,
      after: row,
    });
    return presentFormula(ctx.actor, catalog, { ...row, node });
  });
}

export async function updateFormula(
  ctx: ServiceContext,
  code: string,
  patch: FormulaPatch,
  expectedVersion?: number,
): Promise<FormulaView> {
  authorize(ctx.actor, 'indicators.configure');
  return write(ctx, async (uow) => {
    const catalog = await loadCatalog(uow.trx);
    const before = catalog.formulas.get(code);
    if (!before)
      throw new NotFoundError(problem('indicators.notFound', { code, kind: 'indicator' }));
    assertVersion(expectedVersion, before.version, `indicator ${code}`);
    const formula = patch.formula ?? before.formula;
    const node = checkFormula(catalog, code, formula);
    const after = {
      code,
      name: patch.name ?? before.name,
      nameEn: patch.nameEn ?? before.nameEn,
      formula,
      decimals: patch.decimals ?? before.decimals,
      version: before.version + 1,
    };
    const result = await uow.trx
      .updateTable('indicatorFormulas')
      .set({
        name: after.name,
        nameEn: after.nameEn,
        formula,
        decimals: after.decimals,
        version: after.version,
        updatedAt: new Date().toISOString(),
      })
      .where('code', '=', code)
      .where('version', '=', before.version)
      .executeTakeFirst();
    assertUpdated(result, `indicator ${code}`);
    const { node: _old, ...beforeRow } = before;
    uow.record({
      action: 'update',
      entityType: 'indicator-formula',
      entityId: code,
      before: beforeRow,
      after,
    });
    return presentFormula(ctx.actor, catalog, { ...after, node });
  });
}
