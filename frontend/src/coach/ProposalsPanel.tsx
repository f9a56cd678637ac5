import { useState, type FormEvent } from 'react';
import type { Session } from '../auth/authService';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { isMessageKey } from '../i18n/dictionary';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { outcomes, recordOutcome, type CoachProposal, type Outcome } from './coachApi';
import { fieldMessage } from './fieldMessage';

/** The proposals about the person: where each stands, and for agreed ones the outcome the coach records. */
export function ProposalsPanel({ proposals, session, onChanged }: { proposals: readonly CoachProposal[]; session: Session; onChanged: () => void }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="file-proposals-heading">
      <h2 id="file-proposals-heading">{t('coachFile.proposals.heading')}</h2>
      {proposals.length === 0 ? (
        <p>{t('coachFile.proposals.none')}</p>
      ) : (
        <ul className="result-list">
          {proposals.map((p) => (
            <ProposalItem key={p.id} proposal={p} session={session} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function stateLabel(t: ReturnType<typeof useI18n>['t'], state: string): string {
  const key = `proposal.state.${state}`;
  return isMessageKey(key) ? t(key) : state;
}

export function outcomeLabel(t: ReturnType<typeof useI18n>['t'], outcome: string): string {
  const key = `proposal.outcome.${outcome}`;
  return isMessageKey(key) ? t(key) : outcome;
}

function ProposalItem({ proposal, session, onChanged }: { proposal: CoachProposal; session: Session; onChanged: () => void }) {
  const { t, language } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `outcome-${proposal.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (outcome === '') {
      setLocalError(t('coachFile.outcome.required'));
      return;
    }
    setLocalError(null);
    setBusy(true);
    try {
      await recordOutcome(proposal.id, outcome, proposal.version, language, session.accessToken);
      setOutcome('');
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const conflict = isApiError(error) && error.kind === 'http' && error.status === 409;
  return (
    <li className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {proposal.vacancy.title} — {proposal.vacancy.employer}
      </h3>
      <p>
        {t('coachFile.proposals.state')}: <strong>{stateLabel(t, proposal.state)}</strong>
        {proposal.outcome && (
          <>
            {' · '}
            {t('coachFile.proposals.outcome')}: <strong>{outcomeLabel(t, proposal.outcome)}</strong>
          </>
        )}
      </p>
      {proposal.state === 'PROPOSED' && (
        <form noValidate onSubmit={(event) => void submit(event)}>
          {conflict && (
            <p className="alert alert-info" role="status">
              {t('coachFile.outcome.conflict')}
            </p>
          )}
          {error !== null && <ErrorAlert headline="coachFile.outcome.failed" error={error} />}
          <FormField id={id} label={t('coachFile.outcome.label')} error={localError ?? fieldMessage(error, 'outcome')}>
            {(control) => (
              <select {...control} value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome | '')}>
                <option value="">{t('coachFile.outcome.choose')}</option>
                {outcomes.map((o) => (
                  <option key={o} value={o}>
                    {outcomeLabel(t, o)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('coachFile.outcome.saving') : t('coachFile.outcome.save')}
          </button>
        </form>
      )}
    </li>
  );
}
