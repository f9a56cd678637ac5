import { isMessageKey, type MessageKey, type MessageParams } from '../i18n/dictionary';
import { arbeidsmarktregioNames } from '../regions/arbeidsmarktregios';
import type { RegionEvent } from './regionFeed';

type Translate = (key: MessageKey, params?: MessageParams) => string;

const textByType: Readonly<Record<string, MessageKey>> = {
  'nl.vaardig.vacancy.published': 'regionFeed.event.vacancyPublished',
  'nl.vaardig.vacancy.changed': 'regionFeed.event.vacancyChanged',
  'nl.vaardig.vacancy.closed': 'regionFeed.event.vacancyClosed',
  'nl.vaardig.profile.registered': 'regionFeed.event.profileRegistered',
  'nl.vaardig.profile.consent-changed': 'regionFeed.event.consentChanged',
  'nl.vaardig.matching.proposed-by-coach': 'regionFeed.event.matchProposed',
  'nl.vaardig.matching.invitation-answered': 'regionFeed.event.invitationAnswered',
  'nl.vaardig.matching.outcome-recorded': 'regionFeed.event.outcomeRecorded',
  'nl.vaardig.learning.route-started': 'regionFeed.event.learningRouteStarted',
};

/** The region's name, or its code when this version does not know it. */
export function regionName(code: string): string {
  return arbeidsmarktregioNames[code] ?? code;
}

/** One feed line in the reader's language, e.g. "Nieuwe vacature: Wijkverpleegkundige in Groot Amsterdam". */
export function describeEvent(event: RegionEvent, t: Translate): string {
  const summary = event.summary;
  const params = {
    title: stringOf(summary.title),
    region: regionName(event.region),
    type: event.type,
    reason: enumText(t, 'regionFeed.reason', summary.reason),
    answer: enumText(t, 'regionFeed.answer', summary.answer),
    outcome: enumText(t, 'regionFeed.outcome', summary.outcome),
  };
  return t(textByType[event.type] ?? 'regionFeed.event.other', params);
}

/** The second line: employer and municipality of a vacancy, when known. */
export function eventDetail(event: RegionEvent): string | null {
  const parts = [stringOf(event.summary.employer), stringOf(event.summary.gemeente)].filter((part) => part !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

function enumText(t: Translate, prefix: string, value: unknown): string {
  const text = stringOf(value);
  const key = `${prefix}.${text}`;
  return isMessageKey(key) ? t(key) : text;
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
