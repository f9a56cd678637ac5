import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { NotificationSettingsPage, notificationSettingsPath } from './NotificationSettingsPage';

/** E-mail notification settings, for every role. */
export const notificationsRoutes = (
  <Route
    path={notificationSettingsPath}
    element={<RequireRole>{(session) => <NotificationSettingsPage session={session} />}</RequireRole>}
  />
);
