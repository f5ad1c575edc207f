import { describe, expect, it } from 'vitest';
import { evaluate, type ProjectFacts, RULES } from '../../src/domain/data-quality.js';

/** A project in good order at the 'completed' stage: no rule fires. */
const clean = (): ProjectFacts => ({
  code: 'BJ-2024-001',
  stage: 'completed',
  stageBeforeSuspension: null,
  donors: [
    { orgCode: '110000', shareBp: 6000 },
    { orgCode: '310000', shareBp: 4000 },
  ],
  locations: [
    { areaCode: '653201', shareBp: 7000 },
    { areaCode: '653221', shareBp: 3000 },
  ],
  stageDates: {
    approved: { planned: '2024-01-15', actual: '2024-01-20' },
    tendering: { planned: '2024-02-01', actual: '2024-02-10' },
    started: { planned: '2024-03-01', actual: '2024-03-05' },
    completed: { planned: '2024-10-31', actual: '2024-11-10' },
  },
  budgetFen: 100_000_000,
  committedFen: 100_000_000,
  arrivedFen: 90_000_000,
  disbursedFen: 80_000_000,
  expendedFen: 70_000_000,
  approvalDate: '2024-01-20',
  implementingOrgCode: '110000-HQ',
  livelihoodShareBp: 10000,
  defaultLivelihoodBp: 10000,
  livelihoodReason: null,
});

const rulesOf = (p: ProjectFacts) => evaluate(p).map((f) => `${f.rule}@${f.field}`);

describe('data-quality rules', () => {
  it('finds nothing wrong with a project in good order', () => {
    expect(evaluate(clean())).toEqual([]);
  });

  it('declares each rule with an id, a severity and both languages', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(['critical', 'error', 'warning']).toContain(r.severity);
      expect(r.description.zh).not.toBe('');
      expect(r.description.en).not.toBe('');
    }
  });

  it('location shares must add up to 100% (critical)', () => {
    const p = { ...clean(), locations: [{ areaCode: '653201', shareBp: 7000 }] };
    const [f] = evaluate(p);
    expect(f).toMatchObject({
      rule: 'location-shares-sum',
      severity: 'critical',
      field: 'locations',
    });
    expect(f?.message.en).toContain('70%');
    expect(rulesOf({ ...clean(), locations: [] })).toEqual(['location-shares-sum@locations']);
  });

  it('donor shares must add up to 100% (critical)', () => {
    const p = { ...clean(), donors: [{ orgCode: '110000', shareBp: 10001 }] };
    expect(evaluate(p)).toEqual([
      expect.objectContaining({ rule: 'donor-shares-sum', severity: 'critical', field: 'donors' }),
    ]);
  });

  it('actual stage dates must follow the stage order (error), naming the later stage', () => {
    const p = clean();
    p.stageDates.started = { planned: '2024-03-01', actual: '2024-02-01' };
    expect(evaluate(p)).toEqual([
      expect.objectContaining({
        rule: 'actual-stage-order',
        severity: 'error',
        field: 'stageDates.started.actual',
      }),
    ]);
    // Stages without a date are skipped: completed is compared with tendering.
    const q = clean();
    q.stageDates.started = { planned: '2024-03-01', actual: null };
    q.stageDates.completed = { planned: '2024-10-31', actual: '2024-02-01' };
    expect(rulesOf(q)).toContain('actual-stage-order@stageDates.completed.actual');
  });

  it('planned stage dates out of order are a warning', () => {
    const p = clean();
    p.stageDates.completed = { planned: '2024-02-15', actual: '2024-11-10' };
    expect(evaluate(p)).toEqual([
      expect.objectContaining({
        rule: 'planned-stage-order',
        severity: 'warning',
        field: 'stageDates.completed.planned',
      }),
    ]);
  });

  it('disbursed above committed is a warning; equal is fine', () => {
    expect(rulesOf({ ...clean(), disbursedFen: 100_000_001 })).toEqual([
      'disbursed-within-committed@disbursedFen',
    ]);
    expect(evaluate({ ...clean(), disbursedFen: 100_000_000 })).toEqual([]);
    const [f] = evaluate({ ...clean(), disbursedFen: 100_000_001 });
    // in 万元 with separators (decision 0019), exact: one fen over is not rounded away
    expect(f?.message.zh).toBe('已拨付 100.000001 万元，超过承诺 100.00 万元');
    expect(f?.message.en).toBe(
      'disbursed 100.000001 × 10k yuan exceeds the 100.00 × 10k yuan committed',
    );
    const [g] = evaluate({ ...clean(), committedFen: 2_500_000_000, disbursedFen: 3_000_000_000 });
    expect(g?.message.zh).toBe('已拨付 3,000.00 万元，超过承诺 2,500.00 万元');
  });

  it('committed above budget is a warning', () => {
    const findings = evaluate({ ...clean(), committedFen: 100_000_001, disbursedFen: 0 });
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'committed-within-budget',
        severity: 'warning',
        field: 'committedFen',
      }),
    ]);
  });

  it('requires the fields of each stage reached (error)', () => {
    const reserve: ProjectFacts = {
      ...clean(),
      stage: 'reserve',
      stageDates: {},
      approvalDate: null,
      implementingOrgCode: null,
    };
    expect(evaluate(reserve)).toEqual([]);
    expect(rulesOf({ ...reserve, stage: 'approved' })).toEqual(['required-by-stage@approvalDate']);
    expect(rulesOf({ ...reserve, stage: 'tendering' })).toEqual([
      'required-by-stage@approvalDate',
      'required-by-stage@implementingOrgCode',
    ]);
    expect(rulesOf({ ...reserve, stage: 'evaluated' })).toEqual([
      'required-by-stage@approvalDate',
      'required-by-stage@implementingOrgCode',
      'required-by-stage@stageDates.started.actual',
      'required-by-stage@stageDates.completed.actual',
      'required-by-stage@stageDates.accepted.actual',
    ]);
    const accepted = { ...clean(), stage: 'accepted' as const };
    expect(rulesOf(accepted)).toEqual(['required-by-stage@stageDates.accepted.actual']);
    accepted.stageDates = {
      ...accepted.stageDates,
      accepted: { planned: null, actual: '2024-12-01' },
    };
    expect(evaluate(accepted)).toEqual([]);
  });

  it('a suspended project is held to the stage it had reached', () => {
    const p: ProjectFacts = {
      ...clean(),
      stage: 'suspended',
      stageBeforeSuspension: 'started',
      stageDates: {},
      implementingOrgCode: null,
    };
    expect(rulesOf(p)).toEqual([
      'required-by-stage@implementingOrgCode',
      'required-by-stage@stageDates.started.actual',
    ]);
  });

  it('a livelihood share that differs from the type’s default needs a reason (error)', () => {
    const p = { ...clean(), livelihoodShareBp: 2500 };
    expect(evaluate(p)).toEqual([
      expect.objectContaining({
        rule: 'livelihood-override-reason',
        severity: 'error',
        field: 'livelihoodReason',
      }),
    ]);
    expect(evaluate({ ...p, livelihoodReason: '   ' })).toHaveLength(1);
    expect(evaluate({ ...p, livelihoodReason: '含产业配套部分' })).toEqual([]);
  });

  it('orders findings most severe first', () => {
    const p = { ...clean(), disbursedFen: 200_000_000, locations: [], livelihoodShareBp: 0 };
    expect(evaluate(p).map((f) => f.severity)).toEqual(['critical', 'error', 'warning']);
  });
});
