// Apache ECharts, only the parts the dashboard uses (keeps the bundle small). Canvas rendering and
// canvas ("richText") tooltips: no inline style attributes, so the app's CSP (style-src 'self') holds.
import { MapChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TimelineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
// labelLayout (hide or move overlapping bubble names) works only with this feature registered
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  MapChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TimelineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  LabelLayout,
  CanvasRenderer,
]);

export { echarts };
// Options are checked by ECharts at run time; its component types do not cover the timeline option.
export type EChartsOption = Record<string, unknown>;

/** The map name under which the 35 arbeidsmarktregio's are registered. */
export const regionsMapName = 'arbeidsmarktregio_2025';

/** A chart's sources line, one part per line: on a 390 px screen the single line ran off both sides (issue 18). */
export function stackedSubtext(text: string): string {
  return text.split(' · ').join('\n');
}
