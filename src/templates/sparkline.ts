import { html, nothing, svg, type TemplateResult } from 'lit';
import type { SparklineGeometry } from '../render/sparkline.js';

/** A sparkline at its measured pixel size: bands behind (the bullet graph's scheme), the target rule, the line with gaps, the end dot. */
export function sparkline(geometry: SparklineGeometry, width: number, height: number, description: string): TemplateResult {
  return html`<svg class="sparkline" part="chart" role="img" aria-label=${description} width=${width} height=${height} viewBox="0 0 ${width} ${height}">
    ${geometry.bands.map((band) => svg`<rect class="spark-band" data-band=${band.status} x="0" width=${width} y=${band.y} height=${band.height}></rect>`)}
    ${geometry.targetY !== undefined ? svg`<line class="spark-target" x1="0" x2=${width} y1=${geometry.targetY} y2=${geometry.targetY}></line>` : nothing}
    <path class="spark-line" d=${geometry.line}></path>
    ${geometry.last ? svg`<circle class="spark-dot" cx=${geometry.last.x} cy=${geometry.last.y} r="2.5"></circle>` : nothing}
  </svg>`;
}
