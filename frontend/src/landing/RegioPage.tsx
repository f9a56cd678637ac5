import { lazy, Suspense } from 'react';
import type { Session } from '../auth/authService';
import { RegionFeedPanel } from '../coach/RegionFeedPanel';
import { useI18n } from '../i18n/I18nProvider';
import { DisclosureNote } from '../regio/DisclosureNote';
import { RoleLanding } from './RoleLanding';

// The dashboard brings the chart library: loaded only when regional staff open their page.
const RegioDashboard = lazy(() => import('../regio/RegioDashboard'));

/** Regional staff: the labour-market dashboard of their region (and every other). */
export function RegioPage({ session }: { session: Session }) {
  const { t } = useI18n();
  return (
    <RoleLanding role="REGIO_STAFF" session={session} title="regio.title" intro="regio.intro" show={{ regions: true }} offers={[]}>
      <Suspense
        fallback={
          <p role="status" className="muted">
            {t('lmi.loading')}
          </p>
        }
      >
        <RegioDashboard session={session} />
      </Suspense>
      <RegionFeedPanel />
      <DisclosureNote />
    </RoleLanding>
  );
}
