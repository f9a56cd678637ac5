import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import type { MessageKey } from '../i18n/dictionary';
import { MatchExplanation, ScoreBadge } from './MatchExplanation';
import { matchRoutes, type ExploreProfile, type VacancyResult } from './matchApi';
import { RoutesLoader } from './RoutesLoader';

const contractLabels: Record<string, MessageKey> = {
  PERMANENT: 'explore.contract.PERMANENT',
  TEMPORARY: 'explore.contract.TEMPORARY',
  AGENCY: 'explore.contract.AGENCY',
  FREELANCE: 'explore.contract.FREELANCE',
  TRAINEESHIP: 'explore.contract.TRAINEESHIP',
};

/** One ranked vacancy: facts, score, explanation, and on request the routes that close its gap. */
export function VacancyResultCard({ result, rank, profile }: { result: VacancyResult; rank: number; profile: ExploreProfile }) {
  const { t, language } = useI18n();
  const v = result.vacancy;
  const headingId = `vacancy-${v.id}`;
  return (
    <li className="card result-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="visually-hidden">{t('explore.results.rank', { rank: String(rank) })} </span>
        {v.title} {v.synthetic && <span className="tag tag-demo">{t('explore.demo')}</span>}
      </h3>
      <p className="muted">
        {v.employer} · {v.regionName} ({v.region}) · {t('explore.hours', { min: String(v.hoursMin), max: String(v.hoursMax) })} ·{' '}
        {contractLabels[v.contract] ? t(contractLabels[v.contract] as MessageKey) : v.contract} ·{' '}
        {t('explore.validUntil', { date: formatDate(v.validUntil, language) })}
      </p>
      <p className="fit">
        {t('explore.fit', {
          percent: String(result.fit.percent),
          full: String(result.fit.essentialsFull),
          partial: String(result.fit.essentialsPartial),
          total: String(result.fit.essentials),
        })}
      </p>
      <ScoreBadge explanation={result.explanation} />
      <MatchExplanation explanation={result.explanation} idPrefix={headingId} />
      <RoutesLoader
        buttonLabel={t('explore.routes.forVacancy')}
        load={() => matchRoutes(profile, { type: 'vacancy', vacancyId: v.id }, language)}
        headingLevel={4}
      />
    </li>
  );
}
