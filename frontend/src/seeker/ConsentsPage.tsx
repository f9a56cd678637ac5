import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Session } from '../auth/authService';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { consentTexts } from './consentTexts';
import { errorFor, fieldErrors } from './fieldErrors';
import { regionNames, RegionsSelect } from './RegionSelect';
import {
  activeConsents,
  consentKinds,
  fetchConsents,
  fetchOwnProfile,
  giveConsent,
  regionalKinds,
  withdrawConsent,
  type ConsentKind,
  type Consents,
} from './seekerApi';

type Outcome =
  | { readonly status: 'idle' }
  | { readonly status: 'busy'; readonly kind: ConsentKind }
  | { readonly status: 'done'; readonly message: MessageKey }
  | { readonly status: 'error'; readonly kind: ConsentKind; readonly error: unknown };

/** The person's consents: what is in force, changing regions, withdrawing at once, and the full history. */
export function ConsentsPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('seeker.consents.title'));
  const [consents, setConsents] = useState<Consents | null>(null);
  const [home, setHome] = useState('');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<Partial<Record<ConsentKind, readonly string[]>>>({});
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const date = useCallback((iso: string) => formatDateTime(iso, language), [language]);

  useEffect(() => {
    let active = true;
    Promise.all([fetchConsents(session.accessToken, language), fetchOwnProfile(session.accessToken, language)]).then(
      ([loaded, profile]) => {
        if (!active) return;
        setConsents(loaded);
        setHome(profile?.region ?? '');
      },
      (error: unknown) => active && setLoadError(error),
    );
    return () => {
      active = false;
    };
  }, [session.accessToken, language]);

  const act = async (kind: ConsentKind, action: () => Promise<Consents>, message: MessageKey) => {
    setOutcome({ status: 'busy', kind });
    try {
      setConsents(await action());
      setOutcome({ status: 'done', message });
    } catch (error) {
      setOutcome({ status: 'error', kind, error });
    }
  };

  const given = consents ? activeConsents(consents) : {};
  return (
    <>
      <header className="page-header">
        <p>
          <Link to="/werkzoekende">{t('seeker.nav.back')}</Link>
        </p>
        <h1>{t('seeker.consents.title')}</h1>
        <p className="lead">{t('seeker.consents.intro')}</p>
      </header>
      {loadError !== null && <ErrorAlert headline="seeker.profile.loadFailed" error={loadError} />}
      {!consents && loadError === null && (
        <div role="status">
          <p className="progress">{t('seeker.dashboard.loading')}</p>
        </div>
      )}
      <div role="status" aria-live="polite">
        {outcome.status === 'done' && <p className="alert alert-success">{t(outcome.message)}</p>}
      </div>
      {consents &&
        consentKinds.map((kind) => {
          const record = given[kind];
          const regional = regionalKinds.includes(kind);
          const regions = chosen[kind] ?? record?.regions ?? (home ? [home] : []);
          const busy = outcome.status === 'busy' && outcome.kind === kind;
          const errors = outcome.status === 'error' && outcome.kind === kind ? fieldErrors(outcome.error) : [];
          return (
            <section key={kind} className="panel consent-panel" aria-labelledby={`consent-${kind}-heading`}>
              <h2 id={`consent-${kind}-heading`}>{t(consentTexts[kind].title)}</h2>
              <p>{t(consentTexts[kind].text)}</p>
              <p>
                <strong>
                  {record
                    ? t('seeker.consents.active', { date: date(record.givenAt), regions: regionNames(record.regions) })
                    : t('seeker.consents.inactive')}
                </strong>
              </p>
              {kind === 'KEEP_PROFILE' ? (
                <p className="muted">
                  {t('seeker.consents.keepNote')} <Link to="/werkzoekende/gegevens">{t('seeker.nav.data')}</Link>
                </p>
              ) : (
                <div className="actions">
                  {regional && (
                    <FormField id={`consents-${kind}-regions`} label={t('seeker.consent.regions', { kind: t(consentTexts[kind].title) })} error={errorFor(errors, 'regions') ?? errorFor(errors, 'regions[0]')}>
                      {(control) => <RegionsSelect control={control} value={regions} onChange={(codes) => setChosen((c) => ({ ...c, [kind]: codes }))} />}
                    </FormField>
                  )}
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void act(kind, () => giveConsent(session.accessToken, language, kind, regional ? regions : []), 'seeker.consents.saved')}
                  >
                    {record && regional ? t('seeker.consents.change') : t('seeker.consents.give')}
                    <span className="visually-hidden"> ({t(consentTexts[kind].title)})</span>
                  </button>
                  {record && (
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={busy}
                      onClick={() => void act(kind, () => withdrawConsent(session.accessToken, language, kind), 'seeker.consents.withdrawn')}
                    >
                      {t('seeker.consents.withdraw')}
                      <span className="visually-hidden"> ({t(consentTexts[kind].title)})</span>
                    </button>
                  )}
                </div>
              )}
              {outcome.status === 'error' && outcome.kind === kind && <ErrorAlert headline="seeker.consents.failed" error={outcome.error} />}
            </section>
          );
        })}
      {consents && (
        <section className="panel" aria-labelledby="consent-history-heading">
          <h2 id="consent-history-heading">{t('seeker.consents.history')}</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="consent-history-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('seeker.consents.history.kind')}</th>
                  <th scope="col">{t('seeker.consents.history.regions')}</th>
                  <th scope="col">{t('seeker.consents.history.given')}</th>
                  <th scope="col">{t('seeker.consents.history.withdrawn')}</th>
                  <th scope="col">{t('seeker.consents.history.version')}</th>
                </tr>
              </thead>
              <tbody>
                {consents.items.map((c) => (
                  <tr key={c.id}>
                    <td>{t(consentTexts[c.kind].title)}</td>
                    <td>{c.regions.join(', ')}</td>
                    <td>{date(c.givenAt)}</td>
                    <td>{c.withdrawnAt ? date(c.withdrawnAt) : t('seeker.consents.history.stillActive')}</td>
                    <td>{c.wordingVersion}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
