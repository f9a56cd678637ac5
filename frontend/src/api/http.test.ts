import { describe, expect, it, vi } from 'vitest';
import { apiRequest, ignoreBody } from './http';
import { ApiError } from './problem';

const asIs = (json: unknown) => json;

function respond(status: number, body: string, contentType = 'application/json', statusText = '') {
  return vi.fn<typeof fetch>().mockResolvedValue(new Response(status === 204 ? null : body, { status, statusText, headers: { 'Content-Type': contentType } }));
}

describe('the API helper', () => {
  it('sendsTheAccessTokenAsABearerToken', async () => {
    const fetchImpl = respond(200, '{"ok":true}');
    await apiRequest('/api/me', asIs, { accessToken: 'abc.def' }, fetchImpl);
    const headers = fetchImpl.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer abc.def');
    expect(headers.Accept).toContain('application/problem+json');
  });

  it('sendsNoAuthorizationHeaderWithoutAToken', async () => {
    const fetchImpl = respond(200, '{}');
    await apiRequest('/api/public/config', asIs, {}, fetchImpl);
    const headers = fetchImpl.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(headers).not.toHaveProperty('Authorization');
  });

  it('sendsABodyAsJson', async () => {
    const fetchImpl = respond(204, '');
    await apiRequest('/api/me/preferences', ignoreBody, { method: 'PUT', body: { language: 'en' } }, fetchImpl);
    const init = fetchImpl.mock.calls[0]?.[1];
    expect(init?.method).toBe('PUT');
    expect(init?.body).toBe('{"language":"en"}');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('returnsTheParsedBody', async () => {
    await expect(apiRequest('/x', asIs, {}, respond(200, '{"name":"Sanne"}'))).resolves.toEqual({ name: 'Sanne' });
  });

  it('turnsAProblemResponseIntoAnApiErrorWithTheProblem', async () => {
    const fetchImpl = respond(403, '{"type":"about:blank","title":"Geen toegang","status":403,"detail":"Alleen voor beheerders"}', 'application/problem+json');
    const error = await apiRequest('/api/admin', asIs, {}, fetchImpl).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('http');
    expect((error as ApiError).problem).toMatchObject({ title: 'Geen toegang', status: 403, detail: 'Alleen voor beheerders' });
  });

  it('anUnreachableServerIsANetworkError', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await apiRequest('/api/me', asIs, {}, fetchImpl).catch((caught: unknown) => caught);
    expect((error as ApiError).kind).toBe('network');
    expect((error as ApiError).status).toBe(0);
  });

  it('anAnswerThatBreaksTheContractIsAnInvalidResponse', async () => {
    const parse = () => {
      throw new Error('no subject');
    };
    const error = await apiRequest('/api/me', parse, {}, respond(200, '{}')).catch((caught: unknown) => caught);
    expect((error as ApiError).kind).toBe('invalid-response');
    expect((error as ApiError).problem.detail).toBe('no subject');
  });

  it('aBodyThatIsNotJsonIsAnInvalidResponse', async () => {
    const error = await apiRequest('/api/me', asIs, {}, respond(200, '<html></html>', 'text/html')).catch((caught: unknown) => caught);
    expect((error as ApiError).kind).toBe('invalid-response');
  });

  it('anAcceptedErrorStatusStillReturnsItsBody', async () => {
    const body = await apiRequest('/actuator/health', asIs, { acceptStatuses: [503] }, respond(503, '{"status":"DOWN"}'));
    expect(body).toEqual({ status: 'DOWN' });
  });

  it('anAbortedRequestIsNotReportedAsANetworkError', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockRejectedValue(new DOMException('aborted', 'AbortError'));
    await expect(apiRequest('/x', asIs, {}, fetchImpl)).rejects.toHaveProperty('name', 'AbortError');
  });
});
