import { html, nothing, svg, type TemplateResult } from 'lit';
import type { BulletGeometry } from '../render/bullet.js';

/**
 * Few's bullet graph as SVG in percent units, so it needs no measured width.
 * The description is for assistive technology; the card's text says the same.
 */
export function bulletGraph(geometry: BulletGeometry, description: string): TemplateResult {
  const pct = (n: number) => `${n}%`;
  return html`<svg class="bullet" part="bullet" role="img" aria-label=${description} width="100%" height="24">
    ${geometry.bands.map(
      // `.textContent`, not a child binding: Lit SSR cannot render a binding inside <title> (lit/lit#4405);
      // the band names reach the page on hydration, and the graph's aria-label lists them anyway.
      (band) => svg`<rect class="band band--${band.intensity}" x=${pct(band.x)} width=${pct(band.width)} y="0" height="24"><title .textContent=${band.label}></title></rect>`,
    )}
    ${geometry.measure === 'bar'
      ? svg`<rect class="measure" x=${pct(geometry.bar.x)} width=${pct(geometry.bar.width)} y="8" height="8"></rect>`
      : svg`<rect class="measure measure--marker" x=${pct(geometry.bar.x)} transform="translate(-4 0)" width="8" y="6" height="12" rx="2"></rect>`}
    ${geometry.comparative !== undefined
      ? svg`<rect class="comparative" x=${pct(geometry.comparative)} transform="translate(-1 0)" width="2" y="5" height="14"></rect>`
      : nothing}
    ${geometry.target !== undefined
      ? svg`<rect class="target" x=${pct(geometry.target)} transform="translate(-1.5 0)" width="3" y="2" height="20"></rect>`
      : nothing}
  </svg>`;
}
