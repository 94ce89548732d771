/**
 * The card with data on it: the value and its verdict, the change, the target and the pace, the bullet
 * graph, the guardrails and the meta line. Fetched beside the card's data (see `cardFacePart`): the
 * skeleton, the error panel and the no-source message are the card's own, and paint without it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Delta } from '../../core/delta.js';
import { createFormatters, type Formatters } from '../../core/format.js';
import type { KpiView } from '../../core/kpi-view.js';
import { guardrailLimit, guardrailWord } from '../../core/status.js';
import { describeDelta } from '../../core/summary.js';
import type { LiveStatus } from '../../data/live-stream.js';
import type { SourceFailure } from '../../data/source-failure.js';
import { formatMessage, formatMessageToParts } from '../../i18n/index.js';
import { bulletGeometry, type BulletGeometry } from '../../render/bullet.js';
import { bulletGraph } from '../../templates/bullet.js';
import { liveBadge, refreshWarning, staleBadge } from '../../templates/source-states.js';
import { statusBadge, statusIcon } from '../../templates/status-badge.js';

/** What the face needs of its card, read at each render. */
export interface CardFace {
  readonly view: KpiView;
  /** A failed refresh: the last good data stays, marked so. */
  readonly failure: SourceFailure | undefined;
  readonly compact: boolean;
  /** The sparkline is asked for (compact cards always show one). */
  readonly sparkline: boolean;
  readonly direction: 'rtl' | undefined;
  readonly live: LiveStatus | undefined;
  /** The time freshness is judged at (`now`, else the clock). */
  readonly judgedAt: number;
  /** When the last good data arrived, and the clock's time, for the refresh warning. */
  readonly receivedAt: number | undefined;
  readonly clockNow: number;
  readonly onClick: (event: Event) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
  /** The sparkline, which the card draws (it measures its box). */
  readonly chart: () => TemplateResult;
}

/** The bullet graph of each view on screen, derived once per view. */
const bullets = new WeakMap<KpiView, BulletGeometry | undefined>();

function bulletOf(view: KpiView): BulletGeometry | undefined {
  if (bullets.has(view)) return bullets.get(view);
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
  bullets.set(view, geometry);
  return geometry;
}

const refreshWarningOf = (face: CardFace, failure: SourceFailure): TemplateResult => refreshWarning(failure, face.receivedAt, face.clockNow, face.view.format);

/** Valid data with no value yet: the card says so, with the target and the meta line. */
export function emptyFace(face: CardFace): TemplateResult {
  const { view, failure } = face;
  const label = view.kpi.label;
  const locale = view.format.locale;
  return html`<div dir=${ifDefined(face.direction)} part="base" class="card card--empty" role="group" aria-label=${formatMessage(locale, 'element.emptyName', { label })}>
    <div class="header"><span part="label" class="label">${label}</span>${statusBadge('neutral', formatMessage(locale, 'status.noData'))}</div>
    <p class="empty-message">${formatMessage(locale, 'card.empty')}</p>
    ${renderTarget(face)} ${failure ? refreshWarningOf(face, failure) : nothing} ${renderMeta(face)}
    <slot name="footer"></slot>
  </div>`;
}

/**
 * One verdict first: the value and its status (word, icon, colour) where the eye lands. The
 * change, the target and the pace support it below, in words and in the muted text colour,
 * never in a competing status colour (see `verdict.ts` for which verdict leads).
 */
export function cardFace(face: CardFace): TemplateResult {
  const { view, failure, compact } = face;
  const { kpi, format, status } = view;
  const reading = status.reading;
  const staleInHeader = compact && view.freshness.stale && view.freshness.asOf !== undefined;
  return html`<div dir=${ifDefined(face.direction)}
    part="base"
    class="card"
    role="group"
    tabindex="0"
    aria-label=${view.story}
    aria-describedby="explanation"
    @click=${face.onClick}
    @keydown=${face.onKeydown}
  >
    <div class="summary">
      <div class="header">
        <span part="label" class="label" title=${kpi.label}>${kpi.label}</span>
        ${liveBadge(face.live, format.locale)}
        ${staleInHeader ? staleBadge(view.freshness.asOf, face.judgedAt, view.format) : nothing}
      </div>
      <div class="headline">
        <span part="value" class="value">${reading ? renderValue(format, reading.value) : '—'}</span>
        ${statusBadge(status.level, status.word)}
      </div>
      <div class="support">
        ${view.delta ? renderDelta(view.delta, format) : nothing} ${renderTarget(face)} ${renderPace(view)}
      </div>
    </div>
    <div class="visuals">
      ${compact ? nothing : renderBullet(view)}
      ${(face.sparkline || compact) && kpi.series && kpi.series.t.length > 1 ? face.chart() : nothing}
    </div>
    ${status.guardrails.length > 0 && !compact ? renderGuardrails(view) : nothing}
    ${compact ? nothing : renderMeta(face)}
    ${failure ? refreshWarningOf(face, failure) : nothing}
    <p id="explanation" class="visually-hidden">${view.explanation}</p>
    <slot name="footer"></slot>
  </div>`;
}

