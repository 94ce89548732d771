/**
 * Status: value → band → status, aware of direction and target, with the
 * guardrail override. Every result carries the sentence that explains it,
 * so "why is this red?" always has an answer.
 */
import { bandFor, closedEnds, resolveBands, type Band, type BandSource } from './bands.js';
import type { KpiStatus } from './document.js';
import type { Guardrail, Kpi } from './model.js';
import { currentReading, latestOf, targetAt, type Reading } from './reading.js';

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
  readonly formatValue?: ValueFormatter;
  /** Formats a guardrail's values in its own format and unit. */
  readonly formatGuardrail?: (guardrail: Guardrail, value: number) => string;
}

/** The plain word for each level, shown beside the icon. */
export const LEVEL_WORDS: Readonly<Record<KpiStatus, string>> = {
  good: 'good',
  warning: 'warning',
  critical: 'critical',
  neutral: 'no status',
};

const SEVERITY: Readonly<Record<KpiStatus, number>> = { neutral: 0, good: 1, warning: 2, critical: 3 };

export function evaluateStatus(kpi: Kpi, options: StatusOptions = {}): KpiStatusResult {
  const format = options.formatValue ?? String;
  const reading = currentReading(kpi);
  const target = targetAt(kpi, reading?.at);
  const { bands, source } = resolveBands(kpi, target);
  const guardrails = kpi.guardrails.map((g) => evaluateGuardrail(g, options.formatGuardrail ?? ((_, v) => String(v))));
  const breached = guardrails.filter((g) => g.breached);
  const band = reading ? bandFor(bands, reading.value, source) : undefined;
  const primaryLevel: KpiStatus = band?.status ?? 'neutral';

  let primaryWord: string;
  let explanation: string;
  if (!reading) {
    primaryWord = 'no data';
    explanation = 'There is no value yet, so there is no status.';
  } else if (!band) {
    primaryWord = bands.length === 0 ? 'no target' : LEVEL_WORDS.neutral;
    explanation =
      bands.length === 0
        ? `No target or bands are set, so there is nothing to judge ${format(reading.value)} against.`
        : `${format(reading.value)} falls outside every band.`;
  } else {
    primaryWord = band.label;
    explanation = `${format(reading.value)} is in the “${band.label}” band (${describeRange(band, closedEnds(bands, band, source), format)}), ${SOURCE_WORDS[source]}.`;
  }
  if (reading?.carriedForward && reading.at !== undefined) {
    explanation += ' The latest period has no value, so the last known value is shown.';
  }

  let level = primaryLevel;
  let word = primaryWord;
  if (breached.length > 0) {
    // A breached guardrail is news even when the KPI itself is green.
    level = SEVERITY[primaryLevel] >= SEVERITY.warning ? primaryLevel : 'warning';
    word = `${primaryWord} — ${breached.length === 1 ? 'guardrail' : `${breached.length} guardrails`} breached`;
    explanation += ` ${breached.map((g) => g.explanation).join(' ')}`;
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

const SOURCE_WORDS: Readonly<Record<BandSource, string>> = {
  bands: 'as the KPI’s bands define',
  thresholds: 'as the KPI’s thresholds define',
  target: 'judged against the target',
  none: 'with no target',
};

function describeRange(band: Band, closed: { readonly from: boolean; readonly to: boolean }, format: ValueFormatter): string {
  if (band.from === -Infinity && band.to === Infinity) return 'any value';
  if (band.from === -Infinity) return closed.to ? `${format(band.to)} or less` : `below ${format(band.to)}`;
  if (band.to === Infinity) return closed.from ? `${format(band.from)} or more` : `above ${format(band.from)}`;
  return `${format(band.from)} to ${format(band.to)}`;
}

export function evaluateGuardrail(guardrail: Guardrail, format: (g: Guardrail, value: number) => string): GuardrailStatus {
  const reading: Reading | undefined = guardrail.value !== null ? { value: guardrail.value, carriedForward: false } : latestOf(guardrail.series);
  const base = { id: guardrail.id, label: guardrail.label, limit: guardrail.limit, direction: guardrail.direction };
  if (!reading) {
    return { ...base, breached: false, level: 'neutral', explanation: `Guardrail “${guardrail.label}” has no value yet.` };
  }
  const isFloor = guardrail.direction === 'increase';
  const breached = isFloor ? reading.value < guardrail.limit : reading.value > guardrail.limit;
  const limitWord = isFloor ? 'floor' : 'ceiling';
  const value = format(guardrail, reading.value);
  const limit = format(guardrail, guardrail.limit);
  const explanation = breached
    ? `Guardrail “${guardrail.label}” is breached: ${value} is ${isFloor ? 'below' : 'above'} its ${limitWord} of ${limit}.`
    : `Guardrail “${guardrail.label}” holds: ${value} is within its ${limitWord} of ${limit}.`;
  return { ...base, reading, breached, level: breached ? 'critical' : 'good', explanation };
}
