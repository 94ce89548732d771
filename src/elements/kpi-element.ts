/**
 * What every element showing one KPI shares: its mapping properties (pointers, keys, format, label), the view
 * derived from the KPI (status, pace, delta, freshness, story), and its status as custom states. The code that
 * maps, validates and derives (kpi-reading.ts) is fetched beside the data. Where the data comes from is
 * `SourcedElement`'s.
 */
import { isServer, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Freshness } from '../core/freshness.js';
import type { KpiView } from '../core/kpi-view.js';
import type { KpiStatus } from '../core/document.js';
import type { ArrayAppend } from '../core/json-patch.js';
import type { Kpi } from '../core/model.js';
import type { Interpretation } from '../data/source-types.js';
import type { SourceFailure } from '../data/source-failure.js';
import { emit } from '../events/emit.js';
import { formatMessage } from '../i18n/index.js';
import '../events/kpi-status-change.js';
import { DisplayElement } from './display-element.js';
import type { LoadedKpi } from './kpi-reading.js';
import { readingPart } from './kpi-reading-part.js';
import { describeCause } from './sourced-element.js';

export type { LoadedKpi };

/** The custom states every kit element can be in, besides its status. */
export const DATA_STATES = ['loading', 'empty', 'error', 'stale', 'refresh-failed'] as const;

export abstract class KpiElement extends DisplayElement<LoadedKpi> {
  /** JSON Pointer to the KPI document inside the JSON, e.g. `/kpis/0`. */
  @property({ attribute: 'kpi-pointer' }) kpiPointer?: string;

  /** JSON Pointer to the current value, e.g. `/metrics/retention/current`. */
  @property({ attribute: 'value-pointer' }) valuePointer?: string;

  /** JSON Pointer to the series: an array of records or an object of columns. */
  @property({ attribute: 'series-pointer' }) seriesPointer?: string;

  /** Record key (or column name) of each point's time; default `t`. */
  @property({ attribute: 'time-key' }) timeKey?: string;

  /** Record key (or column name) of each point's value; default `v`. */
  @property({ attribute: 'value-key' }) valueKey?: string;

  /**
   * Overrides the document's number format: `percent`, `decimal`, `compact`,
   * `currency:EUR` or `unit:hour`. Useful when pointers map JSON that has no format.
   */
  @property() format?: string;

  /** Overrides the document's label; needed when pointers map JSON that has none. */
  @property() label?: string;

  /**
   * A [JSONata](https://jsonata.org) expression that reshapes the JSON before the pointers apply, for
   * filtering, grouping and summing without a script: `rows[industry = "Construction"]`. JSONata
   * (an interpreter, no eval) loads the first time a page uses it. Runs before `transform`.
   */
  @property() expression?: string;

  /**
   * The window the pace trend is measured over, ending at the latest value, as an ISO 8601 duration
   * (`P10Y`, `P6M`, `P90D`). Default: 8 cadence periods (28 days without a cadence), or a year for a
   * seasonal series. An invalid duration keeps the default.
   */
  @property({ attribute: 'pace-window' }) paceWindow?: string;

  /**
   * Rendered by Lit SSR: on the server, or upgraded over the declarative shadow root it left (read at
   * construction: by the first update every element has a shadow root).
   */
  protected readonly serverRendered = isServer || this.shadowRoot !== null;

  /** What the element shows, derived once per data, locale or time change; `undefined` until data is shown. */
  protected view?: KpiView;
  /** A defect while deriving the view, shown like any other error. */
  protected viewError?: SourceFailure;
  private lastLevel?: KpiStatus;
  /** The `wordsVersion` the view was worded in. */
  private viewWords = -1;
  /** Re-judges freshness when the data is due to go stale, so an open dashboard does not go on showing it as fresh. */
  private staleTimer?: unknown;
  private staleDue = false;

  /** The computed status: `good`, `warning`, `critical` or `neutral`; `undefined` until data is shown. */
  get status(): KpiStatus | undefined {
    return this.view?.status.level;
  }

  /** Why the status is what it is, in one or two sentences. */
  get explanation(): string | undefined {
    return this.view?.explanation;
  }

  /** The validated, normalised KPI on screen. */
  get kpi(): Kpi | undefined {
    return this.view?.kpi;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched beside the data, so neither waits for the other; a failed load is retried when data arrives.
    readingPart.prefetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sourceController.clock.clearTimeout(this.staleTimer);
  }

