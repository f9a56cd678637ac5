import { useEffect, useMemo, useState } from 'react';
import { ConceptLabel, conceptLabelText } from '../taxonomy/ConceptLabel';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { formatPeriod } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { BubblePanel } from './BubblePanel';
import { echarts, regionsMapName } from './charts';
import { formatChange, formatDecimal, formatNumber, tensionClassKeys } from './format';
import { lmiApi, saveBlob, type Bubbles, type LmiApi, type MapView, type Meta, type SkillRow, type SkillTable, type Summary } from './lmiApi';
import { ForecastPanel } from './ForecastPanel';
import { forecastLoader } from './forecastApi';
import { NarrativePanel } from './NarrativePanel';
import { RegionMapPanel, type Measure } from './RegionMapPanel';
import { SimilarPanel } from './SimilarPanel';
import { SkillsTable } from './SkillsTable';

interface Picked {
  readonly key: string;
  readonly label: string;
}

/** ISCO-08 major groups, the sector filter of the occupation list. */
const sectors = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Loads one figure set whenever its inputs change; older answers are dropped. */
function useFigures<T>(load: ((signal: AbortSignal) => Promise<T>) | null, deps: readonly unknown[]): { data: T | null; error: unknown; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({ data: null, error: null, loading: false });
  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    load(controller.signal)
      .then((data) => !controller.signal.aborted && setState({ data, error: null, loading: false }))
      .catch((error: unknown) => !controller.signal.aborted && setState((s) => ({ ...s, error, loading: false })));
    return () => controller.abort();
  }, deps);
  return state;
}

