/**
 * The trend with data on it: the chart (bands, target, glide path, projection, floor and ceiling, the
 * comparison and `overlay`, annotations), the crosshair and its tooltip, the keyboard read-out, the legend,
 * the guardrail lanes and the table. Fetched beside the trend's data (see `trendChartPart`): the skeleton,
 * the error panel and the empty state are the element's own, and paint without it.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { bandFor } from '../../core/bands.js';
import type { KpiStatus } from '../../core/document.js';
import { createFormatters, dateTimeFormat } from '../../core/format.js';
import type { KpiView } from '../../core/kpi-view.js';
import type { Guardrail, Kpi } from '../../core/model.js';
import { targetAt } from '../../core/reading.js';
import { createM4Reducer, reduceM4, type M4Reducer } from '../../core/reduce.js';
import { EMPTY_SERIES, type Series } from '../../core/series.js';
import { guardrailLimit, guardrailWord, levelWord } from '../../core/status.js';
import { breachRuns, breachStretch, comparisonShift, describeTrend, kpiLimits, projectionPath, shiftSeries } from '../../core/trend.js';
import type { LiveStatus } from '../../data/live-stream.js';
import type { SourceFailure } from '../../data/source-failure.js';
import { emit } from '../../events/emit.js';
import { formatMessage, formatMessageToParts } from '../../i18n/index.js';
import { SPARKLINE_VALUE_TICKS, type YDomainPolicy } from '../../render/domain.js';
import { mirroredAnchor, mirrorTransform, uprightTransform } from '../../render/direction.js';
import { textWidth } from '../../render/text-width.js';
import { tickFormatOptions, type TimeGranularity } from '../../render/time-axis.js';
import { laneGeometry, layoutAnnotationLabels, trendGeometry, type AnnotationLabel, type TrendGeometry, type TrendInput } from '../../render/trend.js';
import { liveBadge, refreshWarning, staleBadge } from '../../templates/source-states.js';
import { statusBadge } from '../../templates/status-badge.js';

/** Above this many points per pixel column the series is reduced (M4) before drawing. */
const POINTS_PER_COLUMN_DRAWN_AS_IS = 4;
/** The table lists at most this many points, the latest ones; the caption says so. */
const MAX_TABLE_ROWS = 500;
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

/** The trend element, as its chart reads it: its public properties and methods. */
export interface TrendChartElement extends HTMLElement {
  readonly yDomain: YDomainPolicy;
  readonly area: boolean;
  readonly compact: boolean;
  readonly compare: boolean;
  readonly overlay?: { readonly label: string; readonly series: Series } | undefined;
  table: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}

/** What the chart reads of the element's insides, handed over by the element. */
export interface TrendChartInternals {
  /** The plot's measured size. */
  readonly size: { readonly width: number; readonly height: number };
  view(): KpiView | undefined;
  direction(): 'rtl' | undefined;
  judgedAt(): number;
  readonly source: { readonly live: LiveStatus | undefined; readonly receivedAt: number | undefined; readonly clock: { now(): number } };
  /** The end of the live time axis when `kpi` is the series the element appends to; undefined otherwise. */
  liveEnd(kpi: Kpi): number | undefined;
}

/** One chart per trend element: its drawing, its caches and the point the user is on. */
export class TrendChart {
  constructor(
    private readonly host: TrendChartElement,
    private readonly internals: TrendChartInternals,
  ) {}

  private active = -1;
  /** Index into the KPI's series of the point under the pointer or keyboard focus; -1 for none. */
  private get activeIndex(): number {
    return this.active;
  }
  private set activeIndex(index: number) {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }
  /** Whether the active point came from the keyboard (announced) or the pointer (not). */
  private activeByKeyboard = false;
  /** Where the tooltip's point is, in px from the plot's left edge. */
  private tooltipX = 0;
  /** Where each numbered note marker sits, in px of the plot, in the order they are rendered. */
  private notePositions: readonly { readonly x: number; readonly y: number }[] = [];
  private dismissed = -1;
  /** The note whose label Escape hid, until its marker loses focus or the pointer; -1 for none. */
  private get dismissedNote(): number {
    return this.dismissed;
  }
  private set dismissedNote(index: number) {
    if (index === this.dismissed) return;
    this.dismissed = index;
    this.host.requestUpdate();
  }

