import { describe, expect, it } from 'vitest';
import type { Schema } from '../api/client';
import { toCaseload, toCoachProposal } from './coachApi';
import { toMyProposals } from '../proposals/proposalsApi';

describe('the coach and proposal API answers', () => {
  it('readsACaseloadPageWithPseudonymousRows', () => {
    const page = toCaseload({
      items: [
        {
          profileId: 'p-1',
          caseloadRegions: ['AM18'],
          label: 'Kandidaat 7F3A',
          region: 'AM18',
          regionName: 'Groot Amsterdam',
          skills: 5,
          topMatches: [{ vacancyId: 'v-1', title: 'Verzorgende IG', employer: 'Zorggroep Amstelland', score: 0.8 }],
          openProposals: 1,
          lastNoteAt: null,
        } as unknown as Schema<'Row'>,
      ],
      page: 0,
      size: 20,
      total: 1,
      regions: ['AM18'],
    });
    expect(page.items[0]?.label).toBe('Kandidaat 7F3A');
    expect(page.items[0]?.topMatches[0]?.employer).toBe('Zorggroep Amstelland');
    expect(page.items[0]?.lastNoteAt).toBeNull();
    expect(page.total).toBe(1);
  });

  it('givesNullForARowWithoutANote', () => {
    const row = { profileId: 'p-1', label: 'Kandidaat 7F3A', caseloadRegions: [], region: 'AM18', regionName: 'Groot Amsterdam', skills: 0, topMatches: [], openProposals: 0 };
    const page = toCaseload({ items: [row as unknown as Schema<'Row'>], page: 0, size: 20, total: 1, regions: [] });
    expect(page.items[0]?.lastNoteAt).toBeNull();
  });

  it('readsAProposalWithItsVersionForTheOutcome', () => {
    const proposal = toCoachProposal({
      id: 'x',
      profileId: 'p-1',
      coachLabel: 'Jobcoach AM18',
      score: 0.5,
      answeredAt: null,
      outcomeAt: null,
      vacancy: { id: 'v', title: 'Helpende', employer: 'Zorggroep Amstelland', region: 'AM18' },
      state: 'PROPOSED',
      outcome: null,
      note: '',
      proposedAt: '2026-12-04T10:00:00Z',
      version: 2,
    } as unknown as Schema<'ForCoach'>);
    expect(proposal.version).toBe(2);
    expect(proposal.outcome).toBeNull();
  });

  it('readsTheJobSeekersProposalsAndPseudonym', () => {
    const mine = toMyProposals({
      label: 'Kandidaat 7F3A',
      items: [
        {
          id: 'x',
          vacancy: { id: 'v', title: 'Helpende', employer: 'Zorggroep Amstelland', region: 'AM18' },
          state: 'PROPOSED',
          outcome: 'GESPREK',
          note: 'n',
          coachLabel: 'Jobcoach AM18',
          proposedAt: '2026-12-04T10:00:00Z',
          shared: { name: 'Fatima', email: null, phone: null },
        },
      ],
    } as unknown as Schema<'CandidateList'>);
    expect(mine.label).toBe('Kandidaat 7F3A');
    expect(mine.items[0]?.shared?.name).toBe('Fatima');
  });
});
