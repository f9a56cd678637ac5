import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { isApiError } from '../api/problem';

/** What a one-field form needs while its request runs: busy, the field's own message, a failure for the alert. */
export interface FieldRequest {
  readonly busy: boolean;
  readonly fieldError: string | null;
  readonly failure: unknown;
  /** Refuses the input before any request: the message goes on the field and the focus back to it. */
  readonly refuse: (message: string) => void;
  readonly clearFieldError: () => void;
  /**
   * Runs the request; a newer one aborts it. A problem+json message for the field lands on the field (the person can
   * act on it), anything else becomes the failure; an aborted request changes nothing.
   */
  readonly run: <T>(call: (signal: AbortSignal) => Promise<T>, onResult: (value: T) => void, onError: () => void) => Promise<void>;
}

interface Options {
  /** The field name the API uses in a problem's `errors`. */
  readonly field: string;
  readonly input: RefObject<HTMLElement | null>;
  /** Whether a problem without a field error (but not a 500) still speaks about the input, e.g. "text too large". */
  readonly detailIsAboutInput?: boolean;
}

export function useFieldRequest({ field, input, detailIsAboutInput = false }: Options): FieldRequest {
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the page abandons the request, so no state is set on an unmounted form.
  useEffect(() => () => controller.current?.abort(), []);

  const refuse = useCallback(
    (message: string) => {
      setFailure(null);
      setFieldError(message);
      input.current?.focus();
    },
    [input],
  );
  const clearFieldError = useCallback(() => setFieldError(null), []);

  const run = useCallback(
    async <T>(call: (signal: AbortSignal) => Promise<T>, onResult: (value: T) => void, onError: () => void) => {
      setFailure(null);
      setFieldError(null);
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setBusy(true);
      try {
        onResult(await call(current.signal));
      } catch (error) {
        if (current.signal.aborted) {
          return;
        }
        const problem = isApiError(error) && error.kind === 'http' ? error.problem : null;
        const aboutInput = detailIsAboutInput && problem && problem.status !== 500 ? problem.detail : undefined;
        const message = problem?.errors.find((e) => e.field === field)?.message ?? aboutInput;
        if (message) {
          setFieldError(message);
          input.current?.focus();
        } else {
          setFailure(error);
        }
        onError();
      } finally {
        if (controller.current === current) {
          setBusy(false);
        }
      }
    },
    [field, input, detailIsAboutInput],
  );

  return { busy, fieldError, failure, refuse, clearFieldError, run };
}
