/**
 * Exports of the project registry and the ledger, as XLSX or CSV, streamed: rows are read in
 * pages by id (keyset) and written one by one, so memory stays flat however many rows there are.
 * Only what the caller may see (the registry's own visibility condition). The columns are the
 * template's, so an export is a filled template that imports again. Text cells beginning with
 * = + - @ (or a tab or carriage return) are neutralised with a leading apostrophe against
 * formula injection; the importer takes that apostrophe off again.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../core/context.js';
import { visibleProjects } from '../projects/repository.js';
import { loadReference } from '../reference/reference.js';
import { listLabel, writeShares } from './cells.js';
import { type Column, type Kind, type KindSpec, SPECS } from './kinds.js';
import { buildLists, type Lists } from './lists.js';
import { headerText, type Lang, NUMBER_FORMATS, writeMeta } from './template.js';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A record as the template's columns hold it: by column field. */
type Record_ = Record<string, string | number | boolean | null>;

const PAGE = 2000;

/** A text cell that a spreadsheet could take for a formula gets a leading apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

async function* projectRecords(ctx: ServiceContext): AsyncGenerator<Record_> {
  const ref = await loadReference(ctx.db);
  const visible = visibleProjects(ctx.actor, ref);
  let after = 0;
  for (;;) {
    let q = ctx.db
      .selectFrom('projects as p')
      .selectAll('p')
      .where('p.id', '>', after)
      .orderBy('p.id')
      .limit(PAGE);
    if (visible) q = q.where(visible);
    const rows = await q.execute();
    if (rows.length === 0) return;
    const ids = rows.map((r) => Number(r.id));
    const [donors, locations] = await Promise.all([
      ctx.db
        .selectFrom('projectDonors')
        .select(['projectId', 'orgCode', 'shareBp'])
        .where('projectId', 'in', ids)
        .orderBy('projectId')
        .orderBy('shareBp', 'desc')
        .orderBy('orgCode')
        .execute(),
      ctx.db
        .selectFrom('projectLocations')
        .select(['projectId', 'areaCode', 'shareBp'])
        .where('projectId', 'in', ids)
        .orderBy('projectId')
        .orderBy('shareBp', 'desc')
        .orderBy('areaCode')
        .execute(),
    ]);
    const group = <T extends { projectId: number }>(list: T[]) => {
      const m = new Map<number, T[]>();
      for (const x of list) m.set(Number(x.projectId), [...(m.get(Number(x.projectId)) ?? []), x]);
      return m;
    };
    const donorsOf = group(donors);
    const placesOf = group(locations);
    for (const p of rows) {
      const id = Number(p.id);
      const ds = donorsOf.get(id) ?? [];
      yield {
        code: p.code,
        'name.zh': p.nameZh,
        'name.en': p.nameEn,
        programme: p.programmeCode,
        donor: p.leadDonorCode,
        donors:
          ds.length > 1
            ? writeShares(ds.map((d) => ({ code: d.orgCode, shareBp: Number(d.shareBp) })))
            : null,
        type: p.typeCode,
        stage: p.stage,
        budgetFen: Number(p.budgetFen),
        year: Number(p.year),
        approvalDate: p.approvalDate,
        locations: writeShares(
          (placesOf.get(id) ?? []).map((l) => ({ code: l.areaCode, shareBp: Number(l.shareBp) })),
        ),
        implementingOrg: p.implementingOrgCode,
        deliveryMode: p.deliveryMode,
        livelihoodShareBp: Number(p.livelihoodShareBp),
        livelihoodReason: p.livelihoodReason,
        fixedAsset: Number(p.fixedAsset) === 1,
        continuing: Number(p.continuing) === 1,
        published: p.publishedAt !== null,
        stageBeforeSuspension: p.stageBeforeSuspension,
        stageReason: p.stageReason,
      };
    }
    after = ids[ids.length - 1] ?? after;
  }
}

async function* ledgerRecords(ctx: ServiceContext): AsyncGenerator<Record_> {
  const ref = await loadReference(ctx.db);
  const visible = visibleProjects(ctx.actor, ref);
  let after = 0;
  for (;;) {
    let q = ctx.db
      .selectFrom('fundTransactions as t')
      .innerJoin('projects as p', 'p.id', 't.projectId')
      .select([
        't.id',
        'p.code',
        't.type',
        't.planned',
        't.valueFen',
        't.date',
        't.providerOrgCode',
        't.receiverOrgCode',
        't.note',
      ])
      .where('t.id', '>', after)
      .orderBy('t.id')
      .limit(PAGE * 5);
    if (visible) q = q.where(visible);
    const rows = await q.execute();
    if (rows.length === 0) return;
    for (const t of rows) {
      yield {
        project: t.code,
        type: t.type,
        planned: Number(t.planned) === 1 ? 'planned' : 'actual',
        valueFen: Number(t.valueFen),
        date: t.date,
        provider: t.providerOrgCode,
        receiver: t.receiverOrgCode,
        note: t.note,
      };
    }
    after = Number(rows[rows.length - 1]?.id ?? after);
  }
}

/** A record's cell for a column: yuan as numbers, dates as dates (XLSX), codes as list labels. */
function cellOf(
  column: Column,
  value: string | number | boolean | null | undefined,
  lists: Lists,
  lang: Lang,
  format: ExportFormat,
): string | number | Date | null {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'yuan':
      return format === 'csv' ? (Number(value) / 100).toFixed(2) : Number(value) / 100;
    case 'percent':
      return Number(value) / 100;
    case 'int':
      return Number(value);
    case 'bool':
      return value ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no';
    case 'date':
      return format === 'xlsx' ? new Date(`${value}T00:00:00Z`) : String(value);
    case 'code': {
      const entry = column.list
        ? lists[column.list].entries.find((e) => e.code === value)
        : undefined;
      return neutralise(entry ? listLabel(entry, lang) : String(value));
    }
    default:
      return neutralise(String(value));
  }
}

