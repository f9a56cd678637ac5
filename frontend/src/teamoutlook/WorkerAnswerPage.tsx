import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import type { Fetch } from '../api/http';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { openAnswerLink, saveAnswers, withdrawAnswers, type WorkerAnswer, type WorkerView } from './teamOutlookApi';

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly view: WorkerView }
  | { readonly status: 'gone' }
  | { readonly status: 'error'; readonly error: unknown };

const QUESTIONS = ['doesIt', 'canDoIt', 'wantsToLearn', 'givesEnergy'] as const;

/** The answers with one question of one skill changed (a skill not yet in the map starts all "no"). */
export function answer(previous: Record<string, WorkerAnswer>, skill: string, question: (typeof QUESTIONS)[number], yes: boolean): Record<string, WorkerAnswer> {
  const current = previous[skill] ?? { skill, doesIt: false, canDoIt: false, wantsToLearn: false, givesEnergy: false };
  return { ...previous, [skill]: { ...current, [question]: yes } };
}

/**
 * /teamvragen/:token: a worker answers the four questions for the team's skills without an account, consents to the
 * answers being counted in the team total, and can withdraw them later through the same link.
 */
export function WorkerAnswerPage({ fetchImpl }: { fetchImpl?: Fetch } = {}) {
  const { token = '' } = useParams();
  const { t, language } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [answers, setAnswers] = useState<Record<string, WorkerAnswer>>({});
  const [consent, setConsent] = useState(false);
  const [consentMissing, setConsentMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('teamOutlook.worker.title'));

  const show = (view: WorkerView) => {
    setState({ status: 'ready', view });
    setConsent(view.answered);
    setAnswers(Object.fromEntries(view.skills.map((s) => [s.uri, {
      skill: s.uri, doesIt: s.doesIt ?? false, canDoIt: s.canDoIt ?? false, wantsToLearn: s.wantsToLearn ?? false, givesEnergy: s.givesEnergy ?? false,
    }])));
  };

  useEffect(() => {
    let active = true;
    openAnswerLink(token, language, fetchImpl).then(
      (view) => active && show(view),
      (error: unknown) => active && setState(isApiError(error) && error.status === 404 ? { status: 'gone' } : { status: 'error', error }),
    );
    return () => {
      active = false;
    };
  }, [token, language, fetchImpl]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setAnnouncement('');
    if (!consent) {
      setConsentMissing(true);
      document.getElementById('team-outlook-consent')?.focus();
      return;
    }
    setConsentMissing(false);
    setBusy(true);
    try {
      show(await saveAnswers(token, true, Object.values(answers), language, fetchImpl));
      setAnnouncement(t('teamOutlook.worker.saved'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async () => {
    setFailure(null);
    setAnnouncement('');
    setBusy(true);
    try {
      await withdrawAnswers(token, language, fetchImpl);
      show(await openAnswerLink(token, language, fetchImpl));
      setAnnouncement(t('teamOutlook.worker.withdrawn'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const view = state.status === 'ready' ? state.view : null;
  return (
    <>
      <header className="page-header">
        <h1>{t('teamOutlook.worker.title')}</h1>
        {view && <p className="lead">{t('teamOutlook.worker.intro', { organisation: view.organisation, team: view.teamName })}</p>}
      </header>
      <div role="status" aria-live="polite">
        {state.status === 'loading' && <p className="progress">{t('teamOutlook.loading')}</p>}
        {announcement && <p className="alert alert-info">{announcement}</p>}
      </div>
      {state.status === 'gone' && (
        <section className="panel" aria-labelledby="team-outlook-gone-heading">
          <h2 id="team-outlook-gone-heading">{t('teamOutlook.worker.goneHeading')}</h2>
          <p>{t('teamOutlook.worker.gone')}</p>
        </section>
      )}
      {state.status === 'error' && <ErrorAlert headline="teamOutlook.failed" error={state.error} />}
      {failure !== null && <ErrorAlert headline="teamOutlook.actionFailed" error={failure} />}
      {view && (
        <section className="panel" aria-labelledby="team-outlook-privacy-heading">
          <h2 id="team-outlook-privacy-heading">{t('teamOutlook.worker.privacyHeading')}</h2>
          <p>{t('teamOutlook.worker.privacy', { minimum: String(view.minimum) })}</p>
          <p>{view.answered ? t('teamOutlook.worker.counted') : t('teamOutlook.worker.notCounted')}</p>
        </section>
      )}
      {view?.expired && <p className="alert alert-info">{t('teamOutlook.worker.expired')}</p>}
      {view && !view.expired && (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <p className="field-hint">{t('teamOutlook.worker.until', { date: formatDate(view.expiresAt, language) })}</p>
          {view.skills.map((s, index) => (
            <fieldset key={s.uri} className="panel">
              <legend id={`team-outlook-skill-${index}`}>
                <ConceptLabel label={s.label} labelLanguage={s.labelLanguage} derived={s.derived} />
              </legend>
              {QUESTIONS.map((q) => (
                <div key={q}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={answers[s.uri]?.[q] ?? false}
                      onChange={(e) => setAnswers((previous) => answer(previous, s.uri, q, e.target.checked))}
                    />{' '}
                    {t(`teamOutlook.worker.${q}`)}
                  </label>
                </div>
              ))}
            </fieldset>
          ))}
          <div className="team-outlook-consent">
            <label className="checkbox">
              <input id="team-outlook-consent" type="checkbox" checked={consent} aria-invalid={consentMissing}
                aria-describedby={consentMissing ? 'team-outlook-consent-error' : undefined}
                onChange={(e) => setConsent(e.target.checked)} />{' '}
              {t('teamOutlook.worker.consent', { organisation: view.organisation })}
            </label>
            {consentMissing && (
              <p id="team-outlook-consent-error" className="field-error">
                {t('teamOutlook.worker.consentMissing')}
              </p>
            )}
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {view.answered ? t('teamOutlook.worker.update') : t('teamOutlook.worker.submit')}
            </button>
          </div>
        </form>
      )}
      {view?.answered && (
        <section className="panel" aria-labelledby="team-outlook-withdraw-heading">
          <h2 id="team-outlook-withdraw-heading">{t('teamOutlook.worker.withdrawHeading')}</h2>
          <p>{t('teamOutlook.worker.withdrawHint')}</p>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void withdraw()}>
            {t('teamOutlook.worker.withdraw')}
          </button>
        </section>
      )}
    </>
  );
}
