import { useEffect, useState } from 'react';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { formatNumber } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { fetchOutlook, type OutlookItem, type SeekerOutlook } from './outlookApi';
import { PrognosisCell, PrognosisHeader, PrognosisNote } from './PrognosisColumn';

const WIDTH = 700;
const ROW = 28;
const LEFT = 320;
/** Longer skill names are shortened in the plot (the full name is in the table and in the dot's tooltip). */
const LABEL_CHARS = 42;
const RIGHT = 24;
/** The dot plot's x axis runs from −30 % to +30 % a year; larger changes sit at the edge (the table has the figure). */
const LIMIT = 30;

const DOT_COLOURS: Record<string, string> = { GROWING: '#006d2c', SHRINKING: '#a50f15', STABLE: '#595959' };

/** "My outlook": the seeker's skills by demand trend in their region, with advice and learning routes (issue 19). */
export function OutlookPage({ session, fetchImpl }: { session: Session; fetchImpl?: typeof fetch }) {
  const { t, language } = useI18n();
  const [data, setData] = useState<SeekerOutlook | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    fetchOutlook(session.accessToken, language, fetchImpl)
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [session.accessToken, language, fetchImpl]);

  return (
    <main className="page">
      <h1>{t('outlook.title')}</h1>
      {error !== null && <ErrorAlert headline="outlook.failed" error={error} />}
      {data && data.message === 'NO_ANSWERS' && <p>{t('outlook.noAnswers')}</p>}
      {data && data.message === 'NOT_ENOUGH_DATA' && <p>{t('outlook.notEnoughData', { region: data.regionName })}</p>}
      {data && data.message === null && (
        <>
          <p>{t('outlook.intro', { region: data.regionName })}</p>
          <section aria-labelledby="outlook-advice-heading">
            <h2 id="outlook-advice-heading">{t('outlook.advice')}</h2>
            <ul>
              {data.advice.map((a) => (
                <li key={a.group}>{language === 'en' ? a.en : a.nl}</li>
              ))}
            </ul>
          </section>
          <DotPlot items={data.items.filter((i) => i.percent !== null)} />
          <OutlookTable items={data.items} />
          <PrognosisNote items={data.items} />
          {data.routes.length > 0 && (
            <section aria-labelledby="outlook-routes-heading">
              <h2 id="outlook-routes-heading">{t('outlook.routes')}</h2>
              <ul>
                {data.routes.map((r) => (
                  <li key={`${r.skill}-${r.id}`}>
                    {language === 'en' ? r.titleEn : r.titleNl} ({r.provider}):{' '}
                    {t('outlook.routeFacts', { weeks: r.durationWeeks, cost: formatNumber(r.costEuros, language) })}
                    {r.online ? ` ${t('outlook.online')}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {data.synthetic && <p className="muted">{t('outlook.synthetic')}</p>}
        </>
      )}
    </main>
  );
}

function DotPlot({ items }: { items: readonly OutlookItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  const height = ROW * items.length + 40;
  const x = (p: number) => LEFT + ((Math.max(-LIMIT, Math.min(LIMIT, p)) + LIMIT) * (WIDTH - LEFT - RIGHT)) / (2 * LIMIT);
  return (
    <svg className="forecast-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t('outlook.chartLabel')}>
      <line x1={x(0)} y1={8} x2={x(0)} y2={height - 28} stroke="#333" />
      {items.map((item, i) => (
        <g key={item.uri}>
          <text x={LEFT - 8} y={24 + i * ROW} fontSize="13" textAnchor="end" fill="#1b1b1b">
            {item.label.length > LABEL_CHARS ? `${item.label.slice(0, LABEL_CHARS - 1)}…` : item.label}
          </text>
          {/* colour by the trend class, not the sign: a change within the counting noise is stable (grey) */}
          <circle cx={x(item.percent ?? 0)} cy={20 + i * ROW} r="7" fill={DOT_COLOURS[item.trend] ?? '#595959'}>
            <title>{item.label}</title>
          </circle>
        </g>
      ))}
      <text x={x(-LIMIT)} y={height - 8} fontSize="12" fill="#333">
        {t('outlook.axisShrinking')}
      </text>
      <text x={x(LIMIT)} y={height - 8} fontSize="12" textAnchor="end" fill="#333">
        {t('outlook.axisGrowing')}
      </text>
    </svg>
  );
}

function OutlookTable({ items }: { items: readonly OutlookItem[] }) {
  const { t } = useI18n();
  const answers = (i: OutlookItem) =>
    [i.doesIt && t('outlook.answer.does'), i.canDoIt && t('outlook.answer.can'), i.wantsToLearn && t('outlook.answer.wants'),
      i.givesEnergy && t('outlook.answer.energy')].filter(Boolean).join(', ');
  return (
    <table className="data-table">
      <caption>{t('outlook.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('outlook.table.skill')}</th>
          <th scope="col">{t('outlook.table.answers')}</th>
          <th scope="col">{t('outlook.table.trend')}</th>
          <th scope="col">{t('outlook.table.change')}</th>
          <PrognosisHeader />
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.uri}>
            <th scope="row">{i.label}</th>
            <td>{answers(i)}</td>
            <td>{t(`outlook.trend.${i.trend}`)}</td>
            <td>{i.percent === null ? '–' : `${i.percent > 0 ? '+' : i.percent < 0 ? '−' : ''}${Math.abs(i.percent)} %`}</td>
            <PrognosisCell prognosis={i.prognosis} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
