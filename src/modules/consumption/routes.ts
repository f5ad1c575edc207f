import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { recordHistoryList } from '../history/record-history.js';
import {
  bulkResult,
  bulkSalesBody,
  saleIdParams,
  saleInput,
  saleList,
  saleListQuery,
  saleSummary,
  saleSummaryQuery,
  saleView,
  updateSaleBody,
} from './schema.js';
import {
  createSale,
  createSales,
  getSale,
  listSales,
  saleHistory,
  summarizeSales,
  updateSale,
} from './service.js';

const tags = ['consumption'];

/** Consumption-aid sales (消费帮扶, 疆品南下). */
export async function consumptionRoutes(app: App) {
  app.get(
    '/consumption-sales',
    {
      config: { access: 'consumption.read' },
      schema: {
        tags,
        summary: 'Sales the caller may see, newest month first, with their total',
        querystring: saleListQuery,
        response: { 200: saleList },
      },
    },
    async (request) => listSales(requestContext(app, request), request.query),
  );

  app.get(
    '/consumption-sales/summary',
    {
      config: { access: 'consumption.read' },
      schema: {
        tags,
        summary: 'The filtered sales summed by channel, product category or month',
        querystring: saleSummaryQuery,
        response: { 200: saleSummary },
      },
    },
    async (request) => summarizeSales(requestContext(app, request), request.query),
  );

  app.post(
    '/consumption-sales',
    {
      config: { access: 'consumption.write' },
      schema: {
        tags,
        summary: 'Record one month’s sales of a product category through a channel',
        body: saleInput,
        response: { 201: saleView },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createSale(requestContext(app, request), request.body)),
  );

  app.post(
    '/consumption-sales/bulk',
    {
      config: { access: 'consumption.write' },
      schema: {
        tags,
        summary: 'Record up to 5,000 sales at once: all or nothing, each refused row named',
        body: bulkSalesBody,
        response: { 201: bulkResult },
      },
    },
    async (request, reply) => {
      const result = await createSales(requestContext(app, request), request.body.rows);
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/consumption-sales/:id',
    {
      config: { access: 'consumption.read' },
      schema: { tags, summary: 'One sale', params: saleIdParams, response: { 200: saleView } },
    },
    async (request, reply) =>
      withEtag(reply, await getSale(requestContext(app, request), request.params.id)),
  );

  app.get(
    '/consumption-sales/:id/history',
    {
      config: { access: 'consumption.readHistory' },
      schema: {
        tags,
        summary: "A sale's change history, newest first",
        params: saleIdParams,
        response: { 200: recordHistoryList },
      },
    },
    async (request) => saleHistory(requestContext(app, request), request.params.id),
  );

  app.patch(
    '/consumption-sales/:id',
    {
      config: { access: 'consumption.write' },
      schema: {
        tags,
        summary: 'Change a sale (If-Match: 409 when stale)',
        params: saleIdParams,
        headers: ifMatchHeaders,
        body: updateSaleBody,
        response: { 200: saleView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateSale(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
