/** The shape of every error response, added to the OpenAPI document once. */
const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; see docs/api-errors.md for the types',
  required: ['type', 'title', 'status', 'detail', 'instance', 'requestId', 'code', 'params'],
  properties: {
    type: { type: 'string', examples: ['/problems/invalid-input'] },
    title: { type: 'string', description: 'In the language of Accept-Language (zh or en)' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'In the language of Accept-Language (zh or en)' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    code: {
      type: 'string',
      description: 'Stable problem code, e.g. project.exists (docs/api-errors.md)',
      examples: ['project.exists'],
    },
    params: { $ref: '#/components/schemas/ProblemParams' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'code', 'params', 'message'],
        properties: {
          field: { type: 'string' },
          code: { type: 'string' },
          params: { $ref: '#/components/schemas/ProblemParams' },
          message: { type: 'string', description: 'In the language of Accept-Language' },
        },
      },
    },
  },
};

/** The parameters of a problem code's template: codes, numbers, dates. */
const PROBLEM_PARAMS_SCHEMA = {
  type: 'object',
  additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
};

type Operation = { responses?: Record<string, unknown>; security?: unknown[] };
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
};

/**
 * Adds the problem+json error responses to every operation: 4XX for all, 401 where the route
 * needs a signed-in caller, 500 everywhere.
 */
export function withProblemResponses<T>(doc: T): T {
  const d = structuredClone(doc) as Document;
  d.components ??= {};
  d.components.schemas = {
    ...d.components.schemas,
    Problem: PROBLEM_SCHEMA,
    ProblemParams: PROBLEM_PARAMS_SCHEMA,
  };
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });
  for (const methods of Object.values(d.paths ?? {})) {
    for (const op of Object.values(methods)) {
      op.responses ??= {};
      op.responses['4XX'] ??= problem(
        'The request was refused; `errors` names the fields at fault',
      );
      if (op.security && op.security.length > 0) {
        op.responses['401'] ??= problem('Not signed in, or the session or token is not valid');
        op.responses['403'] ??= problem('The policy does not allow this action on this record');
      }
      op.responses['500'] ??= problem('A fault of the server; the request id is logged');
    }
  }
  return d as T;
}
