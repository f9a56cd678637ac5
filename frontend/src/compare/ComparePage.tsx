import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { arbeidsmarktregioNames } from '../regions/arbeidsmarktregios';
import { loadProfile } from '../explore/profileStore';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { SkillTypeahead } from '../taxonomy/SkillTypeahead';
import type { LabelInfo } from '../taxonomy/labels';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { compareAnonymously, compareOwnProfile, type Comparison } from './compareApi';
import { compareLinkParams, maxOccupations, readCompareLink } from './compareLink';
import { CompareResults } from './CompareResults';

type Chosen = { readonly uri: string } & Partial<LabelInfo>;

type Run =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly comparison: Comparison }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * "Beroepen vergelijken": 2–3 occupations side by side for your skills. Without an account the skills come from the
 * explore profile in this browser, or from a shared link; the link holds the occupations, the skills and the region,
 * and the server stores nothing. Signed in as a job seeker, the stored profile and its region are used.
 */
export function ComparePage({ session }: { session?: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('compare.title'));
  const [params, setParams] = useSearchParams();
  const link = useMemo(() => readCompareLink(params), [params]);
  const [chosen, setChosen] = useState<readonly Chosen[]>(() => link.occupations.map((uri) => ({ uri })));
  const stored = useMemo(() => loadProfile(), []);
  const [region, setRegion] = useState(link.region || stored.region);
  const skills = link.skills ?? stored.skills.filter((s) => !s.wantsToLearn).map((s) => ({ uri: s.uri, level: s.level }));
  const fromLink = link.skills !== null;
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [problem, setProblem] = useState<'occupations' | 'skills' | null>(null);
  const key = params.toString();

  useEffect(() => {
    if (link.occupations.length < 2 || (!session && skills.length === 0)) return;
    const request = session
      ? compareOwnProfile(link.occupations, session.accessToken, language)
      : compareAnonymously(link.occupations, skills, link.region, language);
    let current = true;
    setRun({ status: 'loading' });
    request
      .then((comparison) => {
        if (!current) return;
        setRun({ status: 'done', comparison });
        // a shared link names only URIs: take the labels from the answer
        setChosen((list) => list.map((c) => {
          const found = comparison.occupations.find((o) => o.uri === c.uri);
          return found && !c.label ? { uri: c.uri, label: found.label, labelLanguage: found.labelLanguage, derived: found.derived } : c;
        }));
      })
      .catch((error: unknown) => current && setRun({ status: 'error', error }));
    return () => {
      current = false;
    };
    // the link is the whole input: one request per link
  }, [key, language, session?.accessToken]);

  const compare = () => {
    if (chosen.length < 2) {
      setProblem('occupations');
      return;
    }
    if (!session && skills.length === 0) {
      setProblem('skills');
      return;
    }
    setProblem(null);
    setParams(compareLinkParams({ occupations: chosen.map((c) => c.uri), skills: session ? null : skills, region: session ? '' : region }));
  };

  const shareUrl = `${window.location.origin}${window.location.pathname}?${key}`;

  return (
    <>
      <header className="page-header">
        <h1>{t('compare.title')}</h1>
        <p className="lead">{t('compare.intro')}</p>
        {!session && <p className="alert alert-info">{t('compare.privacy')}</p>}
      </header>

      <section className="panel" aria-labelledby="compare-choose-heading">
        <h2 id="compare-choose-heading">{t('compare.choose.heading')}</h2>
        {chosen.length < maxOccupations ? (
          <SkillTypeahead
            kind="occupation"
            label={t('compare.choose.add')}
            lang={language}
            onSelect={(item) => {
              if (chosen.some((c) => c.uri === item.uri) || chosen.length >= maxOccupations) return;
              setChosen([...chosen, { uri: item.uri, label: item.label, labelLanguage: item.labelLanguage, derived: item.derived }]);
              setProblem(null);
            }}
          />
        ) : (
          <p className="muted">{t('compare.choose.full')}</p>
        )}
        {chosen.length > 0 && (
          <ul className="compare-chosen" aria-label={t('compare.choose.list')}>
            {chosen.map((c) => (
              <li key={c.uri}>
                {c.label ? <ConceptLabel label={c.label} labelLanguage={c.labelLanguage ?? 'nl'} derived={c.derived ?? false} /> : c.uri}{' '}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setChosen(chosen.filter((other) => other.uri !== c.uri))}
                >
                  {t('compare.choose.remove')}
                  <span className="visually-hidden"> {c.label ?? c.uri}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {session ? (
          <p>
            {t('compare.skills.own')} <Link to="/werkzoekende/profiel">{t('compare.skills.editOwn')}</Link>
          </p>
        ) : (
          <>
            <p>
              {fromLink ? t('compare.skills.fromLink', { count: String(skills.length) }) : t('compare.skills.fromProfile', { count: String(skills.length) })}{' '}
              <Link to="/ontdekken">{t('compare.skills.edit')}</Link>
            </p>
            <div className="field">
              <label htmlFor="compare-region">{t('explore.region.label')}</label>
              <select id="compare-region" value={region} onChange={(event) => setRegion(event.target.value)}>
                <option value="">{t('explore.region.all')}</option>
                {Object.entries(arbeidsmarktregioNames).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name} ({code})
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <div className="actions">
          <button type="button" className="button button-large" onClick={compare} aria-describedby="compare-error" disabled={run.status === 'loading'}>
            {t('compare.run')}
          </button>
          <p id="compare-error" className={problem ? 'field-error' : 'visually-hidden'} role={problem ? 'alert' : undefined}>
            {problem === 'occupations' ? t('compare.error.occupations') : problem === 'skills' ? t('compare.error.skills') : ''}
          </p>
        </div>
      </section>

      <section aria-labelledby="compare-results-heading" aria-busy={run.status === 'loading'}>
        <h2 id="compare-results-heading">{t('compare.results.heading')}</h2>
        <div role="status" aria-live="polite">
          {run.status === 'loading' && <p className="progress">{t('compare.results.loading')}</p>}
        </div>
        {run.status === 'idle' && <p className="muted">{t('compare.results.idle')}</p>}
        {run.status === 'error' && <ErrorAlert headline="compare.results.failed" error={run.error} />}
        {run.status === 'done' && (
          <>
            <CompareResults comparison={run.comparison} />
            <div className="field">
              <label htmlFor="compare-share">{t('compare.share.label')}</label>
              <input id="compare-share" type="text" readOnly value={shareUrl} onFocus={(event) => event.target.select()} />
              <p className="muted">{session ? t('compare.share.own') : t('compare.share.anonymous')}</p>
            </div>
          </>
        )}
      </section>
    </>
  );
}
