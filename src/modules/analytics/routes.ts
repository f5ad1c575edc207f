import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { configuredMeasureSetOf, MEASURE_SETS } from '../measures.js';
import { GRANULARITIES } from './measure.js';
import { queryAnalytics } from './query.js';
import { analyticsQueryBody, analyticsQueryView, measuresView } from './schema.js';

const tags = ['analytics'];

/**
 * The measures and the analytics query (decision 0024). Signed-in callers only (anonymous: 401);
 * each measure counts what the caller may see, so two callers may get different totals.
 */
export async function analyticsRoutes(app: App) {
  app.get(
    '/analytics/measures',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'The measures the analytics query knows: name, unit, labels, dimensions, period granularities',
        description:
          'A measure that lists `period` with the `year` granularity also answers the `year` dimension (the period at year granularity, as a number).',
        response: { 200: measuresView },
      },
    },
    async (request) => ({
      items: [
        ...MEASURE_SETS,
        // Indicators (decision 0048): the configured data elements and indicators, by code.
        await configuredMeasureSetOf(requestContext(app, request).db),
      ].flatMap((set) =>
        set.measures.map((m) => ({
          name: m.name,
          unit: m.unit,
          module: set.module,
          label: m.label,
          description: m.description,
          dimensions: [...m.dimensions],
          granularities: m.dimensions.includes('period')
            ? [...(m.granularities ?? GRANULARITIES)]
            : [],
        })),
      ),
    }),
  );

  app.post(
    '/analytics/query',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'Named measures, filtered and grouped, counted from the records the caller may see',
        description:
          'Each measure is computed in the database from the records (never a typed-in total), ' +
          'limited to what the caller may see: the programme office and auditors everything, a ' +
          'donor editor its donors’ records and published ones, a recipient editor its areas’ ' +
          'records and published ones. Dimensions: programme, donor, area (area:<level>), period ' +
          '(at `granularity` year, quarter or month), year, projectType, stage, pairing (in-pair / ' +
          'cross-pair). Filters take the same keys: `programme`, `donor` (an organisation and its ' +
          'sub-organisations), `area` (its whole subtree), `period` (inclusive dates), ' +
          '`projectType`, `stage`, `pairing`. With no dimensions the answer is one row of totals; ' +
          '`totals: true` adds subtotal and grand-total rows (marked `_total`). An unknown measure, ' +
          'dimension, granularity or filter, or one a measure does not support, is a 422 naming ' +
          'the field (`measures.0`, `dimensions.1`, `granularity`, `filters.x`). No cache: the ' +
          'answer reads the records as they are at the request (a value written is in the next ' +
          'answer).',
        body: analyticsQueryBody,
        response: { 200: analyticsQueryView },
      },
    },
    async (request) => queryAnalytics(requestContext(app, request), request.body),
  );
}
