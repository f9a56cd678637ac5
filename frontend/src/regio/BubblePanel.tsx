import { useCallback, useMemo, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatPeriod } from '../i18n/format';
import { conceptLabelText } from '../taxonomy/ConceptLabel';
import { Chart } from './Chart';
import { echarts, stackedSubtext, type EChartsOption } from './charts';
import { dataUrlToBlob, saveBlob, type Bubbles } from './lmiApi';

/** How many bubbles per period carry their name; more would only overlap (the tooltip names every bubble). */
export const labelledBubbles = 6;

/** The keys of the {@code count} largest bubbles (most new vacancies, then most demand, then by key). */
export function namedBubbles(points: readonly { key: string; demand: number; newVacancies: number }[], count: number): string[] {
  return [...points]
    .sort((a, b) => b.newVacancies - a.newVacancies || b.demand - a.demand || a.key.localeCompare(b.key))
    .slice(0, count)
    .map((p) => p.key);
}

/**
 * Skills over time as bubbles (as in the Regioscanner): x = demand (open vacancies asking for the skill),
 * y = supply (people who have it), size = new vacancies; the timeline plays the periods. A point whose supply
 * is suppressed is left out of that period (and said so).
 */
export function BubblePanel({ bubbles, regionName }: { bubbles: Bubbles; regionName: string }) {
  const { t, language } = useI18n();
  const chart = useRef<echarts.ECharts | null>(null);
  const labels = useMemo(() => new Map(bubbles.skills.map((s) => [s.key, conceptLabelText(s, t, language)])), [bubbles, t, language]);
  const hidden = bubbles.points.filter((p) => p.supply.suppressed).length;
  const maxNew = Math.max(1, ...bubbles.points.map((p) => p.newVacancies));

  const option = useMemo(
    (): EChartsOption => ({
      baseOption: {
        timeline: {
          axisType: 'category',
          data: [...bubbles.periods],
          autoPlay: false,
          playInterval: 1200,
          currentIndex: Math.max(0, bubbles.periods.length - 1),
          bottom: 0,
          // long Dutch period names ("3e kwartaal 2026") would run into each other on a narrow screen: ECharts
          // leaves out labels that do not fit, the tooltip and the current period keep the full name
          label: { fontSize: 10, interval: 'auto', formatter: (key: string) => formatPeriod(key, language) },
        },
        title: { text: t('lmi.bubbles.title', { region: regionName }), subtext: stackedSubtext(t('lmi.chart.subtext')), left: 'center', textStyle: { fontSize: 14 }, subtextStyle: { color: '#4b5150', fontSize: 11, lineHeight: 14 } },
        tooltip: {
          renderMode: 'richText',
          formatter: (p: { value: [number, number, number, string] }) =>
            `${labels.get(p.value[3]) ?? p.value[3]}\n${t('lmi.col.demand')}: ${p.value[0]}\n${t('lmi.col.supply')}: ${p.value[1]}\n${t('lmi.col.new')}: ${p.value[2]}`,
        },
        // room beyond the largest values, so that a bubble at the edge keeps its name inside the chart
        grid: { left: 60, right: 40, top: 110, bottom: 90 },
        xAxis: { type: 'value', name: t('lmi.col.demand'), nameLocation: 'middle', nameGap: 28, boundaryGap: ['0%', '15%'] },
        yAxis: { type: 'value', name: t('lmi.col.supply'), nameLocation: 'middle', nameGap: 42, boundaryGap: ['0%', '15%'] },
        series: [
          {
            type: 'scatter',
            symbolSize: (v: [number, number, number]) => 8 + 40 * Math.sqrt(v[2] / maxNew),
            itemStyle: { color: '#00594f', opacity: 0.7 },
            // whole names, wrapped, on the largest bubbles only (value[4] = 1); a label that would still overlap
            // another is hidden. Set here, not per period: the timeline's options carry the data only
            label: {
              show: true,
              position: 'top',
              fontSize: 11,
              lineHeight: 14,
              color: '#0b0c0c',
              width: 130,
              overflow: 'break',
              formatter: (p: { value: [number, number, number, string, number] }) => (p.value[4] === 1 ? labels.get(p.value[3]) ?? '' : ''),
            },
            labelLayout: { moveOverlap: 'shiftY', hideOverlap: true },
          },
        ],
      },
      options: bubbles.periods.map((period) => {
        const shown = bubbles.points.filter((p) => p.period === period && !p.supply.suppressed);
        const named = new Set(namedBubbles(shown, labelledBubbles));
        return {
          series: [{ data: shown.map((p) => [p.demand, p.supply.value ?? 0, p.newVacancies, p.key, named.has(p.key) ? 1 : 0]) }],
        };
      }),
    }),
    [bubbles, labels, maxNew, regionName, t, language],
  );
  const onReady = useCallback((instance: echarts.ECharts) => {
    chart.current = instance;
  }, []);

  return (
    <section className="panel" aria-labelledby="lmi-bubbles-heading">
      <h2 id="lmi-bubbles-heading">{t('lmi.bubbles.heading')}</h2>
      <p className="muted">{t('lmi.bubbles.explain')}</p>
      <Chart option={option} label={t('lmi.bubbles.chartLabel', { region: regionName })} className="chart chart-bubbles" onReady={onReady} />
      <p className="muted">
        {t('regioLayout.bubbles.labelled', { count: String(labelledBubbles) })} {t('regioLayout.bubbles.wholeQuarters')}
      </p>
      {hidden > 0 && <p className="muted">{t('lmi.bubbles.hidden', { count: hidden })}</p>}
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => chart.current && saveBlob(dataUrlToBlob(chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })), `vaardig-bellen-${bubbles.region}.png`)}
        >
          {t('lmi.export.png')}
        </button>
      </div>
    </section>
  );
}
