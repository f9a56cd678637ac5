import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { landingRoutes } from '../auth/roles';
import { ConsentsPage } from './ConsentsPage';
import { ProfileEditorPage } from './ProfileEditorPage';
import { SeekerDashboard } from './SeekerDashboard';
import { SeekerMatchesPage } from './SeekerMatchesPage';
import { WelcomeConsentPage } from './WelcomeConsentPage';

/** The job seeker's own pages: dashboard, registration consent, profile, own matches, consents. */
export const seekerRoutes = (
  <>
    <Route
      path={landingRoutes.JOB_SEEKER}
      element={<RequireRole role="JOB_SEEKER">{(session) => <SeekerDashboard session={session} />}</RequireRole>}
    />
    <Route
      path="/werkzoekende/welkom"
      element={<RequireRole role="JOB_SEEKER">{(session) => <WelcomeConsentPage session={session} />}</RequireRole>}
    />
    <Route
      path="/werkzoekende/profiel"
      element={<RequireRole role="JOB_SEEKER">{(session) => <ProfileEditorPage session={session} />}</RequireRole>}
    />
    <Route
      path="/werkzoekende/matches"
      element={<RequireRole role="JOB_SEEKER">{(session) => <SeekerMatchesPage session={session} />}</RequireRole>}
    />
    <Route
      path="/werkzoekende/toestemmingen"
      element={<RequireRole role="JOB_SEEKER">{(session) => <ConsentsPage session={session} />}</RequireRole>}
    />
  </>
);
