import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { landingRoutes } from '../auth/roles';
import { AdminPage } from './AdminPage';
import { DeadLetterPage } from './deadletters/DeadLetterPage';
import { DeadLettersPage } from './deadletters/DeadLettersPage';
import { FeedJobPage } from './feeds/FeedJobPage';
import { FeedsPage } from './feeds/FeedsPage';
import { SentMailPage } from './mail/SentMailPage';

/** The administrator's pages: platform status, vacancy feeds, dead letters, sent e-mail. */
export const adminRoutes = (
  <>
    <Route
      path={landingRoutes.ADMIN}
      element={<RequireRole role="ADMIN">{(session) => <AdminPage session={session} />}</RequireRole>}
    />
    <Route
      path="/beheer/vacaturefeeds"
      element={<RequireRole role="ADMIN">{(session) => <FeedsPage session={session} />}</RequireRole>}
    />
    <Route
      path="/beheer/vacaturefeeds/:id"
      element={<RequireRole role="ADMIN">{(session) => <FeedJobPage session={session} />}</RequireRole>}
    />
    <Route
      path="/beheer/dead-letters"
      element={<RequireRole role="ADMIN">{(session) => <DeadLettersPage session={session} />}</RequireRole>}
    />
    <Route
      path="/beheer/dead-letters/:id"
      element={<RequireRole role="ADMIN">{(session) => <DeadLetterPage session={session} />}</RequireRole>}
    />
    <Route
      path="/beheer/e-mail"
      element={<RequireRole role="ADMIN">{(session) => <SentMailPage session={session} />}</RequireRole>}
    />
  </>
);
