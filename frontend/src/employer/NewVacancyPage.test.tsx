import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Fetch } from '../api/http';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import { FlashMessage } from '../ui/FlashMessage';
import { NewVacancyPage } from './NewVacancyPage';

const session = sessionFor(['EMPLOYER'], { name: 'Ahmed Yilmaz', organisation: 'Zorggroep Amstelland' });

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

type Route = (path: string, init: RequestInit) => Response;

function renderForm(route: Route) {
  const calls: { path: string; body: unknown }[] = [];
  const fetchImpl: Fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input);
    calls.push({ path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return Promise.resolve(route(path, init ?? {}));
  });
  renderWithProviders(<NewVacancyPage session={session} fetchImpl={fetchImpl} today={new Date(2026, 11, 4)} />, {
    service: new FakeAuthService(session),
    path: '/werkgever/vacatures/nieuw',
    routes: [{ path: '/werkgever', element: <FlashMessage /> }],
  });
  return calls;
}

async function fillRequired() {
  await userEvent.type(screen.getByLabelText('Functietitel'), 'Wijkverpleegkundige');
  await userEvent.type(screen.getByLabelText('Omschrijving'), 'Je verleent zorg aan cliënten thuis.');
  await userEvent.selectOptions(screen.getByLabelText('Arbeidsmarktregio'), 'AM18');
  await userEvent.type(screen.getByLabelText('Uren per week, minimaal'), '24');
  await userEvent.type(screen.getByLabelText('Uren per week, maximaal'), '32');
  await userEvent.selectOptions(screen.getByLabelText('Soort contract'), 'PERMANENT');
}

describe('the new vacancy page', () => {
  it('showsEachMissingFieldNextToItAndFocusesTheFirst', async () => {
    const calls = renderForm(() => json(500, {}));
    await userEvent.click(screen.getByRole('button', { name: 'Vacature publiceren' }));
    const title = screen.getByLabelText('Functietitel');
    expect(title).toHaveFocus();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Vul een functietitel in.');
    expect(screen.getByLabelText('Arbeidsmarktregio')).toHaveAccessibleDescription('Kies de arbeidsmarktregio waar het werk is.');
    expect(screen.getByLabelText('Soort contract')).toHaveAccessibleDescription('Kies een soort contract.');
    expect(calls).toEqual([]);
    await userEvent.type(title, 'Kok');
    expect(title).not.toHaveAttribute('aria-invalid', 'true');
    expect(title).not.toHaveAccessibleDescription();
    expect(screen.getByLabelText('Soort contract')).toHaveAccessibleDescription('Kies een soort contract.');
  });

  it('goesOnWithoutSuggestionsWhenTheExtractionServiceIsNotThere', async () => {
    renderForm((path) => (path === '/api/public/skills/extract?lang=nl' ? json(404, { title: 'Niet gevonden', status: 404 }, 'application/problem+json') : json(500, {})));
    await userEvent.type(screen.getByLabelText('Functietitel'), 'Kok');
    await userEvent.click(screen.getByRole('button', { name: 'Stel vaardigheden voor' }));
    expect(await screen.findByText(/Vaardigheden voorstellen is op dit moment niet beschikbaar/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('letsTheEmployerMarkSuggestedSkillsOrRemoveThemAndPublishesWithAFlashMessage', async () => {
    const calls = renderForm((path) => {
      if (path === '/api/public/skills/extract?lang=nl') {
        return json(200, {
          language: 'nl',
          skills: [
            { uri: 'http://data.europa.eu/esco/skill/zorg', label: 'zorg verlenen', labelLanguage: 'nl', confidence: 0.9, essential: true, evidence: [] },
            { uri: 'http://data.europa.eu/esco/skill/excel', label: 'use spreadsheets software', labelLanguage: 'en', confidence: 0.4, essential: false, evidence: [] },
            { uri: 'http://data.europa.eu/esco/skill/rijbewijs', label: 'auto rijden', labelLanguage: 'nl', confidence: 0.3, essential: true, evidence: [] },
          ],
        });
      }
      return json(201, { id: 'v-1', status: 'OPEN', version: 1, description: null, state: {} });
    });
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Stel vaardigheden voor' }));
    expect(await screen.findByText('3 vaardigheden toegevoegd.')).toBeInTheDocument();
    const english = screen.getByRole('group', { name: /use spreadsheets software/ });
    expect(within(english).getByTitle('Nog geen Nederlandse benaming')).toHaveTextContent(/^EN/);
    await userEvent.click(within(screen.getByRole('group', { name: 'zorg verlenen' })).getByRole('radio', { name: 'Gewenst' }));
    await userEvent.click(screen.getByRole('button', { name: 'Verwijderen auto rijden' }));
    expect(screen.queryByRole('group', { name: 'auto rijden' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Vacature publiceren' }));
    const flash = await screen.findByText('De vacature "Wijkverpleegkundige" is gepubliceerd.');
    expect(flash.closest('[role="status"]')).not.toBeNull();
    const published = calls.find((call) => call.path === '/api/vacancies');
    expect(published?.body).toMatchObject({
      title: 'Wijkverpleegkundige',
      region: 'AM18',
      hoursMin: 24,
      hoursMax: 32,
      contractType: 'PERMANENT',
      validFrom: '2026-12-04',
      validUntil: '2027-03-04',
      skills: [
        { uri: 'http://data.europa.eu/esco/skill/zorg', essential: false, evidence: null },
        { uri: 'http://data.europa.eu/esco/skill/excel', essential: false, evidence: null },
      ],
    });
  });

  it('putsTheServersFieldErrorsAtTheFields', async () => {
    renderForm(() =>
      json(
        400,
        { type: 'https://vaardig.nl/problems/validation', title: 'Ongeldige invoer', status: 400, errors: [{ field: 'hoursMax', message: 'Ten hoogste 60 uur.' }] },
        'application/problem+json',
      ),
    );
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Vacature publiceren' }));
    const hoursMax = screen.getByLabelText('Uren per week, maximaal');
    await waitFor(() => expect(hoursMax).toHaveAccessibleDescription('Ten hoogste 60 uur.'));
    expect(hoursMax).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('De vacature is niet gepubliceerd.');
  });

  it('explainsAnOptimisticLockConflict', async () => {
    renderForm(() =>
      json(409, { type: 'https://vaardig.nl/problems/version-conflict', title: 'Gewijzigd door een ander', status: 409 }, 'application/problem+json'),
    );
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Vacature publiceren' }));
    expect(await screen.findByText(/De vacature is intussen door iemand anders gewijzigd/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Gewijzigd door een ander');
  });
});
