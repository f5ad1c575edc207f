import { z } from 'zod';
import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { etagOf, ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { createProject } from './create.js';
import { deleteDocument, listDocuments, readDocument, uploadDocument } from './documents.js';
import { contentDisposition } from './files.js';
import { nextCode } from './next-code.js';
import { getProject } from './read.js';
import { listProjects } from './registry.js';
import { replaceResults } from './results.js';
import {
  createProjectBody,
  documentList,
  documentParams,
  documentView,
  MAX_DOCUMENT_BYTES,
  nextCodeQuery,
  nextCodeView,
  projectCodeParams,
  projectList,
  projectListQuery,
  projectTypeList,
  projectTypesBody,
  projectView,
  resultList,
  resultsBody,
  transitionBody,
  updateProjectBody,
  uploadDocumentBody,
} from './schema.js';
import { transitionProject } from './transitions.js';
import { listProjectTypes, putProjectTypes } from './types.js';
import { updateProject } from './update.js';

const tags = ['projects'];

/** Room for a 10 MiB file in base64 (4/3) plus the JSON around it. */
const UPLOAD_BODY_LIMIT = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 64 * 1024;

/**
 * Projects: the registry (public, filtered by what the caller may see), one project, changes,
 * stage transitions, results, documents; and the configurable project types.
 */
export async function projectRoutes(app: App) {
  app.get(
    '/projects',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The project registry',
        description:
          'Published projects for everyone; signed-in callers also see the unpublished projects ' +
          'their grants cover (their donors’ projects, projects in their areas; all for the ' +
          'programme office and auditors). `total` counts every match.',
        querystring: projectListQuery,
        response: { 200: projectList },
      },
    },
    async (request) => listProjects(requestContext(app, request), request.query),
  );

  app.get(
    '/project-codes/next',
    {
      config: { access: 'projects.write' },
      schema: {
        tags,
        summary: 'Suggest the next free project code for a programme, donor and year',
        description:
          '`<programme>-<year>-<donor>-<sequence>`, e.g. XJ-2026-BJ-0001: one past the highest ' +
          'sequence taken. For those who may create the donor’s projects.',
        querystring: nextCodeQuery,
        response: { 200: nextCodeView },
      },
    },
    async (request) => nextCode(requestContext(app, request), request.query),
  );

  app.get(
    '/projects/:code',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One project',
        description:
          'With each location classed in-pair / cross-pair on the approval date (or today). A ' +
          'project the caller may not see is 404, as if it did not exist.',
        params: projectCodeParams,
        response: { 200: projectView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getProject(requestContext(app, request), request.params.code)),
  );

  app.post(
    '/projects',
    {
      config: { access: 'projects.write' },
      schema: {
        tags,
        summary: 'Create a project, at any stage',
        description:
          'Donor shares and location shares are basis points summing to 10000. A livelihood ' +
          'share other than the type’s default needs `livelihoodReason`.',
        body: createProjectBody,
        response: { 201: projectView },
      },
    },
    async (request, reply) => {
      const project = await createProject(requestContext(app, request), request.body);
      return withEtag(reply.code(201), project);
    },
  );

  app.patch(
    '/projects/:code',
    {
      config: { access: 'projects.write' },
      schema: {
        tags,
        summary: 'Change a project (not its stage)',
        description:
          'Fields given replace the stored ones; `donors`, `locations` replace the lists; ' +
          '`stageDates` merges per stage. The stage changes only through ' +
          '`POST /api/projects/{code}/transitions`. `If-Match` (or `version`) guards against ' +
          'lost updates: a stale version is 409.',
        params: projectCodeParams,
        headers: ifMatchHeaders,
        body: updateProjectBody,
        response: { 200: projectView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateProject(
          requestContext(app, request),
          request.params.code,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.post(
    '/projects/:code/transitions',
    {
      config: { access: 'projects.transition' },
      schema: {
        tags,
        summary: 'Move a project to another stage',
        description:
          'Legal moves: one stage forward (approved → started may skip tendering); suspend ' +
          '(with a reason) before evaluation; resume a suspended project to the stage it was ' +
          'suspended from; cancel (with a reason) before acceptance. `accepted` is confirmed by ' +
          'the recipient side (a recipient editor of one of its locations, or the programme ' +
          'office). An illegal move is 422 on `to`.',
        params: projectCodeParams,
        headers: ifMatchHeaders,
        body: transitionBody,
        response: { 200: projectView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await transitionProject(
          requestContext(app, request),
          request.params.code,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.put(
    '/projects/:code/results',
    {
      config: { access: 'projects.write' },
      schema: {
        tags,
        summary: 'Replace the results of a project',
        description:
          'Jobs created, people trained, beneficiaries, output value (fen); targets ' +
          '(`planned: true`) and achieved figures, with female / male / ethnic-minority counts ' +
          'where known (female + male ≤ value).',
        params: projectCodeParams,
        headers: ifMatchHeaders,
        body: resultsBody,
        response: { 200: resultList },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await replaceResults(
          requestContext(app, request),
          request.params.code,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.post(
    '/projects/:code/documents',
    {
      config: { access: 'projects.write' },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Upload a document (JSON with the file in base64, at most 10 MiB)',
        description:
          'Accepted: PDF, PNG, JPEG, GIF, WebP, TIFF, Word, Excel, PowerPoint (97–2003 and ' +
          'OOXML), OpenDocument, zip, plain text and CSV; the content must match the declared ' +
          'type. Stored once per content (SHA-256). The `ETag` is the project’s new version.',
        params: projectCodeParams,
        headers: ifMatchHeaders,
        body: uploadDocumentBody,
        response: { 201: documentView },
      },
    },
    async (request, reply) => {
      const { document, version } = await uploadDocument(
        requestContext(app, request),
        request.params.code,
        request.body,
        versionFromIfMatch(request.headers['if-match']),
      );
      return reply.code(201).header('etag', etagOf(version)).send(document);
    },
  );

  app.get(
    '/projects/:code/documents',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The documents of a project',
        description: 'For signed-in callers who may see the project (404 otherwise).',
        params: projectCodeParams,
        response: { 200: documentList },
      },
    },
    async (request) => listDocuments(requestContext(app, request), request.params.code),
  );

  app.get(
    '/projects/:code/documents/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Download a document',
        description:
          'The file as uploaded, as an attachment (`Content-Disposition`), with ' +
          '`X-Content-Type-Options: nosniff` and a sandboxing Content-Security-Policy.',
        params: documentParams,
      },
    },
    async (request, reply) => {
      const doc = await readDocument(
        requestContext(app, request),
        request.params.code,
        request.params.id,
      );
      const type = doc.mediaType.startsWith('text/')
        ? `${doc.mediaType}; charset=utf-8`
        : doc.mediaType;
      return reply
        .header('content-type', type)
        .header('content-disposition', contentDisposition(doc.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-cache')
        .header('etag', `"${doc.sha256}"`)
        .send(doc.content);
    },
  );

  app.delete(
    '/projects/:code/documents/:id',
    {
      config: { access: 'projects.write' },
      schema: {
        tags,
        summary: 'Delete a document',
        description:
          'Those who write the project. `If-Match` (the project’s version) guards against lost ' +
          'updates: a stale version is 409. The history keeps the document’s name, size and ' +
          'hash; the content is removed once no document refers to it. The `ETag` is the ' +
          'project’s new version.',
        params: documentParams,
        headers: ifMatchHeaders,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const { version } = await deleteDocument(
        requestContext(app, request),
        request.params.code,
        request.params.id,
        versionFromIfMatch(request.headers['if-match']),
      );
      return reply.code(204).header('etag', etagOf(version)).send();
    },
  );

  app.get(
    '/project-types',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Project types with their default livelihood shares',
        response: { 200: projectTypeList },
      },
    },
    async (request) => listProjectTypes(requestContext(app, request)),
  );

  app.put(
    '/project-types',
    {
      config: { access: 'projectTypes.write' },
      schema: {
        tags,
        summary: 'Add or change project types',
        description:
          'One type or a list; each is added or, when its code exists, changed. Projects keep ' +
          'their livelihood shares; a changed default applies to projects created or re-typed ' +
          'afterwards. Returns every type.',
        body: projectTypesBody,
        response: { 200: projectTypeList },
      },
    },
    async (request) => putProjectTypes(requestContext(app, request), request.body),
  );
}
