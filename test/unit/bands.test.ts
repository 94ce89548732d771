import { describe, expect, it } from 'vitest';
import { bandFor, resolveBands } from '../../src/core/bands.js';
import { kpi } from './kpi-builder.js';

const simplify = (bands: ReturnType<typeof resolveBands>['bands']) => bands.map((b) => [b.from, b.to, b.status, b.label]);

describe('resolveBands', () => {
  it('takes the document’s own bands first, opening the outer ends', () => {
    const k = kpi({
      value: 1,
      target: { value: 0.45 },
      bands: [
        { to: 0.4, status: 'critical', label: 'poor' },
        { from: 0.4, to: 0.45, status: 'warning', label: 'satisfactory' },
        { from: 0.45, status: 'good' },
      ],
      thresholds: { tolerance: { low: 0.3 } },
    });
    const resolved = resolveBands(k, 0.45);
    expect(resolved.source).toBe('bands');
    expect(simplify(resolved.bands)).toEqual([
      [-Infinity, 0.4, 'critical', 'poor'],
      [0.4, 0.45, 'warning', 'satisfactory'],
      [0.45, Infinity, 'good', 'good'],
    ]);
  });

  it.each([
    [
      'increase, deviation and tolerance',
      'increase',
      { deviation: { low: 30 }, tolerance: { low: 40 } },
      [
        [-Infinity, 30, 'critical', 'off target'],
        [30, 40, 'warning', 'deviating'],
        [40, Infinity, 'good', 'on target'],
      ],
    ],
    [
      'increase with an acceptance range above tolerance',
      'increase',
      { deviation: { low: 30 }, tolerance: { low: 40 }, acceptance: { low: 45 } },
      [
        [-Infinity, 30, 'critical', 'off target'],
        [30, 40, 'warning', 'deviating'],
        [40, 45, 'good', 'within tolerance'],
        [45, Infinity, 'good', 'on target'],
      ],
    ],
    [
      'decrease mirrors the high side',
      'decrease',
      { tolerance: { high: 24 }, deviation: { high: 48 } },
      [
        [-Infinity, 24, 'good', 'on target'],
        [24, 48, 'warning', 'deviating'],
        [48, Infinity, 'critical', 'off target'],
      ],
    ],
    [
      'target joins both sides into one on-target band',
      'target',
      { tolerance: { low: 0.65, high: 0.75 }, deviation: { low: 0.5, high: 0.9 } },
      [
        [-Infinity, 0.5, 'critical', 'off target'],
        [0.5, 0.65, 'warning', 'deviating'],
        [0.65, 0.75, 'good', 'on target'],
        [0.75, 0.9, 'warning', 'deviating'],
        [0.9, Infinity, 'critical', 'off target'],
      ],
    ],
    [
      'only a tolerance edge gives two bands',
      'increase',
      { tolerance: { low: 10 } },
      [
        [-Infinity, 10, 'warning', 'deviating'],
        [10, Infinity, 'good', 'on target'],
      ],
    ],
  ] as const)('builds SAP-style bands from thresholds: %s', (_name, direction, thresholds, expected) => {
    const k = kpi({ value: 1, direction, target: { value: 1 }, thresholds });
    const resolved = resolveBands(k, 1);
    expect(resolved.source).toBe('thresholds');
    expect(simplify(resolved.bands)).toEqual(expected);
  });

  it.each([
    [
      'increase with a baseline below target',
      'increase',
      0.38,
      [
        [-Infinity, 0.38, 'critical'],
        [0.38, 0.45, 'warning'],
        [0.45, Infinity, 'good'],
      ],
    ],
    [
      'increase without a baseline',
      'increase',
      undefined,
      [
        [-Infinity, 0.45, 'warning'],
        [0.45, Infinity, 'good'],
      ],
    ],
    [
      'decrease with a baseline above target',
      'decrease',
      0.6,
      [
        [-Infinity, 0.45, 'good'],
        [0.45, 0.6, 'warning'],
        [0.6, Infinity, 'critical'],
      ],
    ],
  ] as const)('derives bands from the target: %s', (_name, direction, baseline, expected) => {
    const k = kpi({
      value: 1,
      direction,
      target: { value: 0.45 },
      ...(baseline !== undefined && { baseline: { value: baseline } }),
    });
    const resolved = resolveBands(k, 0.45);
    expect(resolved.source).toBe('target');
    expect(resolved.bands.map((b) => [b.from, b.to, b.status])).toEqual(expected);
  });

  it('gives a two-sided target ±5 % good and ±10 % warning by default', () => {
    const k = kpi({ value: 1, direction: 'target', target: { value: 200 } });
    expect(resolveBands(k, 200).bands.map((b) => [b.from, b.to, b.status])).toEqual([
      [-Infinity, 180, 'critical'],
      [180, 190, 'warning'],
      [190, 210, 'good'],
      [210, 220, 'warning'],
      [220, Infinity, 'critical'],
    ]);
  });

  it('has no bands without a target, bands or thresholds', () => {
    expect(resolveBands(kpi({ value: 1 }), undefined)).toEqual({ source: 'none', bands: [] });
  });
});