  private drawnCache?: Drawn;
  private reduction?: Reduction;
  private drawnKey = '';

  /** New data from the source: the point the user was on is gone (appended points do not move it). */
  forgetActivePoint(): void {
    this.active = -1;
  }

  /** The drawing is stale although the view and size are not (a new `overlay`). */
  invalidate(): void {
    this.drawnCache = undefined;
  }

  /** Places the tooltip and the note markers through CSSOM, which a strict style-src allows (a style attribute it blocks). */
  place(root: ParentNode): void {
    root.querySelector<HTMLElement>('.tooltip')?.style.setProperty('--_x', `${this.tooltipX}px`);
    root.querySelectorAll<HTMLElement>('.note').forEach((note, i) => {
      const at = this.notePositions[i];
      if (!at) return;
      note.style.setProperty('--_x', `${at.x}px`);
      note.style.setProperty('--_y', `${at.y}px`);
    });
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

  /** The trend with data on it, at the plot's measured size. */
  render(view: KpiView, failure: SourceFailure | undefined): TemplateResult {
    const { kpi, status } = view;
    const drawn = this.internals.size.width > 0 && this.internals.size.height > 0 && !this.host.table ? this.draw(view) : undefined;
    const summary = this.summaryOf(view);
    const locale = view.format.locale;
    const name = formatMessage(locale, 'trend.name', { label: kpi.label, summary, story: view.story });
    if (this.host.compact) {
      const reading = view.status.reading;
      return html`<div dir=${ifDefined(this.internals.direction())} part="base" class="frame frame--compact" role="img" aria-label=${name}>
        <div class="plot">${drawn ? this.renderChart(drawn) : nothing}</div>
        <div class="compact-reading">
          ${reading ? html`<span part="value" class="compact-value">${view.format.value(reading.value)}</span>` : nothing}
          ${statusBadge(status.level, status.word)}
        </div>
      </div>`;
    }
    const now = this.internals.judgedAt();
    const asOf = view.freshness.asOf;
    return html`<div dir=${ifDefined(this.internals.direction())} part="base" class="frame" role="group" aria-label=${kpi.label}>
      <div class="header">
        <span part="label" class="label">${kpi.label}</span>
        ${statusBadge(status.level, status.word)} ${liveBadge(this.internals.source.live, locale)}
        <button part="table-toggle" class="table-toggle" type="button" aria-pressed=${this.host.table ? 'true' : 'false'} @click=${this.toggleTable}>
          ${formatMessage(locale, this.host.table ? 'trend.showChart' : 'trend.showTable')}
        </button>
      </div>
      <p part="summary" class="summary">
        ${summary}${view.freshness.stale && asOf !== undefined ? html` ${staleBadge(asOf, now, view.format)}` : nothing}
      </p>
      ${
        this.host.table
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
      ${failure ? refreshWarning(failure, this.internals.source.receivedAt, this.internals.source.clock.now(), view.format) : nothing}
    </div>`;
  }

  /** Geometry for the current view and size, recomputed only when either changes. */
  private draw(view: KpiView): Drawn {
    const { width, height } = this.internals.size;
    const cached = this.drawnCache;
    if (cached && cached.view === view && cached.width === width && cached.height === height && this.drawnKey === this.drawKey()) return cached;
    const { kpi, format, status, pace } = view;
    const series = kpi.series ?? EMPTY_SERIES;

    const first = series.t[0] ?? kpi.asOf ?? 0;
    const last = series.t[series.t.length - 1] ?? first;
    const deadline = pace.verdict !== 'no-deadline' && pace.verdict !== 'insufficient-history' ? kpi.target?.by : undefined;
    const liveEnd = this.internals.liveEnd(kpi) ?? last;
    const timeDomain: [number, number] = [Math.min(first, kpi.baseline?.at ?? first), Math.max(liveEnd, deadline ?? last)];

    const compact = this.host.compact;
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
      yDomain: this.host.yDomain,
      // A compact trend is a sparkline: the card's axis rule, so the two look alike.
      ...(compact && { valueTicks: SPARKLINE_VALUE_TICKS }),
      area: this.host.area,
      bands: status.bands.map((b) => ({ from: b.from, to: b.to, status: b.status, label: b.label })),
      ...(kpi.targets ? { targets: kpi.targets } : status.target !== undefined && { target: status.target }),
      ...(kpi.baseline?.at !== undefined &&
        kpi.target?.by !== undefined && {
          glide: { from: { t: kpi.baseline.at, v: kpi.baseline.value }, to: { t: kpi.target.by, v: kpi.target.value } },
        }),
      ...(!compact && deadline !== undefined && { projection: projectionPath(pace) }),
      ...(!compact && { limits, breaches }),
      ...(!compact &&
        this.host.compare &&
        series.t.length > 1 && { comparison: reduce(shiftSeries(series, comparisonShift(kpi, timeDomain[0], timeDomain[1]))) }),
      ...(!compact && { annotations: kpi.annotations.map((a) => ({ t: a.t, label: a.label })) }),
      ...(this.host.overlay && this.host.overlay.series.t.length > 1 && { overlay: reduce(this.host.overlay.series) }),
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
    return `${this.host.yDomain}|${this.host.area}|${this.host.compact}|${this.host.compare}|${this.rightToLeft}`;
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
        this.host.compact
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
   * aria-hidden and a focusable element must not be. Placed by `place()` (the element calls it in `updated()`), through CSSOM.
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
    if (g.overlay && this.host.overlay) items.push(key('overlay', rule('overlay'), this.host.overlay.label));
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

  private readonly toggleTable = (): void => {
    this.host.table = !this.host.table;
  };

  /** The next point with a value from `index` in `step` direction, or `index` when there is none. */
  private definedFrom(index: number, step: 1 | -1): number {
    const series = this.internals.view()?.kpi.series;
    if (!series) return -1;
    for (let i = index; i >= 0 && i < series.v.length; i += step) if (!Number.isNaN(series.v[i])) return i;
    return -1;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const series = this.internals.view()?.kpi.series;
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
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const drawn = this.drawnCache;
    const series = this.internals.view()?.kpi.series;
    if (!drawn || !series || drawn.view !== this.internals.view()) return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    // In right-to-left the chart is mirrored: time runs from the right edge.
    const x = this.rightToLeft ? rect.right - event.clientX : event.clientX - rect.left;
    const index = drawn.geometry.nearestIndex(series, x);
    this.activeByKeyboard = false;
    if (index !== this.activeIndex) this.activeIndex = index;
  };

  /** Time runs the way the text does (README, "Direction"): from the right in a right-to-left page, or when the element speaks Arabic. */
  private get rightToLeft(): boolean {
    return this.internals.direction() === 'rtl' || this.host.matches(':dir(rtl)');
  }

  private readonly onPointerLeave = (): void => {
    if (!this.activeByKeyboard) this.activeIndex = -1;
  };

  private readonly onBlur = (): void => {
    if (this.activeByKeyboard) this.activeIndex = -1;
    this.activeByKeyboard = false;
  };

  private readonly onClick = (): void => {
    this.selectPoint(this.activeIndex);
  };

  private selectPoint(index: number): void {
    const view = this.internals.view();
    const point = view ? this.pointAt(view, index) : undefined;
    if (!view || !point) return;
    emit(this.host, 'kpi-point-select', { id: view.kpi.id, index, t: point.t, v: point.v });
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
