import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import type { SuggestedSkill } from '../skills/skillsApi';
import { checklistOrder, firstScreen } from './OccupationChecklist';
import { ProfileEditorPage } from './ProfileEditorPage';

const seeker = sessionFor(['JOB_SEEKER']);
const uri = (n: number) => `http://data.europa.eu/esco/skill/s${n}`;
// 15 essential skills (v1..v15, in the server's characteristic order) and 5 optional ones (v16..v20)
const occupationSkills: SuggestedSkill[] = Array.from({ length: 20 }, (_, i) => ({
  uri: uri(i + 1), label: `vaardigheid ${i + 1}`, labelLanguage: 'nl', derived: false, essential: i < 15, evidence: [],
}));
const occupation = { uri: 'http://data.europa.eu/esco/occupation/o1', label: 'woonbegeleider', labelLanguage: 'nl', derived: false, score: 0.9, skills: occupationSkills };
const heldSkill = { uri: uri(2), labelNl: 'vaardigheid 2', labelEn: 'skill 2', level: 'ADVANCED', evidence: 'WORK',
  doesIt: true, canDoIt: true, wantsToLearn: false, givesEnergy: false, proofText: null, proofUrl: null };

function answer(status: number, json: unknown) {
  return Promise.resolve(new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json' } }));
}

/** A server with a profile of `skills`; a PUT answers with what was sent, as the real one does. */
function server(skills: readonly unknown[]) {
  return vi.fn().mockImplementation((url: string, init: RequestInit = {}) => {
    if (url.startsWith('/api/public/occupations/match')) return answer(200, { occupations: [occupation], outcome: 'MATCHED', reason: null });
    if (init.method === 'PUT') {
      const sent = JSON.parse(String(init.body)) as { skills: unknown[] };
      return answer(200, { id: 'p1', version: 4, region: 'AM18', hours: null, skills: sent.skills });
    }
    return answer(200, { id: 'p1', version: 3, region: 'AM18', hours: null, skills });
  });
}

async function openChecklist() {
  fireEvent.change(await screen.findByLabelText('Vanuit een beroep'), { target: { value: 'woonbegeleider' } });
  fireEvent.click(screen.getByRole('button', { name: 'Zoek beroep' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Kies uit de vaardigheden van "woonbegeleider"' }));
  return screen.getByRole('group', { name: 'Vaardigheden om te kiezen' });
}

const puts = (fetchMock: ReturnType<typeof server>) => fetchMock.mock.calls.filter((call) => (call[1] as RequestInit | undefined)?.method === 'PUT');

describe('the occupation checklist', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('ordersEssentialSkillsFirstKeepsTheServersOrderAndLeavesOutWhatTheProfileHolds', () => {
    const skills = [occupationSkills[15]!, occupationSkills[0]!, occupationSkills[1]!, occupationSkills[0]!, occupationSkills[2]!];
    expect(checklistOrder(skills, [{ uri: uri(2) }]).map((s) => s.uri)).toEqual([uri(1), uri(3), uri(16)]);
  });

  it('showsTwelveFirstThenTheRestOnRequestAndMovesFocusToTheFirstNewOne', async () => {
    vi.stubGlobal('fetch', server([]));
    renderWithProviders(<ProfileEditorPage session={seeker} />);
    const list = await openChecklist();
    expect(screen.getByRole('heading', { level: 2, name: 'Welke vaardigheden van "woonbegeleider" heb je?' })).toHaveFocus();
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes).toHaveLength(firstScreen);
    for (const box of boxes) expect(box).not.toBeChecked();
    expect(screen.getByText('0 gekozen')).toHaveAttribute('role', 'status');
    expect(within(list).getByRole('checkbox', { name: 'vaardigheid 1' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Toon meer (8)' }));
    expect(within(list).getAllByRole('checkbox')).toHaveLength(20);
    expect(within(list).getByRole('checkbox', { name: 'vaardigheid 13' })).toHaveFocus();
    expect(within(list).getByRole('checkbox', { name: 'vaardigheid 16 (aanvullend)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Toon meer/ })).not.toBeInTheDocument();
  });

  it('addsOnlyTheEightTickedSkillsAsksTheFourQuestionsForThoseAndSavesNothingBeforeTheSeekerDoes', async () => {
    const fetchMock = server([]);
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<ProfileEditorPage session={seeker} />);
    const list = await openChecklist();
    const ticked = [1, 3, 4, 7, 9, 12, 14, 18];
    fireEvent.click(screen.getByRole('button', { name: 'Toon meer (8)' }));
    for (const n of ticked) fireEvent.click(within(list).getByRole('checkbox', { name: new RegExp(`^vaardigheid ${n}\\b`) }));
    expect(screen.getByText('8 gekozen')).toHaveAttribute('role', 'status');
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen aan mijn profiel' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Vier vragen over je 8 nieuwe vaardigheden' })).toHaveFocus();
    const rows = ticked.map((n) => screen.getByRole('group', { name: `vaardigheid ${n}` }));
    expect(screen.queryByRole('group', { name: 'vaardigheid 2' })).not.toBeInTheDocument();
    for (const row of rows) expect(within(row).getAllByRole('checkbox')).toHaveLength(4);
    fireEvent.click(within(rows[0]!).getByRole('checkbox', { name: 'Doe ik het al?' }));
    fireEvent.click(within(rows[1]!).getByRole('checkbox', { name: 'Geeft het energie?' }));
    fireEvent.click(within(rows[2]!).getByRole('checkbox', { name: 'Kan ik het?' }));
    fireEvent.click(within(rows[2]!).getByRole('checkbox', { name: 'Wil ik het leren?' }));
    expect(puts(fetchMock)).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Jouw vaardigheden (8)' })).toHaveFocus();
    expect(puts(fetchMock)).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(await screen.findByText('Je profiel is opgeslagen (versie 4).')).toBeInTheDocument();
    const sent = (JSON.parse(String((puts(fetchMock)[0]![1] as RequestInit).body)) as { skills: Record<string, unknown>[] }).skills;
    expect(sent.map((s) => s.uri)).toEqual(ticked.map(uri));
    expect(sent[0]).toMatchObject({ doesIt: true, canDoIt: true, wantsToLearn: false, givesEnergy: false });
    expect(sent[1]).toMatchObject({ doesIt: false, canDoIt: true, givesEnergy: true });
    expect(sent[2]).toMatchObject({ doesIt: false, canDoIt: false, wantsToLearn: true });
  });

  it('addsNothingWhenNothingIsTickedAndSaysSo', async () => {
    vi.stubGlobal('fetch', server([]));
    renderWithProviders(<ProfileEditorPage session={seeker} />);
    const list = await openChecklist();
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen aan mijn profiel' }));
    expect(screen.getByText('Vink minstens één vaardigheid aan.')).toBeInTheDocument();
    expect(within(list).getByRole('checkbox', { name: 'vaardigheid 1' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Jouw vaardigheden (0)' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten zonder toevoegen' }));
    expect(screen.queryByRole('group', { name: 'Vaardigheden om te kiezen' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Jouw vaardigheden (0)' })).toHaveFocus();
  });

  it('leavesOutSkillsTheProfileAlreadyHoldsAndKeepsTheirAnswers', async () => {
    const fetchMock = server([heldSkill]);
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<ProfileEditorPage session={seeker} />);
    const list = await openChecklist();
    expect(screen.getByText('1 vaardigheden van dit beroep staan al in je profiel; die zie je hier niet.')).toBeInTheDocument();
    expect(within(list).queryByRole('checkbox', { name: 'vaardigheid 2' })).not.toBeInTheDocument();
    fireEvent.click(within(list).getByRole('checkbox', { name: 'vaardigheid 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen aan mijn profiel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    fireEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    expect(await screen.findByText('Je profiel is opgeslagen (versie 4).')).toBeInTheDocument();
    const sent = (JSON.parse(String((puts(fetchMock)[0]![1] as RequestInit).body)) as { skills: Record<string, unknown>[] }).skills;
    expect(sent.map((s) => s.uri)).toEqual([uri(2), uri(1)]);
    expect(sent[0]).toMatchObject({ level: 'ADVANCED', evidence: 'WORK', doesIt: true });
  });
});
