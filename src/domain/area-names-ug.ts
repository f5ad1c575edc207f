/**
 * Xinjiang's areas in Uyghur (decision 0079): the official Uyghur names of the region, its
 * fourteen prefecture-level units and their counties, cities and districts, kept by hand in
 * `data/areas/names-ug.tsv` (source and checking in data/areas/README.md). An area not in the
 * file has no Uyghur name; a Uyghur screen shows its Chinese name marked as Chinese.
 */
import { readFileSync } from 'node:fs';

const NAMES_UG_TSV = new URL('../../data/areas/names-ug.tsv', import.meta.url);
const HEADER = 'code\tname\tname_ug';

export type UyghurAreaNameRow = { code: string; name: string; nameUg: string };

let cached: ReadonlyMap<string, string> | undefined;

/** Parses the file's text; throws naming the line when it is malformed. */
export function parseUyghurAreaNames(text: string): UyghurAreaNameRow[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (lines[0] !== HEADER)
    throw new Error('names-ug.tsv line 1: expected header code, name, name_ug');
  return lines.slice(1).map((line, i) => {
    const [code = '', name = '', nameUg = '', ...rest] = line.split('\t');
    if (!/^\d{6}$/.test(code) || name === '' || nameUg === '' || rest.length > 0) {
      throw new Error(`names-ug.tsv line ${i + 2}: malformed: ${JSON.stringify(line)}`);
    }
    return { code, name, nameUg };
  });
}

/** Every area with a Uyghur name, by code. Read once. */
export function uyghurAreaNames(): ReadonlyMap<string, string> {
  cached ??= new Map(
    parseUyghurAreaNames(readFileSync(NAMES_UG_TSV, 'utf8')).map((r) => [r.code, r.nameUg]),
  );
  return cached;
}

/** The area's Uyghur name (653200 → خوتەن ۋىلايىتى), or null when it has none. */
export function uyghurAreaName(code: string): string | null {
  return uyghurAreaNames().get(code) ?? null;
}
