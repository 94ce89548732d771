/**
 * The sentence that tells a KPI's story, used as the accessible name:
 * "7-day retention 41%, target 45% by Sep 30, 2026, behind pace, below target (warning)".
 */
import type { Delta } from './delta.js';
import type { Formatters } from './format.js';
import type { Freshness } from './freshness.js';
import type { Kpi } from './model.js';
import type { Pace } from './pace.js';
import { formatMessage, joinClauses } from '../i18n/index.js';
import '../i18n/view-words.js';
import { levelWord, type KpiStatusResult } from './status.js';

const PACE_KEYS = {
  'insufficient-history': 'pace.verdict.insufficientHistory',
  'on-track': 'pace.verdict.onTrack',
  'at-risk': 'pace.verdict.atRisk',
  'off-track': 'pace.verdict.offTrack',
  achieved: 'pace.verdict.achieved',
  missed: 'pace.verdict.missed',
} as const;

/** A pace verdict in words (`pace.verdict.*`), shared by the accessible name and the trend's summary; empty without a deadline. */
export function paceWord(locale: string | undefined, verdict: Pace['verdict']): string {
  return verdict === 'no-deadline' ? '' : formatMessage(locale, PACE_KEYS[verdict]);
}

export interface StoryParts {
  readonly kpi: Kpi;
  readonly status: KpiStatusResult;
  readonly format: Formatters;
  readonly now: number;
  readonly pace?: Pace;
  readonly delta?: Delta;
  readonly freshness?: Freshness;
}

/** The size of a change, unsigned: percentage points for a rate, else relative, else absolute. */
export function deltaSize(delta: Delta, format: Formatters): string {
  const magnitude = Math.abs(delta.absolute);
  return format.isRate
    ? format.points(magnitude, false)
    : delta.relative !== null
      ? format.percentChange(Math.abs(delta.relative)).replace(/^\+/, '')
      : format.delta(magnitude).replace(/^\+/, '');
}

/** Delta in words, in the formatters' locale: "up 3.1% vs last week, better". */
export function describeDelta(delta: Delta, format: Formatters): string {
  const locale = format.locale;
  const against = delta.label ?? formatMessage(locale, 'delta.against.default');
  if (delta.movement === 'flat') return formatMessage(locale, 'delta.describe.flat', { against });
  return formatMessage(locale, 'delta.describe', { movement: delta.movement, size: deltaSize(delta, format), against, judgement: delta.judgement });
}

/** The accessible story, in the formatters' locale. */
export function describeKpi({ kpi, status, format, now, pace, delta, freshness }: StoryParts): string {
  const locale = format.locale;
  const parts: string[] = [];
  const reading = status.reading;
  const label = kpi.label;
  parts.push(reading ? formatMessage(locale, 'story.value', { label, value: format.value(reading.value) }) : formatMessage(locale, 'story.noData', { label }));
  if (reading?.carriedForward && reading.at !== undefined) parts.push(formatMessage(locale, 'story.asOf', { date: format.date(reading.at) }));
  if (status.target !== undefined) {
    const target = format.value(status.target);
    parts.push(
      kpi.target?.by !== undefined
        ? formatMessage(locale, 'story.targetBy', { target, date: format.date(kpi.target.by) })
        : formatMessage(locale, 'story.target', { target }),
    );
  }
  if (pace) parts.push(paceWord(locale, pace.verdict));
  if (delta) parts.push(describeDelta(delta, format));
  const level = levelWord(locale, status.level);
  parts.push(status.word.includes(level) ? status.word : formatMessage(locale, 'status.wordWithLevel', { word: status.word, level }));
  if (freshness?.stale && freshness.asOf !== undefined) parts.push(formatMessage(locale, 'story.stale', { age: format.relativeAge(freshness.asOf, now) }));
  return joinClauses(locale, parts);
}
