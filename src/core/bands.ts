/**
 * Target bands: the 2 to 5 qualitative ranges of a bullet graph. They come
 * from the document's `bands`, else its SAP-style `thresholds`, else a
 * default derived from the target and baseline. Every band is [from, to);
 * `bandFor` gives an edge shared by two derived bands to the better one.
 */
import type { KpiDirection, KpiStatus } from './document.js';
import type { Kpi } from './model.js';
import { formatMessage, type MessageKey } from '../i18n/index.js';
import '../i18n/view-words.js';

export interface Band {
  readonly from: number;
  readonly to: number;
  readonly status: KpiStatus;
  readonly label: string;
}

export type BandSource = 'bands' | 'thresholds' | 'target' | 'none';

export interface ResolvedBands {
  readonly bands: readonly Band[];
  /** Where the bands came from, so a status can explain itself. */
  readonly source: BandSource;
}

/** Used for the target direction when the document gives no thresholds: ±5 % good, ±10 % warning. */
export const DEFAULT_TARGET_TOLERANCE = 0.05;
export const DEFAULT_TARGET_DEVIATION = 0.1;

/** The kit's own band labels: the keys of their messages, `band.*`. */
type BandLabel = { [K in MessageKey]: K extends `band.${infer L}` ? L : never }[MessageKey];
interface KeyedBand {
  readonly from: number;
  readonly to: number;
  readonly status: KpiStatus;
  readonly label: BandLabel;
}
const band = (from: number, to: number, status: KpiStatus, label: BandLabel): KeyedBand => ({ from, to, status, label });

/** Bands from the document keep its labels as given; the kit's own labels are in `locale`'s words (English when undefined). */
export function resolveBands(kpi: Kpi, target: number | undefined, locale?: string): ResolvedBands {
  const worded = (bands: readonly KeyedBand[]): Band[] => bands.map((b) => ({ ...b, label: formatMessage(locale, `band.${b.label}`) }));
  if (kpi.bands) {
    return {
      source: 'bands',
      bands: kpi.bands.map((b) => ({
        from: b.from ?? -Infinity,
        to: b.to ?? Infinity,
        status: b.status,
        label: b.label ?? formatMessage(locale, `status.level.${b.status}`),
      })),
    };
  }
  if (kpi.thresholds) {
    const bands = worded(bandsFromThresholds(kpi.direction, kpi.thresholds));
    if (bands.length > 0) return { source: 'thresholds', bands };
  }
  if (target === undefined) return { source: 'none', bands: [] };
  return { source: 'target', bands: worded(bandsFromTarget(kpi.direction, target, kpi.baseline?.value)) };
}

type Range = { readonly low?: number; readonly high?: number } | undefined;
type Thresholds = { readonly acceptance?: Range; readonly tolerance?: Range; readonly deviation?: Range };

/** Tiers from worst to best; threshold edge k (deviation, tolerance, acceptance) separates tier k from k + 1. */
const TIERS: readonly [KpiStatus, BandLabel][] = [
  ['critical', 'offTarget'],
  ['warning', 'deviating'],
  ['good', 'withinTolerance'],
  ['good', 'onTarget'],
];

/** SAP criticality: inside acceptance or tolerance is good, inside deviation a warning, beyond critical. */
function bandsFromThresholds(direction: KpiDirection, thresholds: Thresholds): KeyedBand[] {
  const low = direction === 'decrease' ? [] : ascendingTiers(edgesOf(thresholds, 'low'));
  // The high side is the low side of the negated axis, mirrored back.
  const high =
    direction === 'increase'
      ? []
      : ascendingTiers(edgesOf(thresholds, 'high').map(([edge, k]) => [-edge, k] as [number, number]))
          .map((b) => band(-b.to, -b.from, b.status, b.label))
          .reverse();
  if (direction === 'increase') return low;
  if (direction === 'decrease') return high;
  if (low.length === 0 && high.length === 0) return [];
  // Target: the best tier of each side is open towards the target; join them into one "on target" band.
  const innerLow = low.pop();
  const innerHigh = high.shift();
  const onTarget = band(innerLow?.from ?? -Infinity, innerHigh?.to ?? Infinity, 'good', 'onTarget');
  return [...low, onTarget, ...high];
}

