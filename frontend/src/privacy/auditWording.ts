import { isMessageKey, type MessageKey, type MessageParams } from '../i18n/dictionary';
import { arbeidsmarktregioNames } from '../regions/arbeidsmarktregios';
import type { AuditLine } from './privacyApi';

type Translate = (key: MessageKey, params?: MessageParams) => string;

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const regionCode = /\bAM\d{2}\b/g;

/** A regex group that the pattern guarantees; '' keeps the type checker content. */
function g(match: RegExpExecArray, index: number): string {
  return match[index] ?? '';
}

function keyed(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

function regionNames(codes: string): string {
  return codes
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '')
    .map((code) => arbeidsmarktregioNames[code] ?? code)
    .join(', ');
}

/** "name, e-mail, phone" as the server writes what was shared → the same in the reader's words. */
function sharedKinds(t: Translate, kinds: string): string {
  const words: Readonly<Record<string, MessageKey>> = {
    name: 'privacy.detail.kind.name',
    naam: 'privacy.detail.kind.name',
    'e-mail': 'privacy.detail.kind.email',
    email: 'privacy.detail.kind.email',
    phone: 'privacy.detail.kind.phone',
    telefoon: 'privacy.detail.kind.phone',
  };
  return kinds
    .split(',')
    .map((kind) => kind.trim().toLowerCase())
    .filter((kind) => kind !== '')
    .map((kind) => (words[kind] ? t(words[kind]) : kind))
    .join(', ');
}

/**
 * The audit detail as a sentence a citizen can read. The server writes short technical notes ("STATISTICS
 * AM18", "skills=67", "proposal <id>: PROPOSED"); this reads each action's note back into words, names the
 * regions and never shows an internal id. A note of a shape not known here loses its ids and codes only.
 */
export function auditDetailText(line: Pick<AuditLine, 'action' | 'detail'>, t: Translate): string {
  const detail = line.detail?.trim() ?? '';
  if (detail === '') return '';
  let m: RegExpExecArray | null;
  switch (line.action) {
    case 'PROFILE_CREATED':
    case 'PROFILE_CHANGED':
      if ((m = /^skills=(\d+)$/.exec(detail))) return t('privacy.detail.skills', { count: Number(g(m, 1)) });
      break;
    case 'CONSENT_GIVEN':
      if ((m = /^([A-Z_]+)(?:\s+([A-Z0-9,]*))?$/.exec(detail))) {
        const purpose = keyed(t, `seeker.consent.${g(m, 1)}.title`, g(m, 1));
        const regions = g(m, 2) ? regionNames(g(m, 2)) : '';
        return regions === '' ? t('privacy.detail.consent', { purpose }) : t('privacy.detail.consentRegions', { purpose, regions });
      }
      break;
    case 'CONSENT_WITHDRAWN':
      if ((m = /^([A-Z_]+)$/.exec(detail))) return t('privacy.detail.consent', { purpose: keyed(t, `seeker.consent.${g(m, 1)}.title`, g(m, 1)) });
      break;
    case 'PROFILE_VIEWED_BY_EMPLOYER':
      if (/^kandidaten voor vacature\b/.test(detail)) return t('privacy.detail.viewedInCandidates');
      if (/^coach proposal\b/.test(detail)) return t('privacy.detail.viewedViaProposal');
      break;
    case 'PROFILE_VIEWED_BY_COACH':
      if (detail === 'caseload') return t('privacy.detail.viewedFromCaseload');
      break;
    case 'COACH_NOTE_WRITTEN':
      if (/^note\b/.test(detail)) return t('privacy.detail.note');
      break;
    case 'PROPOSAL_MADE':
      if (/^proposal\b/.test(detail)) return t('privacy.detail.proposalMade');
      break;
    case 'PROPOSAL_ANSWERED':
      if ((m = /^proposal \S+: ([A-Z_]+)$/.exec(detail))) return keyed(t, `privacy.detail.proposal.${g(m, 1)}`, keyed(t, `proposal.state.${g(m, 1)}`, ''));
      break;
    case 'OUTCOME_RECORDED':
      if ((m = /^proposal \S+: ([A-Z_]+)$/.exec(detail))) return t('privacy.detail.outcome', { outcome: keyed(t, `proposal.outcome.${g(m, 1)}`, g(m, 1)) });
      break;
    case 'CONTACT_SHARED':
      if ((m = /^proposal \S+: with (.+) \(([^)]*)\)$/.exec(detail)) || (m = /^gedeeld met (.+): ([^:]*)$/.exec(detail))) {
        return t('privacy.detail.shared', { organisation: g(m, 1), kinds: sharedKinds(t, g(m, 2)) });
      }
      break;
    case 'INVITATION_SENT':
      if ((m = /^vacature \S+ — (.+)$/s.exec(detail))) return t('privacy.detail.invitedFor', { title: g(m, 1) });
      break;
    case 'BADGE_IMPORTED':
      if ((m = /^OB([23]) skills=(\d+)$/.exec(detail))) return t('badges.audit.imported', { version: g(m, 1), count: Number(g(m, 2)) });
      break;
    case 'INVITATION_ANSWERED':
      if ((m = /^uitnodiging \S+ van (.+): (ACCEPTED|DECLINED)$/.exec(detail))) {
        return t(g(m, 2) === 'ACCEPTED' ? 'privacy.detail.invitationAccepted' : 'privacy.detail.invitationDeclined', { organisation: g(m, 1) });
      }
      break;
    // --- issue 18: skills passport ---
    case 'PASSPORT_SHARED':
      if (detail.startsWith('LINK ')) return t('privacy.detail.passportLinkShared');
      if ((m = /^ACCOUNT (JOBCOACH|EMPLOYER) (.+)$/.exec(detail))) {
        return t('privacy.detail.passportAccountShared', { username: g(m, 2), role: t(g(m, 1) === 'EMPLOYER' ? 'passport.role.EMPLOYER' : 'passport.role.JOBCOACH') });
      }
      break;
    case 'PASSPORT_SHARE_REVOKED':
      return t('privacy.detail.passportRevoked');
    case 'PASSPORT_VIEWED_BY_LINK':
      if ((m = /^(PAGE|PDF) share\b/.exec(detail))) return t(g(m, 1) === 'PDF' ? 'privacy.detail.passportViewedByLinkPdf' : 'privacy.detail.passportViewedByLinkPage');
      break;
    case 'PASSPORT_VIEWED_BY_ACCOUNT':
      if ((m = /^(PAGE|PDF) share\b/.exec(detail))) return t(g(m, 1) === 'PDF' ? 'privacy.detail.passportViewedPdf' : 'privacy.detail.passportViewedPage');
      break;
  }
  return withoutCodes(detail);
}

/** Ids out, region codes as names: what is left of a note this page does not know. */
export function withoutCodes(text: string): string {
  return text
    .replace(uuid, '')
    .replace(regionCode, (code) => arbeidsmarktregioNames[code] ?? code)
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,:;.])/g, '$1')
    .trim();
}

/** Who did it, with region names instead of codes ("Jobcoach Groot Amsterdam"); the person is "Jijzelf". */
export function auditActorText(actorLabel: string, t: Translate): string {
  if (actorLabel === 'Deellink') return t('passport.audit.actorLink');
  return actorLabel === 'Uzelf' ? t('privacy.audit.yourself') : withoutCodes(actorLabel);
}