/** The number at full size and its unit smaller, kept on one line, so "235 sign-ups" never breaks inside a word. */
function renderValue(format: Formatters, value: number): TemplateResult {
  // Intl's own separator, so "27.1%" never gains a space and "12,00 €" keeps its no-break space.
  const { number, separator, unit } = format.valueParts(value);
  return unit ? html`${number}${separator}<span class="unit">${unit}</span>` : html`${number}`;
}

/** The change in words, in the muted colour: the arrow says which way, the word says whether that is better. */
function renderDelta(delta: Delta, format: Formatters): TemplateResult {
  const arrow = delta.movement === 'up' ? '▲' : delta.movement === 'down' ? '▼' : '▶';
  const locale = format.locale;
  const amount = format.isRate ? format.points(delta.absolute) : delta.relative !== null ? format.percentChange(delta.relative) : format.delta(delta.absolute);
  const against = delta.label ?? formatMessage(locale, 'delta.against.default');
  return html`<span part="delta" class="delta" data-judgement=${delta.judgement}>
    <span class="arrow" aria-hidden="true">${arrow}</span>
    <span class="delta-amount">${delta.movement === 'flat' ? formatMessage(locale, 'delta.card.flat') : amount}</span>
    <span class="delta-words">${formatMessage(locale, 'delta.card.words', { judgement: delta.judgement, against })}</span>
    <span class="visually-hidden">(${describeDelta(delta, format)})</span>
  </span>`;
}

/** "Target 40.0% by Dec 31, 2026 · 3.5 pts below", led by the mark the bullet graph draws for it. */
function renderTarget(face: CardFace): TemplateResult | typeof nothing {
  const { view } = face;
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
  const keyed = !face.compact && bulletOf(view) !== undefined;
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

/** The visible pace line of each projected verdict. */
const PACE_LINES = { 'on-track': 'pace.line.onTrack', 'at-risk': 'pace.line.atRisk', 'off-track': 'pace.line.offTrack' } as const;

/** "On track, projected 42.5%": the forecast, in words; it supports the headline and never recolours it. */
function renderPace(view: KpiView): TemplateResult | typeof nothing {
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

function renderBullet(view: KpiView): TemplateResult | typeof nothing {
  const geometry = bulletOf(view);
  return geometry ? bulletGraph(geometry, bulletDescription(view, geometry), view.format.tick) : nothing;
}

function bulletDescription(view: KpiView, geometry: BulletGeometry): string {
  const { format, status } = view;
  const locale = format.locale;
  const bands = status.bands.map((b) => b.label);
  const value = status.reading ? format.value(status.reading.value) : formatMessage(locale, 'card.bulletNoValue');
  const [from, to] = geometry.domain.map((v) => format.value(v)) as [string, string];
  return status.target !== undefined
    ? formatMessage(locale, 'card.bulletWithTarget', { value, target: format.value(status.target), bands, from, to })
    : formatMessage(locale, 'card.bullet', { value, bands, from, to });
}

function renderGuardrails(view: KpiView): TemplateResult {
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

function renderMeta(face: CardFace): TemplateResult {
  const { kpi, format, freshness, status } = face.view;
  const locale = format.locale;
  const asOf = freshness.asOf;
  const date = asOf !== undefined ? html`<time datetime=${new Date(asOf).toISOString()}>${format.date(asOf)}</time>` : undefined;
  return html`<p part="meta" class="meta">
    ${kpi.owner ? html`<span>${formatMessage(locale, 'card.owner', { owner: kpi.owner })}</span>` : nothing}
    ${kpi.goal ? html`<span>${formatMessage(locale, 'card.goal', { goal: kpi.goal })}</span>` : nothing}
    ${date ? html`<span>${formatMessageToParts(locale, status.reading?.carriedForward ? 'card.asOfCarried' : 'card.asOf', { date })}</span>` : nothing}
    ${freshness.stale && asOf !== undefined ? staleBadge(asOf, face.judgedAt, format) : nothing}
  </p>`;
}
