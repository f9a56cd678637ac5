import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeAuthService, renderWithProviders, sessionFor } from '../../test/fakeAuth';
import { DeadLetterPage } from './DeadLetterPage';

const session = sessionFor(['ADMIN']);
const id = '7d0c1a52-6d7b-4c1e-9a51-2f1c8e0b9a11';
const badRow = '{"externalId":"X-2","employer":"<b>Bakkerij</b>"}';

function letter(redrivenAt: string | null) {
  return {
    summary: {
      id,
      sourceTopic: 'upload:werkbank',
      consumer: 'feed-upload',
      reason: 'VALIDATION_FAILED',
      detail: 'title is required',
      jobId: 'job-1',
      line: 2,
      failedAt: '2026-12-04T10:00:00Z',
      redrivenAt,
    },
    partition: null,
    offset: null,
    key: null,
    payload: badRow,
  };
}

function problem(status: number, detail: string): Response {
  return new Response(JSON.stringify({ type: 'https://vaardig.nl/problems/validation', title: 'Ongeldige invoer', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

function stubServer() {
  const redrives: unknown[] = [];
  let redriven = false;
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      if (path.endsWith('/redrive')) {
        const body = JSON.parse(String(init?.body)) as { payload?: string };
        redrives.push(body);
        if (!body.payload) return Promise.resolve(problem(400, 'Still not valid: title is required'));
        redriven = true;
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      return Promise.resolve(new Response(JSON.stringify(letter(redriven ? '2026-12-04T11:00:00Z' : null)), { headers: { 'Content-Type': 'application/json' } }));
    }),
  );
  return redrives;
}

function renderPage() {
  renderWithProviders(<DeadLetterPage session={session} />, {
    service: new FakeAuthService(session),
    path: `/beheer/dead-letters/${id}`,
    routes: [{ path: '/beheer/dead-letters/:id', element: <DeadLetterPage session={session} /> }],
  });
}

describe('a dead letter', () => {
  it('showsTheReasonAndTheOriginalPayloadAsTextNeverAsMarkup', async () => {
    stubServer();
    renderPage();
    const payload = await screen.findByText(badRow);
    expect(payload.tagName).toBe('PRE');
    expect(payload.querySelector('b')).toBeNull();
    expect(screen.getByText('title is required')).toBeInTheDocument();
    expect(screen.getByText('Afgekeurd bij het inlezen (VALIDATION_FAILED)', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de upload waar dit bericht bij hoort' })).toHaveAttribute('href', '/beheer/vacaturefeeds/job-1');
  });

  it('isReDrivenOnlyAfterConfirmationAndAStillInvalidPayloadIsRefusedWithTheReason', async () => {
    const redrives = stubServer();
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Opnieuw aanbieden' }));
    expect(redrives).toEqual([]);
    expect(screen.getByText('Weet je zeker dat je dit bericht opnieuw wilt aanbieden aan upload:werkbank?')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(redrives).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw aanbieden' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, opnieuw aanbieden' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Opnieuw aanbieden is niet gelukt.');
    expect(alert).toHaveTextContent('Still not valid: title is required');
    expect(redrives).toEqual([{}]);
  });

  it('aCorrectedPayloadIsSentAndTheLetterThenShowsAsReDriven', async () => {
    const redrives = stubServer();
    renderPage();
    await userEvent.click(await screen.findByLabelText('Bericht verbeteren voor het opnieuw aanbieden'));
    const editor = screen.getByLabelText('Verbeterd bericht');
    expect(editor).toHaveValue(badRow);
    await userEvent.clear(editor);
    await userEvent.type(editor, '{{"title":"Bakker"}');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw aanbieden' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, opnieuw aanbieden' }));
    expect(await screen.findByText('Het bericht is opnieuw aangeboden aan upload:werkbank.')).toBeInTheDocument();
    expect(redrives).toEqual([{ payload: '{"title":"Bakker"}' }]);
    expect(await screen.findByText(/Opnieuw aangeboden op/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnieuw aanbieden' })).not.toBeInTheDocument();
  });
});
