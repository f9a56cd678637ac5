import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { RoutePlan } from './matchApi';
import { RoutePlanList } from './RoutePlanList';

type State =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly plan: RoutePlan }
  | { readonly status: 'error'; readonly error: unknown };

/** A button that asks for learning routes, then shows progress, the plan or the failure in place. */
export function RoutesLoader({ buttonLabel, load, headingLevel }: { buttonLabel: string; load: () => Promise<RoutePlan>; headingLevel: 3 | 4 }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ status: 'idle' });
  const run = async () => {
    setState({ status: 'loading' });
    try {
      setState({ status: 'done', plan: await load() });
    } catch (error) {
      setState({ status: 'error', error });
    }
  };
  return (
    <div className="routes-loader">
      {state.status !== 'done' && (
        <button type="button" className="button button-secondary" onClick={() => void run()} disabled={state.status === 'loading'}>
          {buttonLabel}
        </button>
      )}
      <div role="status" aria-live="polite">
        {state.status === 'loading' && <p className="progress">{t('explore.routes.loading')}</p>}
      </div>
      {state.status === 'error' && <ErrorAlert headline="explore.routes.failed" error={state.error} />}
      {state.status === 'done' && <RoutePlanList plan={state.plan} headingLevel={headingLevel} />}
    </div>
  );
}
