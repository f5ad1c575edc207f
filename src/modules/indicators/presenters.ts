/** The indicator model's records as API shapes, with what the caller may do (decision 0048). */
import type { Actor } from '../../domain/access.js';
import { codesOf } from '../../domain/indicator-formula.js';
import { can } from '../access/authorize.js';
import type { Reference } from '../reference/reference.js';
import type { Catalog, ElementRecord, FormulaRecord, SetRecord } from './catalog.js';
import type { ValueScope } from './policy.js';
import type { ElementView, FormulaView, SetView } from './schema.js';

export function presentElement(actor: Actor, e: ElementRecord): ElementView {
  return {
    code: e.code,
    name: e.name,
    nameEn: e.nameEn,
    valueType: e.valueType,
    aggregation: e.aggregation,
    scale: e.scale,
    disaggregations: [...e.disaggregations],
    version: e.version,
    can: { update: can(actor, 'indicators.configure') },
  };
}

export function presentFormula(
  actor: Actor,
  catalog: Catalog,
  f: Omit<FormulaRecord, 'node'> & Pick<FormulaRecord, 'node'>,
): FormulaView {
  return {
    code: f.code,
    name: f.name,
    nameEn: f.nameEn,
    formula: f.formula,
    decimals: f.decimals,
    inputs: codesOf(f.node).map((code) => ({
      code,
      kind: catalog.elements.has(code)
        ? ('element' as const)
        : catalog.formulas.has(code) || code === f.code
          ? ('indicator' as const)
          : ('measure' as const),
    })),
    version: f.version,
    can: { update: can(actor, 'indicators.configure') },
  };
}

/** An area or organisation by code with its names (the code alone when unknown). */
export function namedArea(ref: Reference, code: string) {
  const a = ref.areas.get(code);
  return { code, name: a?.name ?? code, nameEn: a?.nameEn ?? code, nameUg: a?.nameUg ?? null };
}

export function namedOrg(ref: Reference, code: string | null) {
  if (code === null) return null;
  const o = ref.orgs.get(code);
  return { code, name: o?.name ?? code, nameEn: o?.nameEn ?? code };
}

/** The scope a value (or a reporter) of `area` and `donor` has for the `indicators.enter` policy. */
export function valueScope(ref: Reference, area: string, donor: string | null): ValueScope {
  return {
    areaPath: ref.areas.pathOf(area),
    orgPath: donor === null ? [] : ref.orgs.pathOf(donor),
  };
}

export function presentSet(actor: Actor, ref: Reference, catalog: Catalog, s: SetRecord): SetView {
  const programme = ref.programmes.get(s.programmeCode);
  return {
    code: s.code,
    programme: {
      code: s.programmeCode,
      name: programme?.name ?? s.programmeCode,
      nameEn: programme?.nameEn ?? s.programmeCode,
    },
    name: s.name,
    nameEn: s.nameEn,
    periodType: s.periodType,
    dueDays: s.dueDays,
    items: s.items.map((code) => {
      const item = catalog.elements.get(code) ?? catalog.formulas.get(code);
      return {
        code,
        name: item?.name ?? code,
        nameEn: item?.nameEn ?? code,
        kind: catalog.elements.has(code) ? ('element' as const) : ('indicator' as const),
      };
    }),
    reporters: s.reporters.map((r) => ({
      area: namedArea(ref, r.areaCode),
      donor: namedOrg(ref, r.donorCode),
    })),
    version: s.version,
    can: {
      update: can(actor, 'indicators.configure'),
      enter: s.reporters.some((r) =>
        can(actor, 'indicators.enter', valueScope(ref, r.areaCode, r.donorCode)),
      ),
    },
  };
}
