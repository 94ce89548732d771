import { describe, expect, it } from 'vitest';
import { assessFreshness } from '../../src/core/freshness.js';
import { MS_PER_DAY, MS_PER_HOUR } from '../../src/core/time.js';
import { kpi } from './kpi-builder.js';

const NOV_23_NOON = Date.UTC(2026, 10, 23, 12);

describe('assessFreshness', () => {
  it.each([
    ['a daily point from yesterday still covers today', 'daily', '2026-11-22', false, 12 * MS_PER_HOUR],
    ['a daily point from two days ago is stale', 'daily', '2026-11-21', true, 36 * MS_PER_HOUR],
    ['a monthly point for October is fresh on 23 November (53.5 days − one 30.4375-day month)', 'monthly', '2026-10-01', false, 23.0625 * MS_PER_DAY],
  ] as const)('%s', (_name, cadence, t, stale, ageMs) => {
    const result = assessFreshness(kpi({ cadence, series: [{ t, v: 1 }] }), NOV_23_NOON);
    expect(result.stale).toBe(stale);
    expect(result.ageMs).toBeCloseTo(ageMs, 3);
  });

  it('measures from asOf when given, against maxAge', () => {
    const result = assessFreshness(kpi({ value: 1, asOf: '2026-11-20T12:00:00Z', maxAge: 'P2D' }), NOV_23_NOON);
    expect(result).toEqual({ stale: true, asOf: Date.UTC(2026, 10, 20, 12), maxAgeMs: 2 * MS_PER_DAY, ageMs: 3 * MS_PER_DAY });
  });

  it('is never stale when neither cadence nor maxAge says how old is too old', () => {
    const result = assessFreshness(kpi({ value: 1, asOf: '2020-01-01' }), NOV_23_NOON);
    expect(result.stale).toBe(false);
  });

  it('falls back to the time the data was received', () => {
    const receivedAt = NOV_23_NOON - 3 * MS_PER_HOUR;
    const result = assessFreshness(kpi({ value: 1, maxAge: 'PT1H' }), NOV_23_NOON, receivedAt);
    expect(result).toEqual({ stale: true, asOf: receivedAt, maxAgeMs: MS_PER_HOUR, ageMs: 3 * MS_PER_HOUR });
  });
});

describe('assessFreshness with a calendar maxAge', () => {
  it('counts P1M from asOf in the calendar: data of 31 January is fresh through 28 February, stale after', () => {
    const doc = { value: 1, asOf: '2026-01-31T00:00:00Z', maxAge: 'P1M' };
    const endOfFebruary = Date.UTC(2026, 1, 28);
    expect(assessFreshness(kpi(doc), endOfFebruary)).toMatchObject({ stale: false, maxAgeMs: 28 * MS_PER_DAY, ageMs: 28 * MS_PER_DAY });
    expect(assessFreshness(kpi(doc), endOfFebruary + 1)).toMatchObject({ stale: true });
  });

  it('accepts P1Y2M3DT4H5M6S: stale one millisecond after 2027-03-04T04:05:06Z for data of 1 January 2026', () => {
    const doc = { value: 1, asOf: '2026-01-01T00:00:00Z', maxAge: 'P1Y2M3DT4H5M6S' };
    const due = Date.UTC(2027, 2, 4, 4, 5, 6);
    expect(assessFreshness(kpi(doc), due).stale).toBe(false);
    expect(assessFreshness(kpi(doc), due + 1).stale).toBe(true);
  });
});
