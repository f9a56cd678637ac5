import { describe, expect, it } from 'vitest';
import { ApiError, problemFromResponse } from './problem';

describe('reading problem+json error bodies', () => {
  it('aProblemDocumentIsReadWithAllItsMembers', () => {
    const body = JSON.stringify({
      type: 'https://vaardig.nl/problems/validation',
      title: 'Ongeldige invoer',
      status: 400,
      detail: 'De vacature is niet compleet.',
      instance: '/api/vacancies/42',
      errors: [
        { field: 'title', message: 'mag niet leeg zijn' },
        { field: 'region', message: 'onbekende arbeidsmarktregio' },
      ],
    });
    expect(problemFromResponse(400, 'Bad Request', 'application/problem+json', body)).toEqual({
      type: 'https://vaardig.nl/problems/validation',
      title: 'Ongeldige invoer',
      status: 400,
      detail: 'De vacature is niet compleet.',
      instance: '/api/vacancies/42',
      errors: [
        { field: 'title', message: 'mag niet leeg zijn' },
        { field: 'region', message: 'onbekende arbeidsmarktregio' },
      ],
    });
  });

  it('theMediaTypeMayCarryACharset', () => {
    const problem = problemFromResponse(403, 'Forbidden', 'application/problem+json; charset=utf-8', '{"title":"Forbidden","status":403}');
    expect(problem.title).toBe('Forbidden');
    expect(problem.type).toBe('about:blank');
    expect(problem.errors).toEqual([]);
  });

  it('malformedFieldErrorsAreLeftOutAndTheRestKept', () => {
    const body = JSON.stringify({ title: 'Ongeldig', status: 422, errors: [{ field: 'name' }, 'x', { field: 'email', message: 'ongeldig adres' }] });
    expect(problemFromResponse(422, '', 'application/problem+json', body).errors).toEqual([{ field: 'email', message: 'ongeldig adres' }]);
  });

  it('aMissingStatusMemberTakesTheHttpStatus', () => {
    expect(problemFromResponse(409, 'Conflict', 'application/problem+json', '{"title":"Al bezet"}').status).toBe(409);
  });

  it('anHtmlErrorPageBecomesAProblemWithTheReasonPhrase', () => {
    expect(problemFromResponse(502, 'Bad Gateway', 'text/html', '<html><body>Bad gateway</body></html>')).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      errors: [],
    });
  });

  it('anEmptyOrBrokenJsonBodyBecomesAProblemWithTheStatusCode', () => {
    expect(problemFromResponse(500, '', 'application/problem+json', '').title).toBe('HTTP 500');
    expect(problemFromResponse(500, '', 'application/json', '{not json').title).toBe('HTTP 500');
    expect(problemFromResponse(500, '', 'application/json', '[1,2]').title).toBe('HTTP 500');
  });

  it('theErrorCarriesTheProblemAndAReadableMessage', () => {
    const error = new ApiError('http', { type: 'about:blank', title: 'Niet gevonden', status: 404, detail: 'Geen vacature 7', errors: [] });
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(404);
    expect(error.message).toBe('Niet gevonden: Geen vacature 7');
  });
});
