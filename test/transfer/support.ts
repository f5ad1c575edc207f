/**
 * Helpers of the transfer tests: a template filled as a user would (ExcelJS on the generated
 * workbook), GB18030 bytes without a dependency, and a hand-made zip for the zip-bomb checks.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Database } from '../../src/db/database.js';
import { type Actor, systemActor } from '../../src/domain/access.js';
import type { Kind } from '../../src/modules/transfer/kinds.js';
import { buildTemplate, type Lang } from '../../src/modules/transfer/template.js';

export const SYSTEM: Actor = systemActor('test');

/** A generated template with `rows` written from row 3 on (row 2 keeps the example). */
export async function filledTemplate(
  database: Database,
  kind: Kind,
  rows: ExcelJS.CellValue[][],
  options: { lang?: Lang; edit?: (wb: ExcelJS.Workbook) => void } = {},
): Promise<Buffer> {
  const template = await buildTemplate(
    { actor: SYSTEM, db: database.db },
    kind,
    options.lang ?? 'zh',
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  rows.forEach((values, i) => {
    const row = ws.getRow(3 + i);
    values.forEach((v, j) => {
      row.getCell(j + 1).value = v;
    });
  });
  options.edit?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let gbTable: Map<string, number[]> | undefined;

/** Text encoded as GB18030 (two-byte GBK range: enough for Chinese text and ASCII). */
export function encodeGb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.from([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [hi, lo]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbTable.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/**
 * A zip of deflated entries, each with the uncompressed size its directory declares (by
 * default the true one): a directory may lie, as a zip bomb's does.
 */
export function makeZip(entries: Array<{ name: string; data: Buffer; declaredSize?: number }>) {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The history's last entry id. */
export async function historyHead(database: Database): Promise<number> {
  const row = await database.db
    .selectFrom('historyHead')
    .select('lastId')
    .executeTakeFirstOrThrow();
  return Number(row.lastId);
}

/**
 * What a streaming writer wrote, read to the stream's end. A writer's promise settles on
 * 'finish', which can come before the last 'data' event; collecting on 'data' until then lost
 * the tail of the file now and then (the hidden sheet at the end of an XLSX export).
 */
export async function written<T>(
  write: (out: Writable) => Promise<T>,
): Promise<{ bytes: Buffer; result: T }> {
  const out = new PassThrough();
  const bytes = buffer(out);
  const result = await write(out);
  return { bytes: await bytes, result };
}

/** The official IATI 2.03 schemas (copies beside the project, in ../shared/iati). */
export const IATI_SCHEMA = {
  activities: join(__dirname, '../../../shared/iati/schema-2.03/iati-activities-schema.xsd'),
  organisations: join(__dirname, '../../../shared/iati/schema-2.03/iati-organisations-schema.xsd'),
} as const;

/** xmllint's name when it is installed; under CI its absence fails, elsewhere it says it skips. */
export function xmllint(): string | null {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return 'xmllint';
  } catch {
    if (process.env.CI === 'true') throw new Error('xmllint is missing (install libxml2-utils)');
    console.warn(
      'SKIPPED: the IATI schema check — xmllint is missing (apt-get install libxml2-utils)',
    );
    return null;
  }
}