/** The labour-market dashboard of regional staff: map, bubbles, top lists, drill-down, narrative, similar regions, exports. */
export default function RegioDashboard({ session, api: given }: { session: Session; api?: LmiApi }) {
  const { t, language } = useI18n();
  const api = useMemo(() => given ?? lmiApi(session.accessToken, language), [given, session.accessToken, language]);
  const loadForecast = useMemo(() => forecastLoader(session.accessToken, language), [session.accessToken, language]);
  const [region, setRegion] = useState(session.me.regions[0]?.code ?? 'AM18');
  const [period, setPeriod] = useState<string | null>(null);
  const [measure, setMeasure] = useState<Measure>('demand');
  const [mapSkill, setMapSkill] = useState<Picked | null>(null);
  const [sector, setSector] = useState('');
  const [occupation, setOccupation] = useState<Picked | null>(null);
  const [mapReady, setMapReady] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  const meta = useFigures<Meta>((signal) => api.meta(signal), [api]);
  useEffect(() => {
    if (meta.data && period === null) setPeriod(meta.data.defaultPeriod);
  }, [meta.data, period]);
  const geo = useFigures<unknown>((signal) => api.regionsMap(signal), [api]);
  useEffect(() => {
    if (geo.data) {
      echarts.registerMap(regionsMapName, geo.data as Parameters<typeof echarts.registerMap>[1]);
      setMapReady(true);
    }
  }, [geo.data]);

  const summary = useFigures<Summary>(period ? (s) => api.summary(region, period, s) : null, [api, region, period]);
  const skills = useFigures<SkillTable>(period ? (s) => api.skills(region, period, 'SKILL', {}, s) : null, [api, region, period]);
  const occupations = useFigures<SkillTable>(period ? (s) => api.skills(region, period, 'OCCUPATION', { sector }, s) : null, [
    api,
    region,
    period,
    sector,
  ]);
  const occupationSkills = useFigures<SkillTable>(
    period && occupation ? (s) => api.skills(region, period, 'SKILL', { occupation: occupation.key }, s) : null,
    [api, region, period, occupation?.key],
  );
  const map = useFigures<MapView>(
    period ? (s) => api.map(period, mapSkill ? 'SKILL' : 'ALL', mapSkill ? mapSkill.key : '-', s) : null,
    [api, period, mapSkill?.key],
  );
  const bubbles = useFigures<Bubbles>((s) => api.bubbles(region, 'QUARTER', s), [api, region]);

  const regionName = meta.data?.regions.find((r) => r.code === region)?.name ?? region;
  const rising = useMemo(
    () =>
      [...(skills.data?.rows ?? [])]
        .filter((r): r is SkillRow & { change: number } => r.change !== null && r.demandPrevious >= 5)
        .sort((a, b) => b.change - a.change)
        .slice(0, 5),
    [skills.data],
  );
  const loading = meta.loading || summary.loading || skills.loading || map.loading;

  const downloadTable = async (dimension: 'SKILL' | 'OCCUPATION', format: 'csv' | 'xlsx') => {
    if (!period) return;
    setExportError(null);
    try {
      const blob = await api.download(`/api/lmi/regions/${region}/skills.${format}?period=${encodeURIComponent(period)}&dimension=${dimension}`);
      saveBlob(blob, `vaardig-${region}-${dimension.toLowerCase()}-${period}.${format}`);
    } catch (error) {
      setExportError(error);
    }
  };

  if (meta.error) {
    return (
      <ErrorAlert headline="lmi.load.failed" error={meta.error} />
    );
  }
  if (!meta.data || !period) {
    return (
      <p role="status" className="muted">
        {t('lmi.loading')}
      </p>
    );
  }
  const m = meta.data;

  return (
    <div className="lmi-dashboard">
      {m.synthetic && (
        <div className="alert alert-info">
          <p>{t('lmi.synthetic')}</p>
        </div>
      )}

      <form className="panel lmi-filters" aria-labelledby="lmi-filters-heading" onSubmit={(e) => e.preventDefault()}>
        <h2 id="lmi-filters-heading">{t('lmi.filters.heading')}</h2>
        <div className="filter-row">
          <label>
            {t('lmi.filters.region')}
            <select value={region} onChange={(e) => { setRegion(e.target.value); setOccupation(null); }}>
              {m.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.code} {r.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('lmi.filters.period')}
            <select value={period} onChange={(e) => setPeriod(e.target.value)}>
              <optgroup label={t('lmi.filters.quarters')}>
                {[...m.quarters].reverse().map((q) => (
                  <option key={q} value={q}>
                    {formatPeriod(q, language)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('lmi.filters.months')}>
                {[...m.months].reverse().map((q) => (
                  <option key={q} value={q}>
                    {formatPeriod(q, language)}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <label>
            {t('lmi.filters.skill')}
            <select
              value={mapSkill?.key ?? ''}
              onChange={(e) => {
                const row = skills.data?.rows.find((r) => r.key === e.target.value);
                setMapSkill(row ? { key: row.key, label: conceptLabelText(row, t, language) } : null);
              }}
            >
              <option value="">{t('lmi.map.allVacancies')}</option>
              {(skills.data?.rows ?? []).map((r) => (
                <option key={r.key} value={r.key}>
                  {conceptLabelText(r, t, language)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {loading && (
          <p role="status" className="muted">
            {t('lmi.loading')}
          </p>
        )}
      </form>

      {summary.error !== null && <ErrorAlert headline="lmi.load.failed" error={summary.error} />}
      {summary.data && <NarrativePanel summary={summary.data} />}

      {map.error !== null && <ErrorAlert headline="lmi.load.failed" error={map.error} />}
      {geo.error !== null && <ErrorAlert headline="lmi.load.failed" error={geo.error} />}
      {map.data && mapReady && (
        <RegionMapPanel api={api} view={map.data} measure={measure} onMeasure={setMeasure} selectedRegion={region} onRegion={setRegion} />
      )}

      <section className="panel" aria-labelledby="lmi-tension-heading">
        <h2 id="lmi-tension-heading">{t('lmi.tension.heading')}</h2>
        <p>{t('lmi.tension.definition')}</p>
        <ul className="tension-scale">
          {m.tensionClasses.map((c) => (
            <li key={c.tensionClass}>
              <strong>{t(tensionClassKeys[c.tensionClass])}</strong>:{' '}
              {c.below === null
                ? t('lmi.tension.from', { from: formatDecimal(c.from, language) })
                : t('lmi.tension.range', { from: formatDecimal(c.from, language), below: formatDecimal(c.below, language) })}
            </li>
          ))}
        </ul>
      </section>

      {skills.error !== null && <ErrorAlert headline="lmi.load.failed" error={skills.error} />}
      {skills.data && (
        <section className="panel" aria-labelledby="lmi-skills-heading">
          <h2 id="lmi-skills-heading">{t('lmi.skills.heading', { region: regionName, period: formatPeriod(period, language) })}</h2>
          <h3>{t('lmi.rising.heading')}</h3>
          {rising.length === 0 ? (
            <p className="muted">{t('lmi.rising.none')}</p>
          ) : (
            <ol className="rising">
              {rising.map((r) => (
                <li key={r.key}>
                  <ConceptLabel label={r.label} labelLanguage={r.labelLanguage} derived={r.derived} />:{' '}
                  {formatChange(r.change, language)} ({t('lmi.rising.vacancies', { count: formatNumber(r.demand, language) })})
                </li>
              ))}
            </ol>
          )}
          <SkillsTable
            caption={t('lmi.skills.caption', { region: regionName, period: formatPeriod(period, language), previous: formatPeriod(skills.data.previousPeriod, language) })}
            rows={skills.data.rows}
            threshold={m.threshold}
            keyHeading={t('lmi.col.skill')}
            pickedKey={mapSkill?.key}
            onPick={(row) => setMapSkill({ key: row.key, label: conceptLabelText(row, t, language) })}
          />
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={() => void downloadTable('SKILL', 'csv')}>
              {t('lmi.export.csv')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void downloadTable('SKILL', 'xlsx')}>
              {t('lmi.export.xlsx')}
            </button>
          </div>
        </section>
      )}

      {occupations.data && (
        <section className="panel" aria-labelledby="lmi-occupations-heading">
          <h2 id="lmi-occupations-heading">{t('lmi.drill.heading')}</h2>
          <p className="muted">{t('lmi.drill.explain')}</p>
          <label>
            {t('lmi.filters.sector')}
            <select value={sector} onChange={(e) => { setSector(e.target.value); setOccupation(null); }}>
              <option value="">{t('lmi.filters.allSectors')}</option>
              {sectors.map((s) => (
                <option key={s} value={s}>
                  {t(`lmi.sector.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <SkillsTable
            caption={t('lmi.drill.occupations', { region: regionName, period: formatPeriod(period, language) })}
            rows={occupations.data.rows}
            threshold={m.threshold}
            keyHeading={t('lmi.col.occupation')}
            pickedKey={occupation?.key}
            onPick={(row) => setOccupation({ key: row.key, label: conceptLabelText(row, t, language) })}
          />
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={() => void downloadTable('OCCUPATION', 'csv')}>
              {t('lmi.export.csv')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void downloadTable('OCCUPATION', 'xlsx')}>
              {t('lmi.export.xlsx')}
            </button>
          </div>
          {occupation && occupationSkills.data && (
            <SkillsTable
              caption={t('lmi.drill.skillsOf', { occupation: occupation.label, region: regionName })}
              rows={occupationSkills.data.rows}
              threshold={m.threshold}
            keyHeading={t('lmi.col.skill')}
              pickedKey={mapSkill?.key}
              onPick={(row) => setMapSkill({ key: row.key, label: conceptLabelText(row, t, language) })}
            />
          )}
        </section>
      )}
      {exportError !== null && <ErrorAlert headline="lmi.export.failed" error={exportError} onDismiss={() => setExportError(null)} />}

      {bubbles.data && <BubblePanel bubbles={bubbles.data} regionName={regionName} />}

      <ForecastPanel
        load={loadForecast}
        region={region}
        regionName={regionName}
        picked={mapSkill ? { dimension: 'SKILL', ...mapSkill } : occupation ? { dimension: 'OCCUPATION', ...occupation } : null}
      />

      <SimilarPanel api={api} region={region} period={period} />

    </div>
  );
}
