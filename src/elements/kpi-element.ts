/**
 * What every element showing one KPI shares: how arbitrary JSON maps onto a KPI
 * document (pointers, keys, format, label), the view derived from the KPI
 * (status, pace, delta, freshness, story), and its status as custom states.
 * Where the data comes from is `SourcedElement`'s.
 */
import { isServer, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Freshness } from '../core/freshness.js';
import { buildKpiView, type KpiView } from '../core/kpi-view.js';
import { DEFAULT_TIME_KEY, DEFAULT_VALUE_KEY, mapToDocument } from '../core/mapping.js';
import type { KpiStatus } from '../core/document.js';
import { isPointValue, isTimestamp } from '../core/point-rules.js';
import { quickValidateKpiDocument } from '../core/quick-validate.js';
import type { ArrayAppend } from '../core/json-patch.js';
import { isRecord, resolvePointer } from '../core/pointer.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Kpi } from '../core/model.js';
import { mayHaveSuspiciousTimes } from '../core/series.js';
import { currentReading } from '../core/reading.js';
import { nominalDurationMs } from '../core/time.js';
import { csvTableOf } from '../data/csv-table.js';
import type { Interpretation, Interpreted } from '../data/source-types.js';
import { invalidData, type SourceFailure } from '../data/source-failure.js';
import { emit } from '../events/emit.js';
import { resolveLocale } from '../core/format.js';
import { formatMessage, messageWords } from '../i18n/index.js';
import { englishText, withWords, type Words } from '../i18n/words.js';
import '../events/kpi-status-change.js';
import { DisplayElement } from './display-element.js';
import { describeCause } from './sourced-element.js';

type FullValidator = typeof import('../core/validate.js').validateKpiDocument;
let validatorModule: Promise<typeof import('../core/validate.js')> | undefined;
/** The full validator once loaded (or provided): later failures are explained in the same update. */
let fullValidator: FullValidator | undefined;
/** JSONata, for `expression`: loaded the first time an element has one. */
let expressionModule: Promise<typeof import('../data/expression.js')> | undefined;

/**
 * Makes the full validator available up front, for a renderer that cannot wait for code loaded on
 * demand: `kpi-kit/ssr.js` calls it, so an invalid document renders its error panel on the server too.
 */
export function provideFullValidator(validate: FullValidator): void {
  fullValidator = validate;
}

/** Valid but nothing to show yet: no value and no non-gap point. */
const loadedKpi = (kpi: Kpi): Interpreted<LoadedKpi> => ({ ok: true, value: { kpi }, empty: currentReading(kpi) === undefined });

