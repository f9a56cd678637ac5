import { Route, Routes } from 'react-router-dom';
import { adminRoutes } from '../admin/routes';
import { CallbackPage } from '../auth/CallbackPage';
import { callbackPath } from '../auth/callbackPath';
import { coachRoutes } from '../coach/routes';
import { compareRoutes } from '../compare/routes';
import { employerRoutes } from '../employer/routes';
import { exploreRoutes } from '../explore/routes';
import { HomePage } from '../home/HomePage';
import { invitationsRoutes } from '../invitations/routes';
import { Layout } from '../layout/Layout';
import { notificationsRoutes } from '../notifications/routes';
import { outlookRoutes } from '../outlook/routes';
import { passportRoutes } from '../passport/routes';
import { AccountErasedNotice } from '../privacy/AccountErasedNotice';
import { privacyRoutes } from '../privacy/routes';
import { proposalsRoutes } from '../proposals/routes';
import { regioRoutes } from '../regio/routes';
import { seekerRoutes } from '../seeker/routes';
import { skillsRoutes } from '../skills/routes';
import { teamOutlookRoutes } from '../teamoutlook/routes';
import { NotFoundPage } from './NotFoundPage';

/**
 * Every page of the shell: the start page, the login callback and "not found" here, the rest from the feature
 * that owns it. Role pages sit behind the guard; the rest is public.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {/* after an erasure the sign-out returns to the start page, which then confirms it */}
        <Route index element={<AccountErasedNotice><HomePage /></AccountErasedNotice>} />
        <Route path={callbackPath} element={<CallbackPage />} />
        {skillsRoutes}
        {exploreRoutes}
        {compareRoutes}
        {seekerRoutes}
        {outlookRoutes}
        {privacyRoutes}
        {invitationsRoutes}
        {passportRoutes}
        {proposalsRoutes}
        {coachRoutes}
        {employerRoutes}
        {teamOutlookRoutes}
        {regioRoutes}
        {adminRoutes}
        {notificationsRoutes}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
