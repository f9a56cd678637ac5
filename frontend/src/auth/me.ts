import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { isLanguage, type Language } from '../i18n/dictionary';
import { arbeidsmarktregioNames } from '../regions/arbeidsmarktregios';
import { isRole, type Role } from './roles';

export interface Region {
  /** Arbeidsmarktregio code, e.g. "AM18". */
  readonly code: string;
  readonly name: string | null;
}

/** The logged-in user as GET /api/me describes them. */
export interface Me {
  readonly subject: string;
  readonly username: string;
  readonly name: string;
  /** Only the roles this frontend knows, in the server's order (the first decides the landing page). */
  readonly roles: readonly Role[];
  readonly regions: readonly Region[];
  readonly organisation: string | null;
  readonly language: Language | null;
}

export async function fetchMe(accessToken: string, fetchImpl?: Fetch): Promise<Me> {
  return apiRequest('/api/me', parseMe, { accessToken }, fetchImpl);
}

export function parseMe(json: unknown): Me {
  if (!isRecord(json)) {
    throw new Error('/api/me did not return an object.');
  }
  const subject = requiredString(json, 'subject');
  const username = requiredString(json, 'username');
  const name = typeof json.name === 'string' && json.name.trim() !== '' ? json.name : username;
  const roleValues = Array.isArray(json.roles) ? json.roles : [];
  return {
    subject,
    username,
    name,
    roles: roleValues.filter(isRole),
    regions: (Array.isArray(json.regions) ? json.regions : []).flatMap(parseRegion),
    organisation: organisationName(json.organisation),
    language: isLanguage(json.language) ? json.language : null,
  };
}

// A region may come as a bare code ("AM18") or as an object ({"code":"AM18","name":"Groot Amsterdam"}).
function parseRegion(value: unknown): Region[] {
  if (typeof value === 'string' && value.trim() !== '') {
    return [{ code: value, name: arbeidsmarktregioNames[value] ?? null }];
  }
  if (isRecord(value) && typeof value.code === 'string') {
    const name = typeof value.name === 'string' ? value.name : (arbeidsmarktregioNames[value.code] ?? null);
    return [{ code: value.code, name }];
  }
  return [];
}

// The organisation may come as a name or as an object with a name.
function organisationName(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') {
    return value;
  }
  if (isRecord(value) && typeof value.name === 'string') {
    return value.name;
  }
  return null;
}

function requiredString(json: Record<string, unknown>, member: string): string {
  const value = json[member];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`/api/me has no "${member}".`);
  }
  return value;
}
