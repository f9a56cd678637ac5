import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { PrivacyPage } from './PrivacyPage';

/** "Mijn gegevens": export, audit trail, erasing the account. */
export const privacyRoutes = (
  <Route
    path="/werkzoekende/gegevens"
    element={<RequireRole role="JOB_SEEKER">{(session) => <PrivacyPage session={session} />}</RequireRole>}
  />
);
