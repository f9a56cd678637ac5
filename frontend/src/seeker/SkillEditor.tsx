import { levels, type Level } from '../explore/matchApi';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/I18nProvider';
import { FormField } from '../ui/FormField';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { evidenceKinds, skillLabel, skillLabelInfo, type Evidence, type SeekerSkill } from './seekerApi';
import { answer, questions } from './selfAssessment';
import type { Badge } from './badgeApi';

/**
 * One skill of the profile: the four self-assessment questions as yes/no checkboxes in a fieldset, level, where the
 * skill comes from, optional proof, and removal. Errors from the server are shown at their field.
 */
export function SkillEditor({ skill, index, errors, badges = [], onChange, onRemove }: {
  skill: SeekerSkill;
  /** Imported Open Badges aligned to this skill: its evidence, shown as not verified. */
  badges?: readonly Badge[];
  index: number;
  errors: Readonly<Record<string, string>>;
  onChange: (skill: SeekerSkill) => void;
  onRemove: () => void;
}) {
  const { t, language } = useI18n();
  const label = skillLabel(skill, language);
  const id = `skill-${index}`;
  const set = (change: Partial<SeekerSkill>) => onChange(answer(skill, change));
  return (
    <li className="card skill-editor" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>
        <ConceptLabel {...skillLabelInfo(skill, language)} />
      </h3>
      {errors.uri && <p className="field-error">{errors.uri}</p>}
      {badges.length > 0 && (
        <ul className="skill-badges" aria-label={t('badges.evidenceLabel')}>
          {badges.map((badge) => (
            <li key={badge.id}>
              {t('badges.evidence', { name: badge.name })} <span className="tag">{t('badges.notVerified')}</span>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="skill-questions" aria-describedby={errors.canDoIt ? `${id}-questions-error` : undefined}>
        <legend>{t('seeker.profile.questions', { skill: label })}</legend>
        {errors.canDoIt && (
          <p id={`${id}-questions-error`} className="field-error">
            {errors.canDoIt}
          </p>
        )}
        {questions.map((q) => (
          <div className="checkbox" key={q.key}>
            <input id={`${id}-${q.key}`} type="checkbox" checked={skill[q.key]} onChange={(event) => set({ [q.key]: event.target.checked })} />
            <label htmlFor={`${id}-${q.key}`}>{t(q.text)}</label>
          </div>
        ))}
      </fieldset>
      <div className="skill-details">
        <FormField id={`${id}-level`} label={t('seeker.profile.level')} error={errors.level ?? null}>
          {(control) => (
            <select {...control} value={skill.level} onChange={(event) => set({ level: event.target.value as Level })}>
              {levels.map((level) => (
                <option key={level} value={level}>
                  {t(`seeker.profile.level.${level}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-evidence`} label={t('seeker.profile.evidence')} error={errors.evidence ?? null}>
          {(control) => (
            <select {...control} value={skill.evidence} onChange={(event) => set({ evidence: event.target.value as Evidence })}>
              {evidenceKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`seeker.profile.evidence.${kind}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-proofText`} label={t('seeker.profile.proofText')} hint={t('seeker.profile.proofText.hint')} error={errors.proofText ?? null}>
          {(control) => <input {...control} type="text" maxLength={500} value={skill.proofText} onChange={(event) => set({ proofText: event.target.value })} />}
        </FormField>
        <FormField id={`${id}-proofUrl`} label={t('seeker.profile.proofUrl')} error={errors.proofUrl ?? null}>
          {(control) => <input {...control} type="url" maxLength={500} value={skill.proofUrl} onChange={(event) => set({ proofUrl: event.target.value })} />}
        </FormField>
      </div>
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        {t('seeker.profile.skill.remove', { skill: label })}
      </button>
    </li>
  );
}
