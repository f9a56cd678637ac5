import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { FormField } from '../ui/FormField';
import { teamLimits, type TeamRole, type TeamSkill } from './teamApi';

interface RoleEditorProps {
  readonly index: number;
  readonly role: TeamRole;
  /** Keyed "index.field" (see teamFieldErrors). */
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (role: TeamRole) => void;
  readonly onRemove: () => void;
  readonly typeahead: (label: string, onAdd: (skill: TeamSkill) => void) => ReactNode;
}

/** One role: its name, how many people hold it, and its skills (added with the ESCO typeahead, each removable). */
export function RoleEditor({ index, role, errors, onChange, onRemove, typeahead }: RoleEditorProps) {
  const { t } = useI18n();
  const roleName = role.name.trim() || t('team.role.unnamed', { n: String(index + 1) });
  const id = `role-${index}`;
  return (
    <fieldset className="role-editor card">
      <legend>{t('team.role.legend', { n: String(index + 1), name: role.name.trim() })}</legend>
      <div className="form-row">
        <FormField id={`${id}-name`} label={t('team.role.name')} error={errors[`${index}.name`]}>
          {(control) => (
            <input {...control} data-error-key={`${index}.name`} type="text" required maxLength={teamLimits.name} value={role.name}
              onChange={(e) => onChange({ ...role, name: e.target.value })} />
          )}
        </FormField>
        <FormField id={`${id}-headcount`} label={t('team.role.headcount')} error={errors[`${index}.headcount`]}>
          {(control) => (
            <input {...control} data-error-key={`${index}.headcount`} type="number" inputMode="numeric" min={1} max={teamLimits.headcountMax} required
              value={Number.isNaN(role.headcount) ? '' : String(role.headcount)}
              onChange={(e) => onChange({ ...role, headcount: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
          )}
        </FormField>
      </div>
      <h3 className="role-skills-heading" id={`${id}-skills`}>{t('team.role.skills', { count: String(role.skills.length) })}</h3>
      {errors[`${index}.skills`] && (
        <p className="field-error" data-error-key={`${index}.skills`} tabIndex={-1}>
          {errors[`${index}.skills`]}
        </p>
      )}
      {role.skills.length > 0 && (
        <ul className="chip-list" aria-labelledby={`${id}-skills`}>
          {role.skills.map((skill) => (
            <li key={skill.uri} className="chip">
              <ConceptLabel label={skill.label} labelLanguage={skill.labelLanguage} derived={skill.derived} />
              <button type="button" className="button-link" onClick={() => onChange({ ...role, skills: role.skills.filter((s) => s.uri !== skill.uri) })}>
                {t('team.role.removeSkill')}
                <span className="visually-hidden"> {t('team.role.removeSkillFrom', { skill: skill.label, role: roleName })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {role.skills.length < teamLimits.skills &&
        typeahead(t('team.role.addSkill', { role: roleName }), (skill) => {
          if (!role.skills.some((s) => s.uri === skill.uri)) onChange({ ...role, skills: [...role.skills, skill] });
        })}
      <button type="button" className="button button-secondary" onClick={onRemove}>
        {t('team.role.remove')}
        <span className="visually-hidden"> {roleName}</span>
      </button>
    </fieldset>
  );
}
