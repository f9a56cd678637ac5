import { Route, Routes } from 'react-router-dom';
import { AdminPage } from '../admin/AdminPage';
import { CallbackPage } from '../auth/CallbackPage';
import { callbackPath } from '../auth/callbackPath';
import { RequireRole } from '../auth/RequireRole';
import { landingRoutes } from '../auth/roles';
import { HomePage } from '../home/HomePage';
import { EmployerPage } from '../landing/EmployerPage';
import { JobcoachPage } from '../landing/JobcoachPage';
import { JobSeekerPage } from '../landing/JobSeekerPage';
import { RegioPage } from '../landing/RegioPage';
import { PublicDemandPage } from '../regio/PublicDemandPage';
import { Layout } from '../layout/Layout';
import { NotFoundPage } from './NotFoundPage';

/** Every page of the shell. Role pages sit behind the guard; the rest is public. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path={callbackPath} element={<CallbackPage />} />
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
