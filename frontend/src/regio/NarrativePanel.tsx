import { useI18n } from '../i18n/I18nProvider';
import { formatPeriod } from '../i18n/format';
import { formatChange, formatCount, formatNumber } from './format';
import type { Summary } from './lmiApi';

const flowKeys = {
  MATCHES_PROPOSED: 'lmi.flow.MATCHES_PROPOSED',
  PLACEMENTS: 'lmi.flow.PLACEMENTS',
  LEARNING_ROUTES_STARTED: 'lmi.flow.LEARNING_ROUTES_STARTED',
} as const;

const figureKeys = {
  demand: 'lmi.figure.demand',
  demandChange: 'lmi.figure.demandChange',
  nationalChange: 'lmi.figure.nationalChange',
  groupChange: 'lmi.figure.groupChange',
  groupSize: 'lmi.figure.groupSize',
  supply: 'lmi.figure.supply',
  risingChange: 'lmi.figure.risingChange',
  risingDemand: 'lmi.figure.risingDemand',
  tenseDemand: 'lmi.figure.tenseDemand',
  tenseSupply: 'lmi.figure.tenseSupply',
  tension: 'lmi.figure.tension',
} as const;

/** The region's key figures and the text generated from them; every number in the text is listed below it. */
export function NarrativePanel({ summary }: { summary: Summary }) {
  const { t, language } = useI18n();
  const sentences = language === 'en' ? summary.narrative.en : summary.narrative.nl;
  const figures = language === 'en' ? summary.narrative.figuresEn : summary.narrative.figuresNl;
  return (
    <section className="panel" aria-labelledby="lmi-summary-heading">
      <h2 id="lmi-summary-heading">{t('lmi.summary.heading', { region: summary.name, period: formatPeriod(summary.period, language) })}</h2>
      <dl className="facts lmi-figures">
        <div>
          <dt>{t('lmi.summary.demand')}</dt>
          <dd>{formatNumber(summary.demand, language)}</dd>
        </div>
        <div>
          <dt>{t('lmi.summary.change', { previous: formatPeriod(summary.previousPeriod, language) })}</dt>
          <dd>{formatChange(summary.demandChange, language)}</dd>
        </div>
        <div>
          <dt>{t('lmi.summary.new')}</dt>
          <dd>{formatNumber(summary.newVacancies, language)}</dd>
        </div>
        <div>
          <dt>{t('lmi.summary.supply')}</dt>
          <dd>{formatCount(summary.supply, language)}</dd>
        </div>
        <div>
          <dt>{t('lmi.summary.similarChange', { count: summary.similar.members.length })}</dt>
          <dd>{formatChange(summary.similar.demandChange, language)}</dd>
        </div>
        <div>
          <dt>{t('lmi.summary.nationalChange')}</dt>
          <dd>{formatChange(summary.nationalChange, language)}</dd>
        </div>
        {Object.entries(flowKeys).map(([flow, key]) => (
          <div key={flow}>
            <dt>{t(key)}</dt>
            <dd>{summary.flows[flow] ? formatCount(summary.flows[flow], language) : '–'}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('lmi.narrative.heading')}</h3>
      <div className="lmi-narrative" data-testid="lmi-narrative">
        {sentences.map((s) => (
          <p key={s.text}>{s.text}</p>
        ))}
      </div>
      <details>
        <summary>{t('lmi.narrative.sources')}</summary>
        <dl className="facts">
          {Object.entries(figures).map(([id, value]) => (
            <div key={id}>
              <dt>{id in figureKeys ? t(figureKeys[id as keyof typeof figureKeys]) : id}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
