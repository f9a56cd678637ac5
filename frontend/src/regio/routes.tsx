import { Route } from 'react-router-dom';
import { RequireRole } from '../auth/RequireRole';
import { landingRoutes } from '../auth/roles';
import { RegioPage } from '../landing/RegioPage';
import { PublicDemandPage } from './PublicDemandPage';

/** The labour-market dashboard for regional staff, and its public demand page (no login). */
export const regioRoutes = (
  <>
    <Route
      path={landingRoutes.REGIO_STAFF}
      element={<RequireRole role="REGIO_STAFF">{(session) => <RegioPage session={session} />}</RequireRole>}
    />
    <Route path={`${landingRoutes.REGIO_STAFF}/openbaar`} element={<PublicDemandPage />} />
  </>
);
