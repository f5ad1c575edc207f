import { beforeAll, expect, it } from 'vitest';
import { createTransaction } from '../../src/modules/ledger/service.js';
import { updateProject } from '../../src/modules/projects/update.js';
import { AUTO_RESOLVED_NOTE, computeWarnings } from '../../src/modules/warnings/compute.js';
import { updateWarning } from '../../src/modules/warnings/service.js';
import { putWarningSettings } from '../../src/modules/warnings/settings.js';
import { describeEachDatabase } from '../support/db.js';
import { projectPerKind, system, TODAY, warningsOf } from './support.js';

describeEachDatabase('computing early warnings', (ctx) => {
  let p: Awaited<ReturnType<typeof projectPerKind>>;
  beforeAll(async () => {
    p = await projectPerKind(ctx.database);
  });

  it('detects each kind on its project, open, with one history entry for the run', async () => {
    const result = await computeWarnings(system(ctx.database), TODAY);
    expect(result).toMatchObject({ today: TODAY, created: 4, candidates: 4, autoResolved: 0 });
    const keys = async (code: string) =>
      (await warningsOf(ctx.database, code)).map((w) => [w.dedupeKey, w.status]);
    expect(await keys(p.notStarted)).toEqual([
      [`not-started:${p.notStarted}:started:2026-10-01`, 'open'],
    ]);
    expect(await keys(p.noDisbursement)).toEqual([
      [`no-disbursement:${p.noDisbursement}:started:2026-03-01`, 'open'],
    ]);
    expect(await keys(p.stageOverdue)).toEqual([
      [`stage-overdue:${p.stageOverdue}:completed:2026-11-01`, 'open'],
    ]);
    expect(await keys(p.acceptancePending)).toEqual([
      [`acceptance-pending:${p.acceptancePending}:accepted:2026-09-01`, 'open'],
    ]);
    const entry = await ctx.database.db
      .selectFrom('history')
      .selectAll()
      .where('entityType', '=', 'warnings')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe('compute');
    expect(entry.entityId).toBe(TODAY);
    expect(JSON.parse(entry.after ?? '{}')).toMatchObject({ created: 4 });
  });

  it('does not duplicate a warning on the next run', async () => {
    const result = await computeWarnings(system(ctx.database), TODAY);
    expect(result).toMatchObject({ created: 0, candidates: 4, autoResolved: 0 });
    expect(await warningsOf(ctx.database, p.notStarted)).toHaveLength(1);
  });

  it('resolves automatically an open warning whose condition no longer holds', async () => {
    await updateProject(system(ctx.database), p.notStarted, {
      stageDates: { started: { actual: '2026-11-20' } },
    });
    const result = await computeWarnings(system(ctx.database), TODAY);
    expect(result.autoResolved).toBe(1);
    const [w] = await warningsOf(ctx.database, p.notStarted);
    expect(w).toMatchObject({ status: 'resolved', resolutionNote: AUTO_RESOLVED_NOTE, version: 2 });
  });

  it('keeps a dismissed warning closed for the same occurrence, and opens a new one for a new occurrence', async () => {
    const [w] = await warningsOf(ctx.database, p.noDisbursement);
    if (!w) throw new Error('no warning');
    await updateWarning(system(ctx.database), w.id, {
      status: 'dismissed',
      resolutionNote: '资金按季度拨付',
    });
    const again = await computeWarnings(system(ctx.database), TODAY);
    expect(again).toMatchObject({ created: 0, stillClosed: 1 });
    expect((await warningsOf(ctx.database, p.noDisbursement))[0]?.status).toBe('dismissed');

    await createTransaction(system(ctx.database), p.noDisbursement, {
      type: 'disbursement',
      valueFen: 100,
      date: '2026-04-01',
      planned: false,
    });
    const fresh = await computeWarnings(system(ctx.database), TODAY);
    expect(fresh.created).toBe(1);
    expect(
      (await warningsOf(ctx.database, p.noDisbursement)).map((x) => [x.dedupeKey, x.status]),
    ).toEqual([
      [`no-disbursement:${p.noDisbursement}:started:2026-03-01`, 'dismissed'],
      [`no-disbursement:${p.noDisbursement}:started:2026-04-01`, 'open'],
    ]);
  });

  it('counts months without disbursement from the setting in the meta table', async () => {
    await putWarningSettings(system(ctx.database), { noDisbursementMonths: 12 });
    const stored = await ctx.database.db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', 'warnings.noDisbursementMonths')
      .executeTakeFirstOrThrow();
    expect(stored.value).toBe('12');
    await computeWarnings(system(ctx.database), TODAY);
    expect((await warningsOf(ctx.database, p.noDisbursement)).map((x) => x.status)).toEqual([
      'dismissed',
      'resolved',
    ]);
    await putWarningSettings(system(ctx.database), { noDisbursementMonths: 6 });
  });
});
