/**
 * Chart.js 4 line chart, tree-shaken to what a line needs (line controller,
 * line and point elements, linear scales, the decimation plugin) and set up
 * the way Chart.js's performance guide recommends for large series:
 * `animation: false` (one synchronous draw per update), `parsing: false` with
 * sorted `{ x, y }` points (its internal format), `normalized: true`,
 * `spanGaps: true` (no line segmentation), `pointRadius: 0`, fixed tick
 * rotation, and min-max decimation (at its default threshold, more than 4
 * points per pixel of canvas width, like the kit's M4; so 1e3 points are drawn
 * as is). x is a linear scale of epoch ms with a date tick label: Chart.js's
 * time scale needs a date-adapter package. The scale ranges are Chart.js's to
 * compute from the data (no `min` / `max` given, as uPlot gets none). There
 * are no Tooltip or Legend plugins (uPlot's legend is off too).
 *
 * The columns become one `{ x, y }` object per point in `prepare`, outside the
 * timed region like every contender's conversion: an app feeding Chart.js
 * columnar data would pay that too.
 *
 * Like uPlot it draws synchronously: `responsive: false` with a fixed canvas
 * size, so the constructor, `update()` and the draw all happen in the call,
 * before the harness forces layout; no `ready`.
 *
 * - first render: a canvas in the container, `new Chart`.
 * - update: assign the new points to the dataset, `chart.update('none')`.
 * - append: Chart.js's streaming recipe, push the point onto the dataset's
 *   array and `chart.update('none')` (which decimates again from all points).
 *   The point goes onto the chart's own full array, not `dataset.data`: while
 *   decimation is active, `dataset.data` reads the decimated copy.
 * - 60 sparklines (and the card wall's 60 sparklines at the card's sparkline
 *   size): no scales drawn, no event listeners (uPlot's cursor is off there too).
 * - the wall: 60 charts of 240×48 px with both scales shown, 11 px tick labels,
 *   at most 3 ticks a scale, events on (the default).
 */
import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration } from 'chart.js';
import type { Columns } from '../data.js';
import type { Contender, Size } from './types.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Decimation);

interface Point {
  x: number;
  y: number;
}
type Points = Point[];

const STROKE = '#3366cc';
const tickDate = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** The wall's small axes: 11 px labels like the kit's, at most 3 ticks each in a 240×48 chart. */
const SMALL_TICKS = { font: { size: 11 }, maxTicksLimit: 3, padding: 2 } as const;

function config(data: Points, sparkline: boolean, small = false): ChartConfiguration<'line', Points> {
  return {
    type: 'line',
    data: { datasets: [{ data, borderColor: STROKE, borderWidth: 1, pointRadius: 0, spanGaps: true }] },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: false,
      ...(sparkline && { events: [] }),
      plugins: { decimation: { enabled: true, algorithm: 'min-max' } },
      scales: {
        x: {
          type: 'linear',
          bounds: 'data', // the series' own time range, as uPlot's x; 'ticks' would widen it to round numbers of ms
          display: !sparkline,
          ticks: { minRotation: 0, maxRotation: 0, callback: (value) => tickDate.format(Number(value)), ...(small && SMALL_TICKS) },
        },
        // Hidden ticks of a 22 px sparkline are few and far apart: bound it by its data so the line fills its box, as uPlot's does.
        y: { type: 'linear', bounds: sparkline ? 'data' : 'ticks', display: !sparkline, ticks: { minRotation: 0, maxRotation: 0, ...(small && SMALL_TICKS) } },
      },
    },
  };
}

function mount(parent: HTMLElement, data: Points, { width, height }: Size, sparkline: boolean, small = false): Chart<'line', Points> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  parent.append(canvas);
  return new Chart(canvas, config(data, sparkline, small));
}

const contender: Contender<Points> = {
  prepare: ({ t, v }: Columns) => Array.from(t, (x, i) => ({ x, y: v[i] as number })),
  supports: { update: true, append: true },
  series(container, data, size, { live }) {
    // A live chart gets its own array so appends do not grow the bench's cached data; copied at mount, untimed in `append`.
    let points = live ? data.slice() : data;
    const chart = mount(container, points, size, false);
    const dataset = chart.data.datasets[0]!;
    return {
      update(next) {
        points = next;
        dataset.data = next;
        chart.update('none');
      },
      append(x, y) {
        points.push({ x, y });
        chart.update('none');
      },
      destroy() {
        chart.destroy();
        container.replaceChildren();
      },
    };
  },
  wall: (container, list, size) => charts(container, list, size, false),
  cards: (container, list, size) => charts(container, list, size, true),
  many: (container, list, size) => charts(container, list, size, true),
};

/** One Chart.js chart per entry: sparklines (no scales, no events) or the wall's small charts with axes. */
function charts(container: HTMLElement, list: readonly Points[], size: Size, sparkline: boolean) {
  const made = list.map((data) => {
    const cell = document.createElement('div');
    container.append(cell);
    return mount(cell, data, size, sparkline, !sparkline);
  });
  return {
    destroy() {
      for (const chart of made) chart.destroy();
      container.replaceChildren();
    },
  };
}
export default contender;
