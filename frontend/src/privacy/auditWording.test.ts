import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../i18n/dictionary';
import { auditActorText, auditDetailText } from './auditWording';

const nl = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const id = '3f2b6c1e-8d4a-4b7e-9c1d-2a5e6f7a8b9c';
const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-/i;

// the notes exactly as the server writes them (SeekerProfiles, ProposalService, InvitationService, ...)
const written: ReadonlyArray<readonly [string, string, string]> = [
  ['PROFILE_CHANGED', 'skills=67', '67 vaardigheden in je profiel'],
  ['CONSENT_GIVEN', 'STATISTICS AM18', 'Meetellen in cijfers over de arbeidsmarkt, in de regio’s Groot Amsterdam'],
  ['CONSENT_GIVEN', 'EMPLOYER_SEARCH AM18,AM22', 'Werkgevers mogen mij vinden, in de regio’s Groot Amsterdam, Rijnmond'],
  ['CONSENT_GIVEN', 'KEEP_PROFILE ', 'Mijn profiel bewaren (nodig)'],
  ['CONSENT_WITHDRAWN', 'COACH_HELP', 'Een jobcoach mag mij helpen'],
  ['PROFILE_VIEWED_BY_EMPLOYER', `kandidaten voor vacature ${id}`, 'Je stond zonder naam in de kandidatenlijst bij een vacature van deze werkgever'],
  ['PROFILE_VIEWED_BY_EMPLOYER', `coach proposal ${id}`, 'De werkgever bekeek je voorstel van de jobcoach'],
  ['PROFILE_VIEWED_BY_COACH', 'caseload', 'De jobcoach opende je profiel vanuit de caseload'],
  ['COACH_NOTE_WRITTEN', `note ${id}`, 'De jobcoach schreef een notitie bij je profiel'],
  ['PROPOSAL_MADE', `proposal ${id}, vacancy ${id}`, 'De jobcoach wil je voorstellen bij een werkgever; jij beslist'],
  ['PROPOSAL_ANSWERED', `proposal ${id}: PROPOSED`, 'Je stemde in met het voorstel'],
  ['OUTCOME_RECORDED', `proposal ${id}: SCHOLING_GESTART`, 'Uitkomst van het voorstel: scholing gestart'],
  ['CONTACT_SHARED', `proposal ${id}: with Zorggroep Amstelland (name, e-mail)`, 'Gedeeld met Zorggroep Amstelland: naam, e-mailadres'],
  ['CONTACT_SHARED', 'gedeeld met Zorggroep Amstelland: name, phone', 'Gedeeld met Zorggroep Amstelland: naam, telefoonnummer'],
  ['INVITATION_SENT', `vacature ${id} — Verpleegkundige wijkzorg`, 'Uitnodiging voor de vacature "Verpleegkundige wijkzorg"'],
  ['INVITATION_ANSWERED', `uitnodiging ${id} van Zorggroep Amstelland: ACCEPTED`, 'Je accepteerde de uitnodiging van Zorggroep Amstelland'],
  // issue 18: the skills passport (PassportSharing)
  ['PASSPORT_SHARED', `LINK ${id}`, 'Je maakte een deellink voor je paspoort'],
  ['PASSPORT_SHARED', 'ACCOUNT JOBCOACH jobcoach', 'Je deelde je paspoort met jobcoach (jobcoach)'],
  ['PASSPORT_SHARE_REVOKED', `share ${id}`, 'Je trok het delen van je paspoort in'],
  ['PASSPORT_VIEWED_BY_LINK', `PAGE share ${id}`, 'Je paspoort is bekeken via een deellink'],
  ['PASSPORT_VIEWED_BY_LINK', `PDF share ${id}`, 'Je paspoort is als pdf gedownload via een deellink'],
  ['PASSPORT_VIEWED_BY_ACCOUNT', `PAGE share ${id}`, 'Je paspoort is bekeken door dit account, dat je het had gedeeld'],
];

describe('the audit log in plain words', () => {
  it.each(written)('%s "%s" reads as a Dutch sentence', (action, detail, sentence) => {
    expect(auditDetailText({ action, detail }, nl)).toBe(sentence);
  });

  it('neverShowsAnIdOrARegionCode', () => {
    for (const [action, detail] of written) {
      const text = auditDetailText({ action, detail }, nl);
      expect(text, detail).not.toMatch(uuidPattern);
      expect(text, detail).not.toMatch(/\bAM\d{2}\b|[A-Z]{2,}_[A-Z]+|skills=/);
    }
  });

  it('readsTheSameNotesInEnglishWhenEnglishIsChosen', () => {
    expect(auditDetailText({ action: 'PROFILE_CREATED', detail: 'skills=3' }, en)).toBe('3 skills in your profile');
    expect(auditDetailText({ action: 'CONSENT_GIVEN', detail: 'STATISTICS AM18' }, en)).toBe('Count me in labour-market figures, in the regions Groot Amsterdam');
  });

  it('dropsIdsAndNamesRegionsInANoteOfAnUnknownShape', () => {
    expect(auditDetailText({ action: 'SOMETHING_NEW', detail: `record ${id} in AM22` }, nl)).toBe('record in Rijnmond');
    expect(auditDetailText({ action: 'DATA_EXPORTED', detail: null }, nl)).toBe('');
  });

  it('namesTheCoachesRegionsAndCallsThePersonJijzelf', () => {
    expect(auditActorText('Jobcoach AM18, AM22', nl)).toBe('Jobcoach Groot Amsterdam, Rijnmond');
    expect(auditActorText('Uzelf', nl)).toBe('Jijzelf');
    expect(auditActorText('Deellink', nl)).toBe('Iemand met je deellink');
    expect(auditActorText('Werkgever Zorggroep Amstelland', nl)).toBe('Werkgever Zorggroep Amstelland');
  });
});
