import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { EmployerProposalsPage } from './EmployerProposalsPage';
import { MyProposalsPage } from './MyProposalsPage';

/** A jobcoach's proposals as the job seeker and the employer see them. */
export const proposalsRoutes = (
  <>
    <Route
      path="/werkzoekende/voorstellen"
      element={<RequireRole role="JOB_SEEKER">{(session) => <MyProposalsPage session={session} />}</RequireRole>}
    />
    <Route
      path="/werkgever/voorstellen"
      element={<RequireRole role="EMPLOYER">{(session) => <EmployerProposalsPage session={session} />}</RequireRole>}
    />
  </>
);
