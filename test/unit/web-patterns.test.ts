import { describe, expect, it } from 'vitest';
import { areaCode } from '../../src/modules/core/schemas.js';
import { projectCode } from '../../src/modules/projects/schema.js';
import { AREA_CODE, PROJECT_CODE } from '../../web/src/lib/patterns.js';

const AREA_SAMPLES = [
  '65',
  '6532',
  '653201',
  '653201001',
  '653201001001',
  ' 653201 ',
  '653201\n',
  '00',
  '0012',
  '001234',
  '6',
  '653',
  '65320',
  '6532010',
  '65320100',
  '6532010010',
  '65320100100',
  '6532010010010',
  '',
  ' ',
  '65 32',
  '-65',
  '1e5',
  '653200.0',
  'abcdef',
  '６５３２０１',
];

const PROJECT_SAMPLES = [
  'XJ-2025-BJ-0001',
  'a',
  '0',
  'a.b_c-d',
  'A'.repeat(64),
  'A'.repeat(65),
  '-abc',
  '.abc',
  '_abc',
  'ab c',
  ' abc',
  'abc ',
  'abc/def',
  '项目1',
  'ＸＪ1',
  '',
];

describe("the web app's code patterns agree with the server's schemas", () => {
  it.each(AREA_SAMPLES)('area code %j', (sample) => {
    expect(AREA_CODE.test(sample)).toBe(areaCode.safeParse(sample).success);
  });

  it.each(PROJECT_SAMPLES)('project code %j', (sample) => {
    expect(PROJECT_CODE.test(sample)).toBe(projectCode.safeParse(sample).success);
  });

  it('the samples include codes both accept and codes both refuse', () => {
    const verdicts = (pattern: RegExp, samples: string[]) =>
      new Set(samples.map((s) => pattern.test(s)));
    expect(verdicts(AREA_CODE, AREA_SAMPLES)).toEqual(new Set([true, false]));
    expect(verdicts(PROJECT_CODE, PROJECT_SAMPLES)).toEqual(new Set([true, false]));
  });
});
