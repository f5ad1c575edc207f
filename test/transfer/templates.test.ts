/**
 * The templates (decision 0050): generated from the API's schemas, with headers and comments in
 * the language asked, drop-downs referencing the hidden lists sheet, formats, the example row and
 * the hidden sheet naming the kind and version.
 */
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import {
  isRequired,
  KINDS,
  NOT_IN_TEMPLATE,
  SPECS,
  TEMPLATE_VERSION,
} from '../../src/modules/transfer/kinds.js';
import { buildTemplate } from '../../src/modules/transfer/template.js';
import { describeEachDatabase } from '../support/db.js';
import { SYSTEM } from './support.js';

it('carries every field of the create schemas, or says which it leaves out', () => {
  for (const kind of KINDS) {
    const spec = SPECS[kind];
    const covered = new Set(spec.columns.map((c) => c.field.split('.')[0]));
    const fields = Object.keys(spec.schema.shape).filter(
      (f) => !(NOT_IN_TEMPLATE[kind] as readonly string[]).includes(f),
    );
    expect(
      fields.filter((f) => !covered.has(f)),
      kind,
    ).toEqual([]);
  }
  // Required-ness comes from the schema: the name and budget are, the English name is not.
  const column = (field: string) => SPECS.projects.columns.find((c) => c.field === field);
  const req = (field: string) => isRequired(SPECS.projects, column(field) as never);
  expect([req('code'), req('name.zh'), req('budgetFen'), req('name.en'), req('stage')]).toEqual([
    true,
    true,
    true,
    false,
    false,
  ]);
});

describeEachDatabase('templates', (ctx) => {
  const load = async (kind: 'projects' | 'ledger', lang: 'zh' | 'en') => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildTemplate(
        { actor: SYSTEM, db: ctx.database.db },
        kind,
        lang,
      )) as unknown as ArrayBuffer,
    );
    return wb;
  };

  it('writes headers and comments in the language asked, drop-downs, formats and an example row', async () => {
    const wb = await load('projects', 'zh');
    const ws = wb.getWorksheet('项目');
    if (!ws) throw new Error('no 项目 sheet');
    expect(ws.getCell('A1').value).toBe('项目编号 *');
    expect(ws.getCell('C1').value).toBe('英文名称');
    const note = ws.getCell('I1').note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(text).toContain('单位：元（不是万元）');
    expect(text).toContain('Budget (yuan)');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // The example row: its code marks it, its values show the forms the cells take.
    expect(ws.getCell('A2').value).toBe('EXAMPLE-0001');
    expect(ws.getCell('E2').value).toBe('北京市 [110000]');
    expect(ws.getCell('H2').value).toBe('立项 [approved]');
    expect(ws.getCell('I2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('K2').value).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(ws.getCell('K2').numFmt).toBe('yyyy-mm-dd');
    // Drop-downs reference the hidden lists sheet.
    const type = ws.getCell('G500').dataValidation;
    expect(type).toMatchObject({ type: 'list' });
    const lists = wb.getWorksheet('_lists');
    expect(lists?.state).toBe('hidden');
    const [sheetRef] = type.formulae as string[];
    const col = /\$([A-Z]+)\$2/.exec(sheetRef ?? '')?.[1] ?? '';
    expect(sheetRef).toMatch(/^_lists!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    expect(lists?.getCell(`${col}1`).value).toBe('types');
    const entries: string[] = [];
    lists?.getColumn(col).eachCell((c, row) => {
      if (row > 1) entries.push(String(c.value));
    });
    expect(entries).toContain('民生 [livelihood]');
    for (const cell of ['E10', 'H10', 'L10', 'Q10']) {
      expect(ws.getCell(cell).dataValidation, cell).toMatchObject({ type: 'list' });
    }
    const meta = wb.getWorksheet('_shanhai');
    expect(meta?.state).toBe('hidden');
    expect([
      meta?.getCell('A1').value,
      meta?.getCell('B1').value,
      meta?.getCell('B2').value,
      meta?.getCell('B3').value,
    ]).toEqual(['shanhai-template', 'projects', TEMPLATE_VERSION.projects, 'zh']);
  });

  it('writes the ledger template in English, with its areas and donors lists', async () => {
    const wb = await load('ledger', 'en');
    const ws = wb.getWorksheet('Ledger');
    expect(ws?.getRow(1).values).toEqual([
      undefined,
      'Project code *',
      'Transaction type *',
      'Planned / actual *',
      'Amount (yuan) *',
      'Date *',
      'Provider',
      'Receiver',
      'Note',
    ]);
    expect(ws?.getCell('B2').value).toBe('disbursement');
    const lists = wb.getWorksheet('_lists');
    const header = lists ? (lists.getRow(1).values as unknown[]).slice(1) : [];
    expect(header).toEqual([
      'programmes',
      'donors',
      'orgs',
      'areas',
      'types',
      'stages',
      'progressStages',
      'deliveryModes',
      'transactionTypes',
      'planned',
      'sexes',
      'postingModes',
      'trainingPlaces',
      'exchangeKinds',
      'saleChannels',
      'productCategories',
      'caseCategories',
      'indicatorSets',
      'indicatorElements',
    ]);
    const areas: string[] = [];
    lists?.getColumn(4).eachCell((c, row) => {
      if (row > 1) areas.push(String(c.value));
    });
    expect(areas).toContain('Hotan City [653201]');
    const donors: string[] = [];
    lists?.getColumn(2).eachCell((c, row) => {
      if (row > 1) donors.push(String(c.value));
    });
    expect(donors.length).toBeGreaterThanOrEqual(19);
  });
});
