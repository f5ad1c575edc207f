/**
 * The project stage machine (项目阶段): 储备 reserve → 立项 approved → 招标 tendering → 开工 started →
 * 完工 completed → 验收移交 accepted → 决算审计 audited → 绩效评价 evaluated, plus 暂停 suspended and
 * 取消 cancelled. Pure: no I/O.
 *
 * - Forward one step at a time; tendering may be skipped (approved → started), since not every
 *   project tenders. Never backwards, never to the same stage.
 * - Any stage before `evaluated` may be suspended; a suspended project resumes only to the stage
 *   it was suspended from (or is cancelled).
 * - A project may be cancelled before it is accepted (directly or while suspended); after
 *   acceptance the asset exists and is handed over, so it can only go on to audit and evaluation.
 * - `evaluated` and `cancelled` are terminal.
 */

/** The progress stages, in order. */
export const PROGRESS_STAGES = [
  'reserve',
  'approved',
  'tendering',
  'started',
  'completed',
  'accepted',
  'audited',
  'evaluated',
] as const;

/** Every stage a project can be in: the progress stages, suspended and cancelled. */
export const STAGES = [...PROGRESS_STAGES, 'suspended', 'cancelled'] as const;

export type ProgressStage = (typeof PROGRESS_STAGES)[number];
export type Stage = (typeof STAGES)[number];

/** Stages from which nothing moves on. */
export const TERMINAL_STAGES: readonly Stage[] = ['evaluated', 'cancelled'];

/** Moving to these stages needs a reason (why suspended, why cancelled). */
export const REASON_REQUIRED: readonly Stage[] = ['suspended', 'cancelled'];

/** Chinese names, for messages and the glossary. */
export const STAGE_NAMES_ZH: Record<Stage, string> = {
  reserve: '储备',
  approved: '立项',
  tendering: '招标',
  started: '开工',
  completed: '完工',
  accepted: '验收移交',
  audited: '决算审计',
  evaluated: '绩效评价',
  suspended: '暂停',
  cancelled: '取消',
};

export function isStage(text: string): text is Stage {
  return (STAGES as readonly string[]).includes(text);
}

export function isProgressStage(stage: Stage): stage is ProgressStage {
  return (PROGRESS_STAGES as readonly string[]).includes(stage);
}

/** Position of a progress stage (reserve 0 … evaluated 7). */
export function stageIndex(stage: ProgressStage): number {
  return PROGRESS_STAGES.indexOf(stage);
}

const CANCELLABLE_BEFORE = stageIndex('accepted');

/** Whether a project in this progress stage may still be cancelled (before acceptance). */
function cancellableFrom(stage: ProgressStage): boolean {
  return stageIndex(stage) < CANCELLABLE_BEFORE;
}

/**
 * The stages a project may move to from `stage`. For a suspended project pass the stage it was
 * suspended from: it may resume there, or be cancelled if that stage was before acceptance.
 */
export function nextStages(stage: Stage, stageBeforeSuspension?: ProgressStage | null): Stage[] {
  if (stage === 'cancelled' || stage === 'evaluated') return [];
  if (stage === 'suspended') {
    if (!stageBeforeSuspension) return ['cancelled'];
    return cancellableFrom(stageBeforeSuspension)
      ? [stageBeforeSuspension, 'cancelled']
      : [stageBeforeSuspension];
  }
  const i = stageIndex(stage);
  const forward: Stage[] = [PROGRESS_STAGES[i + 1] as ProgressStage];
  if (stage === 'approved') forward.push('started');
  return [...forward, 'suspended', ...(cancellableFrom(stage) ? (['cancelled'] as const) : [])];
}

/**
 * A refused stage move: a problem code of the catalogue (problem-catalogue/projects.ts) with its
 * parameters, stage codes among them. (Not imported from problems.ts, which imports this file.)
 */
export interface StageRefusal {
  readonly code:
    | 'stage.already'
    | 'stage.final'
    | 'stage.resumeTo'
    | 'stage.noCancelSuspendedAfterAcceptance'
    | 'stage.noCancel'
    | 'stage.noSuspend'
    | 'stage.backwards'
    | 'stage.skips';
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Why the move `from` → `to` is not allowed, or null when it is. The reason is a sentence for
 * the caller (it is reported on the `to` field). Whether a reason text or the recipient side is
 * needed is asked separately ({@link REASON_REQUIRED}, {@link needsRecipient}).
 */
export function checkTransition(
  from: Stage,
  to: Stage,
  stageBeforeSuspension?: ProgressStage | null,
): StageRefusal | null {
  if (from === to) return { code: 'stage.already', params: { to } };
  if (TERMINAL_STAGES.includes(from)) return { code: 'stage.final', params: { from } };
  const allowed = nextStages(from, stageBeforeSuspension);
  if (allowed.includes(to)) return null;
  if (from === 'suspended') {
    return stageBeforeSuspension && to !== 'cancelled'
      ? { code: 'stage.resumeTo', params: { stage: stageBeforeSuspension } }
      : { code: 'stage.noCancelSuspendedAfterAcceptance', params: {} };
  }
  if (to === 'cancelled') return { code: 'stage.noCancel', params: { from } };
  if (to === 'suspended') return { code: 'stage.noSuspend', params: { from } };
  if (isProgressStage(from) && isProgressStage(to) && stageIndex(to) < stageIndex(from)) {
    return { code: 'stage.backwards', params: { from, to } };
  }
  const next = allowed.filter((s) => s !== 'suspended' && s !== 'cancelled');
  return { code: 'stage.skips', params: { from, to, next: next.join(',') } };
}

/**
 * Whether the move is an acceptance (验收移交), which the recipient side confirms. Resuming a
 * project that was suspended after acceptance is not a new acceptance.
 */
export function needsRecipient(from: Stage, to: Stage): boolean {
  return to === 'accepted' && from !== 'suspended';
}

/** The stage a project has reached in its progress: itself, or where it was suspended. */
export function reachedStage(
  stage: Stage,
  stageBeforeSuspension: ProgressStage | null,
): ProgressStage | null {
  if (isProgressStage(stage)) return stage;
  return stageBeforeSuspension;
}
