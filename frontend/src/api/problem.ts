/** One invalid input, as listed in the `errors` extension of a problem document. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** An RFC 9457 problem document, normalised: `type` and `title` are always present. */
export interface ProblemDetail {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors: readonly FieldError[];
}

/**
 * Why a request failed: the server answered with an error (`http`), the server could not be reached
 * (`network`, status 0), or it answered something that is not what the contract promises
 * (`invalid-response`).
 */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly problem: ProblemDetail;

  constructor(kind: ApiErrorKind, problem: ProblemDetail, options?: { cause?: unknown }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, options);
    this.name = 'ApiError';
    this.kind = kind;
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const problemMediaType = 'application/problem+json';

/**
 * Builds the problem for a failed HTTP response. A body that is a problem document (by media type,
 * or JSON that has the problem members) is used as sent; anything else (an HTML error page from a
 * proxy, an empty body) becomes a problem with the HTTP status and reason phrase, so that pages
 * always have one shape to show.
 */
export function problemFromResponse(
  status: number,
  statusText: string,
  contentType: string | null,
  body: string,
): ProblemDetail {
  const fallback: ProblemDetail = {
    type: 'about:blank',
    title: statusText.trim() || `HTTP ${status}`,
    status,
    errors: [],
  };
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== problemMediaType && !mediaType.endsWith('json')) {
    return fallback;
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fallback;
  }
  return parseProblem(json, status) ?? fallback;
}

/** Reads a problem document; null when the value is not one (not an object, or no usable member). */
export function parseProblem(json: unknown, httpStatus: number): ProblemDetail | null {
  if (!isRecord(json)) {
    return null;
  }
  const title = nonBlankString(json.title);
  const detail = nonBlankString(json.detail);
  const type = nonBlankString(json.type);
  if (title === undefined && detail === undefined && type === undefined) {
    return null;
  }
  const status = typeof json.status === 'number' && Number.isInteger(json.status) ? json.status : httpStatus;
  const instance = nonBlankString(json.instance);
  return {
    type: type ?? 'about:blank',
    title: title ?? `HTTP ${status}`,
    status,
    ...(detail !== undefined ? { detail } : {}),
    ...(instance !== undefined ? { instance } : {}),
    errors: parseFieldErrors(json.errors),
  };
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((entry): FieldError[] => {
    if (!isRecord(entry)) {
      return [];
    }
    const field = nonBlankString(entry.field);
    const message = nonBlankString(entry.message);
    return field !== undefined && message !== undefined ? [{ field, message }] : [];
  });
}

export function networkProblem(): ProblemDetail {
  return { type: 'about:blank', title: 'Network error', status: 0, errors: [] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonBlankString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
