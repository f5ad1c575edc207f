import { describe, expect, it } from 'vitest';
import { areaName } from '../../web/src/lib/areaName.js';

const hotan = { name: '和田地区', nameEn: 'Hotan Prefecture', nameUg: 'خوتەن ۋىلايىتى' };
const wuchuan = { name: '武川县', nameEn: 'Wuchuan County', nameUg: null };

describe('areaName (decisions 0034, 0079)', () => {
  it('gives the Uyghur name on a Uyghur screen, the English one in English, else Chinese', () => {
    expect(areaName(hotan, 'ug')).toBe('خوتەن ۋىلايىتى');
    expect(areaName(hotan, 'en')).toBe('Hotan Prefecture');
    expect(areaName(hotan, 'zh-CN')).toBe('和田地区');
  });

  it('falls back to the Chinese name as an isolated run in Uyghur, never to English', () => {
    expect(areaName(wuchuan, 'ug')).toBe('\u2068武川县\u2069');
    expect(areaName({ name: '武川县' }, 'ug')).toBe('\u2068武川县\u2069');
    expect(areaName({ name: '武川县', nameEn: '' }, 'en')).toBe('武川县');
  });
});
