import { acceptLanguage, fieldErrorsText, type ProblemParams, problemText } from './problemText.js';
import type { Problem } from './types.js';

/**
 * A failed API call: the HTTP status and the server's problem document (RFC 9457) with its code
 * and parameters. `message` is the problem in the interface's language (`problems.<code>`).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super();
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The problem's stable code, e.g. `project.exists` (docs/api-errors.md). */
  get code(): string | undefined {
    return this.problem.code;
  }

  get params(): ProblemParams {
    return this.problem.params ?? {};
  }

  /**
   * The problem in the interface's language, read when shown (it follows a language switch). A
   * refusal by a route's schema (`validation.*`) names each input at fault with its reason
   * ("预算：不能为负数；搜索词：最多 100 个字符").
   */
  override get message(): string {
    const server = this.problem.detail ?? this.problem.title ?? `HTTP ${this.status}`;
    const errors = this.problem.errors ?? [];
    if (this.problem.code?.startsWith('validation.') && errors.length > 0) {
      return fieldErrorsText(errors);
    }
    return problemText(this.problem.code, this.problem.params, server);
  }
}

type Query = Record<string, string | number | undefined | null>;

/** Builds `/api/...?a=b`, leaving out empty parameters. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readProblem(res: Response): Promise<Problem> {
  const text = await res.text().catch(() => '');
  if (text) {
    try {
      const body = JSON.parse(text) as unknown;
      if (body && typeof body === 'object') return body as Problem;
    } catch {
      // not JSON: fall through
    }
  }
  return { status: res.status, title: res.statusText || `HTTP ${res.status}` };
}

/** Calls the JSON API with the session cookie; throws ApiError on a non-2xx answer. */
export async function api<T>(
  path: string,
  init: {
    method?: string;
    query?: Query;
    body?: unknown;
    signal?: AbortSignal;
    headers?: Record<string, string>;
  } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, init.query), {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': acceptLanguage(),
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? null : JSON.stringify(init.body),
      signal: init.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { title: 'Network error', detail: String(err) });
  }
  if (!res.ok) throw new ApiError(res.status, await readProblem(res));
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
