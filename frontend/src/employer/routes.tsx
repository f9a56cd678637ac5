import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { landingRoutes } from '../auth/roles';
import { CandidatesPage } from './CandidatesPage';
import { EmployerPage } from './EmployerPage';
import { NewVacancyPage } from './NewVacancyPage';
import { TeamPage } from './TeamPage';

/** The employer's pages: own vacancies, a vacancy's ranked candidates, a new vacancy, the team's gaps. */
export const employerRoutes = (
  <>
    <Route
      path={landingRoutes.EMPLOYER}
      element={<RequireRole role="EMPLOYER">{(session) => <EmployerPage session={session} />}</RequireRole>}
    />
    <Route
      path="/werkgever/vacatures/:id/kandidaten"
      element={<RequireRole role="EMPLOYER">{(session) => <CandidatesPage session={session} />}</RequireRole>}
    />
    <Route
      path="/werkgever/vacatures/nieuw"
      element={<RequireRole role="EMPLOYER">{(session) => <NewVacancyPage session={session} />}</RequireRole>}
    />
    <Route
      path="/werkgever/team"
      element={<RequireRole role="EMPLOYER">{(session) => <TeamPage session={session} />}</RequireRole>}
    />
  </>
);
