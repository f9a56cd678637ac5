import { ApiError, networkProblem, problemFromResponse } from './problem';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  readonly method?: HttpMethod;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Added as `Authorization: Bearer …` when present. */
  readonly accessToken?: string;
  readonly signal?: AbortSignal;
  /** Extra request headers, e.g. Accept-Language so that problem texts come in the page's language. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Error statuses whose body is still the answer, e.g. 503 from /actuator/health, which carries
   * the health document that says what is down.
   */
  readonly acceptStatuses?: readonly number[];
}

export type Fetch = typeof fetch;

/**
 * Calls the Vaardig API and returns the JSON body checked by `parse`. Every failure becomes an
 * ApiError with a problem document, so pages have one error shape to show. An aborted request
 * rethrows the AbortError untouched, because nobody is waiting for it any more.
 */
export async function apiRequest<T>(
  path: string,
  parse: (json: unknown) => T,
  options: RequestOptions = {},
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<T> {
  const { status, json } = await exchange(
    path,
    options,
    options.body === undefined ? undefined : JSON.stringify(options.body),
    fetchImpl,
  );
  try {
    return parse(json);
  } catch (error) {
    throw invalidResponse(status, error instanceof Error ? error.message : String(error), error);
  }
}

/**
 * One request and its answer: the status and the JSON body (undefined when empty). `bodyText` is the body already
 * serialised as JSON (options.body is not read). The typed client (api/client.ts) shares this with apiRequest.
 */
export async function exchange(
  path: string,
  options: RequestOptions,
  bodyText: string | undefined,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<{ readonly status: number; readonly json: unknown }> {
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json, application/problem+json' };
  if (options.accessToken) {
    headers.Authorization = `Bearer ${options.accessToken}`;
  }
  if (bodyText !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  let response: Response;
  try {
    response = await fetchImpl(path, {
      method: options.method ?? 'GET',
      headers,
      body: bodyText,
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (isAbort(error)) {
      throw error;
    }
    throw new ApiError('network', networkProblem(), { cause: error });
  }

  const text = await response.text();
  if (!response.ok && !(options.acceptStatuses ?? []).includes(response.status)) {
    throw new ApiError(
      'http',
      problemFromResponse(response.status, response.statusText, response.headers.get('Content-Type'), text),
    );
  }

  let json: unknown = undefined;
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw invalidResponse(response.status, 'The response body is not JSON.', error);
    }
  }
  return { status: response.status, json };
}

/** For endpoints that answer 204 No Content (or a body nobody needs). */
export function ignoreBody(): void {}

export function invalidResponse(status: number, detail: string, cause: unknown): ApiError {
  return new ApiError('invalid-response', { type: 'about:blank', title: 'Invalid response', status, detail, errors: [] }, { cause });
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
