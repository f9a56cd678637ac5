import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { OutlookPage } from './OutlookPage';

/** The job seeker's outlook: demand trend and prognosis of the own skills. */
export const outlookRoutes = (
  <Route
    path="/werkzoekende/toekomst"
    element={<RequireRole role="JOB_SEEKER">{(session) => <OutlookPage session={session} />}</RequireRole>}
  />
);
