import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/fakeAuth';
import { SkillsPage } from './SkillsPage';

const forklift = 'http://data.europa.eu/esco/skill/forklift';
const teams = 'http://data.europa.eu/esco/skill/teams';
const text = 'Je rijdt op de heftruck en werkt in teamverband.';

const extraction = {
  language: 'nl',
  analysedText: text,
  elapsedMillis: 12,
  warnings: [{ code: 'boilerplate-skipped', message: '2 zinnen overgeslagen.' }],
  skills: [
    { uri: forklift, label: 'operate forklift', labelLanguage: 'en', confidence: 0.99, essential: true, evidence: [{ start: 15, end: 23, text: 'heftruck' }] },
    { uri: teams, label: 'in teams werken', labelLanguage: 'nl', confidence: 0.55, essential: false, evidence: [{ start: 36, end: 47, text: 'teamverband' }] },
  ],
};

const occupations = {
  occupations: [
    {
      uri: 'http://data.europa.eu/esco/occupation/heftruck',
      label: 'heftruckchauffeur',
      labelLanguage: 'nl',
      score: 1,
      skills: [
        { uri: forklift, label: 'operate forklift', labelLanguage: 'en', essential: true },
        { uri: 'http://data.europa.eu/esco/skill/radio', label: 'radioapparatuur gebruiken', labelLanguage: 'nl', essential: false },
      ],
    },
    { uri: 'http://data.europa.eu/esco/occupation/truck', label: 'vrachtwagenchauffeur', labelLanguage: 'nl', score: 0.73, skills: [] },
  ],
};

