import { useCallback, useMemo, useRef, useState } from 'react';
import { conceptLabelText } from '../taxonomy/ConceptLabel';
import { useI18n } from '../i18n/I18nProvider';
import { formatPeriod } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Chart } from './Chart';
import { echarts, regionsMapName, stackedSubtext, type EChartsOption } from './charts';
import { formatCount, formatDecimal, formatNumber, suppressedMark, tensionClassKeys, tensionColours } from './format';
import { dataUrlToBlob, saveBlob, type LmiApi, type MapArea, type MapView, type TensionClass } from './lmiApi';

export type Measure = 'demand' | 'supply' | 'tension';

interface RegionMapPanelProps {
  readonly api: LmiApi;
  readonly view: MapView;
  readonly measure: Measure;
  readonly onMeasure: (measure: Measure) => void;
  readonly selectedRegion: string;
  readonly onRegion: (code: string) => void;
}

const classOrder: readonly TensionClass[] = ['RUIM', 'GEMIDDELD', 'KRAP', 'ZEER_KRAP'];

function value(area: MapArea, measure: Measure): number | null {
  if (measure === 'demand') return area.demand;
  if (measure === 'supply') return area.supply.suppressed ? null : area.supply.value;
  return area.tensionClass === null ? null : classOrder.indexOf(area.tensionClass);
}

/** Choropleth of the 35 arbeidsmarktregio's for one measure, with the same figures as a table and exports. */
export function RegionMapPanel({ api, view, measure, onMeasure, selectedRegion, onRegion }: RegionMapPanelProps) {
  const { t, language } = useI18n();
  const chart = useRef<echarts.ECharts | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const byName = useMemo(() => new Map(view.regions.map((r) => [r.name, r.code])), [view]);
  const values = view.regions.map((r) => value(r, measure)).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  const subject = view.dimension === 'ALL' ? t('lmi.map.allVacancies') : conceptLabelText(view, t, language);

  const option = useMemo(
    (): EChartsOption => ({
      // the title travels with the PNG export: what, when, the suppression mark and the sources
      title: {
        text: `${subject} · ${formatPeriod(view.period, language)}`,
        subtext: stackedSubtext(t('lmi.chart.subtext')),
        left: 'center',
        textStyle: { fontSize: 14 },
        subtextStyle: { color: '#4b5150', fontSize: 11, lineHeight: 14 },
      },
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        formatter: (p: { name: string }) => {
          const area = view.regions.find((r) => r.name === p.name);
          if (!area) return p.name;
          return `${area.name}\n${t('lmi.col.demand')}: ${formatNumber(area.demand, language)}\n${t('lmi.col.supply')}: ${formatCount(area.supply, language)}${
            area.tensionClass ? `\n${t('lmi.col.tension')}: ${t(tensionClassKeys[area.tensionClass])}` : ''
          }`;
        },
      },
      visualMap:
        measure === 'tension'
          ? {
              type: 'piecewise',
              pieces: classOrder.map((c, i) => ({ value: i, label: t(tensionClassKeys[c]), color: tensionColours[c] })),
              left: 'left',
              bottom: 10,
            }
          : { type: 'continuous', min: 0, max, left: 'left', bottom: 10, inRange: { color: ['#e6f2ef', '#00594f'] }, calculable: false },
      series: [
        {
          type: 'map',
          map: regionsMapName,
          // below the title and its four lines of sources
          top: 100,
          nameProperty: 'statnaam',
          roam: false,
          selectedMode: false,
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.6, areaColor: '#d9d9d9' },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffdd00' } },
          data: view.regions.map((r) => ({
            name: r.name,
            value: value(r, measure) ?? '-',
            itemStyle: r.code === selectedRegion ? { borderColor: '#0b0c0c', borderWidth: 2 } : undefined,
          })),
        },
      ],
    }),
    [view, measure, max, selectedRegion, t, language],
  );

  const onReady = useCallback((instance: echarts.ECharts) => {
    chart.current = instance;
  }, []);

  const download = async (path: string, fileName: string) => {
    setFailure(null);
    try {
      saveBlob(await api.download(path), fileName);
    } catch (error) {
      setFailure(error);
    }
  };
  const query = `period=${encodeURIComponent(view.period)}&dimension=${view.dimension}&key=${encodeURIComponent(view.key)}`;
  const savePng = () => {
    if (!chart.current) return;
    saveBlob(dataUrlToBlob(chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })), `vaardig-kaart-${view.period}.png`);
  };

  return (
    <section className="panel" aria-labelledby="lmi-map-heading">
      <h2 id="lmi-map-heading">{t('lmi.map.heading', { subject, period: formatPeriod(view.period, language) })}</h2>
      <fieldset className="choice-row">
        <legend>{t('lmi.map.measure')}</legend>
        {(['demand', 'supply', 'tension'] as const).map((m) => (
          <label key={m} className="checkbox">
            <input type="radio" name="lmi-measure" value={m} checked={measure === m} onChange={() => onMeasure(m)} />
            {t(`lmi.measure.${m}`)}
          </label>
        ))}
      </fieldset>
      <div className="lmi-map-layout">
        <Chart
          option={option}
          label={t('lmi.map.chartLabel', { subject, period: formatPeriod(view.period, language) })}
          className="chart chart-map"
          onReady={onReady}
          onClick={(name) => {
            const code = byName.get(name);
            if (code) onRegion(code);
          }}
        />
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('lmi.map.tableCaption', { subject, period: formatPeriod(view.period, language) })}>
          <table className="data-table" aria-describedby="lmi-suppression-note">
            <caption>{t('lmi.map.tableCaption', { subject, period: formatPeriod(view.period, language) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lmi.col.region')}</th>
                <th scope="col">{t('lmi.col.demand')}</th>
                <th scope="col">{t('lmi.col.supply')}</th>
                <th scope="col">{t('lmi.col.tension')}</th>
              </tr>
            </thead>
            <tbody>
              {[...view.regions, view.national].map((area) => (
                <tr key={area.code} aria-current={area.code === selectedRegion ? 'true' : undefined}>
                  <th scope="row">
                    {area.code === 'NL' ? (
                      t('lmi.national')
                    ) : (
                      <button type="button" className="link-button" onClick={() => onRegion(area.code)}>
                        {area.name}
                      </button>
                    )}
                  </th>
                  <td>{formatNumber(area.demand, language)}</td>
                  <td>
                    {area.supply.suppressed ? (
                      <abbr className="suppressed" title={t('lmi.suppressed.title')}>
                        {suppressedMark}
                      </abbr>
                    ) : (
                      formatCount(area.supply, language)
                    )}
                  </td>
                  <td>
                    {area.tension === null || area.tensionClass === null
                      ? area.supply.suppressed
                        ? suppressedMark
                        : '–'
                      : `${formatDecimal(area.tension, language)} (${t(tensionClassKeys[area.tensionClass])})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={() => void download(`/api/lmi/map.csv?${query}`, `vaardig-kaart-${view.period}.csv`)}>
          {t('lmi.export.csv')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void download(`/api/lmi/map.xlsx?${query}`, `vaardig-kaart-${view.period}.xlsx`)}>
          {t('lmi.export.xlsx')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void download(`/api/lmi/map.geojson?${query}`, `vaardig-kaart-${view.period}.geojson`)}
        >
          {t('lmi.export.geojson')}
        </button>
        <button type="button" className="button button-secondary" onClick={savePng}>
          {t('lmi.export.png')}
        </button>
      </div>
      {failure !== null && <ErrorAlert headline="lmi.export.failed" error={failure} onDismiss={() => setFailure(null)} />}
    </section>
  );
}
