import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { bandFor } from '../../core/bands.js';
import type { KpiStatus } from '../../core/document.js';
import { createFormatters, dateTimeFormat } from '../../core/format.js';
import type { KpiView } from '../../core/kpi-view.js';
import type { Guardrail, Kpi } from '../../core/model.js';
import { targetAt } from '../../core/reading.js';
import { createM4Reducer, reduceM4, type M4Reducer } from '../../core/reduce.js';
import { EMPTY_SERIES, type Series } from '../../core/series.js';
import { toEpochMs } from '../../core/time.js';
import { guardrailLimit, guardrailWord, levelWord } from '../../core/status.js';
import { formatMessage, formatMessageToParts } from '../../i18n/index.js';
import { breachRuns, breachStretch, comparisonShift, describeTrend, kpiLimits, projectionPath, shiftSeries } from '../../core/trend.js';
import type { SourceFailure } from '../../data/source-failure.js';
import { emit } from '../../events/emit.js';
import '../../events/kpi-point-select.js';
import { SPARKLINE_VALUE_TICKS, type YDomainPolicy } from '../../render/domain.js';
import { mirroredAnchor, mirrorTransform, uprightTransform } from '../../render/direction.js';
import { textWidth } from '../../render/text-width.js';
import { tickFormatOptions, type TimeGranularity } from '../../render/time-axis.js';
import { laneGeometry, layoutAnnotationLabels, trendGeometry, type AnnotationLabel, type TrendGeometry, type TrendInput } from '../../render/trend.js';
import { sourceStateStyles } from '../../styles/source-states.styles.js';
import { bandStyles, statusStyles, tokenStyles } from '../../styles/tokens.styles.js';
import { errorPanel, failureDetails, liveBadge, loadFailedBadge, loadingBadge, refreshWarning, staleBadge } from '../../templates/source-states.js';
import { statusBadge } from '../../templates/status-badge.js';
import { ElementSizeController } from '../element-size-controller.js';
import { KpiElement } from '../kpi-element.js';
import { describeCause } from '../sourced-element.js';
import { trendStyles } from './kpi-trend.styles.js';

/** Above this many points per pixel column the series is reduced (M4) before drawing. */
const POINTS_PER_COLUMN_DRAWN_AS_IS = 4;
/** The table lists at most this many points, the latest ones; the caption says so. */
const MAX_TABLE_ROWS = 500;
/** A live chart's time axis runs this fraction of its span past the last point, so appends rarely move it. */
const LIVE_HEADROOM = 0.25;
/** Column buffers a live chart appends into in place (see `startLive`): one chart each, never two. */
const adoptedColumns = new WeakSet<ArrayBufferLike>();
/** Height of one guardrail lane, in CSS px. */
const LANE_HEIGHT = 56;
/** The y-axis labels' usual width, to choose M4 columns before the labels are known. */
const PROVISIONAL_LEFT_MARGIN = 50;
/** Roughly how wide one character of an 11 px label is, to lay out labels without measuring the DOM. */
const AXIS_CHAR_PX = 6.5;
/** Rows of annotation labels above the plot, each this tall. */
const ANNOTATION_ROWS = 2;
const ANNOTATION_ROW_PX = 13;
/** A note marker's centre below the plot's top, in px. */
const NOTE_MARKER_OFFSET = 8;

interface Drawn {
  readonly view: KpiView;
  readonly width: number;
  readonly height: number;
  readonly geometry: TrendGeometry;
  /** The series as drawn: the KPI's own, or its M4 reduction. */
  readonly drawn: Series;
  readonly lanes: readonly Lane[];
  /** Where each of `geometry.annotations` puts its label; `undefined` when there is no room (a numbered marker names it). */
  readonly annotationLabels: readonly (AnnotationLabel | undefined)[];
  readonly annotationRows: number;
  /** The label of the x tick at `index`; the first, and the first of a new year or day, name it. */
  readonly tickLabel: (index: number) => string;
  /** The value labels are wider than the room left for them, so they are cut at the chart's edge. */
  readonly valueLabelsCut: boolean;
  /** The unit the value axis is in, when its labels do not print it ("hrs", "teams"); empty otherwise. */
  readonly unit: string;
  /** Drawn mirrored, for a right-to-left page: read when the chart is drawn. */
  readonly rightToLeft: boolean;
}

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

/** The main series' M4 reduction, kept so appended points are folded in without a second pass over the rest. */
interface Reduction {
  readonly buffer: ArrayBufferLike;
  domain: readonly [number, number];
  readonly columns: number;
  readonly reducer: M4Reducer;
  length: number;
}

