import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  detectWarnings,
  periodInWords,
  reportLateCandidate,
  type WarningFacts,
} from '../../src/domain/warnings.js';

const settings = { noDisbursementMonths: 6 };
const TODAY = '2026-06-15';

function facts(overrides: Partial<WarningFacts> = {}): WarningFacts {
  return {
    code: 'P1',
    stage: 'approved',
    stageBeforeSuspension: null,
    stageDates: {},
    lastDisbursementDate: null,
    ...overrides,
  };
}

const kinds = (f: WarningFacts, today = TODAY) =>
  detectWarnings(f, today, settings).map((c) => c.dedupeKey);

describe('date arithmetic', () => {
  it('adds days and months, clamping to the end of a shorter month', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-15', 6)).toBe('2026-02-15');
    expect(addMonths('2025-12-15', -12)).toBe('2024-12-15');
  });
});

describe('detectWarnings', () => {
  it('raises not-started once the planned start has passed, not on the day itself', () => {
    const f = facts({ stageDates: { started: { planned: '2026-06-01', actual: null } } });
    expect(kinds(f)).toEqual(['not-started:P1:started:2026-06-01']);
    expect(kinds(f, '2026-06-01')).toEqual([]);
    expect(kinds({ ...f, stage: 'started' })).toEqual([]);
  });

  it('raises stage-overdue for the next planned stage, skipping an unplanned tendering', () => {
    const completedLate = facts({
      stage: 'started',
      stageDates: {
        started: { planned: null, actual: '2026-05-01' },
        completed: { planned: '2026-06-01', actual: null },
      },
    });
    expect(kinds(completedLate)).toEqual(['stage-overdue:P1:completed:2026-06-01']);
    const tendering = facts({ stageDates: { tendering: { planned: '2026-01-01', actual: null } } });
    expect(kinds(tendering)).toEqual(['stage-overdue:P1:tendering:2026-01-01']);
    const noTendering = facts({
      stage: 'approved',
      stageDates: { completed: { planned: '2026-01-01', actual: null } },
    });
    expect(kinds(noTendering)).toEqual([]);
  });

  it('raises no-disbursement after N months from the last disbursement, else from the start', () => {
    const started = facts({
      stage: 'started',
      stageDates: { started: { planned: null, actual: '2025-12-01' } },
    });
    expect(kinds(started)).toEqual(['no-disbursement:P1:started:2025-12-01']);
    expect(kinds({ ...started, lastDisbursementDate: '2026-01-10' })).toEqual([]);
    expect(
      detectWarnings({ ...started, lastDisbursementDate: '2026-01-10' }, TODAY, {
        noDisbursementMonths: 3,
      }).map((c) => c.dedupeKey),
    ).toEqual(['no-disbursement:P1:started:2026-01-10']);
    expect(kinds({ ...started, stage: 'accepted' })).toEqual([]);
  });

  it('raises acceptance-pending more than 30 days after completion', () => {
    const f = facts({
      stage: 'completed',
      lastDisbursementDate: '2026-06-01',
      stageDates: { completed: { planned: null, actual: '2026-05-20' } },
    });
    expect(kinds(f)).toEqual([]);
    expect(kinds(f, '2026-06-19')).toEqual([]);
    expect(kinds(f, '2026-06-20')).toEqual(['acceptance-pending:P1:accepted:2026-05-20']);
  });

  it('raises nothing for suspended, cancelled or evaluated projects', () => {
    const dates = { started: { planned: '2026-01-01', actual: null } };
    for (const stage of ['suspended', 'cancelled', 'evaluated'] as const) {
      expect(kinds(facts({ stage, stageBeforeSuspension: 'approved', stageDates: dates }))).toEqual(
        [],
      );
    }
  });

  it('gives each candidate a bilingual message', () => {
    const [c] = detectWarnings(
      facts({ stageDates: { started: { planned: '2026-06-01', actual: null } } }),
      TODAY,
      settings,
    );
    expect(c?.message.zh).toContain('未开工');
    expect(c?.message.en).toContain('not started');
  });
});

describe('report-late (decision 0054)', () => {
  it('names the period in words in both languages', () => {
    expect(periodInWords('2025')).toEqual({ zh: '2025年', en: '2025' });
    expect(periodInWords('2026-H1')).toEqual({ zh: '2026年上半年', en: 'the first half of 2026' });
    expect(periodInWords('2026-Q3')).toEqual({ zh: '2026年第3季度', en: '2026 Q3' });
    expect(periodInWords('2026-11')).toEqual({ zh: '2026年11月', en: '2026-11' });
  });

  it('keys one report by set, period, area and donor, subject id 0', () => {
    const ref = { set: 's', period: '2026-H2', dueDate: '2027-01-30', area: '141123' };
    const none = reportLateCandidate({ ...ref, donor: null, entered: 0, expected: 3 });
    expect(none).toMatchObject({
      kind: 'report-late',
      subjectKind: 'report',
      subjectId: 0,
      dedupeKey: 'report-late:report:s:2026-H2:141123:-',
      since: '2027-01-30',
    });
    expect(none.message.zh).toBe('2026年下半年指标数据应于 2027-01-30 前报送，至今未报');
    const part = reportLateCandidate({ ...ref, donor: '310000', entered: 1, expected: 3 });
    expect(part.dedupeKey).toBe('report-late:report:s:2026-H2:141123:310000');
    expect(part.message.zh).toContain('仅报 1/3 项');
  });
});
