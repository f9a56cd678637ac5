import { en as app } from '../app/messages';
import { en as layout } from '../layout/messages';
import { en as auth } from '../auth/messages';
import { en as ui } from '../ui/messages';
import { en as preferences } from '../preferences/messages';
import { en as home } from '../home/messages';
import { en as landing } from '../landing/messages';
import { en as seeker } from '../seeker/messages';
import { en as coach } from '../coach/messages';
import { en as employer } from '../employer/messages';
import { en as regio } from '../regio/messages';
import { en as admin } from '../admin/messages';
import { en as vacancyFeeds } from '../admin/feeds/messages';
import { en as deadLetters } from '../admin/deadletters/messages';
import { en as sentMail } from '../admin/mail/messages';
import { en as skills } from '../skills/messages';
import { en as taxonomy } from '../taxonomy/messages';
import { en as explore } from '../explore/messages';
import { en as compare } from '../compare/messages';
import { en as privacy } from '../privacy/messages';
import { en as proposals } from '../proposals/messages';
import { en as invitations } from '../invitations/messages';
import { en as passport } from '../passport/messages';
import { en as notifications } from '../notifications/messages';
import { en as outlook } from '../outlook/messages';
import { en as teamOutlook } from '../teamoutlook/messages';
import type { MessageKey } from './nl';

const english = {
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

// Exactly nl's keys: the first half of the type catches a feature missing here, the second one a feature
// spread here but not into nl (a spread is not checked for keys its target does not know).
export const en: Record<MessageKey, string> & Record<Exclude<keyof typeof english, MessageKey>, never> = english;
