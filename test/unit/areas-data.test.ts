import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeAreaCode } from '../../src/domain/areas.js';
import { AREAS_DATA_EDITION, loadAreaRows, parseAreasTsv } from '../../src/seed/areas-data.js';

const PAIRINGS_CSV = new URL('../../../shared/reference/pairings.csv', import.meta.url);

type Recipient = { code: string; name: string; level: string; division: string };

/** The distinct recipients of pairings.csv (simple CSV: no quoted fields). */
function recipients(): Recipient[] {
  const [header = '', ...lines] = readFileSync(PAIRINGS_CSV, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const at = (fields: string[], name: string): string => fields[columns.indexOf(name)] ?? '';
  const byCode = new Map<string, Recipient>();
  for (const line of lines) {
    const fields = line.split(',');
    const code = at(fields, 'recipient_code');
    byCode.set(code, {
      code,
      name: at(fields, 'recipient_zh'),
      level: at(fields, 'recipient_level'),
      division: at(fields, 'xpcc_division'),
    });
  }
  return [...byCode.values()];
}

describe('data/areas/areas.tsv', () => {
  const rows = loadAreaRows();
  const byCode = new Map(rows.map((row) => [row.code, row]));

  it('is the 2023 edition, cached, sorted and without duplicates', () => {
    expect(AREAS_DATA_EDITION).toBe('2023');
    expect(loadAreaRows()).toBe(rows);
    expect(byCode.size).toBe(rows.length);
    const codes = rows.map((row) => row.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('has the 34 province-level units', () => {
    const provinces = rows.filter((row) => row.level === 'province');
    expect(provinces).toHaveLength(34);
    expect(provinces.every((row) => row.parentCode === null)).toBe(true);
    expect(byCode.get('810000')?.name).toBe('香港特别行政区');
    expect(byCode.get('820000')?.name).toBe('澳门特别行政区');
    expect(byCode.get('710000')?.name).toBe('台湾省');
  });

  it('has a parent for every row but the provinces', () => {
    for (const row of rows) {
      if (row.level === 'province') continue;
      expect(row.parentCode, row.code).not.toBeNull();
      expect(byCode.has(row.parentCode ?? ''), `${row.code} → ${row.parentCode}`).toBe(true);
    }
  });

  it('has townships for Xinjiang only', () => {
    const townships = rows.filter((row) => row.level === 'township');
    expect(townships.length).toBeGreaterThan(1000);
    expect(townships.every((row) => row.code.startsWith('65'))).toBe(true);
  });

  it('knows 巴楚县, 库尔勒市 and 和田市', () => {
    expect(byCode.get('653130')).toMatchObject({ name: '巴楚县', level: 'county' });
    expect(byCode.get('652801')).toMatchObject({
      name: '库尔勒市',
      parentCode: '652800',
      level: 'county',
    });
    expect(byCode.get('653201')).toMatchObject({ pinyin: 'Hetian Shi', initials: 'HTS' });
  });

  it('marks the pseudo-prefectures', () => {
    expect(byCode.get('110100')?.kind).toBe('municipal-districts');
    for (const code of ['429000', '469000', '659000']) {
      expect(byCode.get(code)?.kind, code).toBe('direct-counties');
    }
  });

  it('has every recipient of pairings.csv with the expected level', () => {
    const all = recipients();
    expect(all).toHaveLength(68);
    for (const recipient of all) {
      const code = normalizeAreaCode(recipient.code);
      const row = byCode.get(code ?? '');
      expect(row, recipient.code).toBeDefined();
      expect(row?.name, recipient.code).toBe(recipient.name);
      if (recipient.level === 'prefecture') {
        expect(recipient.code.endsWith('00'), recipient.code).toBe(true);
        expect(row?.level, recipient.code).toBe('prefecture');
      } else if (recipient.level === 'xpcc-city') {
        expect(row, recipient.code).toMatchObject({
          level: 'county',
          kind: 'xpcc-city',
          xpccDivision: recipient.division,
        });
      } else {
        expect(recipient.level).toBe('county');
        expect(row?.level, recipient.code).toBe('county');
      }
    }
  });

  it('names every area in English: conventional forms, ethnic names and generic parts', () => {
    expect(rows.filter((row) => row.nameEn === '').map((row) => row.code)).toEqual([]);
    const en = (code: string) => byCode.get(code)?.nameEn;
    expect(en('650000')).toBe('Xinjiang Uygur Autonomous Region');
    expect(en('653200')).toBe('Hotan Prefecture');
    expect(en('653201')).toBe('Hotan City');
    expect(en('653221')).toBe('Hotan County');
    expect(en('653100')).toBe('Kashgar Prefecture');
    expect(en('650100')).toBe('Urumqi City');
    expect(en('654000')).toBe('Ili Kazak Autonomous Prefecture');
    expect(en('652800')).toBe('Bayingolin Mongol Autonomous Prefecture');
    expect(en('653000')).toBe('Kizilsu Kirgiz Autonomous Prefecture');
    expect(en('652300')).toBe('Changji Hui Autonomous Prefecture');
    expect(en('654300')).toBe('Altay Prefecture');
    expect(en('650521')).toBe('Barkol Kazak Autonomous County');
    // Pinyin where no conventional form is recorded, with an apostrophe where syllables run on.
    expect(en('653125')).toBe('Shache County');
    expect(en('610100')).toBe("Xi'an City");
    // A municipality is its name; a one-character proper name stays apart from its part.
    expect(en('110000')).toBe('Beijing');
    expect(en('130000')).toBe('Hebei Province');
    expect(en('110101')).toBe('Dongcheng District');
    expect(en('110100')).toBe('Municipal Districts');
    expect(en('371722')).toBe('Shan County');
    // The pinyin and initials (the picker's search) are as they were.
    expect(byCode.get('653201')).toMatchObject({ pinyin: 'Hetian Shi', initials: 'HTS' });
  });

  it('has a division for each of the 12 XPCC cities', () => {
    const xpcc = rows.filter((row) => row.kind === 'xpcc-city');
    expect(xpcc).toHaveLength(12);
    expect(xpcc.every((row) => row.parentCode === '659000' && row.xpccDivision)).toBe(true);
  });
});

describe('parseAreasTsv', () => {
  const header = 'code\tparent\tlevel\tkind\tname\tpinyin\tinitials\txpcc_division\tname_en';

  it('names the line of a malformed row', () => {
    const text = `${header}\n650000\t\tprovince\t\t新疆\tXinjiang\tXJ\t\tXinjiang\n6532\t650000\tprefecture\n`;
    expect(() => parseAreasTsv(text)).toThrow(/line 3/);
  });

  it('rejects a level that disagrees with the code', () => {
    const text = `${header}\n653200\t650000\tcounty\t\t和田地区\tHetian Diqu\tHTDQ\t\tHotan Prefecture\n`;
    expect(() => parseAreasTsv(text)).toThrow(/line 2: code 653200 is not at level county/);
  });

  it('rejects a missing header', () => {
    expect(() => parseAreasTsv('650000\t\tprovince\t\t新疆\tXinjiang\tXJ\t\n')).toThrow(/line 1/);
  });
});
