import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SkillSuggestions } from './SkillSuggestions';
import { Progress } from './TextAnalysis';
import { matchOccupations, type MatchedOccupation } from './skillsApi';
import { useFieldRequest } from './useFieldRequest';

type Match = typeof matchOccupations;

/** Job title → ranked ESCO occupations; choosing one offers its essential and optional skills. */
export function TitleSearch({ match = matchOccupations }: { readonly match?: Match }) {
  const { t, language } = useI18n();
  const [title, setTitle] = useState('');
  const [occupations, setOccupations] = useState<readonly MatchedOccupation[] | null>(null);
  const [chosen, setChosen] = useState<MatchedOccupation | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const skillsHeadingRef = useRef<HTMLHeadingElement>(null);
  const { busy, fieldError, failure, refuse, clearFieldError, run } = useFieldRequest({ field: 'title', input: inputRef });
  useEffect(() => {
    if (chosen) {
      skillsHeadingRef.current?.focus();
    }
  }, [chosen]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      refuse(t('skills.title.empty'));
      return;
    }
    await run(
      (signal) => match(title, language, signal),
      (found) => {
        setOccupations(found);
        setChosen(null);
      },
      () => setOccupations(null),
    );
  };

  const errorId = 'skills-title-error';
  return (
    <>
      <form onSubmit={(event) => void submit(event)} noValidate className="skills-form">
        <div className="field">
          <label htmlFor="skills-title">{t('skills.title.label')}</label>
          <p id="skills-title-hint" className="field-hint">
            {t('skills.title.hint')}
          </p>
          {fieldError && (
            <p id={errorId} className="field-error">
              {fieldError}
            </p>
          )}
          <input
            id="skills-title"
            ref={inputRef}
            type="text"
            maxLength={200}
            autoComplete="organization-title"
            value={title}
            aria-invalid={fieldError !== null}
            aria-describedby={`skills-title-hint${fieldError ? ` ${errorId}` : ''}`}
            onChange={(event) => {
              setTitle(event.target.value);
              clearFieldError();
            }}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('skills.title.submit')}
          </button>
          {busy && <Progress label={t('skills.title.busy')} />}
        </div>
      </form>
      {failure !== null && <ErrorAlert headline="skills.title.failed" error={failure} />}
      {occupations && (
        <section aria-labelledby="skills-title-result" className="skills-result">
          <h2 id="skills-title-result">{t('skills.title.resultHeading')}</h2>
          {occupations.length === 0 ? (
            <p>{t('skills.title.none')}</p>
          ) : (
            <ol className="occupation-list">
              {occupations.map((occupation) => {
                const isChosen = chosen?.uri === occupation.uri;
                return (
                  <li key={occupation.uri} className={isChosen ? 'occupation occupation-chosen' : 'occupation'}>
                    <span className="occupation-label">
                      <ConceptLabel label={occupation.label} labelLanguage={occupation.labelLanguage} derived={occupation.derived} />
                    </span>
                    <span className="muted">{t('skills.title.score', { percent: Math.round(occupation.score * 100) })}</span>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-pressed={isChosen}
                      onClick={() => setChosen(occupation)}
                    >
                      {t('skills.title.choose')}
                      <span className="visually-hidden"> {occupation.label}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
          {chosen && (
            <div className="chosen-occupation">
              <h3 tabIndex={-1} ref={skillsHeadingRef} id="skills-title-chosen">
                {t('skills.title.skillsHeading', { occupation: chosen.label })}
              </h3>
              <SkillSuggestions
                key={chosen.uri}
                skills={chosen.skills}
                headingId="skills-title-suggestions"
                heading={t('skills.list.heading')}
                idPrefix="beroep-vaardigheid"
                downloadName="vaardigheden-bij-beroep"
              />
            </div>
          )}
        </section>
      )}
    </>
  );
}
