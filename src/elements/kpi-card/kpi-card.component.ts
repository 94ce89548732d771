import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import type { KpiView } from '../../core/kpi-view.js';
import type { Series } from '../../core/series.js';
import { formatMessage, formatMessageToParts } from '../../i18n/index.js';
import type { SourceFailure } from '../../data/source-failure.js';
import { emit } from '../../events/emit.js';
import '../../events/kpi-select.js';
import type { YDomainPolicy } from '../../render/sparkline.js';
import { sourceStateStyles } from '../../styles/source-states.styles.js';
import { bandStyles, statusStyles, tokenStyles } from '../../styles/tokens.styles.js';
import { errorPanel, failureDetails, loadFailedBadge, loadingBadge } from '../../templates/source-states.js';
import { statusBadge } from '../../templates/status-badge.js';
import { ElementSizeController } from '../element-size-controller.js';
import { KpiElement } from '../kpi-element.js';
import type { LazyPart } from '../lazy-part.js';
import { describeCause } from '../sourced-element.js';
import type { CardFace } from './card-face.js';
import { cardFacePart } from './card-face-part.js';
import { cardStyles } from './kpi-card.styles.js';
import { sparklinePart } from './sparkline-part.js';

type ReduceModule = typeof import('../../core/reduce.js');
/** Loaded the first time any card meets a series too long to draw point by point; most never do. */
let reduceModule: Promise<ReduceModule> | undefined;

/** The sparkline's height before it is measured (the CSS sets it: taller in a wide card, so it never becomes a ribbon). */
const SPARKLINE_HEIGHT = 40;
/**
 * The sparkline's width before it is measured, on a server-rendered card only (see `serverRendered`): nothing can be
 * measured on the server, so such a card draws at this width until measured, on both sides, and hydration finds the
 * template the server left.
 */
const SSR_SPARKLINE_WIDTH = 240;

/**
 * A KPI at a glance: the value against its target, the status in words and
 * icon, the change since the comparison period, the pace towards a
 * time-bound target, a bullet graph, an optional sparkline and the
 * guardrails that must hold while the KPI is pushed.
 *
 * @summary One KPI: value, status, target, pace, delta, bullet graph, sparkline and guardrails.
 * @tagname kpi-card
 *
 * @slot footer - Extra content under the card, e.g. a link to the full report.
 *
 * @csspart base - The focusable card surface.
 * @csspart label - The KPI's name.
 * @csspart value - The formatted current value.
 * @csspart status - The verdict under the value: the status icon and word (or "Could not load").
 * @csspart delta - The change against the comparison period.
 * @csspart target - The target and the distance to it.
 * @csspart pace - The pace for a time-bound target, in words: it supports the verdict and never recolours it.
 * @csspart bullet - The bullet graph.
 * @csspart chart - The sparkline.
 * @csspart guardrails - The list of guardrail chips.
 * @csspart guardrail - One guardrail chip.
 * @csspart guardrail-breached - A breached guardrail chip (in addition to `guardrail`).
 * @csspart meta - Owner, goal and as-of line.
 * @csspart stale - The stale-data badge.
 * @csspart live - With `stream="sse"`: the Live / Connecting / Reconnecting badge.
 * @csspart warning - The "refresh failed, showing earlier data" notice.
 * @csspart error - The error panel.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --kpi-font-family - Font family.
 * @cssprop --kpi-color-text - Main text colour.
 * @cssprop --kpi-color-muted - Secondary text colour.
 * @cssprop --kpi-color-surface - Card background.
 * @cssprop --kpi-color-border - Card border.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-space - Base spacing unit.
 * @cssprop --kpi-focus-ring - Focus outline colour.
 * @cssprop --kpi-color-good - Colour of the good status.
 * @cssprop --kpi-color-warning - Colour of the warning status.
 * @cssprop --kpi-color-critical - Colour of the critical status.
 * @cssprop --kpi-color-neutral - Colour of the neutral status (no target, no data).
 * @cssprop --kpi-color-band-good - Good ranges in the bullet graph and the sparkline (least ink).
 * @cssprop --kpi-color-band-warning - Warning ranges.
 * @cssprop --kpi-color-band-critical - Critical ranges (most ink).
 * @cssprop --kpi-color-data-state - Stale, refresh failed and could not load: never a status colour.
 * @cssprop --kpi-color-measure - The bullet graph's measure bar.
 * @cssprop --kpi-color-target - The target tick.
 * @cssprop --kpi-color-line - The sparkline.
 * @cssprop --kpi-color-skeleton - Loading placeholder.
 * @cssprop --kpi-card-padding - Inner padding of the card.
 * @cssprop --kpi-card-min-height - Minimum height, kept in every state so nothing shifts when data arrives.
 * @cssprop --kpi-card-value-size - Font size of the value.
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
 * @fires kpi-select - The user clicked the card or pressed Enter or Space on it. Detail: `{ id, goal? }`.
 * @fires kpi-load - Data from `src` or inline JSON arrived and is valid. Not fired for `.data`.
 * @fires kpi-error - Loading, parsing or validating data from `src` or inline JSON failed.
 * @fires kpi-status-change - Fetched or inline data changed the computed status. Detail: `{ id, from, to }`. Not fired for `.data`.
 */
