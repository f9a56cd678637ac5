import { StrictMode, useCallback } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider, type AuthSetup } from '../auth/AuthProvider';
import { callbackPath } from '../auth/callbackPath';
import { createOidcAuthService } from '../auth/oidcAuthService';
import { fetchPublicConfig } from '../auth/publicConfig';
import { RegionFeedProvider } from '../coach/RegionFeedProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppRoutes } from './AppRoutes';

async function setUpOidc(): Promise<AuthSetup> {
  const config = await fetchPublicConfig();
  const service = await createOidcAuthService(config, { devSameOrigin: import.meta.env.DEV });
  return { service, version: config.version };
}

export function App() {
  const setup = useCallback(setUpOidc, []);
  return (
    <StrictMode>
      <I18nProvider>
        <AuthProvider setup={setup} isCallback={window.location.pathname === callbackPath}>
          <RegionFeedProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </RegionFeedProvider>
        </AuthProvider>
      </I18nProvider>
    </StrictMode>
  );
}