function respond(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the public skills page', () => {
  it('explainsInDutchThatNothingIsStored', () => {
    renderWithProviders(<SkillsPage />, { path: '/vaardigheden' });
    expect(screen.getByRole('heading', { level: 1, name: 'Vaardigheden vinden' })).toBeInTheDocument();
    expect(screen.getByText(/Vaardig bewaart niets van wat je hier invult/)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Vacature- of cv-tekst' })).toHaveAttribute('aria-selected', 'true');
    expect(document.title).toBe('Vaardigheden vinden – Vaardig');
  });

  it('showsTheEmptyTextErrorNextToTheFieldWithoutCallingTheServer', async () => {
    renderWithProviders(<SkillsPage />, { path: '/vaardigheden' });
    await userEvent.click(screen.getByRole('button', { name: 'Analyseren' }));
    const field = screen.getByRole('textbox', { name: 'Vacature- of cv-tekst' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Vul een tekst in'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('countsTheTextInKilobytesAndWarnsOverTheLimit', () => {
    renderWithProviders(<SkillsPage />, { path: '/vaardigheden' });
    const field = screen.getByRole('textbox', { name: 'Vacature- of cv-tekst' });
    fireEvent.change(field, { target: { value: 'é'.repeat(1000) } });
    expect(screen.getByText('2,0 van 50,0 kB gebruikt')).toBeInTheDocument();
    fireEvent.change(field, { target: { value: 'a'.repeat(50_001) } });
    expect(screen.getByText(/meer dan 50,0 kB/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('highlightsEvidenceAndLetsThePersonAcceptAndReject', async () => {
    fetchMock.mockResolvedValue(respond(200, extraction));
    renderWithProviders(<SkillsPage />, { path: '/vaardigheden' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Vacature- of cv-tekst' }), { target: { value: text } });
    await userEvent.click(screen.getByRole('button', { name: 'Analyseren' }));

    const marks = await screen.findAllByText('heftruck', { selector: 'a' });
    expect(marks[0]!.closest('mark')).toHaveAttribute('data-skills', forklift);
    expect(marks[0]).toHaveAttribute('href', '#tekst-vaardigheid-0');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/public/skills/extract?lang=nl');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ text, language: 'auto' });

    const list = screen.getByRole('region', { name: 'Voorgestelde vaardigheden' });
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('operate forklift');
    expect(within(first).getByTitle('Nog geen Nederlandse benaming')).toHaveTextContent('EN – Nog geen Nederlandse benaming');
    expect(first).toHaveTextContent('Zekerheid: hoog (99%)');
    expect(first).toHaveTextContent('Essentieel');
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('Zekerheid: laag (55%)');

    const accept = screen.getByRole('button', { name: 'Accepteren operate forklift' });
    await userEvent.click(accept);
    expect(accept).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Afwijzen in teams werken' }));
    expect(screen.getByText('1 geaccepteerd, 1 afgewezen')).toBeInTheDocument();
    await userEvent.click(accept);
    expect(screen.getByText('0 geaccepteerd, 1 afgewezen')).toBeInTheDocument();
  });

  it('emphasisesTheEvidenceOfTheSkillThatHasFocus', async () => {
    fetchMock.mockResolvedValue(respond(200, extraction));
    renderWithProviders(<SkillsPage />, { path: '/vaardigheden' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Vacature- of cv-tekst' }), { target: { value: text } });
    await userEvent.click(screen.getByRole('button', { name: 'Analyseren' }));
    const mark = (await screen.findByText('teamverband', { selector: 'a' })).closest('mark')!;
    expect(mark).not.toHaveClass('evidence-active');
    act(() => screen.getByRole('button', { name: 'Accepteren in teams werken' }).focus());
    expect(mark).toHaveClass('evidence-active');
  });

  it('showsTheServersFieldErrorNextToTheText', async () => {
    fetchMock.mockResolvedValue(
      respond(
        413,
        { type: 'x', title: 'Verzoek te groot', status: 413, detail: 'De tekst is te lang.', errors: [{ field: 'text', message: 'De tekst is te lang.' }] },
        'application/problem+json',
      ),
    );
    renderWithProviders(<SkillsPage />, { path: '/vaardigheden' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Vacature- of cv-tekst' }), { target: { value: 'tekst' } });
    await userEvent.click(screen.getByRole('button', { name: 'Analyseren' }));
    expect(await screen.findByText('De tekst is te lang.')).toHaveClass('field-error');
    expect(screen.getByRole('textbox', { name: 'Vacature- of cv-tekst' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('findsOccupationsForATitleAndSuggestsTheChosenOnesSkills', async () => {
    fetchMock.mockResolvedValue(respond(200, occupations));
    renderWithProviders(<SkillsPage />, { path: '/vaardigheden' });
    await userEvent.click(screen.getByRole('tab', { name: 'Functietitel' }));
    expect(screen.getByRole('tab', { name: 'Functietitel' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.type(screen.getByRole('textbox', { name: 'Functietitel' }), 'heftruckchauffeur');
    await userEvent.click(screen.getByRole('button', { name: 'Beroepen zoeken' }));

    expect(await screen.findByText('overeenkomst 100%')).toBeInTheDocument();
    expect(screen.getByText('overeenkomst 73%')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Kies heftruckchauffeur' }));
    expect(screen.getByRole('heading', { name: 'Vaardigheden bij heftruckchauffeur' })).toHaveFocus();
    expect(screen.getByText('radioapparatuur gebruiken', { selector: '.concept-label' })).toBeInTheDocument();
    expect(screen.getByText('Optioneel')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Accepteren operate forklift' }));
    expect(screen.getByText('1 geaccepteerd, 0 afgewezen')).toBeInTheDocument();
  });

  it('movesBetweenTabsWithTheArrowKeys', async () => {
    renderWithProviders(<SkillsPage />, { path: '/vaardigheden' });
    screen.getByRole('tab', { name: 'Vacature- of cv-tekst' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Functietitel' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Functietitel' })).toBeVisible();
  });

  it('speaksEnglishWhenChosen', () => {
    renderWithProviders(<SkillsPage />, { path: '/vaardigheden', language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Find skills' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Vacancy or CV text' })).toBeInTheDocument();
    expect(screen.getByText(/stores nothing of what you enter here/)).toBeInTheDocument();
  });
});
