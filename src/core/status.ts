/**
 * Status: value → band → status, aware of direction and target, with the
 * guardrail override. Every result carries the sentence that explains it,
 * so "why is this red?" always has an answer.
 */
import { bandFor, closedEnds, resolveBands, type Band, type BandSource } from './bands.js';
import type { KpiStatus } from './document.js';
import type { Guardrail, Kpi } from './model.js';
import { currentReading, latestOf, targetAt, type Reading } from './reading.js';
import { formatMessage, joinSentences } from '../i18n/index.js';
import '../i18n/view-words.js';

export interface GuardrailStatus {
  readonly id: string;
  readonly label: string;
  readonly reading?: Reading;
  readonly limit: number;
  readonly direction: 'increase' | 'decrease';
  readonly breached: boolean;
  /** critical when breached, good when within its limit, neutral without data. */
  readonly level: KpiStatus;
  readonly explanation: string;
}

export interface KpiStatusResult {
  /** The status to show, after the guardrail override. */
  readonly level: KpiStatus;
  /** The status of the KPI's own value, before guardrails. */
  readonly primaryLevel: KpiStatus;
  /** The status in words, e.g. "on target — guardrail breached". Never empty: status is never colour alone. */
  readonly word: string;
  readonly explanation: string;
  readonly reading?: Reading;
  readonly target?: number;
  readonly band?: Band;
  readonly bands: readonly Band[];
  readonly bandSource: BandSource;
  readonly guardrails: readonly GuardrailStatus[];
  readonly breachedGuardrails: readonly GuardrailStatus[];
}

export type ValueFormatter = (value: number) => string;

export interface StatusOptions {
  /** The locale of the words (status, explanation, derived band labels); English when undefined. */
  readonly locale?: string | undefined;
  readonly formatValue?: ValueFormatter;
  /** Formats a guardrail's values in its own format and unit. */
  readonly formatGuardrail?: (guardrail: Guardrail, value: number) => string;
}

/** The plain word for each level in `locale`, shown beside the icon. */
export function levelWord(locale: string | undefined, level: KpiStatus): string {
  return formatMessage(locale, `status.level.${level}`);
}

/** A guardrail's verdict in `locale`'s words, beside its value: breached, holds, or no data when it has no value. */
export function guardrailWord(locale: string | undefined, breached: boolean, level: KpiStatus | undefined): string {
  return formatMessage(locale, breached ? 'guardrail.breached' : level === 'neutral' ? 'status.noData' : 'guardrail.holds');
}

/** A guardrail's limit in `locale`'s words, its value already formatted: "ceiling 450 tickets a week", "floor 12". */
export function guardrailLimit(locale: string | undefined, direction: Guardrail['direction'], limit: string): string {
  return formatMessage(locale, 'guardrail.limit', { kind: direction === 'increase' ? 'floor' : 'ceiling', limit });
}

const SEVERITY: Readonly<Record<KpiStatus, number>> = { neutral: 0, good: 1, warning: 2, critical: 3 };

export function evaluateStatus(kpi: Kpi, options: StatusOptions = {}): KpiStatusResult {
  const { locale } = options;
  const format = options.formatValue ?? String;
  const reading = currentReading(kpi);
  const target = targetAt(kpi, reading?.at);
  const { bands, source } = resolveBands(kpi, target, locale);
  const guardrails = kpi.guardrails.map((g) => evaluateGuardrail(g, options.formatGuardrail ?? ((_, v) => String(v)), locale));
  const breached = guardrails.filter((g) => g.breached);
  const band = reading ? bandFor(bands, reading.value, source) : undefined;
  const primaryLevel: KpiStatus = band?.status ?? 'neutral';

  let primaryWord: string;
  let explanation: string;
  if (!reading) {
    primaryWord = formatMessage(locale, 'status.noData');
    explanation = formatMessage(locale, 'status.explain.noValue');
  } else if (!band) {
    primaryWord = bands.length === 0 ? formatMessage(locale, 'status.noTarget') : levelWord(locale, 'neutral');
    explanation =
      bands.length === 0
        ? formatMessage(locale, 'status.explain.nothingToJudge', { value: format(reading.value) })
        : formatMessage(locale, 'status.explain.outsideBands', { value: format(reading.value) });
  } else {
    primaryWord = band.label;
    explanation = formatMessage(locale, 'status.explain.inBand', {
      value: format(reading.value),
      band: band.label,
      range: describeRange(band, closedEnds(bands, band, source), format, locale),
      source,
    });
  }
  if (reading?.carriedForward && reading.at !== undefined) {
    explanation = joinSentences(locale, [explanation, formatMessage(locale, 'status.explain.carriedForward')]);
  }

  let level = primaryLevel;
  let word = primaryWord;
  if (breached.length > 0) {
    // A breached guardrail is news even when the KPI itself is green.
    level = SEVERITY[primaryLevel] >= SEVERITY.warning ? primaryLevel : 'warning';
    word = formatMessage(locale, 'status.withBreaches', { word: primaryWord, count: breached.length });
    explanation = joinSentences(locale, [explanation, ...breached.map((g) => g.explanation)]);
  }
  return {
    level,
    primaryLevel,
    word,
    explanation,
    ...(reading && { reading }),
    ...(target !== undefined && { target }),
    ...(band && { band }),
    bands,
    bandSource: source,
    guardrails,
    breachedGuardrails: breached,
  };
}

function describeRange(band: Band, closed: { readonly from: boolean; readonly to: boolean }, format: ValueFormatter, locale: string | undefined): string {
  if (band.from === -Infinity && band.to === Infinity) return formatMessage(locale, 'status.range.any');
  if (band.from === -Infinity) return formatMessage(locale, closed.to ? 'status.range.atMost' : 'status.range.below', { to: format(band.to) });
  if (band.to === Infinity) return formatMessage(locale, closed.from ? 'status.range.atLeast' : 'status.range.above', { from: format(band.from) });
  return formatMessage(locale, 'status.range.between', { from: format(band.from), to: format(band.to) });
}

export function evaluateGuardrail(guardrail: Guardrail, format: (g: Guardrail, value: number) => string, locale?: string): GuardrailStatus {
  const reading: Reading | undefined = guardrail.value !== null ? { value: guardrail.value, carriedForward: false } : latestOf(guardrail.series);
  const base = { id: guardrail.id, label: guardrail.label, limit: guardrail.limit, direction: guardrail.direction };
  if (!reading) {
    return { ...base, breached: false, level: 'neutral', explanation: formatMessage(locale, 'guardrail.explain.noValue', { label: guardrail.label }) };
  }
  const isFloor = guardrail.direction === 'increase';
  const breached = isFloor ? reading.value < guardrail.limit : reading.value > guardrail.limit;
  const values = {
    label: guardrail.label,
    value: format(guardrail, reading.value),
    limit: format(guardrail, guardrail.limit),
    kind: isFloor ? 'floor' : 'ceiling',
  };
  const explanation = formatMessage(locale, breached ? 'guardrail.explain.breached' : 'guardrail.explain.holds', values);
  return { ...base, reading, breached, level: breached ? 'critical' : 'good', explanation };
}
