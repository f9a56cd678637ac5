import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, sessionFor } from '../../test/fakeAuth';
import { SentMailPage } from './SentMailPage';

function json(body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
}

describe('sent mail (admin)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('listsRecipientSubjectAndAmsterdamTimeAndOpensTheText', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation(() => json({
      available: true,
      waiting: 1,
      items: [{ to: 'sanne@voorbeeld.nl', subject: 'Zorggroep Amstelland nodigt je uit', sentAt: '2026-12-05T23:40:00Z', body: 'Hallo,\n\nBekijk het in Vaardig' }],
    })));
    renderWithProviders(<SentMailPage session={sessionFor(['ADMIN'])} />);
    expect(await screen.findByText('1 e-mails ontvangen, 1 nog te versturen.')).toBeInTheDocument();
    const summary = screen.getByText('Zorggroep Amstelland nodigt je uit').closest('summary') as HTMLElement;
    // 23:40 UTC is 00:40 the next day in Amsterdam (winter time)
    expect(summary).toHaveTextContent(/aan sanne@voorbeeld\.nl · 6 dec 2026.*00:40/);
    const user = userEvent.setup();
    await user.click(summary);
    expect(screen.getByText(/Bekijk het in Vaardig/)).toBeVisible();
  });

  it('saysSoWhenThereIsNoLocalMailServer', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation(() => json({ available: false, waiting: 3, items: [] })));
    renderWithProviders(<SentMailPage session={sessionFor(['ADMIN'])} />);
    expect(await screen.findByText(/geen lokale mailserver.*Nog te versturen: 3\./)).toBeInTheDocument();
  });
});
