import { describe, expect, it } from 'vitest';
import { flowLines, lineWidth, within } from '../../web/src/map/paintFlows.js';

const donor = (code: string) => ({ code, name: code, nameEn: code });
const area = (code: string, level = 'county') => ({ code, name: code, nameEn: code, level });
const points: Record<string, [number, number]> = {
  '110000': [116.4, 39.9],
  '440000': [113.3, 23.1],
  '440300': [114.1, 22.6],
  '653221': [79.9, 37.1],
  '653200': [80.0, 37.0],
  '650200': [84.9, 45.6],
};

describe('flow lines: donor → recipient, valued by a measure', () => {
  it('within: a county lies in itself, its prefecture, its province (XPCC cities in 659000)', () => {
    expect(within('653221', '653221')).toBe(true);
    expect(within('653221', '653200')).toBe(true);
    expect(within('653221', '650000')).toBe(true);
    expect(within('659010', '659000')).toBe(true);
    expect(within('653221', '653100')).toBe(false);
    expect(within('653221', '653222')).toBe(false);
  });

  it("sums the recipient's counties, the donor's own rows only, and places both ends", () => {
    const rows = [
      { donor: '110000', 'area:county': '653221', funds: 300 },
      { donor: '440000', 'area:county': '653221', funds: 50 },
      { donor: '440300', 'area:county': '650203', funds: 7 },
      { donor: '440300', 'area:county': '650204', funds: 8 },
    ];
    const lines = flowLines(
      [
        { donor: donor('110000'), recipient: area('653221') },
        { donor: donor('440300'), recipient: area('650200', 'prefecture') },
        { donor: donor('110000'), recipient: null }, // organisation ↔ organisation: no line
      ],
      rows,
      'funds',
      true,
      points,
    );
    expect(lines.map((l) => [l.donor.code, l.recipient.code, l.value])).toEqual([
      ['110000', '653221', 300],
      ['440300', '650200', 15],
    ]);
    expect(lines[0]?.from).toEqual([116.4, 39.9]);
    expect(lines[1]?.from).toEqual([114.1, 22.6]); // a city donor at its own point
    expect(lines[1]?.to).toEqual([84.9, 45.6]);
  });

  it('without the donor dimension the recipient counts whole; a missing point is null', () => {
    const lines = flowLines(
      [{ donor: donor('120000'), recipient: area('659010', 'xpcc-city') }],
      [{ 'area:county': '659010', jobs: 4 }],
      'jobs',
      false,
      points,
    );
    expect(lines[0]?.value).toBe(4);
    expect(lines[0]?.from).toBeNull();
    expect(lines[0]?.to).toBeNull();
  });

  it("draws a donor's finer pairing only, so nothing is counted twice; one line per pair", () => {
    const lines = flowLines(
      [
        { donor: donor('110000'), recipient: area('653200', 'prefecture') },
        { donor: donor('110000'), recipient: area('653221') },
        { donor: donor('110000'), recipient: area('653221') },
        { donor: donor('440000'), recipient: area('653200', 'prefecture') },
      ],
      [],
      'funds',
      true,
      points,
    );
    expect(lines.map((l) => `${l.donor.code}>${l.recipient.code}`)).toEqual([
      '110000>653221',
      '440000>653200',
    ]);
  });

  it('line widths grow with the value, a thin dashed floor for none', () => {
    expect(lineWidth(0, 100)).toBe(1.5);
    expect(lineWidth(100, 100)).toBe(9);
    expect(lineWidth(25, 100)).toBe(5.5);
    expect(lineWidth(25, 100)).toBeLessThan(lineWidth(26, 100));
  });
});