function csvField(v: string | number | Date | null): string {
  if (v === null) return '';
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes, waiting when the stream asks to (backpressure keeps memory flat). */
async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/**
 * Streams the export of `kind` to `out` in `format`; returns the number of rows. The caller
 * ends nothing: this ends `out` when done.
 */
export async function writeExport(
  ctx: ServiceContext,
  kind: Kind,
  format: ExportFormat,
  lang: Lang,
  out: Writable,
): Promise<number> {
  const spec: KindSpec = SPECS[kind];
  const lists = buildLists(await loadReference(ctx.db));
  const labels = labelMaps(lists, lang);
  const records = kind === 'projects' ? projectRecords(ctx) : ledgerRecords(ctx);
  const cell = (c: Column, v: string | number | boolean | null | undefined) => {
    if (c.type === 'code' && c.list && v !== null && v !== undefined) {
      return neutralise(labels[c.list].get(String(v)) ?? String(v));
    }
    return cellOf(c, v, lists, lang, format);
  };
  let n = 0;
  if (format === 'csv') {
    await put(
      out,
      `\uFEFF${spec.columns.map((c) => csvField(headerText(spec, c, lang))).join(',')}\r\n`,
    );
    for await (const r of records) {
      await put(out, `${spec.columns.map((c) => csvField(cell(c, r[c.field]))).join(',')}\r\n`);
      n++;
    }
    await new Promise<void>((resolve, reject) =>
      out.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    return n;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(spec.sheet[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({
    header: headerText(spec, c, lang),
    key: c.field,
    width: c.width,
    style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for await (const r of records) {
    ws.addRow(spec.columns.map((c) => cell(c, r[c.field]))).commit();
    n++;
  }
  ws.commit();
  const meta = writeMeta(wb as unknown as ExcelJS.Workbook, kind, lang);
  (meta as unknown as { commit(): void }).commit();
  await wb.commit();
  return n;
}

function labelMaps(lists: Lists, lang: Lang): Record<keyof Lists, Map<string, string>> {
  const out = {} as Record<keyof Lists, Map<string, string>>;
  for (const [name, list] of Object.entries(lists) as [keyof Lists, Lists[keyof Lists]][]) {
    out[name] = new Map(list.entries.map((e) => [e.code, listLabel(e, lang)]));
  }
  return out;
}