  /**
   * Hydrating markup a server rendered (Lit SSR, see `kpi-kit/ssr.js`): the first update must render what the
   * server did, so it waits for the reading code rather than render the skeleton over it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.serverRendered && !isServer && !this.hasUpdated && !readingPart.current) {
      return readingPart
        .load()
        .catch(() => undefined)
        .then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mapping = ['kpiPointer', 'valuePointer', 'seriesPointer', 'timeKey', 'valueKey', 'label', 'format', 'transform', 'expression'];
    const changedKeys = changed as Map<PropertyKey, unknown>;
    if (this.hasUpdated && mapping.some((key) => changedKeys.has(key))) this.sourceController.reinterpret();
    const loaded = this.sourceController.value;
    if (!loaded) {
      this.view = undefined;
      this.viewError = undefined;
      return;
    }
    // Data is here, so its reading code is (it read the data).
    const reading = readingPart.current;
    if (!reading) return;
    const kpi = this.kpiToShow(loaded.kpi);
    const sameWords = this.viewWords === this.wordsVersion && this.view?.format.locale === reading.resolveLocale(this.words);
    if (this.view?.kpi === kpi && sameWords && !changed.has('now') && !changed.has('paceWindow') && !this.staleDue) return;
    this.staleDue = false;
    this.viewWords = this.wordsVersion;
    try {
      this.view = reading.buildKpiView(kpi, {
        locale: this.words,
        now: this.judgedAt,
        paceWindow: reading.nominalDurationMs(this.paceWindow),
        ...(this.sourceController.receivedAt !== undefined && { receivedAt: this.sourceController.receivedAt }),
      });
      this.viewError = undefined;
      this.scheduleStaleCheck(this.view.freshness);
    } catch (cause) {
      // Nothing escapes the element: a defect in view building becomes a visible error.
      this.view = undefined;
      this.viewError = { kind: 'invalid', message: formatMessage(this.words, 'card.viewError', { cause: describeCause(cause) }) };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    this.updateStates(
      this.viewError !== undefined,
      view && { level: view.status.level, stale: view.freshness.stale, guardrailBreached: view.status.breachedGuardrails.length > 0 },
    );
    if (view && view.status.level !== this.lastLevel) {
      const from = this.lastLevel;
      this.lastLevel = view.status.level;
      // Status changes the page caused by setting `.data` are not news to the page.
      if (this.sourceController.origin !== 'data') emit(this, 'kpi-status-change', { id: view.kpi.id, from, to: view.status.level });
    }
  }

  /**
   * Points a stream appended to this KPI's series (records at its series pointer, see `stream`):
   * taken as they are when the element can append them (`appendLive`), else the JSON is read again.
   */
  protected override takeAppends(json: unknown, appends: readonly ArrayAppend[]): boolean {
    const loaded = this.sourceController.value?.kpi;
    const appended = loaded && readingPart.current?.appendedPoints(this, loaded, json, appends);
    return appended ? this.appendLive(appended.points, appended.dropped) : false;
  }

  /** Appends a stream's points to the series shown, dropping the oldest `dropped`; false (the default) to have the JSON read again. */
  protected appendLive(_points: readonly { t: number | string; v: number | null }[], _dropped: number): boolean {
    return false;
  }

  /** The KPI to show for what the source delivered; an element that appends live points returns its grown copy. */
  protected kpiToShow(loaded: Kpi): Kpi {
    return loaded;
  }

  private awaitingParse = false;

  /**
   * True when the element is connected and has nothing to load: no `src`, `source`, `data` or inline
   * JSON. Not before the page is parsed, since inline JSON inside the element may still be on its way.
   */
  protected get nothingToLoad(): boolean {
    if (isServer || !this.isConnected || this.sourceController.origin !== undefined) return false;
    if (document.readyState !== 'loading') return true;
    if (!this.awaitingParse) {
      this.awaitingParse = true;
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    }
    return false;
  }

  protected override documentLocale(): string | undefined {
    return this.sourceController.value?.kpi.locale;
  }

  /** The failure to show: a defect in the view, else the source's (kept beside the last good data). */
  protected get failure(): SourceFailure | undefined {
    return this.viewError ?? this.sourceController.failure;
  }

  private scheduleStaleCheck(freshness: Freshness): void {
    this.sourceController.clock.clearTimeout(this.staleTimer);
    // A pinned `now` never moves; stale data stays stale; without a limit nothing goes stale.
    if (this.now !== undefined || freshness.stale || freshness.ageMs === undefined || freshness.maxAgeMs === undefined) return;
    const dueIn = freshness.maxAgeMs - freshness.ageMs + 1;
    // setTimeout overflows past 2^31 − 1 ms (about 24.8 days); checking again then is harmless.
    this.staleTimer = this.sourceController.clock.setTimeout(
      () => {
        this.staleDue = true;
        this.requestUpdate();
      },
      Math.min(dueIn, 2 ** 31 - 1),
    );
  }

  protected override interpret(json: unknown): Interpretation<LoadedKpi> {
    const suspicious = (document: unknown, pathOf: (path: string) => string) => this.warnAboutTimes(document, pathOf);
    const reading = readingPart.current;
    return reading ? reading.interpretKpi(this, json, suspicious) : readingPart.load().then((loaded) => loaded.interpretKpi(this, json, suspicious));
  }

  /** The console warning last given about this element's times, so one is given once, not on every read. */
  private timesWarning?: string;

  /**
   * Warns the page's author of times that are valid but probably wrong: in 1970 (seconds sent as
   * milliseconds) or shared by two points. Only a warning: validation alone decides what is shown.
   */
  private warnAboutTimes(document: unknown, pathOf: (path: string) => string): void {
    void import('../core/suspicious-times-scan.js').then(({ suspiciousTimesWarning }) => {
      const message = suspiciousTimesWarning(document, pathOf);
      if (message === undefined || message === this.timesWarning) return;
      this.timesWarning = message;
      console.warn(`<${this.localName}${this.id ? ` id="${this.id}"` : ''}> ${message}`);
    });
  }
}
