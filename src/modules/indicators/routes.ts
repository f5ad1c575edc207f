import { z } from 'zod';
import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, programmeCode, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { completeness } from './completeness.js';
import {
  createElement,
  createFormula,
  listElements,
  listFormulas,
  updateElement,
  updateFormula,
} from './definitions.js';
import { getForm } from './form.js';
import { saveForm } from './save-form.js';
import {
  codeParams,
  completenessQuery,
  completenessView,
  elementInput,
  elementPatch,
  elementView,
  formBody,
  formQuery,
  formulaInput,
  formulaPatch,
  formulaView,
  formView,
  setInput,
  setParams,
  setView,
  targetInput,
  targetList,
  targetsQuery,
  targetView,
} from './schema.js';
import { createSet, getSet, listSets, listTargets, putTarget } from './sets.js';

const tags = ['indicators'];

/**
 * The indicator model (decision 0048): data elements, indicators (formulas), indicator sets,
 * targets, the reporting form (read and batch-save) and reporting completeness. Reads: any
 * signed-in user; configuration: the programme office; values: `indicators.enter` (the
 * programme office, a recipient editor for its areas, a donor editor for its donor's values).
 */
export async function indicatorRoutes(app: App) {
  app.get(
    '/indicators/elements',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Data elements',
        response: { 200: z.object({ items: z.array(elementView) }) },
      },
    },
    async (request) => listElements(requestContext(app, request)),
  );
  app.post(
    '/indicators/elements',
    {
      config: { access: 'indicators.configure' },
      schema: {
        tags,
        summary: 'Define a data element',
        body: elementInput,
        response: { 201: elementView },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createElement(requestContext(app, request), request.body)),
  );
  app.patch(
    '/indicators/elements/:code',
    {
      config: { access: 'indicators.configure' },
      schema: {
        tags,
        summary: 'Rename a data element or change its aggregation (If-Match: 409 when stale)',
        params: codeParams,
        headers: ifMatchHeaders,
        body: elementPatch,
        response: { 200: elementView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateElement(
          requestContext(app, request),
          request.params.code,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
  app.get(
    '/indicators/formulas',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Indicators: formulas over elements, indicators and measures',
        response: { 200: z.object({ items: z.array(formulaView) }) },
      },
    },
    async (request) => listFormulas(requestContext(app, request)),
  );
  app.post(
    '/indicators/formulas',
    {
      config: { access: 'indicators.configure' },
      schema: {
        tags,
        summary: 'Define an indicator (422: malformed, unknown code, text element, cycle)',
        body: formulaInput,
        response: { 201: formulaView },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createFormula(requestContext(app, request), request.body)),
  );
  app.patch(
    '/indicators/formulas/:code',
    {
      config: { access: 'indicators.configure' },
      schema: {
        tags,
        summary: 'Change an indicator (If-Match: 409 when stale)',
        params: codeParams,
        headers: ifMatchHeaders,
        body: formulaPatch,
        response: { 200: formulaView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateFormula(
          requestContext(app, request),
          request.params.code,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
  app.get(
    '/indicators/sets',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Indicator sets, optionally of one programme',
        querystring: z.object({ programme: programmeCode.optional() }),
        response: { 200: z.object({ items: z.array(setView) }) },
      },
    },
    async (request) => listSets(requestContext(app, request), request.query.programme),
  );
  app.get(
    '/indicators/sets/:code',
    {
      config: { access: 'indicators.read' },
      schema: { tags, summary: 'One indicator set', params: setParams, response: { 200: setView } },
    },
    async (request, reply) =>
      withEtag(reply, await getSet(requestContext(app, request), request.params.code)),
  );
  app.post(
    '/indicators/sets',
    {
      config: { access: 'indicators.configure' },
      schema: {
        tags,
        summary: 'Define an indicator set for a programme',
        body: setInput,
        response: { 201: setView },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createSet(requestContext(app, request), request.body)),
  );
  app.get(
    '/indicators/targets',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Targets',
        querystring: targetsQuery,
        response: { 200: targetList },
      },
    },
    async (request) => listTargets(requestContext(app, request), request.query),
  );
  app.put(
    '/indicators/targets',
    {
      config: { access: 'indicators.configure' },
      schema: {
        tags,
        summary: 'Set a target for an element, area, period and optional donor',
        body: targetInput,
        response: { 200: targetView },
      },
    },
    async (request) => {
      const target = await putTarget(requestContext(app, request), request.body);
      if (!target) throw new Error('the target just stored was not found');
      return target;
    },
  );
  app.get(
    '/indicators/form',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary:
          'The reporting form of a set for one area, period and optional donor: values, previous period, target',
        querystring: formQuery,
        response: { 200: formView },
      },
    },
    async (request) => getForm(requestContext(app, request), request.query),
  );
  app.put(
    '/indicators/form',
    {
      config: { access: 'indicators.enter' },
      schema: {
        tags,
        summary: 'Save a reporting form: all values or none (422/403 naming the field)',
        body: formBody,
        response: { 200: formView },
      },
    },
    async (request) => saveForm(requestContext(app, request), request.body),
  );
  app.get(
    '/indicators/completeness',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Who has reported a set for a period: complete, partial, missing, late',
        querystring: completenessQuery,
        response: { 200: completenessView },
      },
    },
    async (request) => completeness(requestContext(app, request), request.query),
  );
}
