import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import type { KpiView } from '../../core/kpi-view.js';
import type { Kpi } from '../../core/model.js';
import { EMPTY_SERIES, type Series } from '../../core/series.js';
import { toEpochMs } from '../../core/time.js';
import { formatMessage } from '../../i18n/index.js';
import type { SourceFailure } from '../../data/source-failure.js';
import '../../events/kpi-point-select.js';
import type { YDomainPolicy } from '../../render/domain.js';
import { sourceStateStyles } from '../../styles/source-states.styles.js';
import { bandStyles, statusStyles, tokenStyles } from '../../styles/tokens.styles.js';
import { errorPanel, failureDetails, loadFailedBadge, loadingBadge, refreshWarning } from '../../templates/source-states.js';
import { statusBadge } from '../../templates/status-badge.js';
import { ElementSizeController } from '../element-size-controller.js';
import { KpiElement } from '../kpi-element.js';
import type { LazyPart } from '../lazy-part.js';
import { describeCause } from '../sourced-element.js';
import type { TrendChart } from './trend-chart.js';
import { trendChartPart } from './trend-chart-part.js';
import { trendStyles } from './kpi-trend.styles.js';

/** A live chart's time axis runs this fraction of its span past the last point, so appends rarely move it. */
const LIVE_HEADROOM = 0.25;
/** Column buffers a live chart appends into in place (see `startLive`): one chart each, never two. */
const adoptedColumns = new WeakSet<ArrayBufferLike>();

/** A point to append: a time (epoch ms or ISO 8601) and a value, `null` for a gap. */
export interface TrendPoint {
  readonly t: number | string;
  readonly v: number | null;
}

/** Appended points live in growable columns; the KPI shown views their filled part. */
interface LiveSeries {
  /** The KPI the source delivered; new data from the source replaces the appended points. */
  readonly from: Kpi;
  kpi: Kpi;
  t: Float64Array;
  v: Float64Array;
  /** The columns are still the source's (appended into the room behind its points): compacting must copy them. */
  inPlace: boolean;
  /** The shown points are `start` to `length`: a stream drops the oldest beyond its cap. */
  start: number;
  length: number;
  /** The end of the time axis, moved on by `LIVE_HEADROOM` only when a point passes it. */
  domainEnd: number;
}

