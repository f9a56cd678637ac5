import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatPeriod } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { DemandOutlook, ForecastLoader } from './forecastApi';
import { formatChange, formatNumber } from './format';

interface Props {
  readonly load: ForecastLoader;
  readonly region: string;
  readonly regionName: string;
  readonly picked: { readonly dimension: 'SKILL' | 'OCCUPATION'; readonly key: string; readonly label: string } | null;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 48, right: 16, top: 16, bottom: 32 };

/** Demand per quarter of the picked skill or occupation with its prognosis (always labelled so) and a table alternative. */
export function ForecastPanel({ load, region, regionName, picked }: Props) {
  const { t, language } = useI18n();
  const [data, setData] = useState<DemandOutlook | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setData(null);
    setError(null);
    if (!picked) return;
    const controller = new AbortController();
    load(region, picked.dimension, picked.key, controller.signal)
      .then((d) => !controller.signal.aborted && setData(d))
      .catch((e: unknown) => !controller.signal.aborted && setError(e));
    return () => controller.abort();
  }, [load, region, picked?.dimension, picked?.key]);

  return (
    <section className="panel" aria-labelledby="lmi-forecast-heading">
      <h2 id="lmi-forecast-heading">{t('forecast.heading', { label: picked?.label ?? '–' })}</h2>
      {!picked && <p>{t('forecast.pick')}</p>}
      {error !== null && <ErrorAlert headline="forecast.failed" error={error} />}
      {picked && data && (
        <>
          <p>{t('forecast.intro', { region: regionName })}</p>
          <p>
            {t(`forecast.trend.${data.trend.kind}`, {
              percent: data.trend.percent === null ? '' : formatChange(data.trend.percent, language),
              from: data.trend.from ? formatPeriod(data.trend.from, language) : '',
              to: data.trend.to ? formatPeriod(data.trend.to, language) : '',
            })}
          </p>
          {data.forecast.points.length === 0 ? <p>{t('forecast.noForecast')}</p> : <ForecastChart data={data} label={picked.label} />}
          <ForecastTable data={data} />
          <p className="muted">
            {data.forecast.method ? t('forecast.method', { method: data.forecast.method }) : ''} {data.synthetic ? t('forecast.synthetic') : ''}
          </p>
        </>
      )}
    </section>
  );
}

function ForecastChart({ data, label }: { data: DemandOutlook; label: string }) {
  const { t } = useI18n();
  const quarters = [...data.history.map((h) => h.quarter), ...data.forecast.points.map((p) => p.quarter)];
  const max = Math.max(1, ...data.history.map((h) => h.vacancies), ...data.forecast.points.map((p) => p.upper95));
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / Math.max(1, quarters.length - 1);
  const y = (v: number) => HEIGHT - PAD.bottom - (v * (HEIGHT - PAD.top - PAD.bottom)) / max;
  const offset = data.history.length;
  const last = data.history[data.history.length - 1];
  const band = (lower: readonly number[], upper: readonly number[]) => {
    const top = upper.map((v, i) => `${x(offset + i)},${y(v)}`);
    const bottom = lower.map((v, i) => `${x(offset + i)},${y(v)}`).reverse();
    const start = last ? [`${x(offset - 1)},${y(last.vacancies)}`] : [];
    return [...start, ...top, ...bottom].join(' ');
  };
  const measured = data.history.map((h, i) => `${x(i)},${y(h.vacancies)}`).join(' ');
  const prognosis = [
    ...(last ? [`${x(offset - 1)},${y(last.vacancies)}`] : []),
    ...data.forecast.points.map((p, i) => `${x(offset + i)},${y(p.prognosis)}`),
  ].join(' ');
  return (
    <svg className="forecast-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('forecast.chartLabel', { label })}>
      <polygon points={band(data.forecast.points.map((p) => p.lower95), data.forecast.points.map((p) => p.upper95))} fill="#c6dbef" />
      <polygon points={band(data.forecast.points.map((p) => p.lower80), data.forecast.points.map((p) => p.upper80))} fill="#6baed6" />
      <polyline points={measured} fill="none" stroke="#08306b" strokeWidth="2" />
      <polyline points={prognosis} fill="none" stroke="#08306b" strokeWidth="2" strokeDasharray="6 4" />
      <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} stroke="#333" />
      <text x={x(offset)} y={PAD.top + 12} fontSize="14" fill="#08306b">
        {t('forecast.prognosis')}
      </text>
      <text x={PAD.left - 6} y={y(max) + 4} fontSize="12" textAnchor="end" fill="#333">
        {Math.round(max)}
      </text>
      <text x={PAD.left - 6} y={HEIGHT - PAD.bottom + 4} fontSize="12" textAnchor="end" fill="#333">
        0
      </text>
      <text x={x(0)} y={HEIGHT - 8} fontSize="12" fill="#333">
        {quarters[0]}
      </text>
      <text x={x(quarters.length - 1)} y={HEIGHT - 8} fontSize="12" textAnchor="end" fill="#333">
        {quarters[quarters.length - 1]}
      </text>
    </svg>
  );
}

function ForecastTable({ data }: { data: DemandOutlook }) {
  const { t, language } = useI18n();
  const n = (v: number) => formatNumber(Math.round(v), language);
  return (
    <table className="data-table">
      <caption>{t('forecast.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('forecast.table.quarter')}</th>
          <th scope="col">{t('forecast.table.kind')}</th>
          <th scope="col">{t('forecast.table.value')}</th>
          <th scope="col">{t('forecast.table.range80')}</th>
          <th scope="col">{t('forecast.table.range95')}</th>
        </tr>
      </thead>
      <tbody>
        {data.history.map((h) => (
          <tr key={h.quarter}>
            <th scope="row">{formatPeriod(h.quarter, language)}</th>
            <td>{t('forecast.history')}</td>
            <td>{n(h.vacancies)}</td>
            <td>–</td>
            <td>–</td>
          </tr>
        ))}
        {data.forecast.points.map((p) => (
          <tr key={p.quarter}>
            <th scope="row">{formatPeriod(p.quarter, language)}</th>
            <td>{t('forecast.prognosis')}</td>
            <td>{n(p.prognosis)}</td>
            <td>
              {n(p.lower80)}–{n(p.upper80)}
            </td>
            <td>
              {n(p.lower95)}–{n(p.upper95)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
