import { describe, expect, it } from 'vitest';
import type { Schema } from '../api/client';
import { toIncomingProposal } from './proposalsApi';

const vacancy = { id: 'v', title: 'Helpende', employer: 'Zorggroep Amstelland', region: 'AM18' };

describe('toIncomingProposal', () => {
  it('gives the contact with null for what was left out, and null without an outcome', () => {
    const proposal = toIncomingProposal({
      id: 'x', vacancy, candidateLabel: 'Kandidaat 7F3A', coachLabel: 'Jobcoach AM18', note: 'n', score: 0.7,
      answeredAt: '2026-12-04T10:00:00Z', outcome: null, contact: { name: 'Fatima', email: null, phone: '0612345678' },
    } as unknown as Schema<'ForEmployer'>);
    expect(proposal.contact).toEqual({ name: 'Fatima', email: null, phone: '0612345678' });
    expect(proposal.outcome).toBeNull();
  });

  it('gives no contact and an empty note when the server sends none', () => {
    const proposal = toIncomingProposal({
      id: 'x', vacancy, candidateLabel: 'Kandidaat 7F3A', coachLabel: 'Jobcoach AM18', note: null, score: 0.7,
      answeredAt: '2026-12-04T10:00:00Z', outcome: 'GESPREK', contact: null,
    } as unknown as Schema<'ForEmployer'>);
    expect([proposal.contact, proposal.note, proposal.outcome]).toEqual([null, '', 'GESPREK']);
  });
});
