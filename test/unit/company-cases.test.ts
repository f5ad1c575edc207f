import { describe, expect, it } from 'vitest';
import {
  FROZEN_OFF_WEEKDAYS,
  FROZEN_WORKED_WEEKENDS,
} from '../../src/db/migrations/0038_case_holidays.js';
import {
  CHINA_HOLIDAY_CALENDAR,
  calendarAdjustments,
  isChinaWorkingDay,
} from '../../src/domain/china-holidays.js';
import {
  addWorkingDays,
  caseIsLate,
  caseMoveProblem,
  chinaDate,
  workingDaysBetween,
  workingDaysTo,
} from '../../src/domain/company-cases.js';

describe('the case status machine', () => {
  it('goes open → in_progress → resolved → closed, and reopens a resolved case', () => {
    expect(caseMoveProblem({ from: 'open', to: 'in_progress', responses: 0 })).toBeNull();
    expect(caseMoveProblem({ from: 'in_progress', to: 'resolved', responses: 1 })).toBeNull();
    expect(caseMoveProblem({ from: 'resolved', to: 'closed', responses: 1 })).toBeNull();
    expect(caseMoveProblem({ from: 'resolved', to: 'in_progress', responses: 1 })).toBeNull();
  });

  it('refuses skipping, going back from closed or rejected, and moving to the same status', () => {
    for (const [from, to] of [
      ['open', 'closed'],
      ['open', 'resolved'],
      ['closed', 'in_progress'],
      ['rejected', 'open'],
      ['open', 'open'],
    ] as const) {
      expect(caseMoveProblem({ from, to, responses: 3 })?.problem.code, `${from}→${to}`).toBe(
        'companyCase.badMove',
      );
    }
  });

  it('never resolves or closes a case without a response', () => {
    expect(caseMoveProblem({ from: 'in_progress', to: 'resolved', responses: 0 })).toEqual({
      field: 'to',
      problem: { code: 'companyCase.noResponse', params: { to: 'resolved' } },
    });
    expect(caseMoveProblem({ from: 'resolved', to: 'closed', responses: 0 })?.problem.code).toBe(
      'companyCase.noResponse',
    );
  });

  it('rejects only with a reason, naming the field', () => {
    expect(caseMoveProblem({ from: 'open', to: 'rejected', responses: 0, reason: '  ' })).toEqual({
      field: 'reason',
      problem: { code: 'companyCase.rejectReason', params: {} },
    });
    expect(
      caseMoveProblem({ from: 'in_progress', to: 'rejected', responses: 0, reason: '不属实' }),
    ).toBeNull();
  });
});

describe('working days (Monday–Friday, China dates)', () => {
  it('counts the weekdays after the first date up to the second', () => {
    // 2026-11-30 is a Monday.
    expect(workingDaysBetween('2026-11-30', '2026-11-30')).toBe(0);
    expect(workingDaysBetween('2026-11-30', '2026-12-01')).toBe(1);
    expect(workingDaysBetween('2026-12-04', '2026-12-07')).toBe(1); // Friday → Monday
    expect(workingDaysBetween('2026-12-05', '2026-12-06')).toBe(0); // Saturday → Sunday
    expect(workingDaysBetween('2026-11-30', '2026-12-14')).toBe(10);
    expect(workingDaysBetween('2026-11-30', '2026-12-16')).toBe(12);
    expect(workingDaysBetween('2026-12-16', '2026-11-30')).toBe(0);
  });

  it('adds working days over a weekend', () => {
    expect(addWorkingDays('2026-12-03', 3)).toBe('2026-12-08'); // Thu + 3 → Tue
    expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07'); // Sat + 1 → Mon
  });

  it('reads instants on the calendar of China (UTC+8)', () => {
    expect(chinaDate('2026-12-04T17:00:00.000Z')).toBe('2026-12-05');
    expect(chinaDate('2026-12-04T15:59:59.000Z')).toBe('2026-12-04');
    expect(workingDaysTo('2026-12-04T02:00:00.000Z', '2026-12-07T02:00:00.000Z')).toBe(1);
    expect(workingDaysTo('2026-12-04T02:00:00.000Z', null)).toBeNull();
  });

  it('a case with no response is late after N working days, not before', () => {
    const c = {
      status: 'open' as const,
      openedAt: '2026-12-03T02:00:00.000Z',
      firstResponseAt: null,
    };
    expect(caseIsLate(c, '2026-12-08T10:00:00.000Z', 3)).toBe(false); // the deadline day
    expect(caseIsLate(c, '2026-12-09T01:00:00.000Z', 3)).toBe(true);
    expect(caseIsLate({ ...c, firstResponseAt: '2026-12-04T00:00:00.000Z' }, '2027-01-01', 3)).toBe(
      false,
    );
    expect(caseIsLate({ ...c, status: 'rejected' }, '2027-01-01', 3)).toBe(false);
  });
});

