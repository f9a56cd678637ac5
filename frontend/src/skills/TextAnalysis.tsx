import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatKilobytes } from '../i18n/format';
import type { MessageKey } from '../i18n/dictionary';
import { ErrorAlert } from '../ui/ErrorAlert';
import { HighlightedText } from './HighlightedText';
import { SkillSuggestions, skillItemId } from './SkillSuggestions';
import { extractSkills, maxTextBytes, utf8Bytes, type Extraction } from './skillsApi';
import { useFieldRequest } from './useFieldRequest';

type Analyse = typeof extractSkills;

const languageNames: Readonly<Record<string, MessageKey>> = {
  nl: 'skills.text.language.nl',
  en: 'skills.text.language.en',
  mixed: 'skills.text.language.mixed',
};

/** Vacancy or CV text → suggested skills, with the evidence highlighted in the text. */
export function TextAnalysis({ analyse = extractSkills }: { readonly analyse?: Analyse }) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Extraction | null>(null);
  const [activeUri, setActiveUri] = useState<string | null>(null);
  const [runs, setRuns] = useState(0);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const { busy, fieldError, failure, refuse, clearFieldError, run } = useFieldRequest({
    field: 'text',
    input: textareaRef,
    detailIsAboutInput: true,
  });

  const bytes = utf8Bytes(text);
  const tooLarge = bytes > maxTextBytes;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      refuse(t('skills.text.empty'));
      return;
    }
    if (tooLarge) {
      refuse(t('skills.text.counterOver', { used: formatKilobytes(bytes, language), max: formatKilobytes(maxTextBytes, language) }));
      return;
    }
    await run(
      (signal) => analyse(text, language, signal),
      (extraction) => {
        setResult(extraction);
        setActiveUri(null);
        setRuns((n) => n + 1);
      },
      () => setResult(null),
    );
  };

  const errorId = 'skills-text-error';
  return (
    <>
      <form onSubmit={(event) => void submit(event)} noValidate className="skills-form">
        <div className="field">
          <label htmlFor="skills-text">{t('skills.text.label')}</label>
          <p id="skills-text-hint" className="field-hint">
            {t('skills.text.hint')}
          </p>
          {fieldError && (
            <p id={errorId} className="field-error">
              {fieldError}
            </p>
          )}
          <textarea
            id="skills-text"
            ref={textareaRef}
            rows={12}
            value={text}
            aria-invalid={fieldError !== null || tooLarge}
            aria-describedby={`skills-text-hint skills-text-counter${fieldError ? ` ${errorId}` : ''}`}
            onChange={(event) => {
              setText(event.target.value);
              clearFieldError();
            }}
          />
          <p id="skills-text-counter" className={tooLarge ? 'field-counter field-counter-over' : 'field-counter'}>
            {tooLarge
              ? t('skills.text.counterOver', { used: formatKilobytes(bytes, language), max: formatKilobytes(maxTextBytes, language) })
              : t('skills.text.counter', { used: formatKilobytes(bytes, language), max: formatKilobytes(maxTextBytes, language) })}
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('skills.text.submit')}
          </button>
          {busy && <Progress label={t('skills.text.busy')} />}
        </div>
      </form>
      {failure !== null && <ErrorAlert headline="skills.text.failed" error={failure} />}
      {result && (
        <section aria-labelledby="skills-text-result" className="skills-result">
          <h2 id="skills-text-result">{t('skills.text.resultHeading')}</h2>
          <p className="muted">
            {t('skills.text.language', { language: t(languageNames[result.language] ?? 'skills.text.language.unknown') })}{' '}
            {t('skills.text.elapsed', { ms: result.elapsedMillis })}
          </p>
          {result.warnings.length > 0 && (
            <ul className="skills-warnings">
              {result.warnings.map((warning) => (
                <li key={warning.code}>{warning.message}</li>
              ))}
            </ul>
          )}
          {result.skills.length === 0 ? (
            <p>{t('skills.text.noSkills')}</p>
          ) : (
            <div className="skills-columns">
              <section aria-labelledby="skills-text-highlighted">
                <h3 id="skills-text-highlighted">{t('skills.text.highlightedHeading')}</h3>
                <HighlightedText
                  text={result.analysedText}
                  skills={result.skills}
                  itemId={(index) => skillItemId('tekst-vaardigheid', index)}
                  activeUri={activeUri}
                  onActiveChange={setActiveUri}
                />
              </section>
              <SkillSuggestions
                key={runs}
                skills={result.skills}
                headingId="skills-text-suggestions"
                heading={t('skills.list.heading')}
                idPrefix="tekst-vaardigheid"
                activeUri={activeUri}
                onActiveChange={setActiveUri}
                downloadName="vaardigheden-uit-tekst"
              />
            </div>
          )}
        </section>
      )}
    </>
  );
}

export function Progress({ label }: { readonly label: string }) {
  return (
    <span className="progress" role="status">
      <progress aria-label={label} />
      <span>{label}</span>
    </span>
  );
}
