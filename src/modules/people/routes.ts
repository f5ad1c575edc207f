import { z } from 'zod';
import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { etagOf, ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { listAccessLog } from './access-log.js';
import { getBatch, updateBatch } from './batch-view.js';
import { createBatch, listBatches, listKinds } from './batches.js';
import { listPersons } from './list.js';
import { createPerson, getPerson, publishPerson, updatePerson } from './persons.js';
import { updatePosting } from './posting-update.js';
import { addPosting, endPosting } from './postings.js';
import { counts, roster, termsEnding } from './rosters.js';
import {
  accessLogList,
  accessLogQuery,
  batchBody,
  batchIdParams,
  batchListQuery,
  batchPage,
  batchPageQuery,
  batchView,
  countsQuery,
  countsView,
  createPersonBody,
  endPostingBody,
  kindList,
  type PersonView,
  personIdParams,
  personList,
  personListQuery,
  personView,
  postingBody,
  postingIdParams,
  rosterList,
  rosterQuery,
  termsEndingQuery,
  updateBatchBody,
  updatePersonBody,
  updatePostingBody,
} from './schema.js';

const tags = ['people'];

/**
 * The person after a write to one of their postings, with the posting's version as the ETag: the
 * If-Match of that posting's next end or change (decision 0071).
 */
function withPostingEtag(
  reply: { header: (name: string, value: string) => unknown },
  postingId: number,
  person: PersonView,
): PersonView {
  const posting = person.postings.find((p) => p.id === postingId);
  if (posting) reply.header('etag', etagOf(posting.version));
  return person;
}

/** Aid personnel (干部人才): persons, postings, batches, rosters and the personal-data log. */
export async function peopleRoutes(app: App) {
  app.get(
    '/people/roster',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'Who is serving on a date in an area subtree and/or for a donor (paged)',
        description:
          'Only people the caller may see; phone, ID-card number and birth year masked unless the caller is the person’s donor or the programme office (then the read is logged).',
        querystring: rosterQuery,
        response: { 200: rosterList },
      },
    },
    async (request) => roster(requestContext(app, request), request.query),
  );

  app.get(
    '/people/terms-ending',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'Postings still running whose planned end is within N days',
        querystring: termsEndingQuery,
        response: { 200: rosterList },
      },
    },
    async (request) => termsEnding(requestContext(app, request), request.query),
  );

  app.get(
    '/people/counts',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary:
          'People serving on a date (or postings started per year) by donor, kind, batch, area or year',
        querystring: countsQuery,
        response: { 200: countsView },
      },
    },
    async (request) => counts(requestContext(app, request), request.query),
  );

  app.get(
    '/people/access-log',
    {
      config: { access: 'people.accessLog' },
      schema: {
        tags,
        summary: 'Reads of unmasked personal data, newest first (auditors, programme office)',
        querystring: accessLogQuery,
        response: { 200: accessLogList },
      },
    },
    async (request) => listAccessLog(requestContext(app, request), request.query),
  );

  app.get(
    '/people/kinds',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'Personnel kinds with their default terms and programmes’ own',
        response: { 200: kindList },
      },
    },
    async (request) => listKinds(requestContext(app, request)),
  );

  app.get(
    '/people/batches',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'Batches by donor (with its sub-organisations) and programme',
        querystring: batchListQuery,
        response: { 200: z.array(batchView) },
      },
    },
    async (request) => listBatches(requestContext(app, request), request.query),
  );

  app.post(
    '/people/batches',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary: 'Open a donor’s batch in a programme (numbers per donor and programme)',
        body: batchBody,
        response: { 201: batchView },
      },
    },
    async (request, reply) => {
      const batch = await createBatch(requestContext(app, request), request.body);
      return reply.code(201).send(batch);
    },
  );

  app.get(
    '/people/batches/:id',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'One batch with its postings and people (those the caller may see) and counts',
        params: batchIdParams,
        querystring: batchPageQuery,
        response: { 200: batchPage },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await getBatch(requestContext(app, request), request.params.id, request.query),
      ),
  );

  app.patch(
    '/people/batches/:id',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary: 'Change a batch’s number, name or start (If-Match: the batch’s version)',
        params: batchIdParams,
        headers: ifMatchHeaders,
        body: updateBatchBody,
        response: { 200: batchView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateBatch(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.get(
    '/people/persons',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'Persons the caller may see, with or without postings, by donor and name (paged)',
        description:
          'Personal data masked unless the caller is the person’s donor or the programme office (then the read is logged).',
        querystring: personListQuery,
        response: { 200: personList },
      },
    },
    async (request) => listPersons(requestContext(app, request), request.query),
  );

  app.post(
    '/people/persons',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary: 'Register a person sent by a donor',
        body: createPersonBody,
        response: { 201: personView },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createPerson(requestContext(app, request), request.body)),
  );

  app.get(
    '/people/persons/:id',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'One person with their postings (personal data masked unless their donor’s)',
        params: personIdParams,
        response: { 200: personView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getPerson(requestContext(app, request), request.params.id)),
  );

  app.patch(
    '/people/persons/:id',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary: 'Change a person’s fields (If-Match: the version)',
        params: personIdParams,
        headers: ifMatchHeaders,
        body: updatePersonBody,
        response: { 200: personView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updatePerson(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.post(
    '/people/persons/:id/publish',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary: 'Publish a person (any signed-in user then sees them, personal data masked)',
        params: personIdParams,
        headers: ifMatchHeaders,
        response: { 200: personView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await publishPerson(
          requestContext(app, request),
          request.params.id,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.post(
    '/people/persons/:id/postings',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary: 'Add a posting (If-Match: the person’s version)',
        params: personIdParams,
        headers: ifMatchHeaders,
        body: postingBody,
        response: { 201: personView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply.code(201),
        await addPosting(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.post(
    '/people/postings/:id/end',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary:
          'End a posting (before the planned end: with the reason; If-Match and ETag: the posting’s version)',
        params: postingIdParams,
        headers: ifMatchHeaders,
        body: endPostingBody,
        response: { 200: personView },
      },
    },
    async (request, reply) =>
      withPostingEtag(
        reply,
        request.params.id,
        await endPosting(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.patch(
    '/people/postings/:id',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary:
          'Change a posting: any field the create accepts, by the same rules (If-Match and ETag: the posting’s version)',
        params: postingIdParams,
        headers: ifMatchHeaders,
        body: updatePostingBody,
        response: { 200: personView },
      },
    },
    async (request, reply) =>
      withPostingEtag(
        reply,
        request.params.id,
        await updatePosting(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
