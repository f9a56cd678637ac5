import createClient, { type Client } from 'openapi-fetch';
import { exchange, invalidResponse, type Fetch, type HttpMethod, type RequestOptions } from './http';
import type { components, paths } from './schema';

/** The server's records by their OpenAPI names, e.g. `Schema<'VacancyView'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Token, language and abort signal of one call; method and body come from the typed call itself. */
export type CallOptions = Omit<RequestOptions, 'method' | 'body'>;

// openapi-fetch builds a Request, which needs an absolute URL; only its path and query go to fetch, as in apiRequest.
const base = 'http://vaardig.invalid';

/**
 * A client typed by docs/openapi.json (paths, parameters, bodies and answers from src/api/schema.d.ts), so tsc fails
 * when the browser and the server disagree. Requests go through the same exchange as apiRequest: the token,
 * Accept-Language, same-origin credentials, and every failure as an ApiError with a problem document.
 */
export function api(options: CallOptions = {}, fetchImpl?: Fetch): Client<paths> {
  return createClient<paths>({
    baseUrl: base,
    fetch: async (request) => {
      const url = new URL(request.url);
      const bodyText = request.body === null ? undefined : await request.text();
      const { status, json } = await exchange(url.pathname + url.search, { ...options, method: request.method as HttpMethod }, bodyText, fetchImpl);
      return json === undefined ? new Response(null, { status: 204 }) : Response.json(json, { status });
    },
  });
}

/** The body of a call that answers one; an empty answer where the contract promises a body is invalid. */
export async function answer<Data>(call: Promise<{ readonly data?: Data; readonly response: Response }>): Promise<Data> {
  const { data, response } = await call;
  if (data === undefined) {
    throw invalidResponse(response.status, 'The response has no body.', undefined);
  }
  return data;
}

/**
 * A record whose listed fields the server sends as null when they have no value: the document says every field is
 * there (AnswerFieldsDocumentation), not yet which may be null. The keys are checked against the schema.
 */
export type Nullable<Record, Keys extends keyof Record> = Omit<Record, Keys> & { readonly [Key in Keys]: Record[Key] | null };
