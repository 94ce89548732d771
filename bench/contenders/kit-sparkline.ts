/**
 * The kit's current SVG sparkline: `sparklineGeometry` over a columnar Series
 * built straight from the Float64Arrays (what `toSeries` produces), its `line`
 * path string set on an <svg><path d=…>. Every point becomes a path command.
 */
import type { Series } from '../../src/core/series.js';
import { sparklineGeometry } from '../../src/render/sparkline.js';
import type { Contender } from './types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgPath(d: string, width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', '#3366cc');
  path.setAttribute('stroke-width', '1');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

function render(series: Series, width: number, height: number): SVGSVGElement {
  return svgPath(sparklineGeometry({ series, width, height, yDomain: 'fit' }).line, width, height);
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
