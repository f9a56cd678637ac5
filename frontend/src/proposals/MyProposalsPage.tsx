import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { fieldMessage } from '../coach/fieldMessage';
import { outcomeLabel, stateLabel } from '../coach/ProposalsPanel';
import { useLoad } from '../employer/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { answerProposal, fetchMyProposals, type MyProposal } from './proposalsApi';

/** /werkzoekende/voorstellen: a jobcoach proposed me for a vacancy; I agree (and choose what to share) or decline. */
export function MyProposalsPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('myProposals.title'));
  const [version, setVersion] = useState(0);
  const loaded = useLoad(`${version}-${language}`, (signal) => fetchMyProposals(language, session.accessToken, signal));
  return (
    <>
      <p>
        <Link to="/werkzoekende">{t('myProposals.back')}</Link>
      </p>
      <header className="page-header">
        <h1>{t('myProposals.title')}</h1>
        <p className="lead">{t('myProposals.intro')}</p>
      </header>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('myProposals.loading')}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="myProposals.failed" error={loaded.error} />}
      {loaded.status === 'done' && loaded.value.label && <p>{t('myProposals.pseudonym', { label: loaded.value.label })}</p>}
      {loaded.status === 'done' && loaded.value.items.length === 0 && <p>{t('myProposals.none')}</p>}
      {loaded.status === 'done' && loaded.value.items.length > 0 && (
        <ul className="result-list">
          {loaded.value.items.map((p) => (
            <ProposalCard key={p.id} proposal={p} session={session} onAnswered={() => setVersion((v) => v + 1)} />
          ))}
        </ul>
      )}
    </>
  );
}

function ProposalCard({ proposal, session, onAnswered }: { proposal: MyProposal; session: Session; onAnswered: () => void }) {
  const { t, language } = useI18n();
  // prefilled with the account's name (issue 18), still editable
  const [share, setShare] = useState({ name: session.me.name !== session.me.username ? session.me.name : '', email: '', phone: '' });
  const [error, setError] = useState<unknown>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `proposal-${proposal.id}`;

  const send = async (agreed: boolean) => {
    setError(null);
    if (agreed && share.name.trim() === '') {
      setNameError(t('myProposals.share.nameRequired'));
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setNameError(null);
    setBusy(true);
    try {
      await answerProposal(proposal.id, agreed ? { agreed: true, share } : { agreed: false }, language, session.accessToken);
      onAnswered();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const agree = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  return (
    <li className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {proposal.vacancy.title} — {proposal.vacancy.employer}
      </h2>
      <p>
        {t('myProposals.by', { coach: proposal.coachLabel })} · {t('coachFile.proposals.state')}: <strong>{stateLabel(t, proposal.state)}</strong>
        {proposal.outcome && (
          <>
            {' · '}
            {t('coachFile.proposals.outcome')}: <strong>{outcomeLabel(t, proposal.outcome)}</strong>
          </>
        )}
      </p>
      {proposal.note && (
        <p>
          {t('myProposals.note')}: {proposal.note}
        </p>
      )}
      {proposal.shared && <p>{t('myProposals.shared', { name: proposal.shared.name, employer: proposal.vacancy.employer })}</p>}
      {proposal.state === 'AWAITING_CANDIDATE' && (
        <form noValidate onSubmit={agree}>
          <p>{t('myProposals.share.intro', { employer: proposal.vacancy.employer })}</p>
          {error !== null && <ErrorAlert headline="myProposals.answerFailed" error={error} />}
          <FormField id={`${id}-name`} label={t('myProposals.share.name')} error={nameError ?? fieldMessage(error, 'share.name')}>
            {(control) => (
              <input {...control} type="text" autoComplete="name" maxLength={120} value={share.name} onChange={(e) => setShare({ ...share, name: e.target.value })} />
            )}
          </FormField>
          <FormField id={`${id}-email`} label={t('myProposals.share.email')} hint={t('myProposals.share.optional')} error={fieldMessage(error, 'share.email')}>
            {(control) => (
              <input {...control} type="email" autoComplete="email" maxLength={254} value={share.email} onChange={(e) => setShare({ ...share, email: e.target.value })} />
            )}
          </FormField>
          <FormField id={`${id}-phone`} label={t('myProposals.share.phone')} hint={t('myProposals.share.optional')} error={fieldMessage(error, 'share.phone')}>
            {(control) => (
              <input {...control} type="tel" autoComplete="tel" maxLength={30} value={share.phone} onChange={(e) => setShare({ ...share, phone: e.target.value })} />
            )}
          </FormField>
          <button type="submit" className="button" disabled={busy}>
            {t('myProposals.agree')}
          </button>{' '}
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void send(false)}>
            {t('myProposals.decline')}
          </button>
        </form>
      )}
    </li>
  );
}
