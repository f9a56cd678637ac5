import { apiRequest, ignoreBody } from '../api/http';
import { isRecord } from '../api/problem';

/** One line of the audit trail: who (an organisation or role, never a person's name) did what, when. */
export interface AuditLine {
  readonly id: string;
  readonly at: string;
  readonly actorLabel: string;
  readonly actorRole: string;
  readonly action: string;
  readonly detail: string | null;
}

export interface AuditPage {
  readonly items: readonly AuditLine[];
  readonly limit: number;
  readonly offset: number;
  readonly total: number;
}

export const auditPageSize = 50;

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Error(`${field} is not a string`);
  return value;
}

export function parseAuditPage(json: unknown): AuditPage {
  if (!isRecord(json) || !Array.isArray(json.items)) throw new Error('not an audit page');
  return {
    items: json.items.map((item: unknown) => {
      if (!isRecord(item)) throw new Error('not an audit line');
      return {
        id: text(item.id, 'id'),
        at: text(item.at, 'at'),
        actorLabel: text(item.actorLabel, 'actorLabel'),
        actorRole: text(item.actorRole, 'actorRole'),
        action: text(item.action, 'action'),
        detail: typeof item.detail === 'string' ? item.detail : null,
      };
    }),
    limit: Number(json.limit),
    offset: Number(json.offset),
    total: Number(json.total),
  };
}

export function fetchAuditTrail(accessToken: string, offset: number, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest(`/api/me/audit?limit=${auditPageSize}&offset=${offset}`, parseAuditPage, { accessToken, signal });
}

/** The whole export (JSON-LD); the server logs it in the audit trail. */
export function fetchExport(accessToken: string): Promise<Record<string, unknown>> {
  return apiRequest(
    '/api/me/export',
    (json) => {
      if (!isRecord(json) || !('@context' in json)) throw new Error('not a JSON-LD export');
      return json;
    },
    { accessToken },
  );
}

export function eraseAccount(accessToken: string): Promise<void> {
  return apiRequest('/api/me', ignoreBody, { method: 'DELETE', accessToken });
}

/** The file name the server also gives: vaardig-mijn-gegevens-<date in the Netherlands>.jsonld */
export function exportFileName(now: Date = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return `vaardig-mijn-gegevens-${day}.jsonld`;
}

/** Hands the document to the browser as a file download. */
export function saveAsFile(document: Record<string, unknown>, fileName: string): void {
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/ld+json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  window.document.body.append(link);
  link.click();
  link.remove();
  // give the browser a moment to start the download before the address goes
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Remembered in this tab across the sign-out round trip, so the start page can confirm the erasure. */
export const erasedMarker = 'vaardig.privacy.accountErased';
