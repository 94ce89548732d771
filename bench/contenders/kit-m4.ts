/**
 * The kit with M4 reduction first: `reduceM4` to one column per pixel of width
 * (≤ 6 points a column), then the same `sparklineGeometry` → <svg><path d=…>
 * as the kit-sparkline contender.
 */
import { reduceM4 } from '../../src/core/reduce.js';
import type { Series } from '../../src/core/series.js';
import { sparklineGeometry } from '../../src/render/sparkline.js';
import { svgPath } from './kit-sparkline.js';
import type { Contender } from './types.js';

function render(series: Series, width: number, height: number): SVGSVGElement {
  const { t } = series;
  const reduced = reduceM4(series, t[0] ?? 0, t[t.length - 1] ?? 0, width);
  return svgPath(sparklineGeometry({ series: reduced, width, height, yDomain: 'fit' }).line, width, height);
}

const contender: Contender = {
  series(container, data, width, height) {
    container.append(render({ t: data.t, v: data.v }, width, height));
    return () => container.replaceChildren();
  },
  many(container, list, width, height) {
    container.append(...list.map((data) => render({ t: data.t, v: data.v }, width, height)));
    return () => container.replaceChildren();
  },
};
export default contender;
