/**
 * An IATI activity as the body of the projects' create use case (decision 0052): organisations
 * by reference (a ref that is not a Shanhai organisation is reported once and not linked),
 * Shanhai's own tags and GB/T 2260 regions when the file carries them, else the import's
 * defaults (--donor, --type, --area); names by language; the budget in fen at the rates.
 */
import { createHash } from 'node:crypto';
import { type ProblemCode, type ProblemRef, problem } from '../../../domain/problems.js';
import { isStage, type Stage } from '../../../domain/stages.js';
import { CODE_PATTERNS } from '../../core/schemas.js';
import type { CreateProjectData } from '../../projects/schema.js';
import type { Reference } from '../../reference/reference.js';
import type { Severity } from '../cells.js';
import {
  GBT2260_VOCABULARY,
  LOCATION_REF_PREFIX,
  SHANHAI_VOCABULARY,
  stageOfStatus,
} from './codes.js';
import type { IatiActivity, Narrative } from './parse.js';
import { parseDecimal, type Rate, rateOn, toFen } from './rates.js';

const MAX_NAME = 300;

export type Note = (
  severity: Severity,
  ref: ProblemRef,
  row?: number | null,
  column?: string | null,
  value?: string | null,
) => void;

/** Fen of a value in a currency at the rate in force on `date`, or null without a rate. */
export function convertAt(
  rs: Map<string, Rate[]>,
  currency: string,
  date: string,
  micro: bigint,
): bigint | null {
  if (currency === 'CNY') return toFen(micro, 1_000_000n);
  const rate = rateOn(rs.get(currency), date);
  return rate ? toFen(micro, rate.micro) : null;
}

/** A tag or region of Shanhai's own vocabulary. */
function shanhaiTags(a: IatiActivity): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of a.tags) {
    if (t.vocabulary !== '99' || t.uri !== SHANHAI_VOCABULARY) continue;
    const i = t.code.indexOf(':');
    if (i < 0) continue;
    const key = t.code.slice(0, i);
    out.set(key, [...(out.get(key) ?? []), t.code.slice(i + 1)]);
  }
  return out;
}

function pick(narratives: Narrative[], lang: string, defaultLang: string | null): string | null {
  const of = (n: Narrative) => (n.lang ?? defaultLang ?? '').toLowerCase();
  return narratives.find((n) => of(n).startsWith(lang))?.text ?? null;
}

const cut = (text: string) => (text.length > MAX_NAME ? text.slice(0, MAX_NAME) : text);

/** The project code of an activity: its A1 other-identifier if a valid code, else its identifier. */
export function codeOfActivity(a: IatiActivity): string {
  const own = a.otherIdentifiers.find((o) => o.type === 'A1' && CODE_PATTERNS.record.test(o.ref));
  if (own) return own.ref;
  if (CODE_PATTERNS.record.test(a.identifier)) return a.identifier;
  const hash = createHash('sha1').update(a.identifier).digest('hex').slice(0, 10);
  const clean = a.identifier.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return `${clean.slice(0, 52)}-${hash}`;
}

/** Shares in basis points from percentages (summing to 10000: the rounding put on the largest). */
function sharesOf(
  items: Array<{ code: string; pct: number }>,
): Array<{ code: string; bp: number }> {
  if (items.length === 0) return [];
  const total = items.reduce((s, i) => s + i.pct, 0);
  const out = items.map((i) => ({
    code: i.code,
    bp: total > 0 ? Math.round((i.pct / total) * 10_000) : Math.floor(10_000 / items.length),
  }));
  const diff = 10_000 - out.reduce((s, o) => s + o.bp, 0);
  const top = out.reduce((a, b) => (b.bp > a.bp ? b : a));
  top.bp += diff;
  return out;
}

