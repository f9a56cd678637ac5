import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, sessionFor, FakeAuthService } from '../test/fakeAuth';
import { PassportPage } from './PassportPage';
import { SharedPassportPage } from './SharedPassportPage';
import { SharedWithMePage } from './SharedWithMePage';

const session = sessionFor(['JOB_SEEKER']);

const passport = {
  holderName: 'Sanne de Vries',
  occupation: { uri: 'http://data.europa.eu/esco/occupation/o', label: 'verpleegkundige', labelLanguage: 'nl', derived: false },
  region: 'AM18',
  groups: [
    {
      label: 'zorg verlenen',
      skills: [
        { skill: { uri: 'http://data.europa.eu/esco/skill/a', label: 'wondzorg toepassen', labelLanguage: 'nl', derived: false },
          level: 'ADVANCED', evidence: 'CERTIFICATE', proofText: 'Diploma MBO Verzorgende IG', proofUrl: 'https://example.org/diploma', doesIt: true, givesEnergy: true },
        { skill: { uri: 'http://data.europa.eu/esco/skill/b', label: 'data mining', labelLanguage: 'en', derived: false },
          level: 'BASIC', evidence: 'SELF_DECLARED', proofText: null, proofUrl: null, doesIt: false, givesEnergy: false },
      ],
    },
  ],
  wantsToLearn: [{ uri: 'http://data.europa.eu/esco/skill/c', label: 'medicatie toedienen', labelLanguage: 'nl', derived: true }],
  givesEnergy: [{ uri: 'http://data.europa.eu/esco/skill/a', label: 'wondzorg toepassen', labelLanguage: 'nl', derived: false }],
  madeAt: '2026-12-06T07:00:00Z',
};

const linkShare = { id: 's1', kind: 'LINK', granteeUsername: null, granteeRole: null, createdAt: '2026-12-06T07:00:00Z', expiresAt: '2026-12-13T07:00:00Z', revokedAt: null, active: true };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

