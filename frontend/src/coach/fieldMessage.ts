import { isApiError } from '../api/problem';

/** The server's message for one field of a 400 problem (e.g. "share.name"), to show next to that field. */
export function fieldMessage(error: unknown, field: string): string | null {
  if (!isApiError(error) || error.kind !== 'http') return null;
  return error.problem.errors.find((e) => e.field === field)?.message ?? null;
}

/** Whether the problem has field errors (then the fields show them and the alert only says something failed). */
export function hasFieldErrors(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.problem.errors.length > 0;
}
