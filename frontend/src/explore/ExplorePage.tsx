import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';
import { arbeidsmarktregioNames } from '../regions/arbeidsmarktregios';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { SkillTypeahead } from '../taxonomy/SkillTypeahead';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { matchRoutes, matchVacancies, levels, type ExploreProfile, type Level, type VacancyFindings } from './matchApi';
import { loadProfile, saveProfile } from './profileStore';
import { RoutesLoader } from './RoutesLoader';
import { VacancyResultCard } from './VacancyResultCard';
import { RegisterInvitation } from '../seeker/RegisterInvitation';

const levelLabels: Record<Level, MessageKey> = {
  BASIC: 'explore.level.BASIC',
  INTERMEDIATE: 'explore.level.INTERMEDIATE',
  ADVANCED: 'explore.level.ADVANCED',
  EXPERT: 'explore.level.EXPERT',
};

type Search =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly findings: VacancyFindings }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * "Ontdekken zonder account": a visitor builds a skills profile that stays in this browser, and sees ranked
 * vacancies with their explanation and the learning routes that close the gap.
 */
export function ExplorePage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('explore.title'));
  const [profile, setProfile] = useState<ExploreProfile>(() => loadProfile());
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [skillsError, setSkillsError] = useState(false);

  useEffect(() => saveProfile(profile), [profile]);

  const update = (next: Partial<ExploreProfile>) => setProfile((current) => ({ ...current, ...next }));
  const held = profile.skills.filter((s) => !s.wantsToLearn);

  const run = async () => {
    if (held.length === 0) {
      setSkillsError(true);
      return;
    }
    setSkillsError(false);
    setSearch({ status: 'loading' });
    try {
      setSearch({ status: 'done', findings: await matchVacancies(profile, language) });
    } catch (error) {
      setSearch({ status: 'error', error });
    }
  };

  return (
    <>
      <header className="page-header">
        <h1>{t('explore.title')}</h1>
        <p className="lead">{t('explore.intro')}</p>
        <p className="alert alert-info">{t('explore.privacy')}</p>
        <RegisterInvitation />
      </header>

      <section className="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('explore.profile.heading')}</h2>
        <SkillTypeahead
          kind="skill"
          label={t('explore.profile.add')}
          lang={language}
          onSelect={(item) => {
            if (profile.skills.some((s) => s.uri === item.uri) || profile.skills.length >= 200) return;
            update({
              skills: [...profile.skills, { uri: item.uri, label: item.label, labelLanguage: item.labelLanguage, derived: item.derived, level: 'INTERMEDIATE', wantsToLearn: false }],
            });
            setSkillsError(false);
          }}
        />
        {profile.skills.length === 0 ? (
          <p className="muted">{t('explore.profile.empty')}</p>
        ) : (
          <table className="skill-table">
            <caption className="visually-hidden">{t('explore.profile.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('explore.profile.skill')}</th>
                <th scope="col">{t('explore.profile.level')}</th>
                <th scope="col">{t('explore.profile.wantsToLearn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('explore.profile.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {profile.skills.map((skill) => (
                <tr key={skill.uri}>
                  <th scope="row">
                    <ConceptLabel {...skill} />
                  </th>
                  <td>
                    <select
                      aria-label={t('explore.profile.levelOf', { skill: skill.label })}
                      value={skill.level}
                      disabled={skill.wantsToLearn}
                      onChange={(event) =>
                        update({ skills: profile.skills.map((s) => (s.uri === skill.uri ? { ...s, level: event.target.value as Level } : s)) })
                      }
                    >
                      {levels.map((level) => (
                        <option key={level} value={level}>
                          {t(levelLabels[level])}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('explore.profile.wantsToLearnOf', { skill: skill.label })}
                      checked={skill.wantsToLearn}
                      onChange={(event) =>
                        update({ skills: profile.skills.map((s) => (s.uri === skill.uri ? { ...s, wantsToLearn: event.target.checked } : s)) })
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => update({ skills: profile.skills.filter((s) => s.uri !== skill.uri) })}
                    >
                      {t('explore.profile.remove')}
                      <span className="visually-hidden"> {skill.label}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="field">
          <label htmlFor="explore-region">{t('explore.region.label')}</label>
          <select id="explore-region" value={profile.region} onChange={(event) => update({ region: event.target.value })}>
            <option value="">{t('explore.region.all')}</option>
            {Object.entries(arbeidsmarktregioNames).map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="button" className="button button-large" onClick={() => void run()} aria-describedby="explore-skills-error"
            disabled={search.status === 'loading'}>
            {t('explore.search')}
          </button>
          <p id="explore-skills-error" className={skillsError ? 'field-error' : 'visually-hidden'} role={skillsError ? 'alert' : undefined}>
            {skillsError ? t('explore.profile.needSkill') : ''}
          </p>
        </div>
      </section>

      <section aria-labelledby="results-heading" aria-busy={search.status === 'loading'}>
        <h2 id="results-heading">{t('explore.results.heading')}</h2>
        <div role="status" aria-live="polite">
          {search.status === 'loading' && <p className="progress">{t('explore.results.loading')}</p>}
          {search.status === 'done' && !search.findings.nothingClose && (
            <p>{t('explore.results.count', { count: String(search.findings.results.length) })}</p>
          )}
          {search.status === 'done' && search.findings.nothingClose && <p>{t('explore.results.nothingClose')}</p>}
        </div>
        {search.status === 'idle' && <p className="muted">{t('explore.results.idle')}</p>}
        {search.status === 'error' && <ErrorAlert headline="explore.results.failed" error={search.error} />}
        {search.status === 'done' && search.findings.nothingClose && search.findings.doorOpeners.length > 0 && (
          <div className="panel">
            <h3>{t('explore.results.doorOpeners')}</h3>
            <ul aria-label={t('explore.results.doorOpeners')}>
              {search.findings.doorOpeners.map((s) => (
                <li key={s.uri}>{s.label}</li>
              ))}
            </ul>
          </div>
        )}
        {search.status === 'done' && search.findings.results.some((r) => r.vacancy.synthetic) && (
          <p className="alert alert-info">{t('explore.demoNotice')}</p>
        )}
        {search.status === 'done' && (
          <ol className="result-list">
            {search.findings.results.map((result, index) => (
              <VacancyResultCard key={result.vacancy.id} result={result} rank={index + 1} profile={profile} />
            ))}
          </ol>
        )}
      </section>

      <section className="panel" aria-labelledby="region-routes-heading">
        <h2 id="region-routes-heading">{t('explore.regionRoutes.heading')}</h2>
        <p>{t('explore.regionRoutes.text')}</p>
        {profile.region === '' || held.length === 0 ? (
          <p className="muted">{t('explore.regionRoutes.needRegion')}</p>
        ) : (
          <RoutesLoader
            key={`${profile.region}-${profile.skills.length}`}
            buttonLabel={t('explore.regionRoutes.show', { region: arbeidsmarktregioNames[profile.region] ?? profile.region })}
            load={() => matchRoutes(profile, { type: 'region' }, language)}
            headingLevel={3}
          />
        )}
      </section>

      <section className="panel" aria-labelledby="explore-compare-heading">
        <h2 id="explore-compare-heading">{t('compare.explore.link')}</h2>
        <p>
          {t('compare.explore.text')} <Link to="/ontdekken/vergelijken">{t('compare.explore.link')}</Link>
        </p>
      </section>

      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
