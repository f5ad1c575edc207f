import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUyghurAreaNames, uyghurAreaName } from '../../src/domain/area-names-ug.js';
import { loadAreaRows } from '../../src/seed/areas-data.js';

const FILE = new URL('../../data/areas/names-ug.tsv', import.meta.url);
const rows = parseUyghurAreaNames(readFileSync(FILE, 'utf8'));
const areas = new Map(loadAreaRows().map((a) => [a.code, a]));

describe('Uyghur area names (decision 0079)', () => {
  it('names a real Xinjiang area under its Chinese name as the area file has it, once', () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.code.startsWith('65'), r.code).toBe(true);
      expect(areas.get(r.code)?.name, r.code).toBe(r.name);
    }
  });

  it('writes every name in Arabic script only, ending in its generic word', () => {
    for (const r of rows) {
      expect(r.nameUg, r.code).toMatch(/^[\u0600-\u06ff ]+$/);
      expect(r.nameUg, r.code).not.toMatch(/^\s|\s$|\s\s/);
      const level = areas.get(r.code)?.level;
      if (level === 'prefecture') expect(r.nameUg, r.code).toMatch(/(ۋىلايىتى|ئوبلاستى|شەھىرى)$/);
      if (level === 'county') expect(r.nameUg, r.code).toMatch(/(ناھىيىسى|شەھىرى|رايونى)$/);
    }
  });

  it('has the region, its fourteen prefecture-level units and every county of the pairings', () => {
    expect(uyghurAreaName('650000')).toBe('شىنجاڭ ئۇيغۇر ئاپتونوم رايونى');
    const prefectures = [...areas.values()].filter(
      (a) => a.parentCode === '650000' && a.level === 'prefecture' && a.kind === null,
    );
    expect(prefectures).toHaveLength(14);
    for (const p of prefectures) expect(uyghurAreaName(p.code), p.name).not.toBeNull();
    expect(uyghurAreaName('653200')).toBe('خوتەن ۋىلايىتى');
    expect(uyghurAreaName('653101')).toBe('قەشقەر شەھىرى');
    // outside Xinjiang there is none: the screen falls back to Chinese
    expect(uyghurAreaName('150125')).toBeNull();
    expect(uyghurAreaName('110000')).toBeNull();
  });

  it('refuses a malformed file', () => {
    expect(() => parseUyghurAreaNames('code\tname\n')).toThrow(/line 1/);
    expect(() => parseUyghurAreaNames('code\tname\tname_ug\n65\t新疆\tشىنجاڭ\n')).toThrow(/line 2/);
  });
});
