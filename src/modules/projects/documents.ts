/**
 * A project's documents: uploaded files stored in the database, content-addressed by SHA-256
 * in `file_blobs` (one copy of each content however often it is uploaded), so every app
 * instance sees them and a backup holds them.
 */
import { createHash } from 'node:crypto';
import { actorLabel } from '../../domain/access.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import { actorNames } from '../core/actor-names.js';
import type { ServiceContext } from '../core/context.js';
import { checkDocument, normalizeMediaType, sanitizeFilename } from './files.js';
import { presentDocument } from './presenters.js';
import { MAX_DOCUMENT_BYTES, type UploadDocumentInput } from './schema.js';
import { readableProject } from './scope.js';
import { writeProject } from './write.js';

type Ctx = ServiceContext;

/**
 * Adds a document to the project (those who write the project). The media type must be on the
 * allow-list and the content must match it; the filename is sanitised. A project write: version
 * bump and one history entry.
 */
export async function uploadDocument(
  ctx: Ctx,
  code: string,
  input: UploadDocumentInput,
  expectedVersion?: number,
) {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length > MAX_DOCUMENT_BYTES) {
    throw InvalidInputError.field('contentBase64', problem('document.tooLarge'));
  }
  const mediaType = normalizeMediaType(input.mediaType);
  const refused = checkDocument(mediaType, content);
  const filename = sanitizeFilename(input.filename);
  const sha256 = createHash('sha256').update(content).digest('hex');
  let documentId = 0;
  const { version } = await writeProject(ctx, code, {
    action: 'document-add',
    expectedVersion,
    check: ({ scope }) => authorize(ctx.actor, 'projects.write', scope),
    change: async ({ trx, project }) => {
      if (refused) throw InvalidInputError.field(refused.field, refused.problem);
      await trx
        .insertInto('fileBlobs')
        .values({ sha256, size: content.length, content })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      const inserted = await trx
        .insertInto('projectDocuments')
        .values({
          projectId: project.id,
          filename,
          mediaType,
          sha256,
          size: content.length,
          uploadedBy: actorLabel(ctx.actor),
          uploadedAt: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      documentId = inserted.id;
      return {};
    },
  });
  const row = await ctx.db
    .selectFrom('projectDocuments')
    .select(['id', 'filename', 'mediaType', 'size', 'sha256', 'uploadedBy', 'uploadedAt'])
    .where('id', '=', documentId)
    .executeTakeFirstOrThrow();
  const nameOf = await actorNames(ctx.db, [row.uploadedBy]);
  return { document: presentDocument(row, nameOf), version };
}

/** The documents of a project the actor may see (404 otherwise). */
export async function listDocuments(ctx: Ctx, code: string) {
  const { project } = await readableProject(ctx, code);
  const nameOf = await actorNames(
    ctx.db,
    project.documents.map((d) => d.uploadedBy),
  );
  return { items: project.documents.map((d) => presentDocument(d, nameOf)) };
}

/** One document with its content, for download. @throws NotFoundError */
export async function readDocument(ctx: Ctx, code: string, id: number) {
  const { project } = await readableProject(ctx, code);
  const found = await ctx.db
    .selectFrom('projectDocuments as d')
    .innerJoin('fileBlobs as b', 'b.sha256', 'd.sha256')
    .select(['d.id', 'd.filename', 'd.mediaType', 'd.sha256', 'b.content'])
    .where('d.projectId', '=', project.id)
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!found) throw new NotFoundError(problem('document.notFound', { id, project: code }));
  return { ...found, content: Buffer.from(found.content) };
}

/**
 * Removes a document from the project (those who write the project). A project write: version
 * bump and one history entry (`document-delete`; the history keeps the document's name, size
 * and hash). The stored content goes too once no document of any project refers to it.
 * @throws NotFoundError when the project has no such document
 */
export async function deleteDocument(ctx: Ctx, code: string, id: number, expectedVersion?: number) {
  const { version } = await writeProject(ctx, code, {
    action: 'document-delete',
    expectedVersion,
    check: ({ scope }) => authorize(ctx.actor, 'projects.write', scope),
    change: async ({ trx, project }) => {
      const doc = project.documents.find((d) => d.id === id);
      if (!doc) throw new NotFoundError(problem('document.notFound', { id, project: code }));
      await trx.deleteFrom('projectDocuments').where('id', '=', id).execute();
      const still = await trx
        .selectFrom('projectDocuments')
        .select('id')
        .where('sha256', '=', doc.sha256)
        .limit(1)
        .executeTakeFirst();
      if (!still) await trx.deleteFrom('fileBlobs').where('sha256', '=', doc.sha256).execute();
      return {};
    },
  });
  return { version };
}