function edgesOf(thresholds: Thresholds, side: 'low' | 'high'): [number, number][] {
  const edges: [number, number][] = [];
  [thresholds.deviation, thresholds.tolerance, thresholds.acceptance].forEach((range, k) => {
    const edge = range?.[side];
    if (edge !== undefined) edges.push([edge, k]);
  });
  return edges;
}

/** Bands ascending along the axis, from edges given worst first (validation guarantees they ascend). */
function ascendingTiers(edges: readonly [number, number][]): KeyedBand[] {
  if (edges.length === 0) return [];
  const bands: KeyedBand[] = [];
  const [firstEdge, firstK] = edges[0] as [number, number];
  bands.push(band(-Infinity, firstEdge, ...(TIERS[firstK] as [KpiStatus, BandLabel])));
  edges.forEach(([edge, k], i) => {
    const next = edges[i + 1];
    const [status, label] = next === undefined ? (TIERS[3] as [KpiStatus, BandLabel]) : (TIERS[k + 1] as [KpiStatus, BandLabel]);
    bands.push(band(edge, next?.[0] ?? Infinity, status, label));
  });
  return bands;
}

function bandsFromTarget(direction: KpiDirection, target: number, baseline: number | undefined): KeyedBand[] {
  if (direction === 'increase') {
    return baseline !== undefined && baseline < target
      ? [band(-Infinity, baseline, 'critical', 'belowBaseline'), band(baseline, target, 'warning', 'belowTarget'), band(target, Infinity, 'good', 'targetMet')]
      : [band(-Infinity, target, 'warning', 'belowTarget'), band(target, Infinity, 'good', 'targetMet')];
  }
  if (direction === 'decrease') {
    return baseline !== undefined && baseline > target
      ? [band(-Infinity, target, 'good', 'targetMet'), band(target, baseline, 'warning', 'aboveTarget'), band(baseline, Infinity, 'critical', 'aboveBaseline')]
      : [band(-Infinity, target, 'good', 'targetMet'), band(target, Infinity, 'warning', 'aboveTarget')];
  }
  const tolerance = Math.abs(target) * DEFAULT_TARGET_TOLERANCE;
  const deviation = Math.abs(target) * DEFAULT_TARGET_DEVIATION;
  if (tolerance === 0) {
    return [band(-Infinity, target, 'warning', 'belowTarget'), band(target, target, 'good', 'onTarget'), band(target, Infinity, 'warning', 'aboveTarget')];
  }
  return [
    band(-Infinity, target - deviation, 'critical', 'farBelowTarget'),
    band(target - deviation, target - tolerance, 'warning', 'belowTarget'),
    band(target - tolerance, target + tolerance, 'good', 'onTarget'),
    band(target + tolerance, target + deviation, 'warning', 'aboveTarget'),
    band(target + deviation, Infinity, 'critical', 'farAboveTarget'),
  ];
}

/** Derived bands rank their statuses, so a value on an edge can meet the better one. */
const DERIVED_RANK: Readonly<Record<KpiStatus, number>> = { good: 0, neutral: 1, warning: 2, critical: 3 };

/**
 * The band holding `value`, or undefined. The document's own `bands` are
 * [from, to) as documented (the last closed above). Bands derived from a
 * target or thresholds follow SAP's ranges, which include their edges: a value
 * on the edge of two takes the better, so a "lower is better" KPI exactly at
 * its target has met it, as pace says too.
 */
export function bandFor(bands: readonly Band[], value: number, source: BandSource = 'bands'): Band | undefined {
  if (Number.isNaN(value)) return undefined;
  const index = bands.findIndex((b, i) => (value >= b.from && value < b.to) || (value === b.to && (i === bands.length - 1 || b.from === b.to)));
  const found = bands[index];
  if (!found || source === 'bands') return found;
  const below = bands[index - 1];
  return below !== undefined && below.to === value && isBetter(below, found) ? below : found;
}

/** Whether a band holds the values exactly on its edges, asked of `bandFor` itself, so it can be put in words. */
export function closedEnds(bands: readonly Band[], band: Band, source: BandSource): { readonly from: boolean; readonly to: boolean } {
  return { from: bandFor(bands, band.from, source) === band, to: bandFor(bands, band.to, source) === band };
}

const isBetter = (a: Band, b: Band): boolean => DERIVED_RANK[a.status] < DERIVED_RANK[b.status];
