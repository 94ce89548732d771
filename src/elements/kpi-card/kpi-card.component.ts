import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import type { Delta } from '../../core/delta.js';
import { createFormatters, type Formatters } from '../../core/format.js';
import type { KpiView } from '../../core/kpi-view.js';
import type { Series } from '../../core/series.js';
import { guardrailLimit, guardrailWord } from '../../core/status.js';
import { describeDelta } from '../../core/summary.js';
import { formatMessage, formatMessageToParts } from '../../i18n/index.js';
import type { SourceFailure } from '../../data/source-failure.js';
import { emit } from '../../events/emit.js';
import '../../events/kpi-select.js';
import { bulletGeometry, type BulletGeometry } from '../../render/bullet.js';
import type { YDomainPolicy } from '../../render/sparkline.js';
import { sourceStateStyles } from '../../styles/source-states.styles.js';
import { bandStyles, statusStyles, tokenStyles } from '../../styles/tokens.styles.js';
import { bulletGraph } from '../../templates/bullet.js';
import { errorPanel, failureDetails, liveBadge, loadFailedBadge, loadingBadge, refreshWarning, staleBadge } from '../../templates/source-states.js';
import { statusBadge, statusIcon } from '../../templates/status-badge.js';
import { ElementSizeController } from '../element-size-controller.js';
import { KpiElement } from '../kpi-element.js';
import { describeCause } from '../sourced-element.js';
import { cardStyles } from './kpi-card.styles.js';
import { sparklinePart } from './sparkline-part.js';

type ReduceModule = typeof import('../../core/reduce.js');
/** Loaded the first time any card meets a series too long to draw point by point; most never do. */
let reduceModule: Promise<ReduceModule> | undefined;

