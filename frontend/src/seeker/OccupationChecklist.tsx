import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MatchedOccupation, SuggestedSkill } from '../skills/skillsApi';
import { ConceptLabel, conceptLabelText } from '../taxonomy/ConceptLabel';
import { newSkill, skillLabelInfo, type SeekerSkill } from './seekerApi';
import { answer, questions } from './selfAssessment';

/** How many skills the checklist shows before "Toon meer": a first screen one reads, not ESCO's full list. */
export const firstScreen = 12;

/**
 * The skills of an occupation as the checklist offers them: essential before optional (the server sends each
 * group most characteristic first, and that order is kept), each skill once, none the profile already holds.
 */
export function checklistOrder(skills: readonly SuggestedSkill[], profile: readonly Pick<SeekerSkill, 'uri'>[]): SuggestedSkill[] {
  const seen = new Set(profile.map((s) => s.uri));
  const fresh = skills.filter((s) => !seen.has(s.uri) && seen.add(s.uri));
  return [...fresh.filter((s) => s.essential), ...fresh.filter((s) => !s.essential)];
}

/**
 * "Kiezen, niet krijgen": starting from an occupation the seeker ticks the skills they have, twelve first and the
 * rest on request; only the ticked ones enter the profile (unsaved until "Profiel opslaan"), and the four questions
 * follow for those only, one compact row per skill.
 */
export function OccupationChecklist({ occupation, profile, onAdd, onAnswer, onClose }: {
  occupation: MatchedOccupation;
  profile: readonly SeekerSkill[];
  onAdd: (skills: readonly SeekerSkill[]) => void;
  onAnswer: (skill: SeekerSkill) => void;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  // fixed when the list opens: adding the ticked skills must not reshuffle what is on screen
  const [offer] = useState(() => checklistOrder(occupation.skills, profile));
  const [alreadyHeld] = useState(() => new Set(occupation.skills.map((s) => s.uri)).size - offer.length);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [noneTicked, setNoneTicked] = useState(false);
  const [added, setAdded] = useState<readonly string[] | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstMoreRef = useRef<HTMLInputElement>(null);
  const firstBoxRef = useRef<HTMLInputElement>(null);
  const occupationName = conceptLabelText(occupation, t, language);

  useEffect(() => headingRef.current?.focus(), [added]);
  useEffect(() => {
    if (showAll) firstMoreRef.current?.focus();
  }, [showAll]);

  const toggle = (uri: string, on: boolean) => {
    setNoneTicked(false);
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(uri);
      else next.delete(uri);
      return next;
    });
  };

  const addTicked = () => {
    const chosen = offer.filter((s) => ticked.has(s.uri));
    if (chosen.length === 0) {
      setNoneTicked(true);
      firstBoxRef.current?.focus();
      return;
    }
    onAdd(chosen.map((s) => newSkill(s.uri, s)));
    setAdded(chosen.map((s) => s.uri));
  };

  if (added !== null) {
    const rows = added.flatMap((uri) => profile.filter((s) => s.uri === uri));
    return (
      <section className="panel occupation-checklist" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading" tabIndex={-1} ref={headingRef}>
          {t('seeker.checklist.questions.heading', { count: rows.length })}
        </h2>
        <p>{t('seeker.checklist.questions.intro')}</p>
        <ul className="quick-questions">
          {rows.map((skill, index) => (
            <li key={skill.uri}>
              <fieldset className="quick-question-row">
                <legend>
                  <ConceptLabel {...skillLabelInfo(skill, language)} />
                </legend>
                {questions.map((q) => (
                  <div className="checkbox" key={q.key}>
                    <input
                      id={`quick-${index}-${q.key}`}
                      type="checkbox"
                      checked={skill[q.key]}
                      onChange={(event) => onAnswer(answer(skill, { [q.key]: event.target.checked }))}
                    />
                    <label htmlFor={`quick-${index}-${q.key}`}>{t(q.text)}</label>
                  </div>
                ))}
              </fieldset>
            </li>
          ))}
        </ul>
        <p className="alert alert-info">{t('seeker.checklist.notSaved')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('seeker.checklist.done')}
          </button>
        </div>
      </section>
    );
  }

  const shown = showAll ? offer : offer.slice(0, firstScreen);
  const rest = offer.length - shown.length;
  return (
    <section className="panel occupation-checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" tabIndex={-1} ref={headingRef}>
        {t('seeker.checklist.heading', { occupation: occupationName })}
      </h2>
      <p>{t('seeker.checklist.intro')}</p>
      {alreadyHeld > 0 && <p className="muted">{t('seeker.checklist.already', { count: alreadyHeld })}</p>}
      {offer.length === 0 ? (
        <p>{t('seeker.checklist.nothingNew')}</p>
      ) : (
        <fieldset className="checklist" aria-describedby={noneTicked ? 'checklist-error' : undefined}>
          <legend>{t('seeker.checklist.legend')}</legend>
          {noneTicked && (
            <p id="checklist-error" className="field-error">
              {t('seeker.checklist.noneTicked')}
            </p>
          )}
          <ul className="checklist-items">
            {shown.map((skill, index) => (
              <li key={skill.uri}>
                <div className="checkbox">
                  <input
                    id={`checklist-${index}`}
                    type="checkbox"
                    checked={ticked.has(skill.uri)}
                    ref={index === 0 ? firstBoxRef : index === firstScreen ? firstMoreRef : undefined}
                    onChange={(event) => toggle(skill.uri, event.target.checked)}
                  />
                  <label htmlFor={`checklist-${index}`}>
                    <ConceptLabel label={skill.label} labelLanguage={skill.labelLanguage} derived={skill.derived} />
                    {!skill.essential && <span className="muted"> ({t('seeker.checklist.optional')})</span>}
                  </label>
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {rest > 0 && (
        <button type="button" className="button button-secondary" onClick={() => setShowAll(true)}>
          {t('seeker.checklist.more', { count: rest })}
        </button>
      )}
      <p role="status" aria-live="polite" className="checklist-count">
        {t('seeker.checklist.count', { count: ticked.size })}
      </p>
      <div className="actions">
        {offer.length > 0 && (
          <button type="button" className="button" onClick={addTicked}>
            {t('seeker.checklist.add')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('seeker.checklist.cancel')}
        </button>
      </div>
    </section>
  );
}
