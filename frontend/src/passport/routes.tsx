import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { PassportPage } from './PassportPage';
import { SharedPassportPage } from './SharedPassportPage';
import { SharedWithMePage } from './SharedWithMePage';

/** The skills passport: the own page, the public link page, what was shared with a coach or employer. */
export const passportRoutes = (
  <>
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
  </>
);