/**
 * A KPI's story over time: its line against the target bands, the glide path
 * from baseline to a time-bound target with the projection of the recent
 * trend, the KPI's own floor and ceiling with breached stretches highlighted,
 * each guardrail in a lane underneath, the previous period for comparison,
 * and annotations for what shipped or broke.
 *
 * Drawn in SVG: after M4 reduction to at most a few points per pixel column,
 * SVG was as fast as canvas in `npm run bench` and keeps hit-testing, focus
 * and forced-colors simple. A million points cost two passes per data change
 * (validation into columns, then M4) and one per resize; a hover costs
 * O(width), an appended point O(1) plus O(width).
 *
 * @summary A KPI over time with target bands, glide path, projection, guardrail lanes and annotations.
 * @tagname kpi-trend
 *
 * @csspart base - The trend's frame.
 * @csspart label - The KPI's name.
 * @csspart status - The status icon and word.
 * @csspart plot - The focusable plot area (arrow keys move between points).
 * @csspart chart - The main chart's SVG.
 * @csspart tooltip - The crosshair's tooltip.
 * @csspart lanes - The guardrail lanes under the chart.
 * @csspart lane - One guardrail lane.
 * @csspart lane-breached - A lane whose guardrail is breached (in addition to `lane`).
 * @csspart value - With `compact`: the latest value beside the sparkline.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart table - The data table alternative.
 * @csspart summary - The visible one-line summary of the trend and pace.
 * @csspart legend - The key to every overlay drawn (target, glide path, projection, floor and ceiling, comparison, `overlay`) and the annotations whose labels did not fit.
 * @csspart stale - The stale-data badge.
 * @csspart live - With `stream="sse"`: the Live / Connecting / Reconnecting badge.
 * @csspart warning - The "refresh failed, showing earlier data" notice.
 * @csspart error - The error panel.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --kpi-trend-height - Height of the main chart (default 240px; 48px when `compact`).
 * @cssprop --kpi-color-line - The KPI line.
 * @cssprop --kpi-color-target - Target rule, step and glide path.
 * @cssprop --kpi-color-projection - The projection and its uncertainty cone.
 * @cssprop --kpi-color-comparison - The previous-period overlay.
 * @cssprop --kpi-color-annotation - Annotation markers.
 * @cssprop --kpi-color-overlay - The `overlay` series.
 * @cssprop --kpi-color-band-good - Good ranges behind the line (the card's band scheme).
 * @cssprop --kpi-color-band-warning - Warning ranges.
 * @cssprop --kpi-color-band-critical - Critical ranges.
 * @cssprop --kpi-color-data-state - Stale, refresh failed and could not load.
 * @cssprop --kpi-color-good - Good status.
 * @cssprop --kpi-color-warning - Warning status.
 * @cssprop --kpi-color-critical - Critical status, floors, ceilings and breaches.
 * @cssprop --kpi-color-text - Main text colour.
 * @cssprop --kpi-color-muted - Axis labels and secondary text.
 * @cssprop --kpi-color-surface - Background.
 * @cssprop --kpi-color-border - Frame and grid lines.
 * @cssprop --kpi-font-family - Font family.
 * @cssprop --kpi-focus-ring - Focus outline colour.
 *
 * @cssstate good - The status is good.
 * @cssstate warning - The status is warning (including a good KPI with a breached guardrail).
 * @cssstate critical - The status is critical.
 * @cssstate neutral - There is no status: no target, or no data.
 * @cssstate loading - Waiting for the first data.
 * @cssstate empty - The data is valid but has no value yet.
 * @cssstate error - No data can be shown; the error panel says why.
 * @cssstate stale - The data is older than its cadence or `maxAge` allows.
 * @cssstate refresh-failed - A refresh failed; the last good data is still shown.
 * @cssstate connecting - With `stream="sse"`: the stream is opening.
 * @cssstate live - With `stream="sse"`: the stream is open and up to date.
 * @cssstate reconnecting - With `stream="sse"`: the stream dropped and is being opened again; the last data stays.
 * @cssstate guardrail-breached - At least one guardrail is breached.
 *
 * @fires kpi-point-select - The user clicked a point, or pressed Enter or Space on the focused one. Detail: `{ id, index, t, v }`.
 * @fires kpi-load - Data from `src` or inline JSON arrived and is valid. Not fired for `.data`.
 * @fires kpi-error - Loading, parsing or validating data from `src` or inline JSON failed.
 * @fires kpi-status-change - Fetched or inline data changed the computed status. Detail: `{ id, from, to }`. Not fired for `.data`.
 */
export class KpiTrend extends KpiElement {
  static override styles = [tokenStyles, statusStyles, bandStyles, sourceStateStyles, trendStyles];

  /** The y-axis: `fit` (fits the data, target and projection; the range is printed) or `zero` (starts at zero). */
  @property({ attribute: 'y-domain' }) yDomain: YDomainPolicy = 'fit';

  /** Fills the area under the line. */
  @property({ type: Boolean, reflect: true }) area = false;

  /** Sparkline mode: no axes, lanes or table toggle; for cards, boards and tables. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Overlays the previous period (per the document's `comparison`, else the same dates a year earlier). */
  @property({ type: Boolean, reflect: true }) compare = false;

  /**
   * Another series to draw on the same axes, with its name for the legend:
   * e.g. a leading indicator moved by its lead and rescaled to this KPI. Times
   * in epoch ms, NaN for gaps. Property only.
   */
  @property({ attribute: false }) overlay?: { readonly label: string; readonly series: Series };

  /** Shows the data as a table instead of the chart; the visible toggle sets it too. */
  @property({ type: Boolean, reflect: true }) table = false;

  /** The plot's size, measured; the chart is drawn at it. */
  private readonly plotSize = new ElementSizeController(this, '.plot');
  /** The chart, once its code is in (see `trendChartPart`). */
  private chart?: TrendChart;
  /** The KPI the source last delivered, to tell new data from appended points. */
  private loadedKpi?: Kpi;
  private live?: LiveSeries;

