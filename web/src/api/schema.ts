/**
 * The API's shapes, read from the generated types (`generated/openapi.ts`, written from the
 * server's OpenAPI document by `npm run api-types`). The web names a shape by its route, e.g.
 * `ApiResponse<'/api/projects/{code}', 'get'>`, and never writes one by hand: when the server
 * changes a schema, regenerating the types makes the type check show every screen it affects.
 */
import type { components, paths } from './generated/openapi.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every route of the API, as the OpenAPI document names it (`/api/projects/{code}`). */
export type ApiPath = keyof paths;

/** The methods a route answers. */
export type ApiMethod<P extends ApiPath> = {
  [M in Method]-?: [NonNullable<paths[P][M]>] extends [never] ? never : M;
}[Method];

type Operation<P extends ApiPath, M extends ApiMethod<P>> = NonNullable<paths[P][M]>;

type JsonContent<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;

/**
 * The JSON body of a route's success: its 200, else its 201; `void` for a 204 (no content).
 */
export type ApiResponse<P extends ApiPath, M extends ApiMethod<P>> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer Ok }
      ? JsonContent<Ok>
      : R extends { 201: infer Created }
        ? JsonContent<Created>
        : R extends { 204: unknown }
          ? undefined
          : never
    : never;

/** The JSON request body a route takes. */
export type ApiBody<P extends ApiPath, M extends ApiMethod<P>> = JsonContent<
  NonNullable<Operation<P, M>['requestBody']>
>;

/** The query parameters a route takes (all of them; those with a default are optional). */
export type ApiQuery<P extends ApiPath, M extends ApiMethod<P>> = NonNullable<
  Operation<P, M>['parameters']['query']
>;

/** An RFC 9457 problem document, as the server answers a refused or failed request. */
export type ServerProblem = components['schemas']['Problem'];
