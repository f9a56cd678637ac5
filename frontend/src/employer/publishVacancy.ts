import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import type { VacancyRequest } from './newVacancyForm';

export interface PublishedVacancy {
  readonly id: string;
  readonly version: number;
}

/** POST /api/vacancies: the vacancy is stored and its "published" event leaves in the same transaction. */
export function publishVacancy(request: VacancyRequest, accessToken: string, fetchImpl?: Fetch): Promise<PublishedVacancy> {
  return apiRequest('/api/vacancies', parsePublished, { method: 'POST', body: request, accessToken }, fetchImpl);
}

function parsePublished(json: unknown): PublishedVacancy {
  if (!isRecord(json) || typeof json.id !== 'string' || typeof json.version !== 'number') {
    throw new Error('The published vacancy has no "id" and "version".');
  }
  return { id: json.id, version: json.version };
}