/** The validated KPI plus the mapping that produced it. */
export interface LoadedKpi {
  readonly kpi: Kpi;
}

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sourceController.clock.clearTimeout(this.staleTimer);
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
    const kpi = this.kpiToShow(loaded.kpi);
    const sameWords = this.viewWords === this.wordsVersion && this.view?.format.locale === resolveLocale(this.words);
    if (this.view?.kpi === kpi && sameWords && !changed.has('now') && !changed.has('paceWindow') && !this.staleDue) return;
    this.staleDue = false;
    this.viewWords = this.wordsVersion;
    try {
      this.view = buildKpiView(kpi, {
        locale: this.words,
        now: this.judgedAt,
        paceWindow: nominalDurationMs(this.paceWindow),
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
    const [append, ...others] = appends;
    const loaded = this.sourceController.value?.kpi;
    // A transform, several arrays changed, or a value the points do not make (read from elsewhere, or
    // explicit in the JSON with its date): only a full read knows what the new points mean.
    if (
      !append ||
      others.length > 0 ||
      this.transform ||
      this.expression ||
      this.valuePointer != null ||
      !loaded ||
      loaded.value !== null ||
      loaded.asOf !== undefined
    )
      return false;
    // "" is the whole JSON (RFC 6901), not "unset".
    const seriesPointer = this.seriesPointer ?? `${this.kpiPointer ?? ''}/series`;
    const found = append.pointer === seriesPointer ? resolvePointer(json, seriesPointer) : undefined;
    if (!found?.found || !Array.isArray(found.value)) return false;
    const items = found.value;
    const timeKey = this.timeKey || DEFAULT_TIME_KEY;
    const valueKey = this.valueKey || DEFAULT_VALUE_KEY;
    const points: { t: number | string; v: number | null }[] = [];
    for (const item of items.slice(items.length - Math.min(append.count, items.length))) {
      const t: unknown = isRecord(item) ? item[timeKey] : undefined;
      const v: unknown = isRecord(item) ? item[valueKey] : undefined;
      // A bad point is left to validation, which names its path.
      if (!isTimestamp(t) || !isPointValue(v)) return false;
      points.push({ t, v });
    }
    return this.appendLive(points, append.dropped);
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
    const expression = this.expression;
    if (!expression) return this.interpretReshaped(json, json);
    expressionModule ??= import('../data/expression.js');
    return expressionModule.then(async ({ evaluateExpression }) => {
      const result = await evaluateExpression(expression, json);
      return result.ok ? this.interpretReshaped(result.value, json) : { ok: false, failure: { kind: 'mapping', message: result.message, words: result.words } };
    });
  }

  /** Maps and validates `source`: the JSON `received`, or what `expression` made of it. */
  private interpretReshaped(source: unknown, received: unknown): Interpretation<LoadedKpi> {
    const reshapedBy = source !== received ? messageWords('source.subject.expression') : this.transform ? 'transform' : undefined;
    // A CSV is its rows: without pointers, they are the series.
    const table = reshapedBy ? undefined : csvTableOf(received);
    const pointed = this.kpiPointer != null || this.valuePointer != null || this.seriesPointer != null;
    const timeKey = this.timeKey || DEFAULT_TIME_KEY;
    const valueKey = this.valueKey || DEFAULT_VALUE_KEY;
    const absent = table && !pointed ? table.lacks({ 'time-key': timeKey, 'value-key': valueKey }) : undefined;
    if (absent) return { ok: false, failure: { kind: 'mapping', ...withWords(absent) } };
    const mapped = mapToDocument(source, {
      kpiPointer: this.kpiPointer,
      valuePointer: this.valuePointer,
      seriesPointer: table && !pointed ? '' : this.seriesPointer,
      timeKey,
      valueKey,
      label: this.label,
      format: this.format,
      fallbackId: this.id || undefined,
      transform: this.transform,
    });
    if (!mapped.ok) return { ok: false, failure: { kind: 'mapping', message: mapped.message, words: mapped.words } };
    // A CSV names its places by line and column, in words; JSON by the pointer.
    const placeOf = (path: string): Words | undefined => table?.place(mapped.sourcePath(path));
    const pathOf = (path: string): string => {
      const place = placeOf(path);
      return place ? englishText(place) : mapped.sourcePath(path);
    };
    const loaded = (kpi: Kpi): Interpreted<LoadedKpi> => {
      if (kpi.series && mayHaveSuspiciousTimes(kpi.series.t)) this.warnAboutTimes(mapped.document, pathOf);
      return loadedKpi(kpi);
    };
    // Valid documents pass a fast structural check; the validator and its diagnostics load only to explain a failure.
    const quick = quickValidateKpiDocument(mapped.document);
    if (quick) return loaded(quick.kpi);
    const explain = (validate: FullValidator): Interpreted<LoadedKpi> => {
      const result = validate(mapped.document);
      if (result.ok) return loaded(result.kpi);
      const diagnostics: Diagnostic[] = result.diagnostics.map((d) => {
        const place = placeOf(d.path);
        return place ? { ...d, path: englishText(place), place } : { ...d, path: mapped.sourcePath(d.path) };
      });
      const failure = invalidData('KPI', diagnostics);
      // After reshaping, a path names a place in the reshaped JSON, which the author may not recognise as theirs.
      if (!reshapedBy) return { ok: false, failure };
      return {
        ok: false,
        failure: { ...failure, ...withWords(messageWords('source.reshaped', { message: failure.words ?? failure.message, by: reshapedBy })) },
      };
    };
    if (fullValidator) return explain(fullValidator);
    validatorModule ??= import('../core/validate.js');
    return validatorModule.then(({ validateKpiDocument }) => explain((fullValidator = validateKpiDocument)));
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
