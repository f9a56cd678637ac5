import { useState, type FormEvent } from 'react';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { writeNote, type Note } from './coachApi';
import { fieldMessage } from './fieldMessage';

const maxNote = 2000;

/** The coaches' notes about the person (visible to the coaches of the region and to the person), and a form. */
export function NotesPanel({ profileId, notes, session, onWritten }: { profileId: string; notes: readonly Note[]; session: Session; onWritten: () => void }) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const when = (iso: string) => formatDateTime(iso, language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    if (text.trim() === '') {
      setLocalError(t('coachFile.notes.required'));
      return;
    }
    setLocalError(null);
    setBusy(true);
    try {
      await writeNote(profileId, text.trim(), language, session.accessToken);
      setText('');
      setSaved(true);
      onWritten();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="file-notes-heading">
      <h2 id="file-notes-heading">{t('coachFile.notes.heading')}</h2>
      <p className="muted">{t('coachFile.notes.visibility')}</p>
      {notes.length === 0 ? (
        <p>{t('coachFile.notes.none')}</p>
      ) : (
        <ul className="result-list">
          {notes.map((n) => (
            <li key={n.id}>
              <p className="muted">
                {n.authorLabel}, {when(n.writtenAt)}
              </p>
              <p className="note-text">{n.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={(event) => void submit(event)}>
        {error !== null && <ErrorAlert headline="coachFile.notes.failed" error={error} />}
        <FormField id="note-text" label={t('coachFile.notes.label')} hint={t('coachFile.notes.hint')} error={localError ?? fieldMessage(error, 'text')}>
          {(control) => <textarea {...control} rows={4} maxLength={maxNote} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('coachFile.notes.saving') : t('coachFile.notes.save')}
        </button>
        <div role="status" aria-live="polite">
          {saved && <p>{t('coachFile.notes.saved')}</p>}
        </div>
      </form>
    </section>
  );
}
