import { useState, type FormEvent } from 'react';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { propose, type CandidateFile } from './coachApi';
import { fieldMessage } from './fieldMessage';

const maxNote = 1000;

/** Propose the person for one of their matching vacancies; the person must agree before the employer sees it. */
export function ProposeForm({ file, session, onProposed }: { file: CandidateFile; session: Session; onProposed: () => void }) {
  const { t, language } = useI18n();
  const [vacancyId, setVacancyId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // a vacancy the person is already proposed for (and did not decline) is not offered again
  const live = new Set(file.proposals.filter((p) => p.state !== 'DECLINED').map((p) => p.vacancy.id));
  const choices = file.matches.filter((m) => !live.has(m.vacancy.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    if (vacancyId === '') {
      setLocalError(t('coachFile.propose.chooseVacancy'));
      return;
    }
    setLocalError(null);
    setBusy(true);
    try {
      const made = await propose({ profileId: file.profile.profileId, vacancyId, note: note.trim() }, language, session.accessToken);
      setDone(made.vacancy.title);
      setVacancyId('');
      setNote('');
      onProposed();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="file-propose-heading">
      <h2 id="file-propose-heading">{t('coachFile.propose.heading')}</h2>
      <p>{t('coachFile.propose.intro')}</p>
      {choices.length === 0 ? (
        <p>{t('coachFile.matches.none')}</p>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          {error !== null && <ErrorAlert headline="coachFile.propose.failed" error={error} />}
          <FormField id="propose-vacancy" label={t('coachFile.propose.vacancy')} error={localError ?? fieldMessage(error, 'vacancyId')}>
            {(control) => (
              <select {...control} value={vacancyId} onChange={(e) => setVacancyId(e.target.value)}>
                <option value="">{t('coachFile.propose.choose')}</option>
                {choices.map((m) => (
                  <option key={m.vacancy.id} value={m.vacancy.id}>
                    {`${m.vacancy.title} — ${m.vacancy.employer} (${Math.round(m.score * 100)}%)`}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="propose-note" label={t('coachFile.propose.note')} hint={t('coachFile.propose.noteHint')} error={fieldMessage(error, 'note')}>
            {(control) => <textarea {...control} rows={3} maxLength={maxNote} value={note} onChange={(e) => setNote(e.target.value)} />}
          </FormField>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('coachFile.propose.sending') : t('coachFile.propose.submit')}
          </button>
          <div role="status" aria-live="polite">
            {done && <p>{t('coachFile.propose.done', { title: done })}</p>}
          </div>
        </form>
      )}
    </section>
  );
}
