import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { jobList, jobListQuery, jobParams, jobView } from './schema.js';
import { listJobs, retryJob } from './service.js';

const tags = ['jobs'];

/** The background job queue for the programme office: inspect, and retry a failed job. */
export async function jobRoutes(app: App) {
  app.get(
    '/jobs',
    {
      config: { access: 'jobs.read' },
      schema: {
        tags,
        summary: 'The background jobs, newest first',
        description:
          'What ran, when, how many attempts, and the last error of a failing one (e.g. the daily `warnings.compute`).',
        querystring: jobListQuery,
        response: { 200: jobList },
      },
    },
    async (request) => listJobs(requestContext(app, request), request.query),
  );

  app.post(
    '/jobs/:id/retry',
    {
      config: { access: 'jobs.write' },
      schema: {
        tags,
        summary: 'Put a failed job back in the queue',
        description: 'Due now, attempts counted afresh; 409 unless the job has failed.',
        params: jobParams,
        response: { 200: jobView },
      },
    },
    async (request) => retryJob(requestContext(app, request), request.params.id),
  );
}
