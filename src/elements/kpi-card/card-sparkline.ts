/**
 * The card's sparkline: its geometry (render/sparkline.ts over d3-shape) and its template. Loaded the
 * first time a card shows one (`sparkline` or `compact`, see `sparkline-part.ts`), so a card without
 * one never fetches it.
 */
import { formatMessage } from '../../i18n/index.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { KpiView } from '../../core/kpi-view.js';
import type { Series } from '../../core/series.js';
import { sparklineDomain, sparklineGeometry, type YDomainPolicy } from '../../render/sparkline.js';
import { sparkline } from '../../templates/sparkline.js';

export interface CardSparklineInput {
  readonly view: KpiView;
  /** The series as drawn (reduced when longer than the width can show), or undefined until it can be. */
  readonly drawable: Series | undefined;
  readonly width: number;
  readonly height: number;
  readonly yDomain: YDomainPolicy;
}

/** The sparkline with its range written under it ("Range 28.0%–40.0%", "· from zero"). */
export function cardSparkline({ view, drawable, width, height, yDomain }: CardSparklineInput): TemplateResult {
  const { kpi, format, status } = view;
  const geometry = drawable
    ? sparklineGeometry({
        series: drawable,
        width,
        height,
        yDomain,
        // Open band edges stay infinite: they shade to the chart's edge but never stretch its axis.
        bands: status.bands,
        ...(status.target !== undefined && { target: status.target }),
      })
    : undefined;
  // The range needs no width, so it is written before the chart is measured: the card keeps its height when the
  // line is drawn, and a board observing its size sees no ResizeObserver loop.
  const domain = geometry?.domain ?? (kpi.series && kpi.series.t.length > 1 ? sparklineDomain(kpi.series, yDomain, status.target) : undefined);
  const low = domain ? format.value(domain[0]) : '';
  const high = domain ? format.value(domain[1]) : '';
  // Said plainly: a fitted axis shows the range it spans; one from zero says so.
  const axis = yDomain === 'zero' ? 'zero' : 'fit';
  const first = kpi.series?.t[0];
  const last = kpi.series?.t[kpi.series.t.length - 1];
  const locale = format.locale;
  const name =
    first !== undefined && last !== undefined
      ? formatMessage(locale, 'card.sparkline', { from: format.date(first), to: format.date(last), low, high, axis })
      : formatMessage(locale, 'card.sparklineNoPeriod', { low, high, axis });
  return html`<div class="chart">
    <div class="spark-area">${geometry ? sparkline(geometry, width, height, name) : nothing}</div>
    <span class="axis-note">${formatMessage(locale, 'card.sparklineRange', { low, high, axis })}</span>
  </div>`;
}
