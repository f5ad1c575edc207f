/**
 * The public figures as CSV (issue 11 point 7): UTF-8 with a BOM (Excel opens it as UTF-8),
 * CRLF lines, every text cell neutralised against formula injection and quoted as the transfer
 * exports do (src/modules/transfer/export.ts), money in yuan with two decimals computed exactly
 * from integer fen.
 */
import type { ExactFen } from '../../domain/money.js';
import { csvField, neutralise } from '../transfer/export.js';
import type { Figures, Named, PublicMap, PublicPage, PublicRules } from './figures.js';

export type Lang = 'zh' | 'en';

/** Exact yuan with two decimals from integer fen (a BigInt sum stays exact). */
export function yuanText(fen: ExactFen): string {
  const n = BigInt(fen);
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

const HEAD: Record<Lang, string[]> = {
  zh: [
    '分组',
    '代码',
    '名称',
    '项目数',
    '承诺资金（元）',
    '拨付资金（元）',
    '支出资金（元）',
    '带动就业（人）',
  ],
  en: [
    'Group',
    'Code',
    'Name',
    'Projects',
    'Committed (yuan)',
    'Disbursed (yuan)',
    'Spent (yuan)',
    'Jobs created',
  ],
};

const GROUP: Record<Lang, Record<'total' | 'year' | 'donor' | 'area', string>> = {
  zh: { total: '合计', year: '年度', donor: '援助方', area: '地区' },
  en: { total: 'Total', year: 'Year', donor: 'Donor', area: 'Area' },
};

const text = (s: string) => csvField(neutralise(s));

function line(cells: string[]): string {
  return `${cells.join(',')}\r\n`;
}

function figureCells(f: Figures): string[] {
  return [
    String(f.projects),
    yuanText(f.committed_fen),
    yuanText(f.disbursed_fen),
    yuanText(f.spent_fen),
    String(f.jobs_created),
  ];
}

const nameIn = (n: Named, lang: Lang) => (lang === 'en' ? n.nameEn : n.name);

/** A page's figures: the total, then by year, by donor and by area. */
export function pageCsv(page: PublicPage, title: Named, lang: Lang): string {
  const g = GROUP[lang];
  let out = `\uFEFF${line(HEAD[lang].map(text))}`;
  out += line([
    text(g.total),
    text(title.code),
    text(nameIn(title, lang)),
    ...figureCells(page.totals),
  ]);
  for (const r of page.byYear)
    out += line([text(g.year), text(r.code), text(r.code), ...figureCells(r)]);
  for (const r of page.byDonor)
    out += line([text(g.donor), text(r.code), text(nameIn(r, lang)), ...figureCells(r)]);
  for (const r of page.byArea)
    out += line([text(g.area), text(r.code), text(nameIn(r, lang)), ...figureCells(r)]);
  return out;
}

const MEASURE_HEAD: Record<Lang, Record<string, string>> = {
  zh: {
    projects: '项目数',
    committed_fen: '承诺资金（元）',
    disbursed_fen: '拨付资金（元）',
    spent_fen: '支出资金（元）',
  },
  en: {
    projects: 'Projects',
    committed_fen: 'Committed (yuan)',
    disbursed_fen: 'Disbursed (yuan)',
    spent_fen: 'Spent (yuan)',
  },
};

/** The map's measure by county. */
export function mapCsv(map: PublicMap, lang: Lang): string {
  const head = lang === 'zh' ? ['县市代码', '县市'] : ['County code', 'County'];
  let out = `\uFEFF${line([...head, MEASURE_HEAD[lang][map.measure] ?? map.measure].map(text))}`;
  for (const r of map.rows) {
    const v = map.measure === 'projects' ? String(r.value) : yuanText(r.value);
    out += line([text(r.code), text(nameIn(r, lang)), v]);
  }
  return out;
}

const RULES_HEAD: Record<Lang, string[]> = {
  zh: [
    '年度',
    '代码',
    '名称',
    '实际拨付（元）',
    '县及以下（元）',
    '县及以下占比（%）',
    '县及以下是否达标',
    '民生（元）',
    '民生占比（%）',
    '民生是否达标',
  ],
  en: [
    'Year',
    'Code',
    'Name',
    'Disbursed (yuan)',
    'County and below (yuan)',
    'County and below (%)',
    'County rule met',
    'Livelihood (yuan)',
    'Livelihood (%)',
    'Livelihood rule met',
  ],
};

const VERDICT: Record<Lang, Record<'yes' | 'no' | 'none', string>> = {
  zh: { yes: '达标', no: '未达标', none: '不适用' },
  en: { yes: 'Met', no: 'Not met', none: 'n/a' },
};

/** A share in basis points as a percentage with two decimals, exactly. */
const percentOfBp = (bp: number) => `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;

/** The two 80% rules on published projects (decision 0068): the programme, then each donor. */
export function rulesCsv(rules: PublicRules, lang: Lang): string {
  const verdict = (ok: boolean | null) => VERDICT[lang][ok === null ? 'none' : ok ? 'yes' : 'no'];
  let out = `\uFEFF${line(RULES_HEAD[lang].map(text))}`;
  const row = (n: Named, r: PublicRules['totals']) =>
    line([
      String(rules.year),
      text(n.code),
      text(nameIn(n, lang)),
      yuanText(r.totalFen),
      yuanText(r.countyAndBelowFen),
      percentOfBp(r.countyAndBelowBp),
      text(verdict(r.countyAndBelowOk)),
      yuanText(r.livelihoodFen),
      percentOfBp(r.livelihoodBp),
      text(verdict(r.livelihoodOk)),
    ]);
  out += row(rules.programme, rules.totals);
  for (const d of rules.donors) out += row(d, d);
  return out;
}
