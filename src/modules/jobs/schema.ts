import { z } from 'zod';
import { idParam, offset } from '../core/schemas.js';

export const jobStatus = z.enum(['queued', 'running', 'done', 'failed']);

export const jobView = z.object({
  id: z.number().int(),
  name: z.string().meta({ description: 'The job’s definition, e.g. `warnings.compute`' }),
  version: z.number().int(),
  payload: z.unknown(),
  status: jobStatus,
  runAt: z.string().meta({ description: 'When it is (or was) due' }),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  uniqueKey: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JobView = z.infer<typeof jobView>;

export const jobListQuery = z.object({
  status: jobStatus.optional(),
  name: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset,
});
export type JobListQuery = z.infer<typeof jobListQuery>;

export const jobList = z.object({ items: z.array(jobView), total: z.number().int() });
export const jobParams = z.object({ id: idParam });
