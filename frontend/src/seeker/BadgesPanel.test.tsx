import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import { parseBadge, type Badge } from './badgeApi';
import { BadgesPanel } from './BadgesPanel';

const session = sessionFor(['JOB_SEEKER']);
const forklift = 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da';
const teamwork = 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0';

const badge: Badge = parseBadge({
  id: 'b1',
  spec: 'OB2',
  container: 'PNG',
  name: 'Heftruckcertificaat',
  issuer: 'Testacademie',
  issuedOn: '2025-06-30T10:00:00Z',
  importedAt: '2026-12-06T08:00:00Z',
  verified: false,
  verificationReason: 'HOSTED',
  skills: [
    { uri: forklift, labelNl: 'heftruck besturen', labelNlLanguage: 'nl', labelNlDerived: false, labelEn: 'operate forklift', inProfile: true },
    { uri: teamwork, labelNl: 'in teams werken', labelNlLanguage: 'nl', labelNlDerived: false, labelEn: 'work in teams', inProfile: false },
  ],
  ignoredSkillUris: [],
});

function renderPanel(profileUris: string[]) {
  const onAddSkill = vi.fn();
  renderWithProviders(
    <BadgesPanel session={session} badges={[badge]} loadError={null} profileUris={new Set(profileUris)} onChange={vi.fn()} onAddSkill={onAddSkill} />,
    { service: new FakeAuthService(session), path: '/werkzoekende/profiel' },
  );
  return onAddSkill;
}

describe('badges as evidence', () => {
  it('showsEveryBadgeAsNotVerifiedWithTheReasonAndItsSkills', () => {
    renderPanel([forklift]);
    const card = screen.getByRole('listitem', { name: 'Heftruckcertificaat' });
    expect(within(card).getByText('Niet geverifieerd')).toBeInTheDocument();
    expect(within(card).getByText(/alleen bij de uitgever via internet/)).toBeInTheDocument();
    expect(within(card).getByText('Uitgegeven door Testacademie · op 30-6-2025 · Open Badges-versie 2.0')).toBeInTheDocument();
    expect(within(card).getByText('staat in je profiel')).toBeInTheDocument();
  });

  it('addsASkillOfTheBadgeThatIsNotInTheProfileYetWhenAsked', async () => {
    const onAddSkill = renderPanel([forklift]);
    await userEvent.click(screen.getByRole('button', { name: 'in teams werken toevoegen aan je profiel' }));
    expect(onAddSkill).toHaveBeenCalledWith(expect.objectContaining({ uri: teamwork }), badge);
  });

  it('asksForAFileBeforeSendingAnything', async () => {
    renderPanel([]);
    await userEvent.click(screen.getByRole('button', { name: 'Badge toevoegen' }));
    expect(screen.getByLabelText('Badgebestand (JSON, PNG of SVG, hoogstens 2 MB)')).toHaveAccessibleDescription('Kies eerst een badgebestand.');
  });
});
