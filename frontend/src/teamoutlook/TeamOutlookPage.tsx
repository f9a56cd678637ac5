import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Fetch } from '../api/http';
import type { Session } from '../auth/authService';
import { useLoad } from '../employer/useLoad';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import { formatDate, formatNumber, formatPeriod } from '../i18n/format';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { deleteOutlook, fetchOutlook, inviteWorkers, revokeInvitation, splitAddresses, type OutlookDetail, type OutlookSkill } from './teamOutlookApi';

/**
 * /werkgever/team/toekomst/:id: invite the workers, then read the aggregate per skill beside the regional demand
 * trend and prognosis. Before enough workers answered the page says how many did and shows no figure at all.
 */
export function TeamOutlookPage({ session, fetchImpl }: { session: Session; fetchImpl?: Fetch }) {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [reload, setReload] = useState(0);
  const loaded = useLoad(`${id}-${language}-${reload}`, (signal) => fetchOutlook(id, language, session.accessToken, signal, fetchImpl));
  const [addresses, setAddresses] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  useDocumentTitle(loaded.status === 'done' ? loaded.value.name : t('teamOutlook.title'));

  const act = async (action: () => Promise<void>, done: string) => {
    setFailure(null);
    setAnnouncement('');
    setBusy(true);
    try {
      await action();
      setAnnouncement(done);
      setReload((n) => n + 1);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const invite = (event: FormEvent) => {
    event.preventDefault();
    const emails = splitAddresses(addresses);
    void act(async () => {
      await inviteWorkers(id, emails, language, session.accessToken);
      setAddresses('');
    }, t('teamOutlook.invite.sent', { count: String(emails.length) }));
  };

  const remove = () =>
    void act(async () => {
      await deleteOutlook(id, language, session.accessToken);
      navigate('/werkgever/team/toekomst');
    }, t('teamOutlook.deleted'));

  return (
    <>
      <p>
        <Link to="/werkgever/team/toekomst">{t('teamOutlook.backToList')}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{t('teamOutlook.title')}</p>
        <h1>{loaded.status === 'done' ? loaded.value.name : t('teamOutlook.title')}</h1>
        {loaded.status === 'done' && <p className="lead">{t('teamOutlook.detail.intro', { region: loaded.value.regionName })}</p>}
      </header>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('teamOutlook.loading')}</p>}
        {announcement && <p className="alert alert-info">{announcement}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="teamOutlook.failed" error={loaded.error} />}
      {failure !== null && <ErrorAlert headline="teamOutlook.actionFailed" error={failure} />}
      {loaded.status === 'done' && (
        <>
          <Picture outlook={loaded.value} t={t} language={language} />
          <section className="panel" aria-labelledby="team-outlook-invite-heading">
            <h2 id="team-outlook-invite-heading">{t('teamOutlook.invite.heading')}</h2>
            <p className="field-hint">{t('teamOutlook.invite.hint')}</p>
            <form noValidate onSubmit={invite}>
              <div className="field">
                <label htmlFor="team-outlook-addresses">{t('teamOutlook.invite.addresses')}</label>
                <textarea id="team-outlook-addresses" rows={4} value={addresses} onChange={(e) => setAddresses(e.target.value)} />
              </div>
              <div className="button-row">
                <button type="submit" className="button" disabled={busy || splitAddresses(addresses).length === 0}>
                  {t('teamOutlook.invite.submit')}
                </button>
              </div>
            </form>
            {loaded.value.invitations.length > 0 && (
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t('teamOutlook.invitations.caption')}>
                <table className="data-table">
                  <caption>{t('teamOutlook.invitations.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('teamOutlook.invitations.email')}</th>
                      <th scope="col">{t('teamOutlook.invitations.status')}</th>
                      <th scope="col">{t('teamOutlook.invitations.expires')}</th>
                      <th scope="col">{t('teamOutlook.invitations.action')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {loaded.value.invitations.map((i) => (
                      <tr key={i.id}>
                        <td>{i.email}</td>
                        <td>{t(`teamOutlook.invitations.${i.status}`)}</td>
                        <td>{formatDate(i.expiresAt, language)}</td>
                        <td>
                          {i.status !== 'REVOKED' && (
                            <button type="button" className="button button-secondary" disabled={busy}
                              aria-label={t('teamOutlook.invitations.revokeFor', { email: i.email })}
                              onClick={() => void act(() => revokeInvitation(id, i.id, language, session.accessToken), t('teamOutlook.invitations.revoked'))}>
                              {t('teamOutlook.invitations.revoke')}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="panel" aria-labelledby="team-outlook-delete-heading">
            <h2 id="team-outlook-delete-heading">{t('teamOutlook.delete.heading')}</h2>
            <p>{t('teamOutlook.delete.hint')}</p>
            <button type="button" className="button button-secondary" disabled={busy} onClick={remove}>
              {t('teamOutlook.delete.submit')}
            </button>
          </section>
        </>
      )}
    </>
  );
}

/** The aggregate, or only how many answered while fewer than the minimum did. */
function Picture({ outlook, t, language }: { outlook: OutlookDetail; t: Translate; language: 'nl' | 'en' }) {
  return (
    <section className="panel" aria-labelledby="team-outlook-picture-heading">
      <h2 id="team-outlook-picture-heading">{t('teamOutlook.picture.heading')}</h2>
      <p className="reading">
        {t('teamOutlook.picture.answered', { answered: String(outlook.answered), invited: String(outlook.invited) })}{' '}
        {!outlook.shown && t('teamOutlook.picture.notYet', { minimum: String(outlook.minimum) })}
      </p>
      {outlook.synthetic && <p className="field-hint">{t('teamOutlook.picture.synthetic')}</p>}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('teamOutlook.picture.caption')}>
        <table className="data-table">
          <caption>{t('teamOutlook.picture.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('teamOutlook.picture.skill')}</th>
              {outlook.shown && (
                <>
                  <th scope="col">{t('teamOutlook.picture.doesIt')}</th>
                  <th scope="col">{t('teamOutlook.picture.canDoIt')}</th>
                  <th scope="col">{t('teamOutlook.picture.wantsToLearn')}</th>
                  <th scope="col">{t('teamOutlook.picture.givesEnergy')}</th>
                </>
              )}
              <th scope="col">{t('teamOutlook.picture.trend', { region: outlook.regionName })}</th>
              <th scope="col">{t('teamOutlook.picture.prognosis')}</th>
            </tr>
          </thead>
          <tbody>
            {outlook.skills.map((s) => (
              <tr key={s.uri}>
                <th scope="row">
                  <ConceptLabel label={s.label} labelLanguage={s.labelLanguage} derived={s.derived} />
                </th>
                {outlook.shown && (
                  <>
                    <td>{count(s.doesIt, s.answered, t)}</td>
                    <td>{count(s.canDoIt, s.answered, t)}</td>
                    <td>{count(s.wantsToLearn, s.answered, t)}</td>
                    <td>{count(s.givesEnergy, s.answered, t)}</td>
                  </>
                )}
                <td>{trend(s, t, language)}</td>
                <td>{prognosis(s, t, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outlook.shown && <p className="field-hint">{t('teamOutlook.picture.rule', { minimum: String(outlook.minimum) })}</p>}
    </section>
  );
}

function count(yes: number | null, answered: number | null, t: Translate): string {
  if (yes === null || answered === null) return t('teamOutlook.picture.hidden');
  return t('teamOutlook.picture.count', { yes: String(yes), answered: String(answered) });
}

function trend(s: OutlookSkill, t: Translate, language: 'nl' | 'en'): string {
  const kind = t(`outlook.trend.${s.trend.kind}`);
  if (s.trend.percent === null || s.trend.to === null) return kind;
  const sign = s.trend.percent > 0 ? '+' : s.trend.percent < 0 ? '−' : '';
  return t('teamOutlook.picture.trendFigure', { kind, change: `${sign}${formatNumber(Math.abs(s.trend.percent), language)} %`, to: formatPeriod(s.trend.to, language) });
}

function prognosis(s: OutlookSkill, t: Translate, language: 'nl' | 'en'): string {
  if (s.prognosis === null) return t('teamOutlook.picture.noPrognosis');
  return t('teamOutlook.picture.prognosisFigure', {
    quarter: formatPeriod(s.prognosis.quarter, language),
    value: formatNumber(s.prognosis.prognosis, language, 0),
    low: formatNumber(s.prognosis.lower80, language, 0),
    high: formatNumber(s.prognosis.upper80, language, 0),
  });
}
