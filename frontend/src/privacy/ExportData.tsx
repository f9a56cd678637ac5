import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { exportFileName, fetchExport, saveAsFile } from './privacyApi';

type State = { readonly kind: 'idle' } | { readonly kind: 'running' } | { readonly kind: 'done'; readonly file: string } | { readonly kind: 'failed'; readonly error: unknown };

/** Right of access: one button, progress while the server gathers everything, the file to keep. */
export function ExportData({ accessToken, onExported }: { accessToken: string; onExported: () => void }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const download = async () => {
    setState({ kind: 'running' });
    try {
      const document = await fetchExport(accessToken);
      const file = exportFileName();
      saveAsFile(document, file);
      setState({ kind: 'done', file });
      onExported();
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <section className="card" aria-labelledby="privacy-export-heading">
      <h2 id="privacy-export-heading">{t('privacy.export.heading')}</h2>
      <p>{t('privacy.export.text')}</p>
      <button type="button" className="button" onClick={download} disabled={state.kind === 'running'} aria-busy={state.kind === 'running'}>
        {t('privacy.export.button')}
      </button>
      <div role="status" aria-live="polite">
        {state.kind === 'running' && (
          <p>
            <progress aria-label={t('privacy.export.running')} /> {t('privacy.export.running')}
          </p>
        )}
        {state.kind === 'done' && <p className="alert alert-success">{t('privacy.export.done', { file: state.file })}</p>}
      </div>
      {state.kind === 'failed' && <ErrorAlert headline="privacy.export.failed" error={state.error} />}
    </section>
  );
}
