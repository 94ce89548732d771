/**
 * The sentence that tells a KPI's story, used as the accessible name:
 * "7-day retention 41%, target 45% by Sep 30, 2026, behind pace, below target (warning)".
 */
import type { Delta } from './delta.js';
import type { Formatters } from './format.js';
import type { Freshness } from './freshness.js';
import type { Kpi } from './model.js';
import type { Pace } from './pace.js';
import { LEVEL_WORDS, type KpiStatusResult } from './status.js';

/** Pace verdicts in words, shared by the visible line and the accessible name. */
export const PACE_WORDS: Readonly<Record<Pace['verdict'], string>> = {
  'no-deadline': '',
  'insufficient-history': 'too early to project',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'behind pace',
  achieved: 'target achieved',
  missed: 'target missed',
};

export interface StoryParts {
  readonly kpi: Kpi;
  readonly status: KpiStatusResult;
  readonly format: Formatters;
  readonly now: number;
  readonly pace?: Pace;
  readonly delta?: Delta;
  readonly freshness?: Freshness;
}

/** Delta in words: "up 3.1% vs last week, better". */
export function describeDelta(delta: Delta, format: Formatters): string {
  const against = delta.label ?? 'vs previous';
  if (delta.movement === 'flat') return `flat ${against}`;
  const magnitude = Math.abs(delta.absolute);
  const size = format.isRate
    ? format.points(magnitude, false)
    : delta.relative !== null
      ? format.percentChange(Math.abs(delta.relative)).replace(/^\+/, '')
      : format.delta(magnitude).replace(/^\+/, '');
  const judgement = delta.judgement === 'neutral' ? '' : `, ${delta.judgement}`;
  return `${delta.movement} ${size} ${against}${judgement}`;
}

export function describeKpi({ kpi, status, format, now, pace, delta, freshness }: StoryParts): string {
  const parts: string[] = [];
  const reading = status.reading;
  parts.push(reading ? `${kpi.label} ${format.value(reading.value)}` : `${kpi.label}, no data`);
  if (reading?.carriedForward && reading.at !== undefined) parts.push(`as of ${format.date(reading.at)}`);
  if (status.target !== undefined) {
    const by = kpi.target?.by !== undefined ? ` by ${format.date(kpi.target.by)}` : '';
    parts.push(`target ${format.value(status.target)}${by}`);
  }
  if (pace && PACE_WORDS[pace.verdict]) parts.push(PACE_WORDS[pace.verdict]);
  if (delta) parts.push(describeDelta(delta, format));
  const levelWord = LEVEL_WORDS[status.level];
  parts.push(status.word.includes(levelWord) ? status.word : `${status.word} (${levelWord})`);
  if (freshness?.stale && freshness.asOf !== undefined) parts.push(`stale, data from ${format.relativeAge(freshness.asOf, now)}`);
  return parts.join(', ');
}
