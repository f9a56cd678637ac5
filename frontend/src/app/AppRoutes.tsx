import { Route, Routes } from 'react-router-dom';
import { AdminPage } from '../admin/AdminPage';
import { DeadLetterPage } from '../admin/deadletters/DeadLetterPage';
import { DeadLettersPage } from '../admin/deadletters/DeadLettersPage';
import { FeedJobPage } from '../admin/feeds/FeedJobPage';
import { FeedsPage } from '../admin/feeds/FeedsPage';
import { CallbackPage } from '../auth/CallbackPage';
import { callbackPath } from '../auth/callbackPath';
import { RequireRole } from '../auth/RequireRole';
import { landingRoutes } from '../auth/roles';
import { HomePage } from '../home/HomePage';
import { JobcoachPage } from '../coach/JobcoachPage';
// --- matching (explore, employer candidates) ---
import { CandidatesPage } from '../employer/CandidatesPage';
import { EmployerPage } from '../employer/EmployerPage';
import { NewVacancyPage } from '../employer/NewVacancyPage';
import { ExplorePage } from '../explore/ExplorePage';
import { JobSeekerPage } from '../landing/JobSeekerPage';
import { RegioPage } from '../landing/RegioPage';
import { PublicDemandPage } from '../regio/PublicDemandPage';
import { Layout } from '../layout/Layout';
import { SkillsPage } from '../skills/SkillsPage';
import { NotFoundPage } from './NotFoundPage';
// --- issue 6 B: invitations, team gap view ---
import { TeamPage } from '../employer/TeamPage';
import { InvitationsPage } from '../invitations/InvitationsPage';

/** Every page of the shell. Role pages sit behind the guard; the rest is public. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path={callbackPath} element={<CallbackPage />} />
        {/* skills: public "Vaardigheden vinden" page (no login) */}
        <Route path="/vaardigheden" element={<SkillsPage />} />
        <Route
          path={landingRoutes.JOB_SEEKER}
          element={<RequireRole role="JOB_SEEKER">{(session) => <JobSeekerPage session={session} />}</RequireRole>}
        />
        <Route
          path={landingRoutes.JOBCOACH}
          element={<RequireRole role="JOBCOACH">{(session) => <JobcoachPage session={session} />}</RequireRole>}
        />
        <Route
          path={landingRoutes.EMPLOYER}
          element={<RequireRole role="EMPLOYER">{(session) => <EmployerPage session={session} />}</RequireRole>}
        />
        <Route
          path={landingRoutes.REGIO_STAFF}
          element={<RequireRole role="REGIO_STAFF">{(session) => <RegioPage session={session} />}</RequireRole>}
        />
        <Route path={`${landingRoutes.REGIO_STAFF}/openbaar`} element={<PublicDemandPage />} />
        <Route
          path={landingRoutes.ADMIN}
          element={<RequireRole role="ADMIN">{(session) => <AdminPage session={session} />}</RequireRole>}
        />
        {/* --- matching (explore, employer candidates) --- */}
        <Route path="/ontdekken" element={<ExplorePage />} />
        <Route
          path="/werkgever/vacatures/:id/kandidaten"
          element={<RequireRole role="EMPLOYER">{(session) => <CandidatesPage session={session} />}</RequireRole>}
        />
        {/* Issue 7 UI (helper C): new vacancy, feed uploads, dead letters */}
        <Route
          path="/werkgever/vacatures/nieuw"
          element={<RequireRole role="EMPLOYER">{(session) => <NewVacancyPage session={session} />}</RequireRole>}
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
        {/* --- issue 6 B: invitations, team gap view --- */}
        <Route
          path="/werkgever/team"
          element={<RequireRole role="EMPLOYER">{(session) => <TeamPage session={session} />}</RequireRole>}
        />
        <Route
          path="/werkzoekende/uitnodigingen"
          element={<RequireRole role="JOB_SEEKER">{(session) => <InvitationsPage session={session} />}</RequireRole>}
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