interface Lane {
  readonly guardrail: Guardrail;
  readonly geometry: ReturnType<typeof laneGeometry>;
  readonly breaches: number;
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
  /** Index into the KPI's series of the point under the pointer or keyboard focus; -1 for none. */
  @state() private activeIndex = -1;
  /** Whether the active point came from the keyboard (announced) or the pointer (not). */
  private activeByKeyboard = false;
  /** Where the tooltip's point is, in px from the plot's left edge. */
  private tooltipX = 0;
  /** Where each numbered note marker sits, in px of the plot, in the order they are rendered. */
  private notePositions: readonly { readonly x: number; readonly y: number }[] = [];
  /** The note whose label Escape hid, until its marker loses focus or the pointer; -1 for none. */
  @state() private dismissedNote = -1;

  private drawnCache?: Drawn;
  /** The KPI the source last delivered, to tell new data from appended points. */
  private loadedKpi?: Kpi;
  private live?: LiveSeries;
  private reduction?: Reduction;
  private drawnKey = '';

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

  /**
   * The series reduced to what `columns` pixel columns can show. When the
   * series only grew in the same buffer, the new points are folded into the
   * kept reducer, its domain's end moved out first if a live axis moved on;
   * anything else starts a new one (one pass).
   */
  private reduceMain(series: Series, domain: readonly [number, number], columns: number): Series {
    const kept = this.reduction;
    const grown =
      kept !== undefined &&
      kept.buffer === series.t.buffer &&
      kept.columns === columns &&
      kept.domain[0] === domain[0] &&
      series.t.length >= kept.length &&
      (kept.domain[1] === domain[1] || (domain[1] > kept.domain[1] && kept.reducer.extend(domain[1])));
    const reduction = grown ? kept : { buffer: series.t.buffer, domain, columns, reducer: createM4Reducer(domain[0], domain[1], columns), length: 0 };
    reduction.domain = domain;
    reduction.reducer.add(series, reduction.length);
    reduction.length = series.t.length;
    this.reduction = reduction;
    return reduction.reducer.result();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('overlay')) this.drawnCache = undefined;
    // New data from the source invalidates the point the user was on; appended points do not move it.
    const loaded = this.sourceController.value?.kpi;
    if (loaded !== this.loadedKpi) {
      this.loadedKpi = loaded;
      this.activeIndex = -1;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Positioned through CSSOM, which a strict style-src allows; a style attribute (even styleMap's first render) it blocks.
    this.renderRoot.querySelector<HTMLElement>('.tooltip')?.style.setProperty('--_x', `${this.tooltipX}px`);
    this.renderRoot.querySelectorAll<HTMLElement>('.note').forEach((note, i) => {
      const at = this.notePositions[i];
      if (!at) return;
      note.style.setProperty('--_x', `${at.x}px`);
      note.style.setProperty('--_y', `${at.y}px`);
    });
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
    if (this.view && this.sourceController.state === 'empty') return this.renderEmpty(this.view, failure);
    if (this.view) return this.renderTrend(this.view, failure);
    if (failure) return this.renderError(failure);
    return this.renderSkeleton();
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

  private renderTrend(view: KpiView, failure: SourceFailure | undefined): TemplateResult {
    const { kpi, status } = view;
    const drawn = this.plotSize.width > 0 && this.plotSize.height > 0 && !this.table ? this.draw(view) : undefined;
    const summary = this.summaryOf(view);
    const locale = view.format.locale;
    const name = formatMessage(locale, 'trend.name', { label: kpi.label, summary, story: view.story });
    if (this.compact) {
      const reading = view.status.reading;
      return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="frame frame--compact" role="img" aria-label=${name}>
        <div class="plot">${drawn ? this.renderChart(drawn) : nothing}</div>
        <div class="compact-reading">
          ${reading ? html`<span part="value" class="compact-value">${view.format.value(reading.value)}</span>` : nothing}
          ${statusBadge(status.level, status.word)}
        </div>
      </div>`;
    }
    const now = this.judgedAt;
    const asOf = view.freshness.asOf;
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="frame" role="group" aria-label=${kpi.label}>
      <div class="header">
        <span part="label" class="label">${kpi.label}</span>
        ${statusBadge(status.level, status.word)} ${liveBadge(this.sourceController.live, locale)}
        <button part="table-toggle" class="table-toggle" type="button" aria-pressed=${this.table ? 'true' : 'false'} @click=${this.toggleTable}>
          ${formatMessage(locale, this.table ? 'trend.showChart' : 'trend.showTable')}
        </button>
      </div>
      <p part="summary" class="summary">
        ${summary}${view.freshness.stale && asOf !== undefined ? html` ${staleBadge(asOf, now, view.format)}` : nothing}
      </p>
      ${
        this.table
          ? this.renderTable(view)
          : html`<div class="plot-area"><div
              part="plot"
              class="plot"
              tabindex="0"
              role="application"
              aria-roledescription="chart"
              aria-label=${name}
              aria-describedby="keys"
              @keydown=${this.onKeydown}
              @pointermove=${this.onPointerMove}
              @pointerleave=${this.onPointerLeave}
              @click=${this.onClick}
              @blur=${this.onBlur}
            >
              ${drawn ? this.renderChart(drawn) : nothing} ${drawn ? this.renderTooltip(drawn) : nothing}
            </div>${drawn ? this.renderNoteMarkers(drawn) : nothing}</div>
            ${drawn ? this.renderLegend(drawn) : nothing}
            <p id="keys" class="visually-hidden">${formatMessage(locale, 'trend.keys')}</p>
            ${drawn && drawn.lanes.length > 0 ? this.renderLanes(drawn) : nothing}`
      }
      <p class="visually-hidden" aria-live="polite">${drawn && this.activeByKeyboard ? this.describePoint(drawn.view, this.activeIndex) : ''}</p>
      ${failure ? refreshWarning(failure, this.sourceController.receivedAt, this.sourceController.clock.now(), view.format) : nothing}
    </div>`;
  }

  /** Geometry for the current view and size, recomputed only when either changes. */
  private draw(view: KpiView): Drawn {
    const { width, height } = this.plotSize;
    const cached = this.drawnCache;
    if (cached && cached.view === view && cached.width === width && cached.height === height && this.drawnKey === this.drawKey()) return cached;
    const { kpi, format, status, pace } = view;
    const series = kpi.series ?? EMPTY_SERIES;

    const first = series.t[0] ?? kpi.asOf ?? 0;
    const last = series.t[series.t.length - 1] ?? first;
    const deadline = pace.verdict !== 'no-deadline' && pace.verdict !== 'insufficient-history' ? kpi.target?.by : undefined;
    const liveEnd = this.live?.kpi === kpi ? this.live.domainEnd : last;
    const timeDomain: [number, number] = [Math.min(first, kpi.baseline?.at ?? first), Math.max(liveEnd, deadline ?? last)];

    const compact = this.compact;
    const annotationRows = compact ? 0 : Math.min(ANNOTATION_ROWS, kpi.annotations.length);
    const right = compact ? 3 : 12;
    // M4 columns from a provisional margin, so the value range (and with it the real margin) can be read off
    // the reduced series in O(width) rather than in another pass over every point. A column or two off the
    // final pixel width keeps every extreme; nothing visible changes.
    const columns = Math.max(1, width - right - (compact ? 3 : PROVISIONAL_LEFT_MARGIN));
    const reduce = (s: Series): Series => (s.t.length <= columns * POINTS_PER_COLUMN_DRAWN_AS_IS ? s : reduceM4(s, timeDomain[0], timeDomain[1], columns));
    const drawn = series.t.length > columns * POINTS_PER_COLUMN_DRAWN_AS_IS ? this.reduceMain(series, timeDomain, columns) : series;
    const valueLabels = compact
      ? []
      : [status.target, ...valueRange(drawn)].filter((v): v is number => v !== undefined).map((v) => format.valueParts(v).number);
    const unit = compact ? '' : format.valueParts(status.reading?.value ?? 0).unit;
    const valueLabelWidth = Math.ceil(Math.max(3, unit.length, ...valueLabels.map((l) => l.length)) * AXIS_CHAR_PX) + 10;
    // Labels of absurd values (1e300 in full) are cut at a third of the width rather than leave no plot.
    const valueLabelsCut = !compact && valueLabelWidth > valueLabelRoom(width);
    const margin = compact
      ? { top: 3, right, bottom: 3, left: 3 }
      : {
          // Room above the plot for the annotation rows, or at least for the axis unit.
          top: Math.max(unit ? 22 : 6, 6 + ANNOTATION_ROW_PX * annotationRows),
          right,
          bottom: 24,
          left: Math.min(valueLabelWidth, valueLabelRoom(width)),
        };

    // Found on the drawn series: M4 keeps every column's extremes, so no breach is lost, and it costs O(width).
    const limits = kpiLimits(kpi, status.bands);
    const stretches = (s: Series, limit: number, direction: 'increase' | 'decrease') =>
      breachRuns(s, limit, direction).map((run) => breachStretch(s, run, limit));
    const breaches = [
      ...(limits.floor !== undefined ? stretches(drawn, limits.floor, 'increase') : []),
      ...(limits.ceiling !== undefined ? stretches(drawn, limits.ceiling, 'decrease') : []),
    ];
    // format.ts caches the Intl object per locale and options.
    const tickText = (time: number, granularity: TimeGranularity, context: boolean): string =>
      dateTimeFormat(format.locale, tickFormatOptions(granularity, context)).format(time);
    const input: TrendInput = {
      width,
      height,
      margin,
      // Compact charts print no ticks, so they never make an Intl object.
      ...(!compact && {
        timeLabelWidth: (time: number, granularity: TimeGranularity, context: boolean) => textWidth(tickText(time, granularity, context), AXIS_CHAR_PX),
      }),
      series: drawn,
      timeDomain,
      yDomain: this.yDomain,
      // A compact trend is a sparkline: the card's axis rule, so the two look alike.
      ...(compact && { valueTicks: SPARKLINE_VALUE_TICKS }),
      area: this.area,
      bands: status.bands.map((b) => ({ from: b.from, to: b.to, status: b.status, label: b.label })),
      ...(kpi.targets ? { targets: kpi.targets } : status.target !== undefined && { target: status.target }),
      ...(kpi.baseline?.at !== undefined &&
        kpi.target?.by !== undefined && {
          glide: { from: { t: kpi.baseline.at, v: kpi.baseline.value }, to: { t: kpi.target.by, v: kpi.target.value } },
        }),
      ...(!compact && deadline !== undefined && { projection: projectionPath(pace) }),
      ...(!compact && { limits, breaches }),
      ...(!compact && this.compare && series.t.length > 1 && { comparison: reduce(shiftSeries(series, comparisonShift(kpi, timeDomain[0], timeDomain[1]))) }),
      ...(!compact && { annotations: kpi.annotations.map((a) => ({ t: a.t, label: a.label })) }),
      ...(this.overlay && this.overlay.series.t.length > 1 && { overlay: reduce(this.overlay.series) }),
    };
    const geometry = trendGeometry(input);
    const lanes = compact
      ? []
      : kpi.guardrails.flatMap((guardrail): Lane[] => {
          if (!guardrail.series || guardrail.series.t.length === 0) return [];
          const laneSeries = reduce(guardrail.series);
          const runs = stretches(laneSeries, guardrail.limit, guardrail.direction);
          const laneGeo = laneGeometry({
            series: laneSeries,
            limit: guardrail.limit,
            direction: guardrail.direction,
            timeDomain,
            width,
            height: LANE_HEIGHT,
            margin: { top: 6, right: margin.right, bottom: 6, left: margin.left },
            breaches: runs,
          });
          return [{ guardrail, geometry: laneGeo, breaches: runs.length }];
        });
    const next: Drawn = {
      view,
      width,
      height,
      geometry,
      drawn,
      lanes,
      annotationLabels: layoutAnnotationLabels(geometry.annotations, 0, width, AXIS_CHAR_PX, annotationRows),
      annotationRows,
      unit,
      rightToLeft: this.rightToLeft,
      tickLabel: (index) => {
        const tick = geometry.xTicks[index];
        return tick ? tickText(tick.t, geometry.granularity, tick.context) : '';
      },
      valueLabelsCut,
    };
    this.drawnCache = next;
    this.drawnKey = this.drawKey();
    return next;
  }

  private summaryCache?: { view: KpiView; text: string };
  /** "up 7.1 pts over 3 months, on track": the trend in words, once per view. */
  private summaryOf(view: KpiView): string {
    if (this.summaryCache?.view !== view) {
      const { kpi, pace, format } = view;
      this.summaryCache = { view, text: describeTrend(kpi, kpi.series ?? EMPTY_SERIES, pace, format) };
    }
    return this.summaryCache.text;
  }

  /** The options that change the drawing besides the data and size. */
  private drawKey(): string {
    return `${this.yDomain}|${this.area}|${this.compact}|${this.compare}|${this.rightToLeft}`;
  }

  private renderChart(drawn: Drawn): TemplateResult {
    const { geometry: g, width, height, view } = drawn;
    const { plot } = g;
    const format = view.format;
    const active = this.activeIndex >= 0 ? this.pointAt(view, this.activeIndex) : undefined;
    // Right-to-left: the whole drawing is mirrored, so time runs from the right, and each label is
    // turned back upright about its own x, reading from the other side of its anchor.
    const rtl = drawn.rightToLeft;
    const upright = (x: number) => (rtl ? uprightTransform(x) : nothing);
    const anchor = (side: 'start' | 'end'): string => (rtl ? mirroredAnchor(side) : side);
    return html`<svg part="chart" class="chart" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
      <g class="mirror" transform=${rtl ? mirrorTransform(width) : nothing}>
      <g class="bands">
        ${g.bands.map((b) => svg`<rect class="band" data-band=${b.status} x=${plot.x} width=${plot.width} y=${b.y} height=${b.height}><title>${b.label}</title></rect>`)}
      </g>
      ${
        this.compact
          ? nothing
          : svg`<g class="axis axis--y">
              ${drawn.unit ? svg`<text class="axis-unit" x=${plot.x - 6} y=${plot.y - 11} text-anchor=${anchor('end')} transform=${upright(plot.x - 6)}>${drawn.unit}</text>` : nothing}
              ${drawn.valueLabelsCut ? svg`<clipPath id="value-labels"><rect x="0" y="0" width=${plot.x} height=${height}></rect></clipPath>` : nothing}
              ${g.yTicks.map(
                (tick) => svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y}></line>
                  <text x=${plot.x - 6} y=${tick.y} dy="0.32em" text-anchor=${anchor('end')} transform=${upright(plot.x - 6)} clip-path=${drawn.valueLabelsCut ? 'url(#value-labels)' : nothing}>${format.valueParts(tick.value).number}</text>`,
              )}
            </g>
            <g class="axis axis--x">
              ${g.xTicks.map(
                (tick, index) => svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${plot.y + plot.height} y2=${plot.y + plot.height + 4}></line>
                  <text x=${tick.x} y=${plot.y + plot.height + 6} dy="0.71em" text-anchor=${tick.anchor === 'middle' ? 'middle' : anchor(tick.anchor)} transform=${upright(tick.x)}>${drawn.tickLabel(index)}</text>`,
              )}
            </g>`
      }
      <!-- Overlays that run past the axes (a shifted year, a long target series) stop at the plot; 3 px spare keep strokes whole. -->
      <clipPath id="plot-area"><rect x=${plot.x - 3} y=${plot.y - 3} width=${plot.width + 6} height=${plot.height + 6}></rect></clipPath>
      <g clip-path="url(#plot-area)">
      ${g.limits.map((l) => svg`<line class="limit" data-kind=${l.kind} x1=${plot.x} x2=${plot.x + plot.width} y1=${l.y} y2=${l.y}></line>`)}
      ${g.comparison ? svg`<path class="comparison" d=${g.comparison}></path>` : nothing}
      ${g.overlay ? svg`<path class="overlay" d=${g.overlay}></path>` : nothing}
      ${g.target !== undefined ? svg`<line class="target" x1=${plot.x} x2=${plot.x + plot.width} y1=${g.target} y2=${g.target}></line>` : nothing}
      ${g.targetStep ? svg`<path class="target-step" d=${g.targetStep}></path>` : nothing}
      ${g.glide ? svg`<path class="glide" d=${g.glide}></path>` : nothing}
      ${g.projection ? svg`<path class="cone" d=${g.projection.cone}></path><path class="projection" d=${g.projection.line}></path>` : nothing}
      ${g.area ? svg`<path class="area" d=${g.area}></path>` : nothing}
      <path class="line" d=${g.line}></path>
      ${g.breachLine ? svg`<path class="breach" d=${g.breachLine}></path>` : nothing}
      </g>
      ${g.annotations.map((a, index) => {
        const label = drawn.annotationLabels[index];
        // Row 0 is the top one; the last row sits just above the plot.
        const baseline = label ? plot.y - 4 - (drawn.annotationRows - 1 - label.row) * ANNOTATION_ROW_PX : plot.y;
        // A label that does not fit becomes a numbered marker at the top of its rule (renderNoteMarkers), listed under the chart by that number.
        return svg`<g class="annotation" data-labelled=${label ? 'true' : 'false'}><title>${view.format.date(a.t)}: ${a.label}</title>
          <line x1=${a.x} x2=${a.x} y1=${label ? baseline - 9 : plot.y} y2=${plot.y + plot.height}></line>
          ${label ? svg`<text x=${label.x} y=${baseline} text-anchor=${anchor(label.anchor)} transform=${upright(label.x)}>${a.label}</text>` : nothing}</g>`;
      })}
      ${
        active
          ? svg`<line class="crosshair" x1=${g.x(active.t)} x2=${g.x(active.t)} y1=${plot.y} y2=${plot.y + plot.height}></line>
            <circle class="focus-point" cx=${g.x(active.t)} cy=${g.y(active.v)} r="4"></circle>`
          : nothing
      }
      </g>
    </svg>`;
  }

  /**
   * The numbered markers of the annotations whose labels did not fit: buttons over the chart,
   * in the tab order after the plot, each named by its note's date and text and showing them in
   * a label on hover and on focus (Escape hides it). HTML, not SVG, because the chart is
   * aria-hidden and a focusable element must not be. Placed by `updated()`, through CSSOM.
   */
  private renderNoteMarkers(drawn: Drawn): TemplateResult | typeof nothing {
    const { geometry: g, view, width } = drawn;
    const notes = g.annotations.flatMap((note, index) => (drawn.annotationLabels[index] ? [] : [{ note, index }]));
    this.notePositions = notes.map(({ note }) => ({ x: Math.round(note.x), y: g.plot.y + NOTE_MARKER_OFFSET }));
    if (notes.length === 0) return nothing;
    return html`<div class="notes">
      ${notes.map(({ note, index }) => {
        const date = view.format.date(note.t);
        const words = formatMessage(view.format.locale, 'legend.noteWords', { date, label: note.label });
        // In the drawing's own x, which the notes' logical insets mirror in right-to-left: the label grows away from the nearer edge.
        return html`<span
          class="note"
          data-flip=${note.x > width / 2 ? 'start' : 'end'}
          ?data-dismissed=${this.dismissedNote === index}
          @pointerleave=${() => this.forgetDismissed(index)}
          ><button
            type="button"
            class="note-marker"
            aria-label=${formatMessage(view.format.locale, 'legend.note', { number: index + 1, date, label: note.label })}
            @keydown=${(event: KeyboardEvent) => this.onNoteKeydown(event, index)}
            @blur=${() => this.forgetDismissed(index)}
          >${index + 1}</button
          ><span class="note-label" aria-hidden="true">${words}</span></span
        >`;
      })}
    </div>`;
  }

  private onNoteKeydown(event: KeyboardEvent, index: number): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.dismissedNote = index;
  }

  private forgetDismissed(index: number): void {
    if (this.dismissedNote === index) this.dismissedNote = -1;
  }

  /**
   * A key for every overlay the chart draws, each with a swatch drawn by the chart's own classes,
   * and the annotations whose labels did not fit above the plot, by their marker's number.
   */
  private renderLegend(drawn: Drawn): TemplateResult | typeof nothing {
    const { geometry: g, view } = drawn;
    const { format, status } = view;
    const locale = format.locale;
    const key = (name: string, swatch: SVGTemplateResult, words: string): TemplateResult =>
      html`<li class="legend-item" data-key=${name}><svg class="key" width="24" height="12" viewBox="0 0 24 12" aria-hidden="true">${swatch}</svg>${words}</li>`;
    const rule = (className: string) => svg`<line class=${className} x1="1" x2="23" y1="6" y2="6"></line>`;
    const items: TemplateResult[] = [];
    if (g.target !== undefined && status.target !== undefined)
      items.push(key('target', rule('target'), formatMessage(locale, 'legend.target', { target: format.value(status.target) })));
    if (g.targetStep) items.push(key('target-step', rule('target-step'), formatMessage(locale, 'legend.targetStep')));
    if (g.glide) items.push(key('glide', rule('glide'), formatMessage(locale, 'legend.glide')));
    if (g.projection) {
      items.push(
        key('projection', svg`<rect class="cone" x="1" y="1" width="22" height="10"></rect>${rule('projection')}`, formatMessage(locale, 'legend.projection')),
      );
    }
    for (const limit of g.limits) {
      items.push(
        key(limit.kind, rule('limit'), formatMessage(locale, limit.kind === 'floor' ? 'legend.floor' : 'legend.ceiling', { value: format.value(limit.value) })),
      );
    }
    if (g.breachLine) items.push(key('breach', rule('breach'), formatMessage(locale, 'legend.breach')));
    if (g.comparison) items.push(key('comparison', rule('comparison'), formatMessage(locale, 'legend.comparison')));
    if (g.overlay && this.overlay) items.push(key('overlay', rule('overlay'), this.overlay.label));
    g.annotations.forEach((a, index) => {
      if (drawn.annotationLabels[index]) return;
      const date = html`<time datetime=${new Date(a.t).toISOString()}>${format.date(a.t)}</time>`;
      // The marker's number is drawn; its words are read: "Note 2, Mar 3, 2026: launch".
      items.push(html`<li class="legend-item legend-note" data-key="annotation"><span class="legend-number" aria-hidden="true">${index + 1}</span
        ><span>${formatMessageToParts(locale, 'legend.note', { number: index + 1, date, label: a.label })}</span></li>`);
    });
    return items.length > 0 ? html`<ul part="legend" class="legend" aria-label=${formatMessage(locale, 'legend.name')}>${items}</ul>` : nothing;
  }

  private renderTooltip(drawn: Drawn): TemplateResult | typeof nothing {
    const { view, geometry: g, width } = drawn;
    if (this.activeIndex < 0) return nothing;
    const point = this.pointAt(view, this.activeIndex);
    if (!point) return nothing;
    const x = g.x(point.t);
    const level = this.levelAt(view, point.v);
    const target = targetAt(view.kpi, point.t);
    const flip = x > width / 2;
    this.tooltipX = Math.round(x);
    return html`<div part="tooltip" class="tooltip" data-flip=${flip ? 'left' : 'right'}>
      <span class="tooltip-date">${view.format.date(point.t)}</span>
      <span class="tooltip-value">${view.format.value(point.v)}</span>
      ${target !== undefined ? html`<span>${formatMessage(view.format.locale, 'trend.tooltip.target', { target: view.format.value(target) })}</span>` : nothing}
      ${statusBadge(level.level, level.word, 'tooltip-status')}
    </div>`;
  }

  private renderLanes(drawn: Drawn): TemplateResult {
    const { view, width } = drawn;
    const locale = view.format.locale;
    return html`<ul part="lanes" class="lanes" aria-label=${formatMessage(locale, 'guardrails.name')}>
      ${drawn.lanes.map(({ guardrail, geometry: lane, breaches }) => {
        const status = view.status.guardrails.find((g) => g.id === guardrail.id);
        const breached = status?.breached ?? false;
        const gf = createFormatters(view.format.locale, guardrail.format, guardrail.unit);
        const limit = guardrailLimit(locale, guardrail.direction, gf.value(guardrail.limit));
        const word = guardrailWord(locale, breached, status?.level);
        const value = status?.reading ? gf.value(status.reading.value) : '—';
        return html`<li part=${breached ? 'lane lane-breached' : 'lane'} class="lane" data-level=${status?.level ?? 'neutral'}>
          <span class="lane-label">
            ${statusBadge(status?.level ?? 'neutral', word, 'lane-status')}
            <span>${guardrail.label}</span>
            <span class="lane-detail">${formatMessage(locale, 'lane.detail', { value, limit, breaches })}</span>
          </span>
          <svg class="lane-chart" width=${width} height=${LANE_HEIGHT} viewBox="0 0 ${width} ${LANE_HEIGHT}" aria-hidden="true">
            ${
              lane.limitY !== undefined
                ? svg`<line class="limit" x1=${lane.plot.x} x2=${lane.plot.x + lane.plot.width} y1=${lane.limitY} y2=${lane.limitY}></line>`
                : nothing
            }
            <path class="line" d=${lane.line}></path>
            ${lane.breachLine ? svg`<path class="breach" d=${lane.breachLine}></path>` : nothing}
          </svg>
        </li>`;
      })}
    </ul>`;
  }

  private renderTable(view: KpiView): TemplateResult {
    const { kpi, format } = view;
    const series = kpi.series;
    const count = series?.t.length ?? 0;
    const from = Math.max(0, count - MAX_TABLE_ROWS);
    const rows = Array.from({ length: count - from }, (_, i) => from + i);
    const locale = format.locale;
    const caption =
      count > MAX_TABLE_ROWS
        ? formatMessage(locale, 'table.captionLatest', { label: kpi.label, shown: MAX_TABLE_ROWS, count })
        : formatMessage(locale, 'table.caption', { label: kpi.label, count });
    const th = (key: 'table.date' | 'table.value' | 'table.target' | 'table.status') => html`<th scope="col">${formatMessage(locale, key)}</th>`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
      <table part="table">
        <caption>${caption}</caption>
        <thead><tr>${th('table.date')}${th('table.value')}${th('table.target')}${th('table.status')}</tr></thead>
        <tbody>
          ${rows.map((i) => {
            const t = series!.t[i] as number;
            const v = series!.v[i] as number;
            const target = targetAt(kpi, t);
            const level = Number.isNaN(v) ? undefined : this.levelAt(view, v);
            return html`<tr>
              <th scope="row">${format.date(t)}</th>
              <td>${Number.isNaN(v) ? formatMessage(locale, 'table.noValue') : format.value(v)}</td>
              <td>${target !== undefined ? format.value(target) : '—'}</td>
              <td>${level ? statusBadge(level.level, level.word, 'table-status') : '—'}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${
        kpi.annotations.length > 0
          ? html`<ul class="table-notes" aria-label=${formatMessage(locale, 'table.annotations')}>
            ${kpi.annotations.map(
              (a) =>
                html`<li>${formatMessageToParts(locale, 'legend.noteWords', { date: html`<time datetime=${new Date(a.t).toISOString()}>${format.date(a.t)}</time>`, label: a.label })}</li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  /** The status of one value against the bands, as a level and a word. */
  private levelAt(view: KpiView, value: number): { level: KpiStatus; word: string } {
    const band = bandFor(view.status.bands, value, view.status.bandSource);
    if (!band) return { level: 'neutral', word: levelWord(view.format.locale, 'neutral') };
    return { level: band.status, word: band.label };
  }

  private pointAt(view: KpiView, index: number): { t: number; v: number } | undefined {
    const series = view.kpi.series;
    if (!series || index < 0 || index >= series.t.length) return undefined;
    const v = series.v[index] as number;
    return Number.isNaN(v) ? undefined : { t: series.t[index] as number, v };
  }

  private describePoint(view: KpiView, index: number): string {
    const point = this.pointAt(view, index);
    if (!point) return '';
    const { format } = view;
    const target = targetAt(view.kpi, point.t);
    const level = this.levelAt(view, point.v);
    const total = view.kpi.series?.t.length ?? 0;
    const values = { date: format.date(point.t), value: format.value(point.v), status: level.word, index: index + 1, total };
    return target !== undefined
      ? formatMessage(format.locale, 'trend.pointWithTarget', { ...values, target: format.value(target) })
      : formatMessage(format.locale, 'trend.point', values);
  }

  private toggleTable(): void {
    this.table = !this.table;
  }

  /** The next point with a value from `index` in `step` direction, or `index` when there is none. */
  private definedFrom(index: number, step: 1 | -1): number {
    const series = this.view?.kpi.series;
    if (!series) return -1;
    for (let i = index; i >= 0 && i < series.v.length; i += step) if (!Number.isNaN(series.v[i])) return i;
    return -1;
  }

  private onKeydown(event: KeyboardEvent): void {
    const series = this.view?.kpi.series;
    if (!series || series.t.length === 0) return;
    const last = series.t.length - 1;
    const current = this.activeIndex;
    let next: number;
    // The arrow that points the way time runs moves to later points: → in left-to-right, ← in right-to-left.
    const later = this.rightToLeft ? 'ArrowLeft' : 'ArrowRight';
    const earlier = this.rightToLeft ? 'ArrowRight' : 'ArrowLeft';
    switch (event.key) {
      case later:
        next = current < 0 ? this.definedFrom(last, -1) : this.definedFrom(current + 1, 1);
        break;
      case earlier:
        next = current < 0 ? this.definedFrom(last, -1) : this.definedFrom(current - 1, -1);
        break;
      case 'Home':
        next = this.definedFrom(0, 1);
        break;
      case 'End':
        next = this.definedFrom(last, -1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.selectPoint(current);
        return;
      case 'Escape':
        this.activeIndex = -1;
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next >= 0) {
      this.activeByKeyboard = true;
      this.activeIndex = next;
    }
  }

  private onPointerMove(event: PointerEvent): void {
    const drawn = this.drawnCache;
    const series = this.view?.kpi.series;
    if (!drawn || !series || drawn.view !== this.view) return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    // In right-to-left the chart is mirrored: time runs from the right edge.
    const x = this.rightToLeft ? rect.right - event.clientX : event.clientX - rect.left;
    const index = drawn.geometry.nearestIndex(series, x);
    this.activeByKeyboard = false;
    if (index !== this.activeIndex) this.activeIndex = index;
  }

  /** Time runs the way the text does (README, "Direction"): from the right in a right-to-left page, or when the element speaks Arabic. */
  private get rightToLeft(): boolean {
    return this.wordsDirection === 'rtl' || this.matches(':dir(rtl)');
  }

  private onPointerLeave(): void {
    if (!this.activeByKeyboard) this.activeIndex = -1;
  }

  private onBlur(): void {
    if (this.activeByKeyboard) this.activeIndex = -1;
    this.activeByKeyboard = false;
  }

  private onClick(): void {
    this.selectPoint(this.activeIndex);
  }

  private selectPoint(index: number): void {
    const view = this.view;
    const point = view ? this.pointAt(view, index) : undefined;
    if (!view || !point) return;
    emit(this, 'kpi-point-select', { id: view.kpi.id, index, t: point.t, v: point.v });
  }
}

/** The most of the chart's width the value labels may take: a third, and at least 40 px. */
function valueLabelRoom(width: number): number {
  return Math.max(40, Math.round(width / 3));
}

/** The lowest and highest defined values, for sizing the axis labels; none for an empty series. */
function valueRange(series: Series): number[] {
  const { v } = series;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const value = v[i] as number;
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  return lo === Infinity ? [] : [lo, hi];
}
