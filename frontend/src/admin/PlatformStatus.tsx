import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatTimeOfDay } from '../i18n/format';
import { isMessageKey } from '../i18n/dictionary';
import { ErrorAlert } from '../ui/ErrorAlert';
import { fetchPlatformHealth, type PlatformHealth } from './health';

export const refreshIntervalMs = 10_000;

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly health: PlatformHealth; readonly at: Date }
  | { readonly kind: 'failed'; readonly error: unknown; readonly last: { health: PlatformHealth; at: Date } | null };

interface PlatformStatusProps {
  readonly load?: (signal: AbortSignal) => Promise<PlatformHealth>;
}

/** Live platform status from /actuator/health as a table, refreshed every 10 seconds (which can be paused). */
export function PlatformStatus({ load = fetchPlatformHealth }: PlatformStatusProps) {
  const { t, language } = useI18n();
  const [state, setState] = useState<Load>({ kind: 'loading' });
  // WCAG 2.2.2: content that updates by itself can be paused.
  const [autoRefresh, setAutoRefresh] = useState(true);
  const inFlight = useRef<AbortController | null>(null);

  const refresh = useCallback(async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const health = await load(controller.signal);
      if (!controller.signal.aborted) setState({ kind: 'loaded', health, at: new Date() });
    } catch (error) {
      if (!controller.signal.aborted) {
        setState((previous) => ({
          kind: 'failed',
          error,
          last: previous.kind === 'loaded' ? { health: previous.health, at: previous.at } : previous.kind === 'failed' ? previous.last : null,
        }));
      }
    }
  }, [load]);

  useEffect(() => {
    void refresh();
    return () => inFlight.current?.abort();
  }, [refresh]);

  useEffect(() => {
    if (!autoRefresh) return;
    const timer = window.setInterval(() => void refresh(), refreshIntervalMs);
    return () => window.clearInterval(timer);
  }, [autoRefresh, refresh]);

  const shown = state.kind === 'loaded' ? state : state.kind === 'failed' ? state.last : null;
  const statusLabel = (status: string) => {
    const key = `admin.health.${status}`;
    return isMessageKey(key) ? `${t(key)} (${status})` : status;
  };
  const componentLabel = (path: readonly string[]) =>
    path
      .map((name) => {
        const key = `admin.component.${name}`;
        return isMessageKey(key) ? t(key) : name;
      })
      .join(' › ');

  return (
    <section className="panel" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('admin.status.heading')}</h2>
      <div className="status-tools">
        <button type="button" className="button button-secondary" onClick={() => void refresh()}>
          {t('admin.status.refreshNow')}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={autoRefresh} onChange={(event) => setAutoRefresh(event.target.checked)} />
          {t('admin.status.autoRefresh')}
        </label>
      </div>

      {state.kind === 'loading' && <p role="status">{t('admin.status.loading')}</p>}
      {state.kind === 'failed' && <ErrorAlert headline="admin.status.failed" error={state.error} />}

      {shown && (
        <>
          {/* A live region announces a change of the overall status, not every refresh. */}
          <p role="status" className={`health-overall health-${shown.health.status.toLowerCase()}`}>
            {t('admin.status.overall', { status: statusLabel(shown.health.status) })}
          </p>
          <p className="muted">
            {t('admin.status.updatedAt', {
              time: formatTimeOfDay(shown.at, language),
            })}
          </p>
          {shown.health.components.length === 0 ? (
            <p>{t('admin.status.none')}</p>
          ) : (
            <table className="status-table">
              <caption>{t('admin.status.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.status.component')}</th>
                  <th scope="col">{t('admin.status.state')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.health.components
                  .map((component) => ({ ...component, label: componentLabel(component.path) }))
                  // Alphabetical in the reader's language; a nested component follows its parent.
                  .sort((a, b) => a.label.localeCompare(b.label, language))
                  .map((component) => (
                    <tr key={component.path.join('/')}>
                      <th scope="row">{component.label}</th>
                      <td>
                        <span className={`health-badge health-${component.status.toLowerCase()}`}>
                          {statusLabel(component.status)}
                        </span>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
