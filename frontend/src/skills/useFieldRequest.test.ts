import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type ProblemDetail } from '../api/problem';
import { useFieldRequest } from './useFieldRequest';

function problem(status: number, detail: string, errors: ProblemDetail['errors'] = []): ApiError {
  return new ApiError('http', { type: 'about:blank', title: 'Fout', status, detail, errors });
}

function setUp(detailIsAboutInput: boolean) {
  const input = { current: document.createElement('input') };
  document.body.append(input.current);
  return renderHook(() => useFieldRequest({ field: 'text', input, detailIsAboutInput }));
}

describe('useFieldRequest', () => {
  it('putsTheFieldsOwnMessageOnTheFieldAndFocusesIt', async () => {
    const { result } = setUp(false);
    const onError = vi.fn();
    await act(() => result.current.run(() => Promise.reject(problem(400, 'Ongeldig', [{ field: 'text', message: 'Te kort.' }])), vi.fn(), onError));
    expect(result.current.fieldError).toBe('Te kort.');
    expect(result.current.failure).toBeNull();
    expect(document.activeElement?.tagName).toBe('INPUT');
    expect(onError).toHaveBeenCalledOnce();
  });

  it('readsAProblemsDetailAsAboutTheInputOnlyWhenAskedAndNeverFor500', async () => {
    const aboutInput = setUp(true).result;
    await act(() => aboutInput.current.run(() => Promise.reject(problem(413, 'De tekst is te lang.')), vi.fn(), vi.fn()));
    expect(aboutInput.current.fieldError).toBe('De tekst is te lang.');

    const serverFault = setUp(true).result;
    const fault = problem(500, 'Er ging iets mis.');
    await act(() => serverFault.current.run(() => Promise.reject(fault), vi.fn(), vi.fn()));
    expect(serverFault.current.fieldError).toBeNull();
    expect(serverFault.current.failure).toBe(fault);

    const notAsked = setUp(false).result;
    await act(() => notAsked.current.run(() => Promise.reject(problem(413, 'De tekst is te lang.')), vi.fn(), vi.fn()));
    expect(notAsked.current.fieldError).toBeNull();
    expect(notAsked.current.failure).toBeInstanceOf(ApiError);
  });

  it('abortsTheOlderRequestSoOnlyTheNewestAnswerCounts', async () => {
    const { result } = setUp(false);
    const older = vi.fn();
    const olderError = vi.fn();
    let olderSignal: AbortSignal | undefined;
    const first = result.current.run(
      (signal) =>
        new Promise<string>((_, reject) => {
          olderSignal = signal;
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      older,
      olderError,
    );
    const newer = vi.fn();
    await act(() => result.current.run(() => Promise.resolve('nieuw'), newer, vi.fn()));
    await act(() => first);
    expect(olderSignal?.aborted).toBe(true);
    expect(older).not.toHaveBeenCalled();
    expect(olderError).not.toHaveBeenCalled();
    expect(newer).toHaveBeenCalledWith('nieuw');
    expect(result.current.failure).toBeNull();
    expect(result.current.busy).toBe(false);
  });

  it('refusesInputBeforeAnyRequestWithTheMessageOnTheField', () => {
    const { result } = setUp(false);
    act(() => result.current.refuse('Vul een tekst in.'));
    expect(result.current.fieldError).toBe('Vul een tekst in.');
    act(() => result.current.clearFieldError());
    expect(result.current.fieldError).toBeNull();
  });
});
