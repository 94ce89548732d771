import { describe, expect, it } from 'vitest';
import { evaluateStatus } from '../../src/core/status.js';
import { kpi } from './kpi-builder.js';

const retention = { target: { value: 45 }, baseline: { value: 38 } } as const;

describe('evaluateStatus', () => {
  it.each([
    ['increase', 46, 'good', 'target met'],
    ['increase', 45, 'good', 'target met'],
    ['increase', 41, 'warning', 'below target'],
    ['increase', 37, 'critical', 'below baseline'],
  ] as const)('rates a %s KPI at %d as %s (%s)', (direction, value, level, word) => {
    const status = evaluateStatus(kpi({ direction, value, ...retention }));
    expect([status.level, status.word]).toEqual([level, word]);
  });

  it.each([
    [10, 'good', 'target met'],
    [30, 'warning', 'above target'],
    [60, 'critical', 'above baseline'],
  ] as const)('marks a decrease-is-better KPI at %d hours %s', (value, level, word) => {
    const status = evaluateStatus(kpi({ direction: 'decrease', value, target: { value: 24 }, baseline: { value: 48 } }));
    expect([status.level, status.word]).toEqual([level, word]);
  });

  it.each([
    [0.7, 'good'],
    [0.74, 'good'],
    [0.6, 'warning'],
    [0.95, 'critical'],
  ] as const)('marks a two-sided target KPI at %d %s', (value, level) => {
    const status = evaluateStatus(
      kpi({
        direction: 'target',
        value,
        target: { value: 0.7 },
        thresholds: { tolerance: { low: 0.65, high: 0.75 }, deviation: { low: 0.5, high: 0.9 } },
      }),
    );
    expect(status.level).toBe(level);
  });

  it('explains the rule that produced the status', () => {
    const status = evaluateStatus(kpi({ value: 41, ...retention }), { formatValue: (v) => `${v}%` });
    expect(status.explanation).toBe('41% is in the “below target” band (38% to 45%), judged against the target.');
  });

  it.each([
    [24, 'good', '24 h is in the “target met” band (24 h or less), judged against the target.'],
    [40, 'warning', '40 h is in the “above target” band (24 h to 40 h), judged against the target.'],
    [41, 'critical', '41 h is in the “above baseline” band (above 40 h), judged against the target.'],
  ] as const)('counts a lower-is-better KPI at %d h as %s, and says where the edges fall', (value, level, explanation) => {
    const status = evaluateStatus(kpi({ value, direction: 'decrease', target: { value: 24 }, baseline: { value: 40 } }), {
      formatValue: (v) => `${v} h`,
    });
    expect([status.level, status.explanation]).toEqual([level, explanation]);
  });

  it('uses the band’s own label as the status word', () => {
    const status = evaluateStatus(
      kpi({
        value: 0.42,
        bands: [
          { to: 0.4, status: 'critical', label: 'poor' },
          { from: 0.4, to: 0.45, status: 'warning', label: 'satisfactory' },
          { from: 0.45, status: 'good' },
        ],
      }),
    );
    expect([status.level, status.word, status.bandSource]).toEqual(['warning', 'satisfactory', 'bands']);
  });

  it('falls back to the last non-null value when the latest point is a gap, flagged as carried forward', () => {
    const status = evaluateStatus(
      kpi({
        series: [
          { t: '2026-11-01', v: 40 },
          { t: '2026-11-02', v: 42 },
          { t: '2026-11-03', v: null },
        ],
        ...retention,
      }),
    );
    expect(status.reading).toEqual({ value: 42, at: Date.UTC(2026, 10, 2), carriedForward: true });
    expect(status.explanation).toContain('last known value');
  });

  it('is neutral with "no target" when nothing to judge against', () => {
    const status = evaluateStatus(kpi({ value: 3 }));
    expect([status.level, status.word]).toEqual(['neutral', 'no target']);
  });

  it('is neutral with "no data" when the series is empty', () => {
    const status = evaluateStatus(kpi({ series: [], ...retention }));
    expect([status.level, status.word, status.reading]).toEqual(['neutral', 'no data', undefined]);
  });

  it('lets a breached guardrail override a good primary status, with its own wording', () => {
    const status = evaluateStatus(
      kpi({
        value: 46,
        ...retention,
        guardrails: [{ label: 'Support tickets', value: 1340, direction: 'decrease', limit: 1200 }],
      }),
    );
    expect(status.primaryLevel).toBe('good');
    expect(status.level).toBe('warning');
    expect(status.word).toBe('target met — guardrail breached');
    expect(status.explanation).toContain('Guardrail “Support tickets” is breached: 1340 is above its ceiling of 1200.');
  });

  it('keeps a critical primary status critical when a guardrail is also breached', () => {
    const status = evaluateStatus(
      kpi({
        value: 30,
        ...retention,
        guardrails: [
          { label: 'A', value: 5, direction: 'increase', limit: 10 },
          { label: 'B', value: 50, direction: 'decrease', limit: 10 },
        ],
      }),
    );
    expect([status.level, status.word]).toEqual(['critical', 'below baseline — 2 guardrails breached']);
  });

  it.each([
    ['a ceiling', 'decrease', 1200, 1200, false],
    ['a ceiling', 'decrease', 1201, 1200, true],
    ['a floor', 'increase', 0.9, 0.95, true],
    ['a floor', 'increase', 0.95, 0.95, false],
  ] as const)('judges a guardrail against %s: %d vs limit %d breached=%s', (_name, direction, value, limit, breached) => {
    const status = evaluateStatus(kpi({ value: 1, guardrails: [{ label: 'G', value, direction, limit }] }));
    expect(status.guardrails[0]?.breached).toBe(breached);
    expect(status.guardrails[0]?.level).toBe(breached ? 'critical' : 'good');
  });

  it('reads a guardrail’s value from its series when it has no value', () => {
    const status = evaluateStatus(
      kpi({
        value: 1,
        guardrails: [{ label: 'G', series: { t: [1, 2, 3], v: [5, 20, null] }, direction: 'decrease', limit: 10 }],
      }),
    );
    expect(status.guardrails[0]?.reading).toEqual({ value: 20, at: 2, carriedForward: true });
    expect(status.guardrails[0]?.breached).toBe(true);
  });

  it('uses the per-period target in force at the reading’s time', () => {
    const status = evaluateStatus(
      kpi({
        series: [{ t: '2026-10-15', v: 105 }],
        targets: [
          { t: '2026-09-01', v: 100 },
          { t: '2026-10-01', v: 110 },
          { t: '2026-11-01', v: 120 },
        ],
      }),
    );
    expect(status.target).toBe(110);
    expect(status.level).toBe('warning');
  });
});

describe('a guardrail with no data', () => {
  it('is neither breached nor holding: neutral, "no value yet", and the KPI keeps its own status', () => {
    const status = evaluateStatus(
      kpi({ value: 50, target: { value: 45 }, guardrails: [{ id: 'churn', label: 'Churn', direction: 'decrease', limit: 5, value: null }] }),
    );
    expect(status.level).toBe('good');
    expect(status.breachedGuardrails).toEqual([]);
    expect(status.guardrails[0]).toMatchObject({ level: 'neutral', breached: false, explanation: 'Guardrail “Churn” has no value yet.' });
  });
});
