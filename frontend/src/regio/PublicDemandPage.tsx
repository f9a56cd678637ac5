import { lazy, Suspense, useEffect, useState } from 'react';
import { apiRequest } from '../api/http';
import { useI18n } from '../i18n/I18nProvider';
import { formatPeriod } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { formatNumber } from './format';

export interface PublicDemand {
  readonly period: string;
  readonly regions: readonly { code: string; name: string; openVacancies: number; newVacancies: number }[];
  readonly synthetic: boolean;
  readonly attribution: readonly string[];
}

// the map brings the chart library: loaded only when the page is opened
const PublicDemandMap = lazy(() => import('./PublicDemandMap'));

function asDemand(json: unknown): PublicDemand {
  if (json === null || typeof json !== 'object' || !Array.isArray((json as { regions?: unknown }).regions)) {
    throw new Error('expected the public demand figures');
  }
  return json as PublicDemand;
}

/** Public, read-only: open vacancies per arbeidsmarktregio (non-personal figures; no login). */
export function PublicDemandPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('lmi.public.title'));
  const [demand, setDemand] = useState<PublicDemand | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    apiRequest('/api/public/lmi/demand', asDemand, { signal: controller.signal })
      .then(setDemand)
      .catch((e: unknown) => !controller.signal.aborted && setError(e));
    return () => controller.abort();
  }, []);

  return (
    <>
      <header className="page-header">
        <h1>{t('lmi.public.title')}</h1>
        <p className="lead">{t('lmi.public.intro')}</p>
      </header>
      {error !== null && <ErrorAlert headline="lmi.load.failed" error={error} />}
      {!demand && error === null && (
        <p role="status" className="muted">
          {t('lmi.loading')}
        </p>
      )}
      {demand && (
        <section className="panel" aria-labelledby="lmi-public-heading">
          <h2 id="lmi-public-heading">{t('lmi.public.heading', { period: formatPeriod(demand.period, language) })}</h2>
          {demand.synthetic && <p className="alert alert-info">{t('lmi.synthetic')}</p>}
          <div className="lmi-map-layout">
            <Suspense fallback={<p className="muted">{t('lmi.loading')}</p>}>
              <PublicDemandMap demand={demand} />
            </Suspense>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('lmi.public.caption', { period: formatPeriod(demand.period, language) })}>
              <table className="data-table">
                <caption>{t('lmi.public.caption', { period: formatPeriod(demand.period, language) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('lmi.col.region')}</th>
                    <th scope="col">{t('lmi.summary.demand')}</th>
                    <th scope="col">{t('lmi.summary.new')}</th>
                  </tr>
                </thead>
                <tbody>
                  {demand.regions.map((r) => (
                    <tr key={r.code}>
                      <th scope="row">{r.name}</th>
                      <td>{formatNumber(r.openVacancies, language)}</td>
                      <td>{formatNumber(r.newVacancies, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <h3>{t('lmi.sources.heading')}</h3>
          <ul>
            {demand.attribution.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