  /**
   * Appends points to the series on screen, e.g. from a stream, without
   * validating or reducing what is already there again: O(k) for k points, then
   * O(width) to redraw. Points at or before the last time, or with an invalid
   * time or a non-finite value, are skipped. Returns how many were appended.
   * New data from the source (a poll, a new `src` or `data`) replaces them.
   */
  appendPoints(points: Iterable<TrendPoint>): number {
    const loaded = this.sourceController.value?.kpi;
    if (!loaded) return 0;
    const live = this.live?.from === loaded ? this.live : this.startLive(loaded);
    let added = 0;
    for (const point of points) {
      const t = toEpochMs(point.t);
      const v = point.v === null ? NaN : point.v;
      const lastT = live.length > 0 ? (live.t[live.length - 1] as number) : -Infinity;
      if (!(t > lastT) || (point.v !== null && !Number.isFinite(v))) continue;
      if (live.length === live.t.length) this.grow(live);
      live.t[live.length] = t;
      live.v[live.length] = v;
      live.length++;
      added++;
    }
    if (added === 0) return 0;
    this.showLive(live);
    return added;
  }

  /** A stream's new points: appended here, and the oldest dropped as the stream dropped them (see `max-points`). */
  protected override appendLive(points: readonly TrendPoint[], dropped: number): boolean {
    if (this.appendPoints(points) !== points.length) return false;
    const live = this.live;
    if (dropped > 0 && live) {
      live.start = Math.min(live.length, live.start + dropped);
      // Move the kept points to the front once half the columns hold dropped ones: amortised O(1) per point.
      if (live.start > live.t.length / 2) {
        // The source's own points sit at the start of columns adopted in place: move the kept ones to new columns.
        if (live.inPlace) this.grow(live, 1);
        live.t.copyWithin(0, live.start, live.length);
        live.v.copyWithin(0, live.start, live.length);
        live.length -= live.start;
        live.start = 0;
      }
      this.showLive(live);
    }
    return true;
  }

  /** Shows the live columns' filled part as the KPI's series. */
  private showLive(live: LiveSeries): void {
    const series = { t: live.t.subarray(live.start, live.length), v: live.v.subarray(live.start, live.length) };
    // The points are the news now: an explicit value and its date would outrank them.
    const { asOf: _asOf, ...rest } = live.from;
    live.kpi = { ...rest, value: null, series };
    const count = live.length - live.start;
    if (count > 0) {
      const first = series.t[0] as number;
      const last = series.t[count - 1] as number;
      if (last > live.domainEnd) live.domainEnd = last + (last - first) * LIVE_HEADROOM;
    }
    this.requestUpdate();
  }

  protected override kpiToShow(loaded: Kpi): Kpi {
    return this.live?.from === loaded ? this.live.kpi : loaded;
  }

  /**
   * Takes the source's columns over where they have room behind their points (long series do, see
   * `columnsWithRoom`), so the first append is O(1) too; otherwise copies them into columns twice as long.
   */
  private startLive(from: Kpi): LiveSeries {
    const series = from.series ?? EMPTY_SERIES;
    const length = series.t.length;
    const end = length > 0 ? (series.t[length - 1] as number) : -Infinity;
    const roomy = (column: Float64Array) => column.byteOffset === 0 && column.buffer.byteLength > column.byteLength && !adoptedColumns.has(column.buffer);
    let live: LiveSeries;
    if (roomy(series.t) && roomy(series.v) && series.t.buffer !== series.v.buffer) {
      adoptedColumns.add(series.t.buffer).add(series.v.buffer);
      live = { from, kpi: from, t: new Float64Array(series.t.buffer), v: new Float64Array(series.v.buffer), inPlace: true, start: 0, length, domainEnd: end };
    } else {
      const capacity = Math.max(64, length * 2);
      live = { from, kpi: from, t: new Float64Array(capacity), v: new Float64Array(capacity), inPlace: false, start: 0, length, domainEnd: end };
      live.t.set(series.t);
      live.v.set(series.v);
    }
    this.live = live;
    return live;
  }

