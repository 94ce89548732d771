/**
 * Reference: uPlot 1.6 line chart (its default linear paths, which decimate per
 * pixel column). Update: `setData` with the new columns. Append: uPlot's usual
 * streaming recipe, push onto plain arrays and `setData` with the grown arrays
 * (which rescales and redraws from all points).
 * Wall: 60 charts of 240×48 px with both axes (sized to the kit's: 24 px under,
 * 40 px beside, 11 px labels), cursor on (the default), legend off. Sparklines
 * (60 sparklines, and the card wall's at the card's sparkline size): no axes,
 * cursor or selection.
 */
import uPlot from 'uplot';
import type { Columns } from '../data.js';
import type { Contender } from './types.js';

const STROKE = '#3366cc';

const contender: Contender<Columns> = {
  prepare: (columns) => columns,
  supports: { update: true, append: true },
  series(container, data, { width, height }, { live }) {
    // A live chart holds plain arrays so a point can be pushed; the copy happens at mount, untimed in `append`.
    const columns: uPlot.AlignedData = live ? [Array.from(data.t), Array.from(data.v)] : [data.t, data.v];
    const chart = new uPlot(
      {
        width,
        height,
        ms: 1, // times are epoch milliseconds, like the kit's Series
        legend: { show: false }, // keep the chart inside 600×160
        scales: { x: { time: true } },
        series: [{}, { stroke: STROKE, width: 1 }],
      },
      columns,
      container,
    );
    return {
      update(next) {
        chart.setData([next.t, next.v]);
      },
      append(t, v) {
        (columns[0] as number[]).push(t);
        (columns[1] as number[]).push(v);
        chart.setData(columns);
      },
      destroy: () => chart.destroy(),
    };
  },
  wall(container, list, { width, height }) {
    // uPlot's default axes are 50 px tall; in a 48 px chart they get the room the kit's axes take (24 px under, labels beside).
    const font = '11px system-ui, sans-serif';
    return chartsIn(container, list, {
      width,
      height,
      ms: 1,
      legend: { show: false },
      scales: { x: { time: true } },
      axes: [
        { size: 24, font, gap: 2, ticks: { size: 4 } },
        { size: 40, font, gap: 2, ticks: { size: 4 } },
      ],
      series: [{}, { stroke: STROKE, width: 1 }],
    });
  },
  cards(container, list, size) {
    return sparklines(container, list, size);
  },
  many(container, list, size) {
    return sparklines(container, list, size);
  },
};

/** One uPlot per entry, without axes, cursor or selection: the uPlot way to draw sparklines. */
function sparklines(container: HTMLElement, list: readonly Columns[], { width, height }: { width: number; height: number }) {
  return chartsIn(container, list, {
    width,
    height,
    ms: 1,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    axes: [{ show: false }, { show: false }],
    scales: { x: { time: true } },
    series: [{}, { stroke: STROKE, width: 1 }],
  });
}

/** One uPlot with `options` per entry, each in a cell of its own. */
function chartsIn(container: HTMLElement, list: readonly Columns[], options: uPlot.Options) {
  const charts = list.map((data) => {
    const cell = document.createElement('div');
    container.append(cell);
    return new uPlot(options, [data.t, data.v], cell);
  });
  return {
    destroy() {
      for (const chart of charts) chart.destroy();
      container.replaceChildren();
    },
  };
}
export default contender;