/** The create body of an activity, or null (its errors noted) when it cannot be a project. */
export function projectOf(
  a: IatiActivity,
  r: Reference,
  rs: Map<string, Rate[]>,
  options: {
    programme: string;
    donor?: string | undefined;
    type?: string | undefined;
    area?: string | undefined;
  },
  unmatched: Set<string>,
  note: Note,
  noRate: (currency: string) => void,
): CreateProjectData | null {
  const tags = shanhaiTags(a);
  const orgRef = (o: { ref: string | null; names: Narrative[] }) => {
    if (!o.ref) return null;
    if (r.orgs.has(o.ref)) return o.ref;
    if (!unmatched.has(o.ref)) {
      unmatched.add(o.ref);
      const name = o.names[0]?.text ?? '';
      note(
        'warning',
        problem('iati.orgUnmatched', { ref: o.ref, name }),
        a.line,
        'participating-org',
        o.ref,
      );
    }
    return null;
  };
  if (a.reportingOrg) orgRef(a.reportingOrg);
  const funding: string[] = [];
  let implementing: string | null = null;
  for (const p of a.participating) {
    const code = orgRef(p);
    const role = (p.role ?? '').toLowerCase();
    if (!code) continue;
    if ((role === '1' || role === 'funding') && !funding.includes(code)) funding.push(code);
    if ((role === '4' || role === 'implementing') && implementing === null) implementing = code;
  }
  // Donor shares: Shanhai's tags (`donor:310000:6000`), else the funding orgs equally.
  let donors = (tags.get('donor') ?? [])
    .map((v) => v.split(':'))
    .filter(([code, bp]) => code && r.orgs.has(code) && /^\d+$/.test(bp ?? ''))
    .map(([code, bp]) => ({ org: code as string, shareBp: Number(bp) }));
  if (donors.length === 0) {
    donors = sharesOf(funding.map((code) => ({ code, pct: 1 }))).map((s) => ({
      org: s.code,
      shareBp: s.bp,
    }));
  }
  if (donors.length === 0 && options.donor) donors = [{ org: options.donor, shareBp: 10_000 }];
  const typeTag = tags.get('type')?.[0];
  const type = typeTag && r.projectTypes.has(typeTag) ? typeTag : options.type;
  // Locations: GB/T 2260 codes in recipient-region (vocabulary 99) with their shares, else
  // the locations' refs `CN-GBT2260-…` (equal shares), else --area.
  let locations = sharesOf(
    a.regions
      .filter((g) => g.vocabulary === '99' && g.uri === GBT2260_VOCABULARY && r.areas.has(g.code))
      .map((g) => ({ code: g.code, pct: Number(g.percentage ?? '100') || 0 })),
  ).map((s) => ({ area: s.code, shareBp: s.bp }));
  if (locations.length === 0) {
    const codes = [
      ...new Set(
        a.locationRefs
          .filter((x) => x.startsWith(LOCATION_REF_PREFIX))
          .map((x) => x.slice(LOCATION_REF_PREFIX.length))
          .filter((x) => r.areas.has(x)),
      ),
    ];
    locations = sharesOf(codes.map((code) => ({ code, pct: 1 }))).map((s) => ({
      area: s.code,
      shareBp: s.bp,
    }));
  }
  if (locations.length === 0 && options.area) locations = [{ area: options.area, shareBp: 10_000 }];
  const missing: Array<[string, ProblemCode]> = [];
  if (donors.length === 0) missing.push(['participating-org', 'iati.noDonor']);
  if (!type) missing.push(['sector', 'iati.noType']);
  if (locations.length === 0) missing.push(['location', 'iati.noArea']);
  if (missing.length > 0) {
    for (const [column, code] of missing)
      note('error', problem(code), a.line, column, a.identifier);
    return null;
  }
  // Names: zh and en narratives; a title in neither language stands in for the Chinese.
  const zh = pick(a.titles, 'zh', a.defaultLang);
  const en = pick(a.titles, 'en', a.defaultLang);
  const ug = pick(a.titles, 'ug', a.defaultLang);
  const first = a.titles[0]?.text ?? null;
  if (!first)
    note('warning', problem('iati.noTitle', { identifier: a.identifier }), a.line, 'title');
  // Budget: the revised budgets if any, else the original ones; in yuan at the rates.
  const revised = a.budgets.filter((b) => b.type === '2');
  let budgetFen = 0n;
  let year: number | undefined;
  for (const b of revised.length > 0 ? revised : a.budgets) {
    const currency = b.currency ?? a.defaultCurrency;
    const micro = parseDecimal(b.value);
    const date = b.valueDate ?? b.periodStart;
    if (b.periodStart && year === undefined) year = Number(b.periodStart.slice(0, 4));
    if (micro === null || !currency || !date) continue;
    const fen =
      currency === 'CNY' ? toFen(micro, 1_000_000n) : convertAt(rs, currency, date, micro);
    if (fen === null) noRate(currency);
    else if (fen > 0n) budgetFen += fen;
  }
  const yearTag = Number(tags.get('year')?.[0]);
  if (Number.isInteger(yearTag) && yearTag >= 1990 && yearTag <= 2100) year = yearTag;
  if (year === undefined) {
    const start = a.dates.find((d) => ['1', '2', 'start-planned', 'start-actual'].includes(d.type));
    if (start) year = Number(start.date.slice(0, 4));
  }
  if (year !== undefined && (year < 1990 || year > 2100)) year = undefined;
  const stageTag = tags.get('stage')?.[0];
  const stage: Stage = stageTag && isStage(stageTag) ? stageTag : stageOfStatus(a.status);
  const code = codeOfActivity(a);
  const livelihood = Number(tags.get('livelihood')?.[0]);
  const override =
    Number.isInteger(livelihood) && livelihood >= 0 && livelihood <= 10_000
      ? {
          livelihoodShareBp: livelihood,
          livelihoodReason: `IATI ${a.identifier}`.slice(0, 2000),
        }
      : {};
  return {
    code,
    name: {
      zh: cut(zh ?? first ?? a.identifier),
      en: en ? cut(en) : null,
      ug: ug ? cut(ug) : null,
    },
    programme: options.programme,
    donors,
    implementingOrg: implementing,
    type: type as string,
    ...override,
    budgetFen: Number(budgetFen),
    ...(year !== undefined ? { year } : {}),
    locations,
    stage,
    ...(stage === 'suspended' ? { stageBeforeSuspension: 'started' as const } : {}),
    ...(stage === 'suspended' || stage === 'cancelled'
      ? { stageReason: `IATI activity-status ${a.status ?? ''}`.trim() }
      : {}),
    published: false,
  } as CreateProjectData;
}
