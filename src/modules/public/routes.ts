/**
 * The public pages' figures (issue 10 point 7, issue 11 point 7, decision 0055): no sign-in,
 * rate-limited per address like every public route (src/http/rate-limit.ts), and cacheable:
 * each answer carries `Cache-Control: public, no-cache` and a strong ETag of its bytes, and an
 * `If-None-Match` naming it gets a 304 without a body. The figures are computed at every request
 * from the sums kept at every commit (decision 0051) as an anonymous caller sees them, so a
 * revalidated answer is never older than the last write.
 */
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { ANONYMOUS } from '../../domain/access.js';
import { NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { App } from '../core/routing.js';
import { loadReference } from '../reference/reference.js';
import { writeIatiExport } from '../transfer/iati/export.js';
import { writeIatiOrganisations } from '../transfer/iati/organisations.js';
import { mapCsv, pageCsv, rulesCsv } from './csv.js';
import { areaPage, donorPage, overview, publicMap, publicRules } from './figures.js';
import {
  areaParams,
  donorParams,
  publicAreaView,
  publicCsvQuery,
  publicDonorView,
  publicMapCsvQuery,
  publicMapQuery,
  publicMapView,
  publicPageView,
  publicQuery,
  publicRulesCsvQuery,
  publicRulesQuery,
  publicRulesView,
} from './schema.js';

const tags = ['public'];
const PUBLIC = { access: 'public' } as const;
const CACHE = 'public, no-cache';
const CSV = 'text/csv; charset=utf-8';
const csvResponse = z.string().meta({ description: 'CSV, UTF-8 with a BOM' });

const attachment = (name: string) =>
  `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Whether an If-None-Match header names the tag (or is `*`). */
export function matchesTag(header: string | string[] | undefined, tag: string): boolean {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(',') : header;
  return text
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === tag);
}

/** The service context of a public request: the anonymous actor, whoever asks. */
function publicContext(app: App, request: { id: unknown }) {
  return { actor: ANONYMOUS, db: app.deps.database.db, requestId: String(request.id) };
}

export async function publicRoutes(app: App) {
  // ETag and Cache-Control on every 200 of these routes; 304 when the client has the same bytes.
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 200) return payload;
    reply.header('cache-control', CACHE);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const tag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`;
    reply.header('etag', tag);
    if (matchesTag(request.headers['if-none-match'], tag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-disposition');
      return '';
    }
    return payload;
  });

  const notes =
    ' Published projects only, whoever asks (a signed-in caller gets the same figures). ' +
    'Cacheable: `Cache-Control: public, no-cache` and an ETag; `If-None-Match` with it gives a 304. ' +
    'Computed at each request from the sums kept at every commit: never older than the last write.';

  app.get(
    '/public/overview',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary:
          'The national dashboard: published projects, money and jobs, by year, donor and prefecture',
        description: `Money in integer fen.${notes}`,
        querystring: publicQuery,
        response: { 200: publicPageView },
      },
    },
    async (request) => overview(publicContext(app, request), request.query.programme),
  );

  app.get(
    '/public/overview/csv',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'The national dashboard’s figures as CSV',
        description: `UTF-8 with a BOM, money in yuan; text cells beginning with = + - @ are neutralised.${notes}`,
        querystring: publicCsvQuery,
        response: { 200: csvResponse },
      },
    },
    async (request, reply) => {
      const { programme, lang } = request.query;
      const page = await overview(publicContext(app, request), programme);
      return reply
        .header('content-type', CSV)
        .header('content-disposition', attachment(`shanhai-public-${programme}.csv`))
        .send(pageCsv(page, page.programme, lang));
    },
  );

  app.get(
    '/public/donors/:code',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'A donor’s published figures by year and prefecture',
        description: `The donor is a top organisation (a donor province or city); its sub-organisations’ projects count.${notes}`,
        params: donorParams,
        querystring: publicQuery,
        response: { 200: publicDonorView },
      },
    },
    async (request) =>
      donorPage(publicContext(app, request), request.query.programme, request.params.code),
  );

  app.get(
    '/public/donors/:code/csv',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'A donor’s published figures as CSV',
        description: `UTF-8 with a BOM, money in yuan.${notes}`,
        params: donorParams,
        querystring: publicCsvQuery,
        response: { 200: csvResponse },
      },
    },
    async (request, reply) => {
      const { programme, lang } = request.query;
      const page = await donorPage(publicContext(app, request), programme, request.params.code);
      return reply
        .header('content-type', CSV)
        .header('content-disposition', attachment(`shanhai-public-donor-${page.donor.code}.csv`))
        .send(pageCsv(page, page.donor, lang));
    },
  );

  app.get(
    '/public/areas/:code',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'An area’s published figures by year, donor and county',
        description: `The projects located in the area or below, money split by location shares.${notes}`,
        params: areaParams,
        querystring: publicQuery,
        response: { 200: publicAreaView },
      },
    },
    async (request) =>
      areaPage(publicContext(app, request), request.query.programme, request.params.code),
  );

  app.get(
    '/public/areas/:code/csv',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'An area’s published figures as CSV',
        description: `UTF-8 with a BOM, money in yuan.${notes}`,
        params: areaParams,
        querystring: publicCsvQuery,
        response: { 200: csvResponse },
      },
    },
    async (request, reply) => {
      const { programme, lang } = request.query;
      const page = await areaPage(publicContext(app, request), programme, request.params.code);
      return reply
        .header('content-type', CSV)
        .header('content-disposition', attachment(`shanhai-public-area-${page.area.code}.csv`))
        .send(pageCsv(page, page.area, lang));
    },
  );

  app.get(
    '/public/map',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'One published measure by county (the map)',
        description: `Money split by location shares; a project above county level counts at its own area.${notes}`,
        querystring: publicMapQuery,
        response: { 200: publicMapView },
      },
    },
    async (request) => {
      const { programme, measure, year } = request.query;
      return publicMap(publicContext(app, request), programme, measure, year ?? null);
    },
  );

  app.get(
    '/public/map/csv',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'The map’s measure by county as CSV',
        description: `UTF-8 with a BOM, money in yuan.${notes}`,
        querystring: publicMapCsvQuery,
        response: { 200: csvResponse },
      },
    },
    async (request, reply) => {
      const { programme, measure, year, lang } = request.query;
      const map = await publicMap(publicContext(app, request), programme, measure, year ?? null);
      return reply
        .header('content-type', CSV)
        .header('content-disposition', attachment(`shanhai-public-map-${measure}.csv`))
        .send(mapCsv(map, lang));
    },
  );

  app.get(
    '/public/rules',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'The two 80% rules of a year on published projects: each donor and the programme',
        description:
          'Decision 0068: the county-and-below and livelihood shares of actual disbursements ' +
          'dated in the year, counting published projects only, judged against the year’s ' +
          `thresholds; no culprits. Money in integer fen, shares in basis points.${notes}`,
        querystring: publicRulesQuery,
        response: { 200: publicRulesView },
      },
    },
    async (request) =>
      publicRules(publicContext(app, request), request.query.programme, request.query.year),
  );

  app.get(
    '/public/rules/csv',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'The two 80% rules on published projects as CSV',
        description: `UTF-8 with a BOM, money in yuan, shares in percent.${notes}`,
        querystring: publicRulesCsvQuery,
        response: { 200: csvResponse },
      },
    },
    async (request, reply) => {
      const { programme, year, lang } = request.query;
      const rules = await publicRules(publicContext(app, request), programme, year);
      return reply
        .header('content-type', CSV)
        .header('content-disposition', attachment(`shanhai-public-rules-${rules.year}.csv`))
        .send(rulesCsv(rules, lang));
    },
  );

  app.get(
    '/public/iati',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'The programme’s published projects as an IATI 2.03 activities file',
        description:
          'The export of decision 0052, streamed: published projects only, actual unreversed ' +
          'ledger entries. `Cache-Control: public, no-cache`; streamed, so no ETag.',
        querystring: publicQuery,
      },
    },
    async (request, reply) => {
      const { programme } = request.query;
      // An unknown programme is a 404 before the stream starts.
      await checkProgramme(app, programme);
      const out = new PassThrough();
      writeIatiExport(publicContext(app, request), programme, out).catch((err: unknown) => {
        request.log.error({ err }, 'public IATI export failed');
        out.destroy(err as Error);
      });
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', attachment(`shanhai-iati-${programme}.xml`))
        .send(out);
    },
  );

  app.get(
    '/public/iati-organisations',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary:
          'The donors of the programme’s published projects as an IATI 2.03 organisations file',
        description:
          'Decision 0067: one organisation per donor holding a share of a published project; ' +
          'its budgets per plan year (and per location) and its disbursements per year, from ' +
          'published projects only. `Cache-Control: public, no-cache`; streamed, so no ETag.',
        querystring: publicQuery,
      },
    },
    async (request, reply) => {
      const { programme } = request.query;
      await checkProgramme(app, programme);
      const out = new PassThrough();
      writeIatiOrganisations(publicContext(app, request), programme, out).catch((err: unknown) => {
        request.log.error({ err }, 'public IATI organisations export failed');
        out.destroy(err as Error);
      });
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', attachment(`shanhai-iati-organisations-${programme}.xml`))
        .send(out);
    },
  );
}

/** 404 naming the programme when there is none. */
async function checkProgramme(app: App, programme: string): Promise<void> {
  const ref = await loadReference(app.deps.database.db);
  if (!ref.programmes.has(programme)) {
    throw new NotFoundError(problem('programme.notFound', { code: programme }));
  }
}
