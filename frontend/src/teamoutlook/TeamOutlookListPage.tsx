import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { fetchTeam } from '../employer/teamApi';
import { useLoad } from '../employer/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { arbeidsmarktregioNames } from '../regions/arbeidsmarktregios';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import type { LabelInfo } from '../taxonomy/labels';
import { SkillTypeahead } from '../taxonomy/SkillTypeahead';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { createOutlook, fetchOutlooks } from './teamOutlookApi';

interface ChosenSkill extends LabelInfo {
  readonly uri: string;
}

const MAX_SKILLS = 30;

/**
 * /werkgever/team/toekomst: the employer's rounds of the four questions, and a form to start one for the team's
 * skills (those of the described team are offered; others can be added) in a region whose demand stands beside them.
 */
export function TeamOutlookListPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const outlooks = useLoad(language, (signal) => fetchOutlooks(language, session.accessToken, signal));
  const team = useLoad(`team-${language}`, (signal) => fetchTeam(language, session.accessToken, signal));
  const [name, setName] = useState('');
  const [region, setRegion] = useState('AM18');
  const [offered, setOffered] = useState<readonly ChosenSkill[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<unknown>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('teamOutlook.title'));

  useEffect(() => {
    if (team.status !== 'done') return;
    const seen = new Map<string, ChosenSkill>();
    team.value.roles.forEach((role) => role.skills.forEach((skill) => seen.set(skill.uri, skill)));
    setOffered([...seen.values()]);
  }, [team]);

  const toggle = (uri: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(uri);
      else next.delete(uri);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (name.trim() === '') return setMissing(t('teamOutlook.create.nameMissing'));
    if (chosen.size === 0 || chosen.size > MAX_SKILLS) return setMissing(t('teamOutlook.create.skillsMissing', { max: String(MAX_SKILLS) }));
    setMissing(null);
    setBusy(true);
    try {
      const created = await createOutlook({ name: name.trim(), region, skills: [...chosen] }, language, session.accessToken);
      navigate(`/werkgever/team/toekomst/${created.id}`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        <Link to="/werkgever/team">{t('teamOutlook.back')}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{t('employer.title')}</p>
        <h1>{t('teamOutlook.title')}</h1>
        <p className="lead">{t('teamOutlook.intro')}</p>
      </header>
      <section className="panel" aria-labelledby="team-outlook-list-heading">
        <h2 id="team-outlook-list-heading">{t('teamOutlook.list.heading')}</h2>
        <div role="status" aria-live="polite">
          {outlooks.status === 'loading' && <p className="progress">{t('teamOutlook.loading')}</p>}
        </div>
        {outlooks.status === 'error' && <ErrorAlert headline="teamOutlook.failed" error={outlooks.error} />}
        {outlooks.status === 'done' && outlooks.value.length === 0 && <p>{t('teamOutlook.list.none')}</p>}
        {outlooks.status === 'done' && outlooks.value.length > 0 && (
          <ul className="team-outlook-list">
            {outlooks.value.map((o) => (
              <li key={o.id}>
                <Link to={`/werkgever/team/toekomst/${o.id}`}>{o.name}</Link>{' '}
                {t('teamOutlook.list.facts', { region: o.regionName, skills: String(o.skills), date: formatDate(o.createdAt, language) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="team-outlook-new-heading">
        <h2 id="team-outlook-new-heading">{t('teamOutlook.create.heading')}</h2>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor="team-outlook-name">{t('teamOutlook.create.name')}</label>
            <input id="team-outlook-name" type="text" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="team-outlook-region">{t('teamOutlook.create.region')}</label>
            <select id="team-outlook-region" value={region} onChange={(e) => setRegion(e.target.value)}>
              {Object.entries(arbeidsmarktregioNames).map(([code, regionName]) => (
                <option key={code} value={code}>
                  {regionName}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>{t('teamOutlook.create.skills')}</legend>
            {offered.length === 0 && team.status === 'done' && <p className="field-hint">{t('teamOutlook.create.noTeamSkills')}</p>}
            <ul className="team-outlook-list">
              {offered.map((skill) => (
                <li key={skill.uri}>
                  <label className="checkbox">
                    <input type="checkbox" checked={chosen.has(skill.uri)} onChange={(e) => toggle(skill.uri, e.target.checked)} />{' '}
                    <ConceptLabel label={skill.label} labelLanguage={skill.labelLanguage} derived={skill.derived} />
                  </label>
                </li>
              ))}
            </ul>
            <SkillTypeahead
              kind="skill"
              label={t('teamOutlook.create.addSkill')}
              lang={language}
              onSelect={(item) => {
                setOffered((previous) => (previous.some((s) => s.uri === item.uri) ? previous : [...previous, { uri: item.uri, label: item.label, labelLanguage: item.labelLanguage, derived: item.derived }]));
                toggle(item.uri, true);
              }}
            />
          </fieldset>
          {missing && (
            <p className="field-error" role="alert">
              {missing}
            </p>
          )}
          {failure !== null && <ErrorAlert headline="teamOutlook.create.failed" error={failure} />}
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {t('teamOutlook.create.submit')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
