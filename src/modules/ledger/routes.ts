import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { getDonorRates, getRates } from './rates.js';
import { donorRatesQuery, donorRatesView, ratesQuery, ratesView } from './rates-schema.js';
import {
  createTransactionBody,
  projectParams,
  reversalBody,
  transactionList,
  transactionListQuery,
  transactionParams,
  transactionView,
} from './schema.js';
import { createTransaction, listTransactions, reverseTransaction } from './service.js';

/** The fund ledger of each project (commitment, arrival, disbursement, expenditure) and the rates. */
export async function ledgerRoutes(app: App) {
  app.get(
    '/projects/:code/transactions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['ledger'],
        summary: 'The transactions of a project (as visible as the project itself)',
        params: projectParams,
        querystring: transactionListQuery,
        response: { 200: transactionList },
      },
    },
    async (request) =>
      listTransactions(requestContext(app, request), request.params.code, request.query),
  );

  app.post(
    '/projects/:code/transactions',
    {
      config: { access: 'ledger.write' },
      schema: {
        tags: ['ledger'],
        summary: 'Record a commitment, arrival, disbursement or expenditure (planned or actual)',
        params: projectParams,
        body: createTransactionBody,
        response: { 201: transactionView },
      },
    },
    async (request, reply) => {
      const tx = await createTransaction(
        requestContext(app, request),
        request.params.code,
        request.body,
      );
      return reply.code(201).send(tx);
    },
  );

  app.post(
    '/projects/:code/transactions/:id/reversal',
    {
      config: { access: 'ledger.write' },
      schema: {
        tags: ['ledger'],
        summary:
          'Reverse an entry made in error: records the opposite entry (the ledger is append-only)',
        params: transactionParams,
        body: reversalBody,
        response: { 201: transactionView },
      },
    },
    async (request, reply) => {
      const tx = await reverseTransaction(
        requestContext(app, request),
        request.params.code,
        request.params.id,
        request.body,
      );
      return reply.code(201).send(tx);
    },
  );

  app.get(
    '/rates',
    {
      config: { access: 'rates.read' },
      schema: {
        tags: ['ledger'],
        summary: 'Arrival, disbursement, investment-completion, start and completion rates',
        querystring: ratesQuery,
        response: { 200: ratesView },
      },
    },
    async (request) => getRates(requestContext(app, request), request.query),
  );

  app.get(
    '/rates/donors',
    {
      config: { access: 'rates.read' },
      schema: {
        tags: ['ledger'],
        summary: 'The rates of each donor for a programme and year',
        querystring: donorRatesQuery,
        response: { 200: donorRatesView },
      },
    },
    async (request) => getDonorRates(requestContext(app, request), request.query),
  );
}
