/** Test data for projects: a valid request body with overrides, and a project created through the service. */
import type { Database } from '../../src/db/database.js';
import { type Actor, systemActor } from '../../src/domain/access.js';
import {
  type CreateProjectInput,
  createProjectBody,
  type ProjectView,
} from '../../src/modules/projects/schema.js';
import { createProject } from '../../src/modules/projects/service.js';

let sequence = 0;

/** A unique project code for this test process. */
export function nextProjectCode(prefix = 'T'): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${sequence}`;
}

/**
 * The body of `POST /api/projects`: a Beijing livelihood project in Hotan city (653201), approved,
 * 1 million yuan. Overrides replace whole fields.
 */
export function buildProjectInput(overrides: Partial<CreateProjectInput> = {}): CreateProjectInput {
  return {
    code: nextProjectCode(),
    name: { zh: '和田市安居房项目', en: 'Hotan housing project' },
    programme: 'xinjiang',
    donor: '110000',
    type: 'livelihood',
    stage: 'approved',
    approvalDate: '2024-03-01',
    budgetFen: 100_000_000,
    locations: [{ area: '653201', shareBp: 10000 }],
    ...overrides,
  };
}

/** Creates a project through the use case (as the system unless an actor is given). */
export async function createTestProject(
  database: Database,
  overrides: Partial<CreateProjectInput> = {},
  actor: Actor = systemActor('test'),
): Promise<ProjectView> {
  const input = createProjectBody.parse(buildProjectInput(overrides));
  return createProject({ actor, db: database.db }, input);
}
