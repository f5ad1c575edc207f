import { todayUtc } from '../../domain/dates.js';
import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { bulkUpdateWarnings } from './bulk.js';
import { computeWarnings } from './compute.js';
import {
  bulkWarningBody,
  bulkWarningResult,
  computeBody,
  computeResult,
  updateWarningBody,
  warningList,
  warningListQuery,
  warningParams,
  warningSettings,
  warningSettingsBody,
  warningView,
} from './schema.js';
import { listWarnings, updateWarning } from './service.js';
import { getWarningSettings, putWarningSettings } from './settings.js';

const tags = ['warnings'];

/** Early warnings as a work queue: list, work one, compute on demand, settings. */
export async function warningRoutes(app: App) {
  app.get(
    '/warnings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The early-warning work queue',
        description:
          'Warnings on the projects the caller may see (as the registry), newest first. Kinds: ' +
          '`not-started`, `no-disbursement`, `stage-overdue`, `acceptance-pending`.',
        querystring: warningListQuery,
        response: { 200: warningList },
      },
    },
    async (request) => listWarnings(requestContext(app, request), request.query),
  );

  app.get(
    '/warnings/settings',
    {
      config: { access: 'warnings.settings' },
      schema: { tags, summary: 'The warnings’ settings', response: { 200: warningSettings } },
    },
    async (request) => getWarningSettings(requestContext(app, request)),
  );

  app.put(
    '/warnings/settings',
    {
      config: { access: 'warnings.settings' },
      schema: {
        tags,
        summary: 'Change the warnings’ settings',
        body: warningSettingsBody,
        response: { 200: warningSettings },
      },
    },
    async (request) => putWarningSettings(requestContext(app, request), request.body),
  );

  app.post(
    '/warnings/compute',
    {
      config: { access: 'warnings.compute' },
      schema: {
        tags,
        summary: 'Compute the warnings now',
        description:
          'New conditions become open warnings; open ones that no longer hold are resolved ' +
          'automatically; a resolved or dismissed warning is not reopened for the same occurrence.',
        body: computeBody,
        response: { 200: computeResult },
      },
    },
    async (request) =>
      computeWarnings(requestContext(app, request), request.body?.today ?? todayUtc()),
  );

  app.post(
    '/warnings/bulk',
    {
      config: { access: 'warnings.write' },
      schema: {
        tags,
        summary: 'Work many warnings at once (all or nothing)',
        description:
          'Take, acknowledge, resolve or dismiss 1–200 warnings, each with the version the caller ' +
          'saw, exactly as `PATCH /warnings/{id}` would one by one, in one transaction. If any ' +
          'item is refused (404, 403, stale version 409, 422) nothing changes; the answer is that ' +
          'item’s problem with a field error `items.<index>` (`warning.bulkItemRefused`).',
        body: bulkWarningBody,
        response: { 200: bulkWarningResult },
      },
    },
    async (request) => bulkUpdateWarnings(requestContext(app, request), request.body),
  );

  app.patch(
    '/warnings/:id',
    {
      config: { access: 'warnings.write' },
      schema: {
        tags,
        summary: 'Work a warning: status, owner, resolution note',
        description:
          'Resolving or dismissing needs `resolutionNote`. The programme office, a donor editor ' +
          'who may write the project, or a recipient editor of one of its areas. A warning on a ' +
          'project the caller may not see is 404; a stale `If-Match` is 409.',
        params: warningParams,
        headers: ifMatchHeaders,
        body: updateWarningBody,
        response: { 200: warningView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateWarning(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
