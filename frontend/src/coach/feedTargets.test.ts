import { describe, expect, it } from 'vitest';
import { coachTargetOf } from './feedTargets';
import type { RegionEvent } from './regionFeed';

const id = '7d3f2c1a-1b2c-4d5e-8f90-123456789abc';
const profile = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function event(type: string, subject: string, summary: Record<string, unknown> = {}): RegionEvent {
  return { id: 'e1', region: 'AM18', type, subject, occurredAt: '2026-12-06T08:00:00Z', summary };
}

describe('what a live-feed line opens for a coach', () => {
  it('opensTheVacancyForVacancyEvents', () => {
    expect(coachTargetOf(event('nl.vaardig.vacancy.published', id))).toBe(`/jobcoach/vacatures/${id}`);
    expect(coachTargetOf(event('nl.vaardig.vacancy.closed', id))).toBe(`/jobcoach/vacatures/${id}`);
  });

  it('opensTheCandidateFileForProfileEventsAndForProposalsByTheirProfile', () => {
    expect(coachTargetOf(event('nl.vaardig.profile.registered', profile))).toBe(`/jobcoach/kandidaten/${profile}`);
    expect(coachTargetOf(event('nl.vaardig.matching.proposed-by-coach', id, { profileId: profile }))).toBe(`/jobcoach/kandidaten/${profile}`);
  });

  it('opensNothingWhenTheLineNamesNothingToOpen', () => {
    expect(coachTargetOf(event('nl.vaardig.matching.outcome-recorded', id))).toBeNull();
    expect(coachTargetOf(event('nl.vaardig.vacancy.published', '../beheer'))).toBeNull();
    expect(coachTargetOf(event('nl.vaardig.something.else', id))).toBeNull();
  });
});
