import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatNumber } from '../regio/format';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import type { SkillLabel } from '../explore/matchApi';
import type { ComparedOccupation, Comparison } from './compareApi';

const shownMissing = 10;

function Skill({ skill }: { skill: SkillLabel }) {
  return <ConceptLabel label={skill.label} labelLanguage={skill.labelLanguage} derived={skill.derived} />;
}

/** The occupation whose routes close its gap in the fewest weeks (ties: the first); none when no routes are needed. */
export function shortestRoute(occupations: readonly ComparedOccupation[]): string | null {
  const withRoutes = occupations.filter((o) => o.routes.routes.length > 0);
  if (withRoutes.length === 0) return null;
  return withRoutes.reduce((best, o) => (o.routeWeeks < best.routeWeeks ? o : best)).uri;
}

/**
 * Two or three occupations side by side: a summary table (one row per occupation), then per occupation its own
 * section with what you have, what counts in part, what you miss and the routes. The sections sit next to each other
 * on a wide screen and stack on a narrow one.
 */
export function CompareResults({ comparison }: { comparison: Comparison }) {
  const { t, language } = useI18n();
  const where = comparison.regionName ?? t('compare.region.country');
  const shortest = shortestRoute(comparison.occupations);
  const anyDemo = comparison.occupations.some((o) => o.routes.routes.some((r) => r.synthetic));
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-summary-caption">
        <table className="data-table compare-summary">
          <caption id="compare-summary-caption">{t('compare.summary.caption', { region: where })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.col.occupation')}</th>
              <th scope="col">{t('compare.col.fit')}</th>
              <th scope="col">{t('compare.col.have')}</th>
              <th scope="col">{t('compare.col.partial')}</th>
              <th scope="col">{t('compare.col.missing')}</th>
              <th scope="col">{t('compare.col.routes')}</th>
              <th scope="col">{t('compare.col.vacancies', { region: where })}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.occupations.map((o) => (
              <tr key={o.uri}>
                <th scope="row">
                  <ConceptLabel label={o.label} labelLanguage={o.labelLanguage} derived={o.derived} />
                </th>
                <td>
                  {t('compare.fit', {
                    percent: String(o.fit.percent),
                    full: String(o.fit.essentialsFull),
                    partial: String(o.fit.essentialsPartial),
                    total: String(o.fit.essentials),
                  })}
                </td>
                <td>{formatNumber(o.have.length, language)}</td>
                <td>{formatNumber(o.partial.length, language)}</td>
                <td>{formatNumber(o.missing.length, language)}</td>
                <td>
                  {o.routes.routes.length === 0
                    ? o.missing.length === 0 && o.partial.length === 0
                      ? t('compare.routes.notNeeded')
                      : t('compare.routes.noneFound')
                    : t('compare.routes.summary', {
                        count: String(o.routes.routes.length),
                        weeks: formatNumber(o.routeWeeks, language),
                        share: String(Math.round(o.routes.closedShare * 100)),
                      })}
                  {o.uri === shortest && comparison.occupations.length > 1 && <strong> {t('compare.routes.shortest')}</strong>}
                </td>
                <td>{formatNumber(o.openVacancies, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anyDemo && <p className="alert alert-info">{t('compare.demoNotice')}</p>}
      <div className="compare-columns">
        {comparison.occupations.map((o, index) => (
          <OccupationColumn key={o.uri} occupation={o} idPrefix={`compare-${index}`} where={where} />
        ))}
      </div>
    </>
  );
}

function OccupationColumn({ occupation: o, idPrefix, where }: { occupation: ComparedOccupation; idPrefix: string; where: string }) {
  const { t, language } = useI18n();
  const [allMissing, setAllMissing] = useState(false);
  const missing = allMissing ? o.missing : o.missing.slice(0, shownMissing);
  return (
    <section className="panel compare-column" aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>
        <ConceptLabel label={o.label} labelLanguage={o.labelLanguage} derived={o.derived} />
      </h3>
      <p>{t('compare.vacanciesOpen', { count: formatNumber(o.openVacancies, language), region: where })}</p>

      <h4 id={`${idPrefix}-have`}>{t('compare.have.heading', { count: String(o.have.length) })}</h4>
      {o.have.length === 0 ? (
        <p className="muted">{t('compare.have.none')}</p>
      ) : (
        <ul aria-labelledby={`${idPrefix}-have`} className="explain-group explain-matched">
          {o.have.map((m) => (
            <li key={m.skill.uri}>
              <span className="explain-icon" aria-hidden="true">✓</span> <Skill skill={m.skill} />
              {m.essential && <span className="tag">{t('explore.explain.essential')}</span>}
            </li>
          ))}
        </ul>
      )}

      <h4 id={`${idPrefix}-partial`}>{t('compare.partial.heading', { count: String(o.partial.length) })}</h4>
      {o.partial.length === 0 ? (
        <p className="muted">{t('compare.partial.none')}</p>
      ) : (
        <ul aria-labelledby={`${idPrefix}-partial`} className="explain-group explain-partial">
          {o.partial.map((p) => (
            <li key={p.skill.uri}>
              <span className="explain-icon" aria-hidden="true">◐</span> <Skill skill={p.skill} /> {t('explore.explain.via')}{' '}
              <Skill skill={p.standIn} />
              {p.essential && <span className="tag">{t('explore.explain.essential')}</span>}
              {p.reason && <span className="muted"> ({p.reason})</span>}
            </li>
          ))}
        </ul>
      )}

      <h4 id={`${idPrefix}-missing`}>{t('compare.missing.heading', { count: String(o.missing.length) })}</h4>
      {o.missing.length === 0 ? (
        <p className="muted">{t('compare.missing.none')}</p>
      ) : (
        <>
          <ul aria-labelledby={`${idPrefix}-missing`} className="explain-group explain-missing">
            {missing.map((m) => (
              <li key={m.skill.uri}>
                <span className="explain-icon" aria-hidden="true">✗</span> <Skill skill={m.skill} />
              </li>
            ))}
          </ul>
          {o.missing.length > shownMissing && (
            <button type="button" className="button-link" aria-expanded={allMissing} onClick={() => setAllMissing(!allMissing)}>
              {allMissing ? t('explore.explain.fewer') : t('explore.explain.all', { count: String(o.missing.length) })}
            </button>
          )}
        </>
      )}
      {o.optionalMissing > 0 && <p className="muted">{t('compare.missing.optional', { count: String(o.optionalMissing) })}</p>}

      <h4 id={`${idPrefix}-routes`}>{t('compare.routes.heading')}</h4>
      {o.routes.routes.length === 0 ? (
        <p className="muted">{o.routes.gaps.length === 0 ? t('explore.routes.noGap') : t('explore.routes.none')}</p>
      ) : (
        <>
          <p>
            {t('compare.routes.together', {
              weeks: formatNumber(o.routeWeeks, language),
              share: String(Math.round(o.routes.closedShare * 100)),
            })}
          </p>
          <ol aria-labelledby={`${idPrefix}-routes`} className="compare-routes">
            {o.routes.routes.map((r) => (
              <li key={r.id}>
                {r.title} {r.synthetic && <span className="tag tag-demo">{t('explore.demo')}</span>}
                <br />
                <span className="muted">
                  {r.provider} · {t('explore.routes.weeks', { weeks: String(r.durationWeeks) })} ·{' '}
                  {t('compare.routes.closes', { share: String(Math.round(r.gapClosed * 100)) })}
                  {r.online ? ` · ${t('explore.routes.online')}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