/** The sparkline's height before it is measured (the CSS sets it: taller in a wide card, so it never becomes a ribbon). */
const SPARKLINE_HEIGHT = 40;
/** The sparkline's width before it is measured, on a server-rendered card only (see `serverRendered`). */
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

  /**
   * Rendered by Lit SSR: on the server, or upgraded over the declarative shadow root it left.
   * Nothing can be measured on the server, so such a card draws its sparkline at a nominal
   * width until measured, on both sides: hydration then finds the same template it left.
   */
  private readonly serverRendered = isServer || this.shadowRoot !== null;

  /** The last reduction, kept while the series and width are the same. */
  private reduced?: { source: Series; width: number; series: Series };
  private reducer?: ReduceModule;
  /** The bullet graph of the view on screen, kept while the view is. */
  private bullet?: { view: KpiView; geometry: BulletGeometry | undefined };

  private bulletOf(view: KpiView): BulletGeometry | undefined {
    if (this.bullet?.view === view) return this.bullet.geometry;
    const { status, kpi } = view;
    const geometry =
      status.reading && (status.bands.length > 0 || status.target !== undefined)
        ? bulletGeometry({
            bands: status.bands,
            value: status.reading.value,
            ...(status.target !== undefined && { target: status.target }),
            ...(kpi.baseline && { comparative: kpi.baseline.value }),
          })
        : undefined;
    this.bullet = { view, geometry };
    return geometry;
  }

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
    if (this.view && this.sourceController.state === 'empty') return this.renderEmpty(this.view, failure);
    if (this.view) return this.renderCard(this.view, failure);
    if (failure) return this.renderError(failure);
    if (this.nothingToLoad) return this.renderNoSource();
    return this.renderSkeleton();
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

  private renderRefreshWarning(failure: SourceFailure, format: Formatters): TemplateResult {
    return refreshWarning(failure, this.sourceController.receivedAt, this.sourceController.clock.now(), format);
  }

  private renderEmpty(view: KpiView, failure: SourceFailure | undefined): TemplateResult {
    const label = view.kpi.label;
    const locale = view.format.locale;
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="card card--empty" role="group" aria-label=${formatMessage(locale, 'element.emptyName', { label })}>
      <div class="header"><span part="label" class="label">${label}</span>${statusBadge('neutral', formatMessage(locale, 'status.noData'))}</div>
      <p class="empty-message">${formatMessage(locale, 'card.empty')}</p>
      ${this.renderTarget(view)} ${failure ? this.renderRefreshWarning(failure, view.format) : nothing} ${this.renderMeta(view)}
      <slot name="footer"></slot>
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

  /**
   * One verdict first: the value and its status (word, icon, colour) where the eye lands. The
   * change, the target and the pace support it below, in words and in the muted text colour,
   * never in a competing status colour (see `verdict.ts` for which verdict leads).
   */
  private renderCard(view: KpiView, failure: SourceFailure | undefined): TemplateResult {
    const { kpi, format, status } = view;
    const reading = status.reading;
    const staleInHeader = this.compact && view.freshness.stale && view.freshness.asOf !== undefined;
    return html`<div dir=${ifDefined(this.wordsDirection)}
      part="base"
      class="card"
      role="group"
      tabindex="0"
      aria-label=${view.story}
      aria-describedby="explanation"
      @click=${this.select}
      @keydown=${this.onKeydown}
    >
      <div class="summary">
        <div class="header">
          <span part="label" class="label" title=${kpi.label}>${kpi.label}</span>
          ${liveBadge(this.sourceController.live, format.locale)}
          ${staleInHeader ? staleBadge(view.freshness.asOf, this.judgedAt, view.format) : nothing}
        </div>
        <div class="headline">
          <span part="value" class="value">${reading ? this.renderValue(format, reading.value) : '—'}</span>
          ${statusBadge(status.level, status.word)}
        </div>
        <div class="support">
          ${view.delta ? this.renderDelta(view.delta, format) : nothing} ${this.renderTarget(view)} ${this.renderPace(view)}
        </div>
      </div>
      <div class="visuals">
        ${this.compact ? nothing : this.renderBullet(view)}
        ${(this.sparkline || this.compact) && kpi.series && kpi.series.t.length > 1 ? this.renderSparkline(view) : nothing}
      </div>
      ${status.guardrails.length > 0 && !this.compact ? this.renderGuardrails(view) : nothing}
      ${this.compact ? nothing : this.renderMeta(view)}
      ${failure ? this.renderRefreshWarning(failure, view.format) : nothing}
      <p id="explanation" class="visually-hidden">${view.explanation}</p>
      <slot name="footer"></slot>
    </div>`;
  }

  /** The number at full size and its unit smaller, kept on one line, so "235 sign-ups" never breaks inside a word. */
  private renderValue(format: Formatters, value: number): TemplateResult {
    // Intl's own separator, so "27.1%" never gains a space and "12,00 €" keeps its no-break space.
    const { number, separator, unit } = format.valueParts(value);
    return unit ? html`${number}${separator}<span class="unit">${unit}</span>` : html`${number}`;
  }

  /** The change in words, in the muted colour: the arrow says which way, the word says whether that is better. */
  private renderDelta(delta: Delta, format: Formatters): TemplateResult {
    const arrow = delta.movement === 'up' ? '▲' : delta.movement === 'down' ? '▼' : '▶';
    const locale = format.locale;
    const amount = format.isRate
      ? format.points(delta.absolute)
      : delta.relative !== null
        ? format.percentChange(delta.relative)
        : format.delta(delta.absolute);
    const against = delta.label ?? formatMessage(locale, 'delta.against.default');
    return html`<span part="delta" class="delta" data-judgement=${delta.judgement}>
      <span class="arrow" aria-hidden="true">${arrow}</span>
      <span class="delta-amount">${delta.movement === 'flat' ? formatMessage(locale, 'delta.card.flat') : amount}</span>
      <span class="delta-words">${formatMessage(locale, 'delta.card.words', { judgement: delta.judgement, against })}</span>
      <span class="visually-hidden">(${describeDelta(delta, format)})</span>
    </span>`;
  }

  /** "Target 40.0% by Dec 31, 2026 · 3.5 pts below", led by the mark the bullet graph draws for it. */
  private renderTarget(view: KpiView): TemplateResult | typeof nothing {
    const { kpi, format, status } = view;
    if (status.target === undefined) return nothing;
    const locale = format.locale;
    const reading = status.reading;
    const target = format.value(status.target);
    const line =
      kpi.target?.by !== undefined
        ? formatMessage(locale, 'target.lineBy', { target, date: format.date(kpi.target.by) })
        : formatMessage(locale, 'target.line', { target });
    const gap = reading ? status.target - reading.value : undefined;
    const side = gap !== undefined && gap > 0 ? 'below' : 'above';
    // A distance beyond the range of numbers (1e308 against −1.7e308) gives its direction only, as the trend's change does.
    const distance =
      gap === undefined || gap === 0
        ? undefined
        : Number.isFinite(gap)
          ? formatMessage(locale, 'target.distance', { side, size: format.isRate ? format.points(Math.abs(gap), false) : format.value(Math.abs(gap)) })
          : formatMessage(locale, 'target.distanceNoSize', { side });
    const keyed = !this.compact && this.bulletOf(view) !== undefined;
    const baseline = keyed && kpi.baseline ? kpi.baseline : undefined;
    return html`<p part="target" class="target-line">
      ${keyed ? html`<span class="key key--target" aria-hidden="true"></span>` : nothing}${distance ? formatMessage(locale, 'target.withDistance', { line, distance }) : line}
      ${
        baseline
          ? html`<span class="baseline"
            ><span class="key key--baseline" aria-hidden="true"></span>${formatMessage(locale, 'target.baseline', { value: format.value(baseline.value) })}</span
          >`
          : nothing
      }
    </p>`;
  }

  /** "On track, projected 42.5%": the forecast, in words; it supports the headline and never recolours it. */
  private renderPace(view: KpiView): TemplateResult | typeof nothing {
    const { pace, format } = view;
    if (!('expected' in pace)) return nothing;
    const locale = format.locale;
    const projected = 'projected' in pace ? format.value(pace.projected) : '';
    const line =
      pace.verdict === 'insufficient-history'
        ? formatMessage(locale, 'pace.line.insufficientHistory')
        : pace.verdict === 'achieved'
          ? formatMessage(locale, 'pace.line.achieved')
          : pace.verdict === 'missed'
            ? formatMessage(locale, 'pace.line.missed')
            : formatMessage(locale, PACE_LINES[pace.verdict], { projected });
    return html`<p part="pace" class="pace" data-verdict=${pace.verdict} title=${'explanation' in pace ? pace.explanation : pace.reason}>
      <span class="pace-word">${line}</span>
    </p>`;
  }

  private renderBullet(view: KpiView): TemplateResult | typeof nothing {
    const geometry = this.bulletOf(view);
    return geometry ? bulletGraph(geometry, this.bulletDescription(view, geometry), view.format.tick) : nothing;
  }

  private bulletDescription(view: KpiView, geometry: BulletGeometry): string {
    const { format, status } = view;
    const locale = format.locale;
    const bands = status.bands.map((b) => b.label);
    const value = status.reading ? format.value(status.reading.value) : formatMessage(locale, 'card.bulletNoValue');
    const [from, to] = geometry.domain.map((v) => format.value(v)) as [string, string];
    return status.target !== undefined
      ? formatMessage(locale, 'card.bulletWithTarget', { value, target: format.value(status.target), bands, from, to })
      : formatMessage(locale, 'card.bullet', { value, bands, from, to });
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

  /** A card with a sparkline starts fetching its code with its data, not after the data arrives. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((this.sparkline || this.compact) && !sparklinePart.current) void sparklinePart.load().catch(() => undefined);
  }

  /** Server-rendered markup holds the sparkline: hydrating without its template would not match, so wait for it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.serverRendered && !isServer && (this.sparkline || this.compact) && !sparklinePart.current) {
      return sparklinePart
        .load()
        .catch(() => undefined)
        .then(() => super.scheduleUpdate());
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

  private renderGuardrails(view: KpiView): TemplateResult {
    const { status, format } = view;
    const locale = format.locale;
    return html`<ul part="guardrails" class="guardrails" aria-label=${formatMessage(locale, 'guardrails.name')}>
      ${status.guardrails.map((g) => {
        const guardrail = view.kpi.guardrails.find((k) => k.id === g.id);
        const gf = guardrail ? createFormatters(format.locale, guardrail.format, guardrail.unit) : format;
        const word = guardrailWord(locale, g.breached, g.level);
        const limit = guardrailLimit(locale, g.direction, gf.value(g.limit));
        return html`<li part=${g.breached ? 'guardrail guardrail-breached' : 'guardrail'} class="guardrail" data-level=${g.level} title=${g.explanation}>
          <span class="guardrail-label"><span class="status">${statusIcon(g.level)}</span> ${g.label}</span>
          <span class="guardrail-value">${g.reading ? gf.value(g.reading.value) : '—'}</span>
          <span class="guardrail-word">${formatMessage(locale, 'guardrail.wordWithLimit', { word, limit })}</span>
        </li>`;
      })}
    </ul>`;
  }

  private renderMeta(view: KpiView): TemplateResult {
    const { kpi, format, freshness, status } = view;
    const locale = format.locale;
    const now = this.judgedAt;
    const asOf = freshness.asOf;
    const date = asOf !== undefined ? html`<time datetime=${new Date(asOf).toISOString()}>${format.date(asOf)}</time>` : undefined;
    return html`<p part="meta" class="meta">
      ${kpi.owner ? html`<span>${formatMessage(locale, 'card.owner', { owner: kpi.owner })}</span>` : nothing}
      ${kpi.goal ? html`<span>${formatMessage(locale, 'card.goal', { goal: kpi.goal })}</span>` : nothing}
      ${date ? html`<span>${formatMessageToParts(locale, status.reading?.carriedForward ? 'card.asOfCarried' : 'card.asOf', { date })}</span>` : nothing}
      ${freshness.stale && asOf !== undefined ? staleBadge(asOf, now, format) : nothing}
    </p>`;
  }
}

/** The visible pace line of each projected verdict. */
const PACE_LINES = { 'on-track': 'pace.line.onTrack', 'at-risk': 'pace.line.atRisk', 'off-track': 'pace.line.offTrack' } as const;