export class KpiCard extends KpiElement {
  static override styles = [tokenStyles, statusStyles, bandStyles, sourceStateStyles, cardStyles];

  /** Shows a sparkline of the series, with the target band behind it. */
  @property({ type: Boolean, reflect: true }) sparkline = false;

  /**
   * A small tile for boards and grids: label, value, status, change, target and
   * pace, with a sparkline; no bullet graph, guardrail chips or meta line. A
   * stale badge moves into the header, since the meta line is gone.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The sparkline's y-axis: `fit` (fits the data; the range is printed) or `zero` (starts at zero). */
  @property({ attribute: 'y-domain' }) yDomain: YDomainPolicy = 'fit';

  /** The sparkline's width, measured. */
  private readonly chartSize = new ElementSizeController(this, '.spark-area');

  /** The last reduction, kept while the series and width are the same. */
  private reduced?: { source: Series; width: number; series: Series };
  private reducer?: ReduceModule;
  private select(): void {
    const kpi = this.view?.kpi;
    if (!kpi) return;
    emit(this, 'kpi-select', { id: kpi.id, ...(kpi.goal !== undefined && { goal: kpi.goal }) });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select();
    }
  }

  protected override render(): TemplateResult {
    try {
      return this.renderState();
    } catch (cause) {
      // A defect must not escape into the page: show it like any other error.
      return this.renderError({ kind: 'invalid', message: formatMessage(this.words, 'card.viewError', { cause: describeCause(cause) }) });
    }
  }

  private renderState(): TemplateResult {
    const failure = this.failure;
    const view = this.view;
    if (view) {
      const face = this.partFor(cardFacePart);
      if (face) return this.sourceController.state === 'empty' ? face.emptyFace(this.faceOf(view, failure)) : face.cardFace(this.faceOf(view, failure));
      // Until the face's code arrives (it was fetched beside the data), the skeleton stays; if it cannot come, the card says so.
      const cannot = this.partError(cardFacePart);
      return cannot === undefined
        ? this.renderSkeleton()
        : this.renderError({ kind: 'network', message: formatMessage(this.words, 'card.viewError', { cause: cannot }) });
    }
    if (failure) return this.renderError(failure);
    if (this.nothingToLoad) return this.renderNoSource();
    return this.renderSkeleton();
  }

  protected override drawnBy(): LazyPart<unknown> {
    return cardFacePart;
  }

  private readonly onClick = (): void => this.select();
  private readonly onKeydownListener = (event: KeyboardEvent): void => this.onKeydown(event);

  private faceOf(view: KpiView, failure: SourceFailure | undefined): CardFace {
    return {
      view,
      failure,
      compact: this.compact,
      sparkline: this.sparkline,
      direction: this.wordsDirection,
      live: this.sourceController.live,
      judgedAt: this.judgedAt,
      receivedAt: this.sourceController.receivedAt,
      clockNow: this.sourceController.clock.now(),
      onClick: this.onClick,
      onKeydown: this.onKeydownListener,
      chart: () => this.renderSparkline(view),
    };
  }

  /** A server-rendered card measured before it hydrated draws at its measured width now (see `renderSparkline`). */
  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Once this update is done, not inside it: an update asked for within one is Lit's change-in-update misuse.
    if (this.serverRendered && this.chartSize.width > 0) queueMicrotask(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Not loading: there is nothing to wait for.
    if (this.nothingToLoad) this.setStates(['empty']);
  }

  /** No src, source, data or inline JSON: say what is missing rather than load for ever. */
  private renderNoSource(): TemplateResult {
    const locale = this.words;
    const label = this.label ?? formatMessage(locale, 'card.defaultLabel');
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="card card--empty" role="group" aria-label=${formatMessage(locale, 'card.noSourceName', { label })}>
      <div class="header"><span part="label" class="label">${label}</span>${statusBadge('neutral', formatMessage(locale, 'status.noData'))}</div>
      <p class="empty-message">
        ${formatMessageToParts(locale, 'card.noSource', {
          src: html`<code>src</code>`,
          source: html`<code>source</code>`,
          data: html`<code>data</code>`,
          script: html`<code>&lt;script type="application/json"&gt;</code>`,
        })}
      </p>
      <slot name="footer"></slot>
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    const locale = this.words;
    const label = this.label ?? formatMessage(locale, 'card.defaultLabel');
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base skeleton" class="card skeleton" aria-busy="true" role="group" aria-label=${formatMessage(locale, 'element.loadingName', { label })}>
      <div class="header">
        ${this.label ? html`<span part="label" class="label">${this.label}</span>` : html`<span class="bone bone--label"></span>`}${loadingBadge(locale)}
      </div>
      <span class="bone bone--value"></span>
      <span class="bone bone--line"></span>
      <span class="bone bone--bullet"></span>
      <span class="bone bone--line bone--short"></span>
    </div>`;
  }

  private renderError(failure: SourceFailure): TemplateResult {
    const locale = this.words;
    const label = this.label ?? formatMessage(locale, 'card.defaultLabel');
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="card card--error" role="group" aria-label=${formatMessage(locale, 'element.errorName', { label, message: failureDetails(failure, locale) })}>
      <div class="header"><span part="label" class="label">${label}</span>${loadFailedBadge(locale)}</div>
      ${errorPanel(failure, locale)}
      <slot name="footer"></slot>
    </div>`;
  }

  private renderSparkline(view: KpiView): TemplateResult {
    // Hydration adopts the server's DOM without writing to it, so the first render in the browser keeps the server's
    // nominal width even when a measurement came first (it does while the sparkline's code loads); `updated` redraws.
    const hydrating = this.serverRendered && !this.hasUpdated;
    const width = hydrating ? SSR_SPARKLINE_WIDTH : this.chartSize.width || (this.serverRendered ? SSR_SPARKLINE_WIDTH : 0);
    const series = view.kpi.series;
    const drawable = width > 0 && series ? this.drawableSeries(series, width) : undefined;
    const height = this.chartSize.height || SPARKLINE_HEIGHT;
    const part = sparklinePart.current;
    if (part) return part.cardSparkline({ view, drawable, width, height, yDomain: this.yDomain });
    // Until the sparkline's code arrives: its box at its size, so nothing moves when it draws.
    this.awaitPart(sparklinePart.load());
    return html`<div class="chart"><div class="spark-area"></div><span class="axis-note">&nbsp;</span></div>`;
  }

  /** A card with a sparkline starts fetching its code with its data, not after the data arrives (its face: see `drawnBy`). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.sparkline || this.compact) sparklinePart.prefetch();
  }

  /** Server-rendered markup holds the face and the sparkline: hydrating without their templates would not match, so wait for them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.serverRendered && !isServer) {
      const parts = [cardFacePart, ...(this.sparkline || this.compact ? [sparklinePart] : [])].filter((part) => !part.current);
      if (parts.length > 0) {
        return Promise.all(parts.map((part) => part.load().catch(() => undefined))).then(() => super.scheduleUpdate());
      }
    }
    return super.scheduleUpdate();
  }

  /**
   * More points than pixel columns cannot all be seen: above four per column the
   * series is reduced (M4: first, min, max, last per column), which keeps the
   * drawn shape and its gaps and costs one pass instead of a path of every point.
   * The reducer is fetched on first need, so cards with short series never pay
   * for it; until it arrives the chart keeps its placeholder (same size).
   */
  private drawableSeries(series: Series, width: number): Series | undefined {
    if (series.t.length <= width * 4) return series;
    if (this.reduced?.source === series && this.reduced.width === width) return this.reduced.series;
    if (!this.reducer) {
      reduceModule ??= import('../../core/reduce.js');
      reduceModule.then(
        (module) => {
          this.reducer = module;
          this.requestUpdate();
        },
        // A failed chunk load (offline, deploy mid-session) leaves the placeholder; the next data change retries.
        () => (reduceModule = undefined),
      );
      return undefined;
    }
    const first = series.t[0] as number;
    const last = series.t[series.t.length - 1] as number;
    this.reduced = { source: series, width, series: this.reducer.reduceM4(series, first, last, width) };
    return this.reduced.series;
  }
}