describe('the late cut-off in SQL agrees with caseIsLate', () => {
  it('for every opening hour over three weeks and several deadlines', async () => {
    const { lateOpenedBefore } = await import('../../src/domain/company-cases.js');
    for (const n of [1, 3, 5]) {
      for (const now of ['2026-12-07T03:00:00.000Z', '2026-12-12T20:00:00.000Z']) {
        const cutoff = lateOpenedBefore(now, n);
        for (let h = 0; h < 21 * 24; h += 5) {
          const openedAt = new Date(
            Date.parse('2026-11-20T00:00:00.000Z') + h * 3600_000,
          ).toISOString();
          if (openedAt > now) continue;
          const c = { status: 'open' as const, openedAt, firstResponseAt: null };
          expect(openedAt < cutoff, `${n} ${now} ${openedAt}`).toBe(caseIsLate(c, now, n));
        }
      }
    }
  });
});

describe('working days on China’s official calendar (public holidays and 调休, decision 0066)', () => {
  it('skips the weekdays off and counts the weekend days worked', () => {
    // Spring Festival 2026: off Sun 15 – Mon 23 February; Sat 14 and Sat 28 February worked.
    expect(workingDaysBetween('2026-02-13', '2026-02-14')).toBe(1); // Fri → Sat worked
    expect(workingDaysBetween('2026-02-14', '2026-02-23')).toBe(0); // the whole festival
    expect(workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2); // Sat 14, Tue 24
    expect(workingDaysBetween('2026-02-27', '2026-03-02')).toBe(2); // Sat 28 worked, Mon 2
    // National Day 2025: off 1–8 October, Sun 28 September and Sat 11 October worked.
    expect(workingDaysBetween('2025-09-26', '2025-10-13')).toBe(7); // 28, 29, 30 Sep; 9, 10, 11, 13 Oct
    expect(workingDaysBetween('2025-09-30', '2025-10-09')).toBe(1);
    // A year the calendar does not list counts Monday to Friday.
    expect(workingDaysBetween('2030-01-31', '2030-02-07')).toBe(5);
  });

  it('adds working days past a holiday', () => {
    expect(addWorkingDays('2026-02-13', 3)).toBe('2026-02-25'); // Sat 14, Tue 24, Wed 25
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1)).toBe('2026-10-10'); // Sat 10 October worked
  });

  it('a case opened before the Spring Festival is not late during it', () => {
    const c = {
      status: 'open' as const,
      openedAt: '2026-02-13T02:00:00.000Z',
      firstResponseAt: null,
    };
    expect(caseIsLate(c, '2026-02-24T02:00:00.000Z', 3)).toBe(false);
    expect(caseIsLate(c, '2026-02-25T10:00:00.000Z', 3)).toBe(false); // the deadline day
    expect(caseIsLate(c, '2026-02-26T01:00:00.000Z', 3)).toBe(true);
  });

  it('walks day by day to the same count as the whole-week arithmetic', () => {
    for (let a = 0; a < 1_500; a += 13) {
      const from = new Date(Date.parse('2022-12-20T00:00:00Z') + a * 86_400_000)
        .toISOString()
        .slice(0, 10);
      for (const span of [0, 1, 3, 6, 9, 20, 45]) {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + span * 86_400_000)
          .toISOString()
          .slice(0, 10);
        let walked = 0;
        for (let d = from; d < to; ) {
          d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          if (isChinaWorkingDay(d)) walked++;
        }
        expect(workingDaysBetween(from, to), `${from} → ${to}`).toBe(walked);
      }
    }
  });

  it('lists only weekend days as worked, and the migration’s frozen copy agrees on 2023–2026', () => {
    for (const year of Object.values(CHINA_HOLIDAY_CALENDAR)) {
      for (const d of year.worked)
        expect([0, 6], d).toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
    }
    const adj = calendarAdjustments();
    expect(adj.filter((a) => a.delta < 0).map((a) => a.date)).toEqual(FROZEN_OFF_WEEKDAYS);
    expect(adj.filter((a) => a.delta > 0).map((a) => a.date)).toEqual(FROZEN_WORKED_WEEKENDS);
  });

  it('the late cut-off agrees with caseIsLate across the Spring Festival and National Day', async () => {
    const { lateOpenedBefore } = await import('../../src/domain/company-cases.js');
    for (const n of [1, 3, 5]) {
      for (const now of [
        '2026-02-24T03:00:00.000Z',
        '2026-02-27T20:00:00.000Z',
        '2025-10-10T02:00:00.000Z',
      ]) {
        const cutoff = lateOpenedBefore(now, n);
        for (let h = 0; h < 30 * 24; h += 5) {
          const openedAt = new Date(Date.parse(now) - h * 3600_000).toISOString();
          const c = { status: 'open' as const, openedAt, firstResponseAt: null };
          expect(openedAt < cutoff, `${n} ${now} ${openedAt}`).toBe(caseIsLate(c, now, n));
        }
      }
    }
  });
});
