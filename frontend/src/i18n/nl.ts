import { nl as app } from '../app/messages';
import { nl as layout } from '../layout/messages';
import { nl as auth } from '../auth/messages';
import { nl as ui } from '../ui/messages';
import { nl as preferences } from '../preferences/messages';
import { nl as home } from '../home/messages';
import { nl as landing } from '../landing/messages';
import { nl as seeker } from '../seeker/messages';
import { nl as coach } from '../coach/messages';
import { nl as employer } from '../employer/messages';
import { nl as regio } from '../regio/messages';
import { nl as admin } from '../admin/messages';
import { nl as vacancyFeeds } from '../admin/feeds/messages';
import { nl as deadLetters } from '../admin/deadletters/messages';
import { nl as sentMail } from '../admin/mail/messages';
import { nl as skills } from '../skills/messages';
import { nl as taxonomy } from '../taxonomy/messages';
import { nl as explore } from '../explore/messages';
import { nl as compare } from '../compare/messages';
import { nl as privacy } from '../privacy/messages';
import { nl as proposals } from '../proposals/messages';
import { nl as invitations } from '../invitations/messages';
import { nl as passport } from '../passport/messages';
import { nl as notifications } from '../notifications/messages';
import { nl as outlook } from '../outlook/messages';
import { nl as teamOutlook } from '../teamoutlook/messages';

// Dutch is the reference dictionary: its keys define MessageKey, and every other language must
// provide exactly the same keys (enforced by the type of `en` and by i18n/dictionary.test.ts).
// Each feature owns its texts in its own messages.ts; this puts them together. A key in two features would
// silently overwrite here, so i18n/language.test.ts checks that every message comes from exactly one file.
export const nl = {
  ...app,
  ...layout,
  ...auth,
  ...ui,
  ...preferences,
  ...home,
  ...landing,
  ...seeker,
  ...coach,
  ...employer,
  ...regio,
  ...admin,
  ...vacancyFeeds,
  ...deadLetters,
  ...sentMail,
  ...skills,
  ...taxonomy,
  ...explore,
  ...compare,
  ...privacy,
  ...proposals,
  ...invitations,
  ...passport,
  ...notifications,
  ...outlook,
  ...teamOutlook,
};

export type MessageKey = keyof typeof nl;
