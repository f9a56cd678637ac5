import { answer, api, type Nullable, type Schema } from '../api/client';
import { invalidResponse } from '../api/http';

/** One line of the audit trail: who (an organisation or role, never a person's name) did what, when. */
export type AuditLine = Nullable<Schema<'AuditLine'>, 'detail'>;

export type AuditPage = Omit<Schema<'AuditPage'>, 'items'> & { readonly items: readonly AuditLine[] };

export const auditPageSize = 50;

export function fetchAuditTrail(accessToken: string, offset: number, signal?: AbortSignal): Promise<AuditPage> {
  return answer(api({ accessToken, signal }).GET('/api/me/audit', { params: { query: { limit: auditPageSize, offset } } }));
}

/** The whole export (JSON-LD, an open document); the server logs it in the audit trail. */
export async function fetchExport(accessToken: string): Promise<Record<string, unknown>> {
  const document = await answer(api({ accessToken }).GET('/api/me/export'));
  if (!('@context' in document)) throw invalidResponse(200, 'not a JSON-LD export', undefined);
  return document;
}

export async function eraseAccount(accessToken: string): Promise<void> {
  await api({ accessToken }).DELETE('/api/me');
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
