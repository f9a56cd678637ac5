import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { TeamOutlookListPage } from './TeamOutlookListPage';
import { TeamOutlookPage } from './TeamOutlookPage';
import { WorkerAnswerPage } from './WorkerAnswerPage';

/** The employer's team outlook, and the worker's answer page (by link, no account). */
export const teamOutlookRoutes = (
  <>
    <Route
      path="/werkgever/team/toekomst"
      element={<RequireRole role="EMPLOYER">{(session) => <TeamOutlookListPage session={session} />}</RequireRole>}
    />
    <Route
      path="/werkgever/team/toekomst/:id"
      element={<RequireRole role="EMPLOYER">{(session) => <TeamOutlookPage session={session} />}</RequireRole>}
    />
    <Route path="/teamvragen/:token" element={<WorkerAnswerPage />} />
  </>
);