let shares: unknown[];
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  shares = [];
  fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (url === '/api/me/passport' && method === 'GET') return Promise.resolve(json(passport));
    if (url === '/api/me/passport/shares') return Promise.resolve(json(shares));
    if (url === '/api/me/passport/links' && method === 'POST') {
      shares = [linkShare];
      return Promise.resolve(json({ share: linkShare, token: 'T'.repeat(43) }, 201));
    }
    if (url === '/api/me/passport/accounts' && method === 'POST') {
      const body = JSON.parse(String(init?.body)) as { username: string; role: string };
      if (body.role === 'EMPLOYER') {
        return Promise.resolve(json({ type: 'about:blank', title: 'Ongeldige invoer', status: 400, detail: 'Een of meer velden zijn niet goed ingevuld.',
          errors: [{ field: 'username', message: 'Vul de gebruikersnaam in van de jobcoach of werkgever.' }] }, 400));
      }
      const share = { ...linkShare, id: 's2', kind: 'ACCOUNT', granteeUsername: body.username, granteeRole: body.role };
      shares = [share, ...shares];
      return Promise.resolve(json(share, 201));
    }
    if (url === '/api/me/passport/shares/s1' && method === 'DELETE') {
      shares = [];
      return Promise.resolve(new Response(null, { status: 204 }));
    }
    if (url === '/api/public/passports/%3Atoken') return Promise.resolve(json(passport));
    if (url === '/api/passports/shared-with-me') return Promise.resolve(json([{ id: 's9', holderName: 'Sanne de Vries', expiresAt: '2026-12-13T07:00:00Z' }]));
    if (url === '/api/passports/%3Aid') return Promise.resolve(json(passport));
    return Promise.resolve(json({ type: 'about:blank', title: 'Niet gevonden', status: 404 }, 404));
  });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the skills passport page', () => {
  it('showsThePassportGroupedWithLevelOriginProofAndWhatThePersonWantsToLearn', async () => {
    renderWithProviders(<PassportPage session={session} />, { service: new FakeAuthService(session), path: '/werkzoekende/paspoort' });
    expect(await screen.findByRole('heading', { name: 'Skills paspoort van Sanne de Vries' })).toBeInTheDocument();
    expect(screen.getByText('zorg verlenen')).toBeInTheDocument();
    expect(screen.getByText('Niveau: Gevorderd · Herkomst: Certificaat', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/Diploma MBO Verzorgende IG/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'bekijk het bewijs' })).toHaveAttribute('href', 'https://example.org/diploma');
    expect(screen.getByText('data mining')).toHaveAttribute('lang', 'en');
    const learn = screen.getByRole('region', { name: 'Wil graag leren' });
    expect(within(learn).getByText('medicatie toedienen')).toBeInTheDocument();
    expect(within(learn).getByText('afgeleid')).toBeInTheDocument();
    expect(screen.getByText('Niemand: je paspoort is niet gedeeld.')).toBeInTheDocument();
  });

  it('createsALinkWithTheChosenExpiryShowsItOnceListsItAndRevokesIt', async () => {
    renderWithProviders(<PassportPage session={session} />, { service: new FakeAuthService(session), path: '/werkzoekende/paspoort' });
    await screen.findByRole('heading', { name: 'Deel je paspoort' });
    fireEvent.change(screen.getAllByLabelText('Geldig voor')[0]!, { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link maken' }));
    const link = await screen.findByLabelText('Je nieuwe link');
    expect(link).toHaveValue(`${window.location.origin}/paspoort/${'T'.repeat(43)}`);
    expect(fetchMock).toHaveBeenCalledWith('/api/me/passport/links', expect.objectContaining({ method: 'POST', body: JSON.stringify({ days: 7 }) }));
    expect(await screen.findByRole('button', { name: 'Intrekken: Link, gemaakt op 6-12-2026, werkt tot 13-12-2026' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /^Intrekken: Link, gemaakt op/ }));
    expect(await screen.findByText('Ingetrokken: met deze deling kan niemand je paspoort nog zien.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Je nieuwe link')).not.toBeInTheDocument();
    expect(screen.getByText('Niemand: je paspoort is niet gedeeld.')).toBeInTheDocument();
  });

  it('sharesWithANamedCoachAndShowsTheServersFieldError', async () => {
    renderWithProviders(<PassportPage session={session} />, { service: new FakeAuthService(session), path: '/werkzoekende/paspoort' });
    await screen.findByRole('heading', { name: 'Delen met een jobcoach of werkgever' });
    fireEvent.change(screen.getByLabelText('Gebruikersnaam'), { target: { value: 'jobcoach' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delen' }));
    expect(await screen.findByText('Je paspoort is gedeeld met jobcoach.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Intrekken: jobcoach (jobcoach), tot 13-12-2026' })).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Gebruikersnaam'), { target: { value: 'iemand' } });
    fireEvent.change(screen.getByLabelText('Dit is een'), { target: { value: 'EMPLOYER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vul de gebruikersnaam in van de jobcoach of werkgever.');
  });
});

describe('the page at a share link', () => {
  it('showsThePassportWithoutAnAccount', async () => {
    renderWithProviders(<SharedPassportPage />, { path: '/paspoort/:token' });
    expect(await screen.findByRole('heading', { name: 'Skills paspoort van Sanne de Vries' })).toBeInTheDocument();
    expect(screen.getByText('Sanne de Vries heeft dit paspoort met je gedeeld via Vaardig.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/public/passports/%3Atoken', expect.not.objectContaining({ headers: expect.objectContaining({ Authorization: expect.anything() }) }));
  });

  it('saysPlainlyThatARevokedOrExpiredLinkNoLongerWorks', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json({ type: 'about:blank', title: 'Niet gevonden', status: 404 }, 404)));
    renderWithProviders(<SharedPassportPage />, { path: '/paspoort/:token' });
    expect(await screen.findByRole('heading', { name: 'Deze link werkt niet (meer)' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Vaardigheden')).not.toBeInTheDocument());
  });
});

describe('passports shared with a coach', () => {
  it('listsThemWithTheirExpiryAndLinksToEach', async () => {
    const coach = sessionFor(['JOBCOACH']);
    renderWithProviders(<SharedWithMePage session={coach} basePath="/jobcoach/paspoorten" />, { service: new FakeAuthService(coach), path: '/jobcoach/paspoorten' });
    const link = await screen.findByRole('link', { name: 'Skills paspoort van Sanne de Vries' });
    expect(link).toHaveAttribute('href', '/jobcoach/paspoorten/s9');
    expect(screen.getByText('(tot 13-12-2026)')).toBeInTheDocument();
  });

  it('opensOneWithTheCoachsToken', async () => {
    const coach = sessionFor(['JOBCOACH']);
    renderWithProviders(<SharedWithMePage session={coach} basePath="/jobcoach/paspoorten" />, { service: new FakeAuthService(coach), path: '/jobcoach/paspoorten/:id' });
    expect(await screen.findByRole('heading', { name: 'Skills paspoort van Sanne de Vries' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar de lijst' })).toHaveAttribute('href', '/jobcoach/paspoorten');
    expect(fetchMock).toHaveBeenCalledWith('/api/passports/%3Aid', expect.objectContaining({
      headers: expect.objectContaining({ Authorization: `Bearer ${coach.accessToken}` }),
    }));
  });
});
