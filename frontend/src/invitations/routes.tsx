import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { InvitationsPage } from './InvitationsPage';

/** The job seeker's invitations from employers. */
export const invitationsRoutes = (
  <Route
    path="/werkzoekende/uitnodigingen"
    element={<RequireRole role="JOB_SEEKER">{(session) => <InvitationsPage session={session} />}</RequireRole>}
  />
);
