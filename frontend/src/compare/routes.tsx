import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { ComparePage } from './ComparePage';

/** Comparing occupations, without an account and for the job seeker. */
export const compareRoutes = (
  <>
    <Route path="/ontdekken/vergelijken" element={<ComparePage />} />
    <Route
      path="/werkzoekende/vergelijken"
      element={<RequireRole role="JOB_SEEKER">{(session) => <ComparePage session={session} />}</RequireRole>}
    />
  </>
);
