import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { landingRoutes } from '../auth/roles';
import { CandidateFilePage } from './CandidateFilePage';
import { CaseloadPage } from './CaseloadPage';
import { CoachVacancyPage } from './CoachVacancyPage';
import { JobcoachPage } from './JobcoachPage';

/** The jobcoach's pages: live region feed, caseload, a candidate's file, a vacancy opened from the feed. */
export const coachRoutes = (
  <>
    <Route
      path={landingRoutes.JOBCOACH}
      element={<RequireRole role="JOBCOACH">{(session) => <JobcoachPage session={session} />}</RequireRole>}
    />
    <Route
      path="/jobcoach/caseload"
      element={<RequireRole role="JOBCOACH">{(session) => <CaseloadPage session={session} />}</RequireRole>}
    />
    <Route
      path="/jobcoach/kandidaten/:profileId"
      element={<RequireRole role="JOBCOACH">{(session) => <CandidateFilePage session={session} />}</RequireRole>}
    />
    <Route
      path="/jobcoach/vacatures/:id"
      element={<RequireRole role="JOBCOACH">{(session) => <CoachVacancyPage session={session} />}</RequireRole>}
    />
  </>
);
