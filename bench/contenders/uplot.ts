/**
 * Reference: uPlot 1.6 line chart (its default linear paths, which decimate per
 * pixel column). Update: `setData` with the new columns. Append: uPlot's usual
 * streaming recipe, push onto plain arrays and `setData` with the grown arrays
 * (which rescales and redraws from all points).
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
  many(container, list, { width, height }) {
    const charts = list.map((data) => {
      const cell = document.createElement('div');
      container.append(cell);
      return new uPlot(
        {
          width,
          height,
          ms: 1,
          legend: { show: false },
          cursor: { show: false },
          select: { show: false, left: 0, top: 0, width: 0, height: 0 },
          axes: [{ show: false }, { show: false }],
          scales: { x: { time: true } },
          series: [{}, { stroke: STROKE, width: 1 }],
        },
        [data.t, data.v],
        cell,
      );
    });
    return {
      destroy() {
        for (const chart of charts) chart.destroy();
        container.replaceChildren();
      },
    };
  },
};
export default contender;
