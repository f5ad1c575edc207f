/**
 * The workbook reader takes each part from our own zip reading, in the order ExcelJS needs them
 * (decision 0061). ExcelJS's one-pass streaming unzip now and then lost `xl/workbook.xml`, which
 * its writer stores last: the sheets came back as "Sheet1", "Sheet2" and a Shanhai export was
 * "not a template" (CI at stop 23, about one read in 200). Read one streamed file many times.
 */
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUpload } from '../../src/modules/transfer/read.js';

async function streamedWorkbook(): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = buffer(out);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const data = wb.addWorksheet('项目');
  data.addRow(['编号', '名称']).commit();
  data.addRow(['P-1', '和田市供水']).commit();
  data.addRow(['P-2', '墨玉县产业园']).commit();
  data.commit();
  const hidden = wb.addWorksheet('_shanhai', { state: 'hidden' });
  hidden.addRow(['shanhai-template', 'projects']).commit();
  hidden.addRow(['version', 3]).commit();
  hidden.addRow(['lang', 'zh']).commit();
  hidden.commit();
  await wb.commit();
  return bytes;
}

describe('reading a workbook', () => {
  it('names every sheet and finds the identifying sheet on every read of a streamed export', async () => {
    const file = await streamedWorkbook();
    const seen = new Map<string, number>();
    for (let i = 0; i < 600; i++) {
      const read = await readUpload(file);
      const key = JSON.stringify([read.meta, read.sheets.map((s) => [s.name, s.rows.length])]);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen.keys()]).toEqual([
      JSON.stringify([{ kind: 'projects', version: 3, lang: 'zh' }, [['项目', 3]]]),
    ]);
  });

  it('gives the visible sheets in the order the workbook lists them, not by part number', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('第一').addRow(['a']);
    wb.addWorksheet('第二').addRow(['b']);
    // Moving a sheet changes the workbook's list, not the parts' names.
    const [first, second] = wb.worksheets as unknown as Array<{ orderNo: number }>;
    if (!first || !second) throw new Error('two sheets expected');
    first.orderNo = 2;
    second.orderNo = 1;
    const read = await readUpload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(read.sheets.map((s) => s.name)).toEqual(['第二', '第一']);
    expect(read.sheets.map((s) => s.rows[0]?.cells)).toEqual([['b'], ['a']]);
  });
});
