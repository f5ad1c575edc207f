import { describe, expect, it } from 'vitest';
import { STAGES as MIGRATION_STAGES } from '../../src/db/migrations/0002_projects_funds.js';
import { renderProblem } from '../../src/domain/problems.js';
import {
  checkTransition,
  needsRecipient,
  nextStages,
  PROGRESS_STAGES,
  type ProgressStage,
  REASON_REQUIRED,
  reachedStage,
  STAGES,
  type Stage,
} from '../../src/domain/stages.js';

/** Every legal move from a progress stage, written out by hand (the specification). */
const LEGAL: Record<ProgressStage, Stage[]> = {
  reserve: ['approved', 'suspended', 'cancelled'],
  approved: ['tendering', 'started', 'suspended', 'cancelled'],
  tendering: ['started', 'suspended', 'cancelled'],
  started: ['completed', 'suspended', 'cancelled'],
  completed: ['accepted', 'suspended', 'cancelled'],
  accepted: ['audited', 'suspended'],
  audited: ['evaluated', 'suspended'],
  evaluated: [],
};

describe('the stage machine', () => {
  it('knows the same stages as the database check constraint', () => {
    expect([...STAGES]).toEqual(MIGRATION_STAGES);
  });

  for (const from of PROGRESS_STAGES) {
    for (const to of STAGES) {
      const legal = LEGAL[from].includes(to);
      it(`${from} → ${to} is ${legal ? 'legal' : 'illegal'}`, () => {
        const reason = checkTransition(from, to);
        if (legal) expect(reason).toBeNull();
        else expect(reason?.code).toEqual(expect.stringMatching(/^stage\./));
        expect(nextStages(from).includes(to)).toBe(legal);
      });
    }
  }

  for (const before of PROGRESS_STAGES.filter((s) => s !== 'evaluated')) {
    const cancellable = LEGAL[before].includes('cancelled');
    for (const to of STAGES) {
      const legal = to === before || (to === 'cancelled' && cancellable);
      it(`suspended (from ${before}) → ${to} is ${legal ? 'legal' : 'illegal'}`, () => {
        const reason = checkTransition('suspended', to, before);
        if (legal) expect(reason).toBeNull();
        else expect(reason?.code).toEqual(expect.stringMatching(/^stage\./));
        expect(nextStages('suspended', before).includes(to)).toBe(legal);
      });
    }
  }

  it('lets a suspended project whose earlier stage is unknown only be cancelled', () => {
    expect(nextStages('suspended', null)).toEqual(['cancelled']);
    expect(checkTransition('suspended', 'started', null)?.code).toBe(
      'stage.noCancelSuspendedAfterAcceptance',
    );
  });

  it('treats cancelled and evaluated as terminal', () => {
    for (const from of ['cancelled', 'evaluated'] as const) {
      expect(nextStages(from)).toEqual([]);
      for (const to of STAGES) {
        expect(checkTransition(from, to)?.code).toMatch(/^stage\./);
      }
    }
  });

  /** The refusal in English and in Chinese. */
  const explain = (...args: Parameters<typeof checkTransition>) => {
    const refusal = checkTransition(...args);
    return refusal ? renderProblem(refusal) : null;
  };

  it('explains the refusal in either language, stages by name in Chinese', () => {
    const refusal = checkTransition('reserve', 'started');
    expect(refusal).toEqual({
      code: 'stage.skips',
      params: { from: 'reserve', to: 'started', next: 'approved' },
    });
    if (!refusal) throw new Error('reserve → started is refused');
    expect(renderProblem(refusal, 'zh')).toBe('储备 → 开工 跳过了阶段，下一阶段应为「立项」');
    expect(explain('approved', 'completed')).toMatch(/next is tendering or started/);
  });

  it('explains the refusal', () => {
    expect(explain('reserve', 'started')).toMatch(/skips a stage; next is approved/);
    expect(explain('completed', 'started')).toMatch(/do not go backwards/);
    expect(explain('started', 'started')).toMatch(/already started/);
    expect(explain('accepted', 'cancelled')).toMatch(/cannot be cancelled/);
    expect(explain('suspended', 'completed', 'started')).toMatch(/resumes only to started/);
    expect(explain('evaluated', 'suspended')).toMatch(/cannot change stage/);
  });

  it('asks for a reason when suspending or cancelling, and for the recipient on acceptance', () => {
    expect([...REASON_REQUIRED].sort()).toEqual(['cancelled', 'suspended']);
    expect(needsRecipient('completed', 'accepted')).toBe(true);
    expect(needsRecipient('suspended', 'accepted')).toBe(false);
    expect(needsRecipient('accepted', 'audited')).toBe(false);
  });

  it('tells the stage reached, through a suspension', () => {
    expect(reachedStage('started', null)).toBe('started');
    expect(reachedStage('suspended', 'tendering')).toBe('tendering');
    expect(reachedStage('cancelled', null)).toBeNull();
  });
});
