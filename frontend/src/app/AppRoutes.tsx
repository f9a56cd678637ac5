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
// --- issue 18 (compare18): compare occupations ---
import { ComparePage } from '../compare/ComparePage';
import { RegioPage } from '../landing/RegioPage';
import { PublicDemandPage } from '../regio/PublicDemandPage';
import { Layout } from '../layout/Layout';
import { SkillsPage } from '../skills/SkillsPage';
import { NotFoundPage } from './NotFoundPage';
// --- issue 6 A2: Mijn gegevens ---
import { AccountErasedNotice } from '../privacy/AccountErasedNotice';
import { PrivacyPage } from '../privacy/PrivacyPage';
// --- issue 6 C: jobcoach caseload, proposals ---
import { CandidateFilePage } from '../coach/CandidateFilePage';
import { CaseloadPage } from '../coach/CaseloadPage';
import { CoachVacancyPage } from '../coach/CoachVacancyPage';
import { EmployerProposalsPage } from '../proposals/EmployerProposalsPage';
import { MyProposalsPage } from '../proposals/MyProposalsPage';
// --- issue 6 A1: job seeker ---
import { OutlookPage } from '../outlook/OutlookPage';
import { ConsentsPage } from '../seeker/ConsentsPage';
import { ProfileEditorPage } from '../seeker/ProfileEditorPage';
import { SeekerDashboard } from '../seeker/SeekerDashboard';
import { SeekerMatchesPage } from '../seeker/SeekerMatchesPage';
import { WelcomeConsentPage } from '../seeker/WelcomeConsentPage';
// --- issue 6 B: invitations, team gap view ---
import { TeamPage } from '../employer/TeamPage';
import { InvitationsPage } from '../invitations/InvitationsPage';
// --- team19 (issue 19): team outlook ---
import { TeamOutlookListPage } from '../teamoutlook/TeamOutlookListPage';
import { TeamOutlookPage } from '../teamoutlook/TeamOutlookPage';
import { WorkerAnswerPage } from '../teamoutlook/WorkerAnswerPage';
// --- issue 18: skills passport ---
import { PassportPage } from '../passport/PassportPage';
import { SharedPassportPage } from '../passport/SharedPassportPage';
import { SharedWithMePage } from '../passport/SharedWithMePage';
// --- issue 18: e-mail notifications ---
import { SentMailPage } from '../admin/mail/SentMailPage';
import { NotificationSettingsPage, notificationSettingsPath } from '../notifications/NotificationSettingsPage';

