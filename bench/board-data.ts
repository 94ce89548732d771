/**
 * The bench's board document: 10 goals × 6 KPIs, generated from seeded weekly
 * series (mulberry32), so every run draws the same board.
 *
 * Per goal: 2 outcomes, 3 leading indicators (each `leads` one outcome) and
 * 1 guardrail KPI, each with 104 weekly points (two years) ending Monday
 * 16 November 2026, and each complete (target with deadline, baseline, owner;
 * the guardrail a limit and an owner), so the hygiene notes stay few, as on a
 * board that is kept up. The outcomes follow two of the leading indicators
 * 1 to 4 weeks later, with noise (the estimates find those lags, |r| about
 * 0.6–0.8); the third is noise alone, so the board shows both found leads and
 * "no relationship" refusals (and their hygiene notes), as real boards do. Points are `{ t: "YYYY-MM-DD",
 * v }` records, as JSON.parse gives them from an API, so the element validates
 * and parses every one.
 */
import type { BoardDocument } from '../src/core/board-document.js';
import type { KpiDocument } from '../src/core/document.js';
import { mulberry32 } from '../stories/fixtures/seeded-random.js';

/** The board's shape: what the bench's row is named after. */
export const BOARD = { goals: 10, outcomes: 2, leading: 3, guardrails: 1, weeks: 104 } as const;

/** KPIs per goal (outcomes, leading indicators and guardrails): 6. */
export const KPIS_PER_GOAL = BOARD.outcomes + BOARD.leading + BOARD.guardrails;

/** Cards the board draws: outcomes and leading indicators (guardrails are chips). */
export const BOARD_CARDS = BOARD.goals * (BOARD.outcomes + BOARD.leading);

/** Connectors the board draws: one per `leads` entry. */
export const BOARD_PAIRS = BOARD.goals * BOARD.leading;

/** Monday 23 November 2026, 09:00 UTC: the weekly review, pinned as the element's `now` (the stories' REVIEW). */
export const BOARD_NOW = Date.UTC(2026, 10, 23, 9);

const WEEK_MS = 7 * 86_400_000;
/** Monday 16 November 2026: the last full week the series cover. */
const LAST_WEEK = Date.UTC(2026, 10, 16);
/** The longest lead built in, in weeks; the drivers are generated this much longer. */
const MAX_LAG = 4;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const FIRST_WEEK = isoDay(LAST_WEEK - (BOARD.weeks - 1) * WEEK_MS);

/** `BOARD.weeks` weekly points ending on LAST_WEEK, valued by `value(i)` (i = 0 is the oldest). */
function weekly(value: (i: number) => number): { t: string; v: number }[] {
  return Array.from({ length: BOARD.weeks }, (_, i) => ({
    t: isoDay(LAST_WEEK - (BOARD.weeks - 1 - i) * WEEK_MS),
    v: Math.round(value(i) * 10_000) / 10_000,
  }));
}

/** A seeded random walk of `steps` weekly changes of up to ±size/2, starting at 0. */
function walk(random: () => number, steps: number, size: number): number[] {
  let level = 0;
  return Array.from({ length: steps }, () => (level += (random() - 0.5) * size));
}

const at = (values: readonly number[], i: number): number => values[i] as number;

/** Goal `g`: its outcomes follow leading indicators 0 and 1 a few weeks later; leading indicator 2 is noise. */
function goal(g: number): BoardDocument['goals'][number] {
  const random = mulberry32(20_261_123 + g);
  const steps = BOARD.weeks + MAX_LAG;
  const drivers = [walk(random, steps, 0.02), walk(random, steps, 0.02), walk(random, steps, 0.02)];
  /** Weeks by which outcome o follows its driver (leading indicator o): 1…4, varying by goal. */
  const lags = [1 + (g % MAX_LAG), 1 + ((g + 2) % MAX_LAG)];
  const id = (kind: string, k: number) => `g${g + 1}-${kind}-${k + 1}`;
  const owner = (team: string) => `${team} · Owner ${g + 1}`;

  // Leading indicator k at week i reads its driver at week i + MAX_LAG; outcome o reads it `lag` weeks earlier.
  const leading = Array.from({ length: BOARD.leading }, (_, k) => {
    const base = 0.2 + 0.05 * k;
    const noise = mulberry32(7_000 + g * 10 + k);
    return {
      id: id('leading', k),
      label: `Goal ${g + 1} leading indicator ${k + 1}`,
      owner: owner('Product'),
      kind: 'leading' as const,
      cadence: 'weekly' as const,
      format: { style: 'percent' as const, maximumFractionDigits: 1 },
      series: weekly((i) => (k === 2 ? base + (noise() - 0.5) * 0.04 : base + at(drivers[k] as number[], i + MAX_LAG))),
      baseline: { value: base, at: FIRST_WEEK },
      target: { value: base * 1.15, by: '2027-06-30' },
      // Leading indicators 0 and 2 lead outcome 1, leading indicator 1 leads outcome 2.
      leads: [id('outcome', k === 1 ? 1 : 0)],
    };
  });

  const outcomes: KpiDocument[] = Array.from({ length: BOARD.outcomes }, (_, o) => {
    const driver = drivers[o] as number[];
    const lag = lags[o] as number;
    const sign = o === 0 ? 1 : -1;
    const noise = mulberry32(9_000 + g * 10 + o);
    const base = 100_000 * (g + 1);
    return {
      id: id('outcome', o),
      label: `Goal ${g + 1} outcome ${o + 1}`,
      owner: owner('Finance'),
      kind: 'lagging',
      cadence: 'weekly',
      format: { style: 'decimal', maximumFractionDigits: 0 },
      series: weekly((i) => base * (1 + 4 * sign * at(driver, i + MAX_LAG - lag)) + (noise() - 0.5) * base * 0.06),
      baseline: { value: base, at: FIRST_WEEK },
      target: { value: base * 1.1, by: '2027-06-30' },
    };
  });

  const limit = 0.1;
  const guardrail: KpiDocument = {
    id: id('guardrail', 0),
    label: `Goal ${g + 1} guardrail`,
    owner: owner('Support'),
    direction: 'decrease',
    cadence: 'weekly',
    format: { style: 'percent', maximumFractionDigits: 1 },
    series: weekly((i) => 0.08 + 0.01 * Math.sin(i / 8 + g)),
    bands: [
      { to: limit, status: 'good', label: 'within limit' },
      { from: limit, status: 'critical', label: 'over limit' },
    ],
    target: { value: limit },
  };

  return {
    id: `goal-${g + 1}`,
    label: `Goal ${g + 1}`,
    owner: owner('VP'),
    outcomes,
    leading,
    guardrails: [guardrail],
  };
}

/** A fresh copy of the bench board (plain objects, as JSON.parse gives them). */
export function benchBoard(): BoardDocument {
  return {
    id: 'bench-board',
    label: `Bench board · ${BOARD.goals} goals × ${KPIS_PER_GOAL} KPIs`,
    goals: Array.from({ length: BOARD.goals }, (_, g) => goal(g)),
  };
}
