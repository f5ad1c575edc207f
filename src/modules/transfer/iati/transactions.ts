/**
 * One IATI transaction of an imported activity (decision 0052): kept as read (its code, currency,
 * value, value date: iati_transactions) and, when it is of a ledger type with a positive value
 * convertible to yuan, entered in the ledger through the ledger's use case (in a savepoint: a
 * refusal becomes an error in the report and leaves nothing behind). Never dropped silently.
 */
import { sql } from 'kysely';
import type { Executor } from '../../../db/database.js';
import { DomainError } from '../../../domain/errors.js';
import { type ProblemCode, problem } from '../../../domain/problems.js';
import type { ServiceContext } from '../../core/context.js';
import { createTransaction } from '../../ledger/service.js';
import type { Reference } from '../../reference/reference.js';
import { convertAt, type Note } from './activity.js';
import { LEDGER_TYPE_OF } from './codes.js';
import type { IatiActivity, IatiTransaction } from './parse.js';
import { parseDecimal, type Rate } from './rates.js';

export interface IatiCounts {
  activities: number;
  transactions: number;
  transactionsSkipped: number;
  transactionsByType: Record<string, number>;
  existing: number;
}

/** What the transactions add to the report. */
export interface Tally {
  counts: IatiCounts;
  /** Transactions of types the ledger lacks, by code. */
  keptTypes: Map<string, number>;
  /** Values without a rate, by currency. */
  noRate: Map<string, number>;
  note: Note;
}

export async function importTransaction(
  c: ServiceContext,
  trx: Executor,
  rs: Map<string, Rate[]>,
  ref: Reference,
  a: IatiActivity,
  t: IatiTransaction,
  projectCode: string,
  projectId: number,
  tally: Tally,
): Promise<void> {
  const { counts, keptTypes, noRate, note: push } = tally;
  const currency = t.currency ?? a.defaultCurrency ?? null;
  const date = t.date ?? t.valueDate;
  const valueDate = t.valueDate ?? t.date;
  const ledgerType = LEDGER_TYPE_OF[t.type];
  const micro = parseDecimal(t.value);
  let reason: string | null = null;
  let fen: bigint | null = null;
  if (!ledgerType) reason = 'type';
  else if (micro === null || micro <= 0n) reason = 'value';
  else if (!date || !valueDate) reason = 'date';
  else if (!currency) reason = 'currency';
  else {
    fen = convertAt(rs, currency, valueDate, micro);
    if (fen === null) reason = 'rate';
    else if (fen <= 0n) reason = 'value';
  }
  let fundId: number | null = null;
  if (reason === null && ledgerType && fen !== null && date) {
    const provider = t.provider && ref.orgs.has(t.provider) ? t.provider : null;
    const receiver = t.receiver && ref.orgs.has(t.receiver) ? t.receiver : null;
    await sql`savepoint shanhai_iati_tx`.execute(trx);
    try {
      const view = await createTransaction(c, projectCode, {
        type: ledgerType,
        valueFen: Number(fen),
        date,
        planned: false,
        provider,
        receiver,
        note: t.description ? t.description.slice(0, 2000) : null,
      });
      await sql`release savepoint shanhai_iati_tx`.execute(trx);
      fundId = view.id;
    } catch (err) {
      await sql`rollback to savepoint shanhai_iati_tx`.execute(trx);
      await sql`release savepoint shanhai_iati_tx`.execute(trx);
      if (!(err instanceof DomainError)) throw err;
      reason = 'refused';
      const e = err.errors[0];
      push(
        'error',
        e ? problem(e.code as ProblemCode, e.params) : err.problem,
        t.line,
        'transaction',
        t.value,
      );
    }
  }
  if (reason === 'type') {
    const key = t.type || '?';
    keptTypes.set(key, (keptTypes.get(key) ?? 0) + 1);
  } else if (reason === 'rate' && currency) {
    noRate.set(currency, (noRate.get(currency) ?? 0) + 1);
  } else if (reason === 'value' || reason === 'date' || reason === 'currency') {
    push(
      'warning',
      problem(`iati.tx.${reason}` as ProblemCode, { value: t.value }),
      t.line,
      'transaction',
      t.value || null,
    );
  }
  if (fundId === null) counts.transactionsSkipped++;
  else counts.transactions++;
  await c.db
    .insertInto('iatiTransactions')
    .values({
      projectId,
      typeCode: t.type || '?',
      ledgerType: fundId === null ? null : (ledgerType ?? null),
      currency: currency ?? '',
      value: t.value,
      valueDate: valueDate ?? null,
      date: date ?? null,
      providerRef: t.provider ?? null,
      receiverRef: t.receiver ?? null,
      fundTransactionId: fundId,
      skippedReason: reason,
    })
    .execute();
}
