import type { MessageKey } from '../i18n/dictionary';
import type { ConsentKind } from './seekerApi';

/**
 * The plain-language wording of each consent, shown on the consent screen and the consents page. The server stores
 * its version (ConsentWording.VERSION, "2026-12-v1") with each consent: change both together.
 */
/** Must equal the server's ConsentWording.VERSION; the consents page shows the version each record was given under. */
export const consentWordingVersion = '2026-12-v1';

export const consentTexts: Readonly<Record<ConsentKind, { readonly title: MessageKey; readonly text: MessageKey }>> = {
  KEEP_PROFILE: { title: 'seeker.consent.KEEP_PROFILE.title', text: 'seeker.consent.KEEP_PROFILE.text' },
  EMPLOYER_SEARCH: { title: 'seeker.consent.EMPLOYER_SEARCH.title', text: 'seeker.consent.EMPLOYER_SEARCH.text' },
  COACH_HELP: { title: 'seeker.consent.COACH_HELP.title', text: 'seeker.consent.COACH_HELP.text' },
  STATISTICS: { title: 'seeker.consent.STATISTICS.title', text: 'seeker.consent.STATISTICS.text' },
};
