import { describe, expect, it } from 'vitest';
import { idCardCheckCharacter, idCardFault, normalizeIdCard } from '../../src/domain/id-card.js';
import {
  maskIdCard,
  maskPersonalData,
  maskPhone,
  maskSnapshot,
} from '../../src/domain/personal-data.js';
import { defaultTermEnd, overlappingTerm } from '../../src/domain/postings.js';

describe('ID-card numbers (GB 11643 check character)', () => {
  it('accepts the standard’s own examples, the check character X included', () => {
    expect(idCardFault('11010519491231002X')).toBeNull();
    expect(idCardFault('11010519491231002x')).toBeNull();
    expect(idCardFault('440524188001010014')).toBeNull();
    expect(idCardCheckCharacter('11010519491231002')).toBe('X');
  });

  it('refuses a wrong check character, a false birth date and a malformed number', () => {
    expect(idCardFault('110105194912310021')).toBe('checkDigit');
    expect(idCardFault('440524188001010015')).toBe('checkDigit');
    expect(idCardFault('110105194902300021')).toBe('birthDate');
    expect(idCardFault('1101051949123100')).toBe('format');
    expect(idCardFault('11010519491231002Y')).toBe('format');
    expect(idCardCheckCharacter('12')).toBeNull();
  });

  it('stores numbers in upper case without spaces', () => {
    expect(normalizeIdCard(' 110105 19491231 002x ')).toBe('11010519491231002X');
  });
});

describe('masking personal data', () => {
  it('keeps the ends of a phone and an ID-card number and withholds the birth year', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdCard('11010519491231002X')).toBe('110*************2X');
    expect(maskPersonalData({ phone: null, idCardNumber: null, birthYear: 1980 })).toEqual({
      phone: null,
      idCardNumber: null,
      birthYear: null,
    });
    expect(maskPhone('123')).toBe('***');
  });

  it('masks a history snapshot’s personal fields, leaving the rest', () => {
    expect(
      maskSnapshot({ nameZh: '倪元', phone: '13812345678', birthYear: 1985, version: 2 }),
    ).toEqual({ nameZh: '倪元', phone: '138****5678', birthYear: null, version: 2 });
    expect(maskSnapshot(null)).toBeNull();
  });
});

describe('terms', () => {
  it('ends a default term the day before the same date months later', () => {
    expect(defaultTermEnd('2024-08-01', 18)).toBe('2026-01-31');
    expect(defaultTermEnd('2023-07-01', 36)).toBe('2026-06-30');
  });

  it('finds an overlapping posting of the same person, not the posting itself', () => {
    const others = [{ id: 1, termStart: '2022-01-01', endsOn: '2022-12-31' }];
    expect(overlappingTerm({ termStart: '2022-12-31', endsOn: '2023-06-30' }, others)?.id).toBe(1);
    expect(
      overlappingTerm({ termStart: '2023-01-01', endsOn: '2023-06-30' }, others),
    ).toBeUndefined();
    expect(
      overlappingTerm({ id: 1, termStart: '2022-03-01', endsOn: '2022-04-30' }, others),
    ).toBeUndefined();
  });
});
