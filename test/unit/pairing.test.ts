import { describe, expect, it } from 'vitest';
import {
  classifyWork,
  donorsOn,
  type PairingSpan,
  validityEpochs,
} from '../../src/domain/pairing.js';

const span = (p: Partial<PairingSpan> & Pick<PairingSpan, 'id' | 'donorCode' | 'areaCode'>) => ({
  programme: 'xinjiang',
  validFrom: '2010-01-01',
  validTo: null,
  ...p,
});

const pairings: PairingSpan[] = [
  span({ id: 1, donorCode: '330000', areaCode: '652900' }), // Zhejiang → Aksu prefecture
  span({ id: 2, donorCode: '330100', areaCode: '652901', parentId: 1, validFrom: '2012-01-01' }),
  span({ id: 3, donorCode: '310000', areaCode: '650200', validFrom: '2014-01-01' }), // Karamay
  span({ id: 4, donorCode: '110000', areaCode: '653222', validTo: '2015-12-31' }), // ended
  span({ id: 5, donorCode: '310000', areaCode: '653130' }), // Bachu
];

const AKSU_CITY = ['652901', '652900', '650000'];
const KARAMAY_DUSHANZI = ['650202', '650200', '650000'];

describe('donorsOn', () => {
  it('inherits a prefecture pairing down to its counties, nearest first', () => {
    expect(donorsOn(pairings, AKSU_CITY, '2020-06-01')).toEqual([
      { donorCode: '330100', via: '652901', pairingId: 2, programme: 'xinjiang', sub: true },
      { donorCode: '330000', via: '652900', pairingId: 1, programme: 'xinjiang', sub: false },
    ]);
  });

  it('leaves out a pairing before its first day and keeps it on that day', () => {
    expect(donorsOn(pairings, KARAMAY_DUSHANZI, '2013-12-31')).toEqual([]);
    expect(donorsOn(pairings, KARAMAY_DUSHANZI, '2014-01-01').map((d) => d.donorCode)).toEqual([
      '310000',
    ]);
  });

  it('keeps an ended pairing on its last day and drops it the day after', () => {
    const moyu = ['653222', '653200', '650000'];
    expect(donorsOn(pairings, moyu, '2015-12-31')).toHaveLength(1);
    expect(donorsOn(pairings, moyu, '2016-01-01')).toEqual([]);
  });

  it('ignores pairings of sibling and child areas', () => {
    expect(donorsOn(pairings, ['652900', '650000'], '2020-01-01').map((d) => d.pairingId)).toEqual([
      1,
    ]);
    expect(donorsOn(pairings, ['652902', '652900', '650000'], '2020-01-01')).toHaveLength(1);
  });
});

describe('classifyWork', () => {
  const at = (donorOrgPath: string[], areaPath: string[], date = '2020-06-01') =>
    classifyWork({ donorOrgPath, areaPath, pairings, date });

  it('is in-pair for the donor itself and for its HQ (whose parent is the donor)', () => {
    expect(at(['310000'], ['653130', '653100', '650000'])).toBe('in-pair');
    expect(at(['310000-HQ', '310000'], ['653130', '653100', '650000'])).toBe('in-pair');
  });

  it('is in-pair in a county under a paired prefecture', () => {
    expect(at(['330000'], ['652926', '652900', '650000'])).toBe('in-pair');
  });

  it('is in-pair for a donor city through its province, and through its own sub-pairing', () => {
    expect(at(['330100', '330000'], ['652926', '652900', '650000'])).toBe('in-pair');
    expect(at(['330100', '330000'], AKSU_CITY)).toBe('in-pair');
  });

  it('does not let a province claim work through its city’s sub-pairing alone', () => {
    const only: PairingSpan[] = [span({ id: 9, donorCode: '330100', areaCode: '652901' })];
    expect(
      classifyWork({
        donorOrgPath: ['330000'],
        areaPath: AKSU_CITY,
        pairings: only,
        date: '2020-01-01',
      }),
    ).toBe('cross-pair');
  });

  it('is cross-pair for another donor’s county', () => {
    expect(at(['370000'], ['653130', '653100', '650000'])).toBe('cross-pair');
  });

  it('is cross-pair before a pairing starts and after it ends', () => {
    expect(at(['310000'], KARAMAY_DUSHANZI, '2013-06-30')).toBe('cross-pair');
    expect(at(['310000'], KARAMAY_DUSHANZI, '2014-06-30')).toBe('in-pair');
    expect(at(['110000'], ['653222', '653200', '650000'], '2016-01-01')).toBe('cross-pair');
  });
});

describe('classifyWork above county level', () => {
  const at = (donorOrgPath: string[], areaPath: string[], date: string) =>
    classifyWork({ donorOrgPath, areaPath, pairings, date });

  it('counts work for a whole prefecture as in-pair for a donor paired with a county inside it', () => {
    expect(at(['310000'], ['653100', '650000'], '2020-01-01')).toBe('in-pair'); // Bachu is in Kashgar
    expect(at(['110000'], ['653200', '650000'], '2014-01-01')).toBe('in-pair'); // Moyu, until 2015
    expect(at(['110000'], ['653200', '650000'], '2016-01-01')).toBe('cross-pair'); // ended
    expect(at(['370000'], ['653100', '650000'], '2020-01-01')).toBe('cross-pair'); // not paired there
  });

  it('does not make county work in-pair through a pairing with another county', () => {
    expect(at(['310000'], ['653131', '653100', '650000'], '2020-01-01')).toBe('cross-pair');
  });
});

describe('validityEpochs', () => {
  it('gives two dates the same key exactly when the same pairings are in force', () => {
    const epoch = validityEpochs(pairings);
    expect(epoch('2011-05-01')).toBe(epoch('2011-12-31')); // nothing changes in 2011
    expect(epoch('2011-12-31')).not.toBe(epoch('2012-01-01')); // Hangzhou's sub-pairing starts
    expect(epoch('2015-12-31')).not.toBe(epoch('2016-01-01')); // Beijing's Moyu pairing ended
    expect(epoch('2016-01-01')).toBe(epoch('2030-01-01'));
    expect(epoch('2009-01-01')).not.toBe(epoch('2010-01-01'));
  });
});
