import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { errorFor, fieldErrors, skillErrors } from './fieldErrors';
import { ProfileEditorPage } from './ProfileEditorPage';
import { WelcomeConsentPage } from './WelcomeConsentPage';

function answer(status: number, json: unknown, type = 'application/json') {
  return Promise.resolve(new Response(JSON.stringify(json), { status, headers: { 'Content-Type': type } }));
}

const seeker = sessionFor(['JOB_SEEKER']);
const profile = {
  id: '7f3a0000-0000-4000-8000-000000000000', version: 3, region: 'AM18', hours: null,
  skills: [{ uri: 'http://data.europa.eu/esco/skill/a', labelNl: 'verpleegkundigen ondersteunen', labelEn: 'support nurses', level: 'ADVANCED',
    evidence: 'WORK', doesIt: true, canDoIt: true, wantsToLearn: false, givesEnergy: true, proofText: null, proofUrl: null }],
};

describe('the job seeker pages', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.localStorage.clear();
  });

  it('theConsentScreenTicksNothingAndStoresNothingWithoutConsentToKeepTheProfile', async () => {
    const fetchMock = vi.fn().mockImplementation(() => answer(404, { title: 'Niet gevonden', status: 404 }, 'application/problem+json'));
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<WelcomeConsentPage session={seeker} />);
    for (const name of ['Mijn profiel bewaren (nodig)', 'Werkgevers mogen mij vinden', 'Een jobcoach mag mij helpen', 'Meetellen in cijfers over de arbeidsmarkt']) {
      expect(screen.getByRole('checkbox', { name })).not.toBeChecked();
    }
    expect(screen.getByText(/Tekstversie 2026-12-v1\./)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Zonder toestemming om je profiel te bewaren, kunnen wij niets voor je opslaan.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter((call) => (call[1] as RequestInit).method === 'POST')).toHaveLength(0);
  });

  it('theConsentScreenSaysItCarriesTheExploredProfileOver', () => {
    window.localStorage.setItem('vaardig.explore.profile.v1', JSON.stringify({
      region: 'AM18', skills: [{ uri: 'u1', label: 'support nurses', labelLanguage: 'en', level: 'ADVANCED', wantsToLearn: false }],
    }));
    vi.stubGlobal('fetch', vi.fn().mockImplementation(() => answer(404, { title: 'Niet gevonden', status: 404 }, 'application/problem+json')));
    renderWithProviders(<WelcomeConsentPage session={seeker} />);
    expect(screen.getByText(/profiel verkend in deze browser \(1 vaardigheden\)/)).toBeInTheDocument();
    expect(screen.getByLabelText('Je arbeidsmarktregio')).toHaveValue('AM18');
  });

  it('aStaleSaveShowsTheConflictMessageAndOffersAReload', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation((_url: string, init: RequestInit) =>
      init.method === 'PUT'
        ? answer(409, { type: 'https://vaardig.nl/problems/conflict', title: 'Conflict', status: 409 }, 'application/problem+json')
        : answer(200, profile)));
    renderWithProviders(<ProfileEditorPage session={seeker} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'verpleegkundigen ondersteunen' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Doe ik het al?' })).toBeChecked();
    expect(screen.getByLabelText('Niveau')).toHaveValue('ADVANCED');
    fireEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(await screen.findByText('Iemand anders (of jij in een ander venster) heeft je profiel intussen gewijzigd.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeInTheDocument();
  });

  it('fieldErrorsOfTheServerAreFoundPerFieldAndPerSkill', () => {
    const error = new ApiError('http', {
      type: 'https://vaardig.nl/problems/validation', title: 'Ongeldig', status: 400,
      errors: [{ field: 'skills[3].uri', message: 'Onbekend.' }, { field: 'region', message: 'Kies een regio.' }, { field: 'skills[3].proofText', message: 'Te lang.' }],
    });
    const errors = fieldErrors(error);
    expect(errorFor(errors, 'region')).toBe('Kies een regio.');
    expect(skillErrors(errors, 3)).toEqual({ uri: 'Onbekend.', proofText: 'Te lang.' });
    expect(skillErrors(errors, 0)).toEqual({});
  });
});
