import type { RegionEvent } from './regionFeed';

const vacancyEvents = new Set(['nl.vaardig.vacancy.published', 'nl.vaardig.vacancy.changed', 'nl.vaardig.vacancy.closed']);
const profileEvents = new Set(['nl.vaardig.profile.registered', 'nl.vaardig.profile.consent-changed', 'nl.vaardig.learning.route-started']);
const matchEvents = new Set([
  'nl.vaardig.matching.proposed-by-coach',
  'nl.vaardig.matching.invitation-answered',
  'nl.vaardig.matching.outcome-recorded',
]);

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The coach's page about what a feed line is about: the vacancy, or the candidate file (where a proposal lives).
 * Null when the line names nothing that can be opened. Whether the coach may see it is the server's decision: a
 * person outside the caseload answers with a clear refusal on the page, never with data.
 */
export function coachTargetOf(event: RegionEvent): string | null {
  if (vacancyEvents.has(event.type) && uuid.test(event.subject)) return `/jobcoach/vacatures/${event.subject}`;
  if (profileEvents.has(event.type) && uuid.test(event.subject)) return `/jobcoach/kandidaten/${event.subject}`;
  const profileId = event.summary.profileId;
  if (matchEvents.has(event.type) && typeof profileId === 'string' && uuid.test(profileId)) return `/jobcoach/kandidaten/${profileId}`;
  return null;
}
