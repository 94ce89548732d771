import { html, nothing, svg, type TemplateResult } from 'lit';
import type { BulletGeometry } from '../render/bullet.js';

const BAR_HEIGHT = 24;
/** Room under the bands for the scale's labels. */
const SCALE_HEIGHT = 14;

/**
 * Few's bullet graph as SVG in percent units, so it needs no measured width: bands, the
 * measure, the target and baseline ticks, and the quantitative scale under them. In
 * right-to-left the card mirrors the SVG with CSS and turns each label back, so the scale
 * runs the way the text does (see the card's styles). The description is for assistive
 * technology; the card's text says the same.
 */
export function bulletGraph(geometry: BulletGeometry, description: string, formatTick: (value: number) => string): TemplateResult {
  const pct = (n: number) => `${n}%`;
  // A label on an end of the track is anchored inside it; the others are centred on their tick.
  const anchor = (x: number) => (x <= 0 ? 'start' : x >= 100 ? 'end' : 'middle');
  return html`<svg class="bullet" part="bullet" role="img" aria-label=${description} width="100%" height=${BAR_HEIGHT + SCALE_HEIGHT} data-measure=${geometry.measure}>
    ${geometry.bands.map(
      // `.textContent`, not a child binding: Lit SSR cannot render a binding inside <title> (lit/lit#4405);
      // the band names reach the page on hydration, and the graph's aria-label lists them anyway.
      (band) =>
        svg`<rect class="band" data-band=${band.status} x=${pct(band.x)} width=${pct(band.width)} y="0" height=${BAR_HEIGHT}><title .textContent=${band.label}></title></rect>`,
    )}
    ${
      geometry.measure === 'bar'
        ? svg`<rect class="measure" x=${pct(geometry.bar.x)} width=${pct(geometry.bar.width)} y="8" height="8"></rect>`
        : svg`<rect class="measure measure--marker" x=${pct(geometry.bar.x)} transform="translate(-5 0)" width="10" y="7" height="10" rx="5"></rect>`
    }
    ${
      geometry.comparative !== undefined
        ? svg`<rect class="comparative" x=${pct(geometry.comparative)} transform="translate(-1 0)" width="2" y="5" height="14"></rect>`
        : nothing
    }
    ${
      geometry.target !== undefined
        ? svg`<rect class="target" x=${pct(geometry.target)} transform="translate(-1.5 0)" width="3" y="2" height="20"></rect>`
        : nothing
    }
    <g class="bullet-scale" aria-hidden="true">
      ${geometry.ticks.map(
        (tick) =>
          svg`<line class="bullet-tick" x1=${pct(tick.x)} x2=${pct(tick.x)} y1=${BAR_HEIGHT} y2=${BAR_HEIGHT + 3}></line>
            <text class="bullet-label" data-anchor=${anchor(tick.x)} x=${pct(tick.x)} y=${BAR_HEIGHT + SCALE_HEIGHT - 1} text-anchor=${anchor(tick.x)}>${formatTick(tick.value)}</text>`,
      )}
    </g>
  </svg>`;
}
