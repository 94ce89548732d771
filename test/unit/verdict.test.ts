import { describe, expect, it } from 'vitest';
import type { KpiStatus } from '../../src/core/document.js';
import type { Pace, PaceVerdict } from '../../src/core/pace.js';
import { headlineNote, paceDisagrees } from '../../src/core/verdict.js';

/** A pace with only the verdict this rule reads; the numbers do not matter to it. */
const pace = (verdict: PaceVerdict): Pace => ({
  verdict,
  expected: 0,
  current: 0,
  projected: 0,
  projectedAt: 0,
  slopePerDay: 0,
  points: 8,
  currentAt: 0,
  slopeStdErrorPerDay: 0,
  degreesOfFreedom: 6,
  explanation: '',
});

describe('paceDisagrees: the headline is the status, pace only supports it', () => {
  it.each<[KpiStatus, PaceVerdict, boolean]>([
    ['good', 'on-track', false],
    ['good', 'achieved', false],
    ['good', 'at-risk', true],
    ['good', 'off-track', true],
    ['good', 'missed', true],
    ['warning', 'on-track', true],
    ['warning', 'achieved', true],
    ['warning', 'off-track', false],
    ['critical', 'on-track', true],
    ['critical', 'missed', false],
    // No status to disagree with.
    ['neutral', 'on-track', false],
    ['neutral', 'off-track', false],
  ])('a %s status with a %s pace: disagrees %s', (level, verdict, expected) => {
    expect(paceDisagrees(level, pace(verdict))).toBe(expected);
  });

  it('finds no disagreement where there is no pace verdict', () => {
    expect(paceDisagrees('good', { verdict: 'no-deadline' })).toBe(false);
    expect(paceDisagrees('warning', { verdict: 'insufficient-history', reason: 'One point.', expected: 1 })).toBe(false);
  });
});

describe('headlineNote', () => {
  it('names the pace verdict and why the headline does not follow it', () => {
    expect(headlineNote('good', pace('off-track'), 'behind pace')).toBe(
      'The pace verdict (behind pace) points the other way; the headline follows the current value, because pace is a projection from recent points.',
    );
  });

  it('adds nothing when pace and status agree', () => {
    expect(headlineNote('good', pace('on-track'), 'on track')).toBeUndefined();
  });
});
