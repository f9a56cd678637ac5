import { useEffect, useMemo, useState } from 'react';
import { apiRequest } from '../api/http';
import { useI18n } from '../i18n/I18nProvider';
import { formatPeriod } from '../i18n/format';
import { Chart } from './Chart';
import { echarts, regionsMapName, type EChartsOption } from './charts';
import type { PublicDemand } from './PublicDemandPage';

/** The choropleth of open vacancies per region for the public page. */
export default function PublicDemandMap({ demand }: { demand: PublicDemand }) {
  const { t, language } = useI18n();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    apiRequest('/api/public/lmi/regions.geojson', (json) => json, { signal: controller.signal })
      .then((geo) => {
        echarts.registerMap(regionsMapName, geo as Parameters<typeof echarts.registerMap>[1]);
        setReady(true);
      })
      .catch(() => setReady(false)); // the table next to the map carries the same figures
    return () => controller.abort();
  }, []);
  const max = Math.max(1, ...demand.regions.map((r) => r.openVacancies));
  const option = useMemo(
    (): EChartsOption => ({
      title: { text: `${t('lmi.summary.demand')} · ${formatPeriod(demand.period, language)}`, subtext: t('lmi.chart.subtext'), left: 'center', textStyle: { fontSize: 14 }, subtextStyle: { color: '#4b5150', fontSize: 11 } },
      tooltip: { trigger: 'item', renderMode: 'richText' },
      visualMap: { type: 'continuous', min: 0, max, left: 'left', bottom: 10, inRange: { color: ['#e6f2ef', '#00594f'] } },
      series: [
        {
          type: 'map',
          map: regionsMapName,
          nameProperty: 'statnaam',
          selectedMode: false,
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.6, areaColor: '#d9d9d9' },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffdd00' } },
          data: demand.regions.map((r) => ({ name: r.name, value: r.openVacancies })),
        },
      ],
    }),
    [demand, max, t, language],
  );
  if (!ready) return null;
  return <Chart option={option} label={t('lmi.public.chartLabel', { period: formatPeriod(demand.period, language) })} className="chart chart-map" />;
}
