import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import type { RoutePlan } from './matchApi';

const kindLabels: Record<string, MessageKey> = {
  FORMAL_EDUCATION: 'explore.routes.kind.FORMAL_EDUCATION',
  TRAINING: 'explore.routes.kind.TRAINING',
  SIDE_ENTRY: 'explore.routes.kind.SIDE_ENTRY',
  RETURNER: 'explore.routes.kind.RETURNER',
};

/** Learning routes that close a gap: what each teaches, what it closes, how much of the gap, and jobs it unlocks. */
export function RoutePlanList({ plan, headingLevel = 4 }: { plan: RoutePlan; headingLevel?: 3 | 4 }) {
  const { t } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (plan.routes.length === 0) {
    return <p>{plan.gaps.length === 0 ? t('explore.routes.noGap') : t('explore.routes.none')}</p>;
  }
  return (
    <div className="route-plan">
      <p>
        {t('explore.routes.summary', {
          share: String(Math.round(plan.closedShare * 100)),
          gaps: String(plan.gaps.length),
        })}
      </p>
      <ol className="route-list">
        {plan.routes.map((route) => (
          <li key={route.id} className="route">
            <Heading>
              {route.title} {route.synthetic && <span className="tag tag-demo">{t('explore.demo')}</span>}
            </Heading>
            <p className="muted">
              {route.provider} · {kindLabels[route.kind] ? t(kindLabels[route.kind] as MessageKey) : route.kind} ·{' '}
              {t('explore.routes.weeks', { weeks: String(route.durationWeeks) })} ·{' '}
              {route.costEuros === 0 ? t('explore.routes.free') : t('explore.routes.cost', { euros: String(route.costEuros) })}
              {route.online ? ` · ${t('explore.routes.online')}` : ''}
              {route.regions.length > 0 ? ` · ${route.regions.join(', ')}` : ''}
            </p>
            <p>
              {t('explore.routes.closes', { share: String(Math.round(route.gapClosed * 100)) })}{' '}
              {route.closes.map((s, index) => (
                <span key={s.uri}>
                  {index > 0 && ', '}
                  <ConceptLabel label={s.label} labelLanguage={s.labelLanguage} derived={s.derived} />
                </span>
              ))}
            </p>
            {route.jobsUnlocked > 0 && <p>{t('explore.routes.jobs', { count: String(route.jobsUnlocked) })}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
