/** Reference: uPlot 1.6 line chart (its default linear paths, which decimate per pixel column). */
import uPlot from 'uplot';
import type { Contender } from './types.js';

const STROKE = '#3366cc';

const contender: Contender = {
  series(container, data, width, height) {
    const chart = new uPlot(
      {
        width,
        height,
        ms: 1, // times are epoch milliseconds, like the kit's Series
        legend: { show: false }, // keep the chart inside 600×160
        scales: { x: { time: true } },
        series: [{}, { stroke: STROKE, width: 1 }],
      },
      [data.t, data.v],
      container,
    );
    return () => chart.destroy();
  },
  many(container, list, width, height) {
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
    return () => {
      for (const chart of charts) chart.destroy();
      container.replaceChildren();
    };
  },
};
export default contender;
