/**
 * Geometry only, no element: the kit's M4 reduction (when a series has more
 * than 4 points per pixel column, as `<kpi-trend>` decides) and
 * `sparklineGeometry` → one <svg><path d=…>. No validation, no Lit, no axes:
 * a lower bound for what the element's drawing costs.
 */
import { reduceM4 } from '../../src/core/reduce.js';
import type { Series } from '../../src/core/series.js';
import { sparklineGeometry } from '../../src/render/sparkline.js';
import type { Columns } from '../data.js';
import type { Contender, Size } from './types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** `<kpi-trend>` draws a series as is up to this many points per pixel column (its POINTS_PER_COLUMN_DRAWN_AS_IS). */
const DRAWN_AS_IS = 4;

function pathData(data: Columns, { width, height }: Size): string {
  const series: Series = { t: data.t, v: data.v };
  const drawn = series.t.length > width * DRAWN_AS_IS ? reduceM4(series, series.t[0] ?? 0, series.t[series.t.length - 1] ?? 0, width) : series;
  return sparklineGeometry({ series: drawn, width, height, yDomain: 'fit' }).line;
}

function svgPath(d: string, { width, height }: Size): { svg: SVGSVGElement; path: SVGPathElement } {
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
  return { svg, path };
}

const contender: Contender<Columns> = {
  prepare: (columns) => columns,
  supports: { update: true, append: false },
  series(container, data, size) {
    const { svg, path } = svgPath(pathData(data, size), size);
    container.append(svg);
    return {
      update(next) {
        path.setAttribute('d', pathData(next, size));
      },
      destroy: () => container.replaceChildren(),
    };
  },
  many(container, list, size) {
    container.append(...list.map((data) => svgPath(pathData(data, size), size).svg));
    return { destroy: () => container.replaceChildren() };
  },
};
export default contender;