/** Every page of the shell. Role pages sit behind the guard; the rest is public. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {/* after an erasure the sign-out returns to the start page, which then confirms it (issue 6 A2) */}
        <Route index element={<AccountErasedNotice><HomePage /></AccountErasedNotice>} />
        <Route path={callbackPath} element={<CallbackPage />} />
        {/* skills: public "Vaardigheden vinden" page (no login) */}
        <Route path="/vaardigheden" element={<SkillsPage />} />
        <Route
          path={landingRoutes.JOB_SEEKER}
          element={<RequireRole role="JOB_SEEKER">{(session) => <SeekerDashboard session={session} />}</RequireRole>}
        />
        {/* --- issue 6 A1: job seeker --- */}
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
          path="/werkzoekende/toekomst"
          element={<RequireRole role="JOB_SEEKER">{(session) => <OutlookPage session={session} />}</RequireRole>}
        />
        <Route
          path="/werkzoekende/toestemmingen"
          element={<RequireRole role="JOB_SEEKER">{(session) => <ConsentsPage session={session} />}</RequireRole>}
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
        {/* --- issue 18 (compare18): compare occupations, without an account and for the job seeker --- */}
        <Route path="/ontdekken/vergelijken" element={<ComparePage />} />
        <Route
          path="/werkzoekende/vergelijken"
          element={<RequireRole role="JOB_SEEKER">{(session) => <ComparePage session={session} />}</RequireRole>}
        />
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
        {/* --- issue 6 A2: Mijn gegevens --- */}
        <Route
          path="/werkzoekende/gegevens"
          element={<RequireRole role="JOB_SEEKER">{(session) => <PrivacyPage session={session} />}</RequireRole>}
        />
        {/* --- issue 6 C: jobcoach caseload, proposals --- */}
        <Route
          path="/jobcoach/caseload"
          element={<RequireRole role="JOBCOACH">{(session) => <CaseloadPage session={session} />}</RequireRole>}
        />
        <Route
          path="/jobcoach/kandidaten/:profileId"
          element={<RequireRole role="JOBCOACH">{(session) => <CandidateFilePage session={session} />}</RequireRole>}
        />
        {/* --- badges18 (issue 18): a vacancy opened from the coach's live feed --- */}
        <Route
          path="/jobcoach/vacatures/:id"
          element={<RequireRole role="JOBCOACH">{(session) => <CoachVacancyPage session={session} />}</RequireRole>}
        />
        <Route
          path="/werkzoekende/voorstellen"
          element={<RequireRole role="JOB_SEEKER">{(session) => <MyProposalsPage session={session} />}</RequireRole>}
        />
        <Route
          path="/werkgever/voorstellen"
          element={<RequireRole role="EMPLOYER">{(session) => <EmployerProposalsPage session={session} />}</RequireRole>}
        />
        {/* --- team19 (issue 19): team outlook (employer) and the worker's answer page (by link, no account) --- */}
        <Route
          path="/werkgever/team/toekomst"
          element={<RequireRole role="EMPLOYER">{(session) => <TeamOutlookListPage session={session} />}</RequireRole>}
        />
        <Route
          path="/werkgever/team/toekomst/:id"
          element={<RequireRole role="EMPLOYER">{(session) => <TeamOutlookPage session={session} />}</RequireRole>}
        />
        <Route path="/teamvragen/:token" element={<WorkerAnswerPage />} />
        {/* --- issue 6 B: invitations, team gap view --- */}
        <Route
          path="/werkgever/team"
          element={<RequireRole role="EMPLOYER">{(session) => <TeamPage session={session} />}</RequireRole>}
        />
        <Route
          path="/werkzoekende/uitnodigingen"
          element={<RequireRole role="JOB_SEEKER">{(session) => <InvitationsPage session={session} />}</RequireRole>}
        />
        {/* --- issue 18: skills passport (own page, the public link page, what was shared with a coach or employer) --- */}
        <Route
          path="/werkzoekende/paspoort"
          element={<RequireRole role="JOB_SEEKER">{(session) => <PassportPage session={session} />}</RequireRole>}
        />
        <Route path="/paspoort/:token" element={<SharedPassportPage />} />
        <Route
          path="/jobcoach/paspoorten"
          element={<RequireRole role="JOBCOACH">{(session) => <SharedWithMePage session={session} basePath="/jobcoach/paspoorten" />}</RequireRole>}
        />
        <Route
          path="/jobcoach/paspoorten/:id"
          element={<RequireRole role="JOBCOACH">{(session) => <SharedWithMePage session={session} basePath="/jobcoach/paspoorten" />}</RequireRole>}
        />
        <Route
          path="/werkgever/paspoorten"
          element={<RequireRole role="EMPLOYER">{(session) => <SharedWithMePage session={session} basePath="/werkgever/paspoorten" />}</RequireRole>}
        />
        <Route
          path="/werkgever/paspoorten/:id"
          element={<RequireRole role="EMPLOYER">{(session) => <SharedWithMePage session={session} basePath="/werkgever/paspoorten" />}</RequireRole>}
        />
        {/* --- issue 18: e-mail notifications --- */}
        <Route
          path={notificationSettingsPath}
          element={<RequireRole>{(session) => <NotificationSettingsPage session={session} />}</RequireRole>}
        />
        <Route
          path="/beheer/e-mail"
          element={<RequireRole role="ADMIN">{(session) => <SentMailPage session={session} />}</RequireRole>}
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
