import { useEffect, useRef } from 'react';
import { echarts, type EChartsOption } from './charts';

interface ChartProps {
  readonly option: EChartsOption;
  /** What the chart shows, for screen readers (the data are also in a table next to it). */
  readonly label: string;
  readonly className?: string;
  readonly onReady?: (chart: echarts.ECharts) => void;
  readonly onClick?: (name: string) => void;
}

/** One ECharts chart in a div; the instance lives as long as the component. */
export function Chart({ option, label, className = 'chart', onReady, onClick }: ChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const name = (params as { name?: string }).name;
      if (name) click.current?.(name);
    });
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!chart.current) return;
    chart.current.setOption(option as echarts.EChartsCoreOption, { notMerge: true });
    onReady?.(chart.current);
  }, [option, onReady]);

  return <div ref={element} className={className} role="img" aria-label={label} />;
}
