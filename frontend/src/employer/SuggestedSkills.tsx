import { useRef, useState } from 'react';
import type { Fetch } from '../api/http';
import { useI18n } from '../i18n/I18nProvider';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { VacancySkill } from './newVacancyForm';
import { mergeSkills, suggestSkills } from './skillSuggestions';

interface SuggestedSkillsProps {
  /** Title and description: what the suggestions are taken from. */
  readonly text: string;
  readonly skills: readonly VacancySkill[];
  readonly onChange: (skills: readonly VacancySkill[]) => void;
  readonly error: string | null;
  readonly fetchImpl?: Fetch;
}

type Suggesting =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly added: number }
  | { readonly kind: 'needsText' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed'; readonly error: unknown };

/** Skills suggested from the vacancy text; the employer marks each essential or optional, or removes it. */
export function SuggestedSkills({ text, skills, onChange, error, fetchImpl }: SuggestedSkillsProps) {
  const { t, language } = useI18n();
  const [suggesting, setSuggesting] = useState<Suggesting>({ kind: 'idle' });
  const inFlight = useRef<AbortController | null>(null);

  const suggest = async () => {
    if (text.trim() === '') {
      setSuggesting({ kind: 'needsText' });
      return;
    }
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setSuggesting({ kind: 'busy' });
    try {
      const result = await suggestSkills(text, language, controller.signal, fetchImpl);
      if (result.kind === 'unavailable') {
        setSuggesting({ kind: 'unavailable' });
        return;
      }
      const merged = mergeSkills(skills, result.skills);
      onChange(merged);
      setSuggesting({ kind: 'done', added: merged.length - skills.length });
    } catch (failure) {
      if (!controller.signal.aborted) setSuggesting({ kind: 'failed', error: failure });
    }
  };

  const update = (uri: string, change: Partial<VacancySkill> | null) =>
    onChange(skills.flatMap((skill) => (skill.uri !== uri ? [skill] : change === null ? [] : [{ ...skill, ...change }])));

  return (
    <fieldset className="skills-fieldset" aria-describedby={error ? 'vacancy-skills-error' : undefined}>
      <legend>{t('newVacancy.skills.legend')}</legend>
      <p className="field-hint">{t('newVacancy.skills.hint')}</p>
      {error && (
        <p id="vacancy-skills-error" className="field-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button id="vacancy-skills" type="button" className="button button-secondary" disabled={suggesting.kind === 'busy'} onClick={() => void suggest()}>
          {t('newVacancy.skills.suggest')}
        </button>
        <p role="status" className="muted skills-status">
          {suggesting.kind === 'busy' && t('newVacancy.skills.busy')}
          {suggesting.kind === 'done' && t('newVacancy.skills.added', { count: suggesting.added })}
          {suggesting.kind === 'needsText' && t('newVacancy.skills.needsText')}
          {suggesting.kind === 'unavailable' && t('newVacancy.skills.unavailable')}
        </p>
      </div>
      {suggesting.kind === 'failed' && <ErrorAlert headline="newVacancy.skills.failed" error={suggesting.error} />}
      {skills.length > 0 && (
        <ul className="vacancy-skills">
          {skills.map((skill) => (
            <li key={skill.uri} className="vacancy-skill">
              <fieldset>
                <legend>
                  <ConceptLabel label={skill.label} labelLanguage={skill.labelLanguage} derived={skill.derived} />
                </legend>
                {skill.evidence && <p className="muted field-hint">{t('newVacancy.skills.evidence', { text: skill.evidence })}</p>}
                <div className="vacancy-skill-controls">
                  <label className="checkbox">
                    <input type="radio" name={`skill-${skill.uri}`} checked={skill.essential} onChange={() => update(skill.uri, { essential: true })} />
                    {t('newVacancy.skills.essential')}
                  </label>
                  <label className="checkbox">
                    <input type="radio" name={`skill-${skill.uri}`} checked={!skill.essential} onChange={() => update(skill.uri, { essential: false })} />
                    {t('newVacancy.skills.optional')}
                  </label>
                  <button type="button" className="button button-secondary" onClick={() => update(skill.uri, null)}>
                    {t('newVacancy.skills.remove')}
                    <span className="visually-hidden"> {skill.label}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