describe('bandFor', () => {
  const bands = resolveBands(kpi({ value: 1, target: { value: 45 }, baseline: { value: 38 } }), 45).bands;
  it.each([
    [37.99, 'critical'],
    [38, 'warning'],
    [44.99, 'warning'],
    [45, 'good'],
    [1e9, 'good'],
    [-1e9, 'critical'],
  ])('puts %d in the %s band, bands being [from, to)', (value, status) => {
    expect(bandFor(bands, value)?.status).toBe(status);
  });

  it('finds no band for NaN', () => {
    expect(bandFor(bands, NaN)).toBeUndefined();
  });
});

describe('bandFor on an edge of derived bands: the better band, as SAP ranges include their edges', () => {
  const derived = (doc: Parameters<typeof kpi>[0], target: number) => {
    const { bands, source } = resolveBands(kpi(doc), target);
    return (value: number) => [bandFor(bands, value, source)?.status, bandFor(bands, value, source)?.label];
  };
  // Lower is better: 24 h target, 40 h baseline. Mirrors "increase", where the target is met and the baseline is a warning.
  const timeToValue = derived({ value: 1, direction: 'decrease', target: { value: 24 }, baseline: { value: 40 } }, 24);
  const ticketsNoBaseline = derived({ value: 1, direction: 'decrease', target: { value: 24 } }, 24);
  // Two-sided: 200 ± 5 % good (190–210), ± 10 % warning (180–220).
  const onTarget = derived({ value: 1, direction: 'target', target: { value: 200 } }, 200);
  // SAP Minimize: acceptance up to 20 good, tolerance up to 30 good, deviation up to 40 warning, beyond critical.
  const minimize = derived({ value: 1, direction: 'decrease', thresholds: { acceptance: { high: 20 }, tolerance: { high: 30 }, deviation: { high: 40 } } }, 20);
  it.each([
    ['decrease, at the target', timeToValue, 24, ['good', 'target met']],
    ['decrease, just above the target', timeToValue, 24.01, ['warning', 'above target']],
    ['decrease, at the baseline', timeToValue, 40, ['warning', 'above target']],
    ['decrease, just above the baseline', timeToValue, 40.01, ['critical', 'above baseline']],
    ['decrease without a baseline, at the target', ticketsNoBaseline, 24, ['good', 'target met']],
    ['target, at the lower tolerance edge', onTarget, 190, ['good', 'on target']],
    ['target, at the upper tolerance edge', onTarget, 210, ['good', 'on target']],
    ['target, at the upper deviation edge', onTarget, 220, ['warning', 'above target']],
    ['target, at the lower deviation edge', onTarget, 180, ['warning', 'below target']],
    ['thresholds, decrease, at the deviation edge', minimize, 40, ['warning', 'deviating']],
    ['thresholds, decrease, just past it', minimize, 40.01, ['critical', 'off target']],
  ] as const)('%s: %d is %j', (_case, statusAt, value, expected) => {
    expect(statusAt(value)).toEqual(expected);
  });

  it('leaves the document’s own bands [from, to), as documented', () => {
    const own = kpi({
      value: 1,
      direction: 'decrease',
      bands: [
        { to: 20, status: 'good' },
        { from: 20, status: 'warning' },
      ],
    });
    const { bands, source } = resolveBands(own, undefined);
    expect(bandFor(bands, 20, source)?.status).toBe('warning');
  });
});
