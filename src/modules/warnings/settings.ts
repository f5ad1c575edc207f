/** The warnings' settings, kept in the `meta` table: months without a disbursement before a warning. */
import type { Executor } from '../../db/database.js';
import { DEFAULT_NO_DISBURSEMENT_MONTHS, type WarningSettings } from '../../domain/warnings.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';
import type { WarningSettingsInput } from './schema.js';

export const NO_DISBURSEMENT_MONTHS_KEY = 'warnings.noDisbursementMonths';

/** The settings in force (defaults for what is not stored or not a whole number ≥ 1). */
export async function readWarningSettings(db: Executor): Promise<WarningSettings> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', NO_DISBURSEMENT_MONTHS_KEY)
    .executeTakeFirst();
  const n = Number(row?.value);
  return {
    noDisbursementMonths: Number.isSafeInteger(n) && n >= 1 ? n : DEFAULT_NO_DISBURSEMENT_MONTHS,
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
    const value = String(input.noDisbursementMonths);
    await trx
      .insertInto('meta')
      .values({ key: NO_DISBURSEMENT_MONTHS_KEY, value, updatedAt: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: at }))
      .execute();
    uow.record({
      action: 'update',
      entityType: 'warning-settings',
      entityId: 'warnings',
      before,
      after: input,
    });
    return { noDisbursementMonths: input.noDisbursementMonths };
  });
}
