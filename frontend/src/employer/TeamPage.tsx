import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { SkillTypeahead } from '../taxonomy/SkillTypeahead';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { TeamGapsSection } from './TeamGapsSection';
import { RoleEditor } from './RoleEditor';
import { fetchTeam, saveTeam, teamFieldErrors, teamLimits, validateTeam, type Team, type TeamRole } from './teamApi';
import { useLoad } from './useLoad';

/**
 * /werkgever/team: the employer describes the team as roles (name, number of people, skills; no personal data) and
 * reads which skills its open vacancies need that no role covers.
 */
export function TeamPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const [reload, setReload] = useState(0);
  const loaded = useLoad(`${language}-${reload}`, (signal) => fetchTeam(language, session.accessToken, signal));
  const [team, setTeam] = useState<Team | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  useDocumentTitle(t('team.title'));
  useEffect(() => {
    if (loaded.status === 'done') setTeam(loaded.value);
  }, [loaded]);

  const setRoles = (roles: readonly TeamRole[]) => setTeam((previous) => (previous ? { ...previous, roles } : previous));

  /** The first field in page order that has an error (error paragraphs of list limits are rendered focusable). */
  const focusFirstError = (found: Record<string, string>) => {
    window.setTimeout(() => {
      const fields = Array.from(formRef.current?.querySelectorAll<HTMLElement>('[data-error-key]') ?? []);
      fields.find((field) => found[field.dataset.errorKey ?? ''] !== undefined)?.focus();
    }, 0);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!team) return;
    setFailure(null);
    setConflict(false);
    setAnnouncement('');
    const found = validateTeam(team.roles, {
      name: t('team.error.name', { max: String(teamLimits.name) }),
      headcount: t('team.error.headcount', { max: String(teamLimits.headcountMax) }),
      skills: t('team.error.skills', { max: String(teamLimits.skills) }),
      roles: t('team.error.roles', { max: String(teamLimits.roles) }),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    setBusy(true);
    try {
      const next = await saveTeam(team, language, session.accessToken);
      setTeam(next);
      setSaved((n) => n + 1);
      setAnnouncement(t('team.saved'));
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        setConflict(true);
        setReload((n) => n + 1);
      } else if (isApiError(error) && error.problem.errors.length > 0) {
        const fromServer = teamFieldErrors(error.problem.errors);
        setErrors(fromServer);
        focusFirstError(fromServer);
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        <Link to="/werkgever">{t('employer.candidates.back')}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{t('employer.title')}</p>
        <h1>{t('team.title')}</h1>
        <p className="lead">{t('team.intro')}</p>
        <p>
          <Link to="/werkgever/team/toekomst">{t('teamOutlook.teamLink')}</Link>
        </p>
      </header>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('team.loading')}</p>}
        {announcement && <p className="alert alert-info">{announcement}</p>}
        {conflict && <p className="alert alert-info">{t('team.conflict')}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="team.failed" error={loaded.error} />}
      {team && (
        <section aria-labelledby="team-roles-heading" className="panel">
          <h2 id="team-roles-heading">{t('team.roles.heading')}</h2>
          <p className="field-hint">{t('team.roles.hint')}</p>
          <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
            {errors.roles && (
              <p className="field-error" data-error-key="roles" tabIndex={-1}>
                {errors.roles}
              </p>
            )}
            {team.roles.length === 0 && <p>{t('team.roles.none')}</p>}
            {team.roles.map((role, index) => (
              <RoleEditor
                key={index}
                index={index}
                role={role}
                errors={errors}
                onChange={(next) => setRoles(team.roles.map((r, i) => (i === index ? next : r)))}
                onRemove={() => setRoles(team.roles.filter((_, i) => i !== index))}
                typeahead={(label, onAdd) => (
                  <SkillTypeahead kind="skill" label={label} lang={language} onSelect={(item) => onAdd({ uri: item.uri, label: item.label, labelLanguage: item.labelLanguage, derived: item.derived })} />
                )}
              />
            ))}
            {failure !== null && <ErrorAlert headline="team.saveFailed" error={failure} />}
            <div className="button-row">
              <button
                type="button"
                className="button button-secondary"
                disabled={team.roles.length >= teamLimits.roles}
                onClick={() => setRoles([...team.roles, { name: '', headcount: 1, skills: [] }])}
              >
                {t('team.roles.add')}
              </button>
              <button type="submit" className="button" disabled={busy}>
                {busy ? t('team.saving') : t('team.save')}
              </button>
            </div>
          </form>
        </section>
      )}
      <TeamGapsSection session={session} refresh={saved} />
    </>
  );
}
