/** The cases' setting, kept in `meta`: working days without a response before a case is late. */
import type { Executor } from '../../db/database.js';
import { DEFAULT_CASE_RESPONSE_WORKING_DAYS } from '../../domain/company-cases.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';

export const CASE_RESPONSE_DAYS_KEY = 'companies.caseResponseWorkingDays';

export interface CaseSettings {
  responseWorkingDays: number;
}

/** The setting in force (the default when not stored or not a whole number ≥ 1). */
export async function readCaseSettings(db: Executor): Promise<CaseSettings> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', CASE_RESPONSE_DAYS_KEY)
    .executeTakeFirst();
  const n = Number(row?.value);
  return {
    responseWorkingDays: Number.isSafeInteger(n) && n >= 1 ? n : DEFAULT_CASE_RESPONSE_WORKING_DAYS,
  };
}

export async function getCaseSettings(ctx: ServiceContext): Promise<CaseSettings> {
  authorize(ctx.actor, 'companies.read');
  return readCaseSettings(ctx.db);
}

/** Changes the setting (the programme office), with a history entry. */
export async function putCaseSettings(
  ctx: ServiceContext,
  input: CaseSettings,
): Promise<CaseSettings> {
  authorize(ctx.actor, 'companies.settings');
  return write(ctx, async (uow) => {
    const before = await readCaseSettings(uow.trx);
    const at = new Date().toISOString();
    const value = String(input.responseWorkingDays);
    await uow.trx
      .insertInto('meta')
      .values({ key: CASE_RESPONSE_DAYS_KEY, value, updatedAt: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: at }))
      .execute();
    uow.record({
      action: 'update',
      entityType: 'company-case-settings',
      entityId: 'companies',
      before,
      after: input,
    });
    return { responseWorkingDays: input.responseWorkingDays };
  });
}
