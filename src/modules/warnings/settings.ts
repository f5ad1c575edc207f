/**
 * The warnings' settings, kept in the `meta` table: months without a disbursement before a
 * warning, days before a term's planned end from which it is one. (A case's response deadline
 * is the companies' setting, `companies.caseResponseWorkingDays`.)
 */
import type { Executor } from '../../db/database.js';
import {
  DEFAULT_NO_DISBURSEMENT_MONTHS,
  DEFAULT_TERM_ENDING_DAYS,
  type WarningSettings,
} from '../../domain/warnings.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';
import type { WarningSettingsInput } from './schema.js';

export const NO_DISBURSEMENT_MONTHS_KEY = 'warnings.noDisbursementMonths';
export const TERM_ENDING_DAYS_KEY = 'warnings.termEndingDays';

/** The settings in force (defaults for what is not stored or not a whole number ≥ 1). */
export async function readWarningSettings(db: Executor): Promise<WarningSettings> {
  const rows = await db
    .selectFrom('meta')
    .select(['key', 'value'])
    .where('key', 'in', [NO_DISBURSEMENT_MONTHS_KEY, TERM_ENDING_DAYS_KEY])
    .execute();
  const whole = (key: string, fallback: number) => {
    const n = Number(rows.find((r) => r.key === key)?.value);
    return Number.isSafeInteger(n) && n >= 1 ? n : fallback;
  };
  return {
    noDisbursementMonths: whole(NO_DISBURSEMENT_MONTHS_KEY, DEFAULT_NO_DISBURSEMENT_MONTHS),
    termEndingDays: whole(TERM_ENDING_DAYS_KEY, DEFAULT_TERM_ENDING_DAYS),
  };
}

export async function getWarningSettings(ctx: ServiceContext): Promise<WarningSettings> {
  authorize(ctx.actor, 'warnings.settings');
  return readWarningSettings(ctx.db);
}

/** Changes the settings (the programme office), with a history entry. */
export async function putWarningSettings(
  ctx: ServiceContext,
  input: WarningSettingsInput,
): Promise<WarningSettings> {
  authorize(ctx.actor, 'warnings.settings');
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const before = await readWarningSettings(trx);
    const at = new Date().toISOString();
    const after: WarningSettings = {
      noDisbursementMonths: input.noDisbursementMonths,
      termEndingDays: input.termEndingDays ?? before.termEndingDays,
    };
    for (const [key, n] of [
      [NO_DISBURSEMENT_MONTHS_KEY, after.noDisbursementMonths],
      [TERM_ENDING_DAYS_KEY, after.termEndingDays],
    ] as const) {
      const value = String(n);
      await trx
        .insertInto('meta')
        .values({ key, value, updatedAt: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: at }))
        .execute();
    }
    uow.record({
      action: 'update',
      entityType: 'warning-settings',
      entityId: 'warnings',
      before,
      after,
    });
    return after;
  });
}
