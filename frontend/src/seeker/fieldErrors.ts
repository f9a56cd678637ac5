import { isApiError, type FieldError } from '../api/problem';

/** The field errors of a failed save (problem+json `errors`), looked up by field name as the server writes it. */
export function fieldErrors(error: unknown): readonly FieldError[] {
  return isApiError(error) && error.kind === 'http' && error.status === 400 ? error.problem.errors : [];
}

export function errorFor(errors: readonly FieldError[], field: string): string | null {
  const found = errors.filter((e) => e.field === field).map((e) => e.message);
  return found.length > 0 ? found.join(' ') : null;
}

/** Errors of one skill of the list: `skills[3].uri`, `skills[3].proofText`… joined per skill. */
export function skillErrors(errors: readonly FieldError[], index: number): Readonly<Record<string, string>> {
  const prefix = `skills[${index}].`;
  const out: Record<string, string> = {};
  for (const e of errors) {
    if (e.field.startsWith(prefix)) {
      const name = e.field.slice(prefix.length);
      out[name] = out[name] ? `${out[name]} ${e.message}` : e.message;
    }
  }
  return out;
}