  /** Columns `factor` times as long (doubled when full: amortised O(1) per appended point), the points copied. */
  private grow(live: LiveSeries, factor = 2): void {
    const t = new Float64Array(live.t.length * factor);
    const v = new Float64Array(live.v.length * factor);
    t.set(live.t);
    v.set(live.v);
    live.t = t;
    live.v = v;
    live.inPlace = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('overlay')) this.chart?.invalidate();
    // New data from the source invalidates the point the user was on; appended points do not move it.
    const loaded = this.sourceController.value?.kpi;
    if (loaded !== this.loadedKpi) {
      this.loadedKpi = loaded;
      this.chart?.forgetActivePoint();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.chart?.place(this.renderRoot);
  }

  protected override render(): TemplateResult {
    try {
      return this.renderState();
    } catch (cause) {
      // A defect must not escape into the page: show it like any other error.
      return this.renderError({ kind: 'invalid', message: formatMessage(this.words, 'trend.viewError', { cause: describeCause(cause) }) });
    }
  }

  private renderState(): TemplateResult {
    const failure = this.failure;
    const view = this.view;
    if (view) {
      const chart = this.chartFor();
      if (chart) return this.sourceController.state === 'empty' ? this.renderEmpty(view, failure) : chart.render(view, failure);
      // Until the chart's code arrives (it was fetched beside the data), the skeleton stays; if it cannot come, the trend says so.
      const cannot = this.partError(trendChartPart);
      return cannot === undefined
        ? this.renderSkeleton()
        : this.renderError({ kind: 'network', message: formatMessage(this.words, 'trend.viewError', { cause: cannot }) });
    }
    if (failure) return this.renderError(failure);
    return this.renderSkeleton();
  }

  protected override drawnBy(): LazyPart<unknown> {
    return trendChartPart;
  }

  private chartFor(): TrendChart | undefined {
    const part = this.partFor(trendChartPart);
    if (!part) return undefined;
    this.chart ??= new part.TrendChart(this, {
      size: this.plotSize,
      view: () => this.view,
      direction: () => this.wordsDirection,
      judgedAt: () => this.judgedAt,
      source: this.sourceController,
      liveEnd: (kpi) => (this.live?.kpi === kpi ? this.live.domainEnd : undefined),
    });
    return this.chart;
  }

  private renderSkeleton(): TemplateResult {
    const locale = this.words;
    const label = this.label ?? formatMessage(locale, 'trend.defaultLabel');
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base skeleton" class="frame skeleton" role="group" aria-busy="true" aria-label=${formatMessage(locale, 'element.loadingName', { label })}>
      ${
        this.compact
          ? nothing
          : html`<div class="header">
            ${this.label ? html`<span part="label" class="label">${this.label}</span>` : html`<span class="bone bone--label"></span>`}${loadingBadge(locale)}
          </div>`
      }
      <div class="plot"><span class="bone bone--plot"></span></div>
    </div>`;
  }

  private renderError(failure: SourceFailure): TemplateResult {
    const locale = this.words;
    const label = this.label ?? formatMessage(locale, 'trend.defaultLabel');
    const name = formatMessage(locale, 'element.errorName', { label, message: failureDetails(failure, locale) });
    if (this.compact) {
      return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="frame frame--compact frame--error" role="img" aria-label=${name}>
        <div class="plot plot--message">${loadFailedBadge(locale)}</div>
      </div>`;
    }
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="frame frame--error" role="group" aria-label=${name}>
      <div class="header"><span part="label" class="label">${label}</span>${loadFailedBadge(locale)}</div>
      <div class="plot plot--message">${errorPanel(failure, locale)}</div>
    </div>`;
  }

  private renderEmpty(view: KpiView, failure: SourceFailure | undefined): TemplateResult {
    const label = view.kpi.label;
    const locale = view.format.locale;
    const name = formatMessage(locale, 'element.emptyName', { label });
    const noData = formatMessage(locale, 'status.noData');
    if (this.compact) {
      return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="frame frame--compact frame--empty" role="img" aria-label=${name}>
        <div class="plot plot--message">${statusBadge('neutral', noData)}</div>
      </div>`;
    }
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="frame frame--empty" role="group" aria-label=${name}>
      <div class="header"><span part="label" class="label">${label}</span>${statusBadge('neutral', noData)}</div>
      <div class="plot plot--message"><p class="empty-message">${formatMessage(locale, 'trend.empty')}</p></div>
      ${failure ? refreshWarning(failure, this.sourceController.receivedAt, this.sourceController.clock.now(), view.format) : nothing}
    </div>`;
  }
}
