import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS, nextPollDelay, parseRetryAfter, REFUSED_DELAY_MS } from '../../src/data/poll-delay.js';

describe('nextPollDelay', () => {
  // Hand-computed: step = min(max(period, 5 min), period × 2^failures); wait = max(period, step × (0.5 + random / 2)).
  it.each([
    { name: 'a success waits the period', periodMs: 1_000, failures: 0, random: 0.9, expected: 1_000 },
    { name: '1 failure, least jitter', periodMs: 1_000, failures: 1, random: 0, expected: 1_000 },
    { name: '1 failure, half jitter', periodMs: 1_000, failures: 1, random: 0.5, expected: 1_500 },
    { name: '3 failures, half jitter', periodMs: 1_000, failures: 3, random: 0.5, expected: 6_000 },
    { name: '10 failures reach the ceiling', periodMs: 1_000, failures: 10, random: 0.999_999, expected: MAX_BACKOFF_MS * (0.5 + 0.999_999 / 2) },
    { name: 'a period beyond the ceiling is kept', periodMs: 600_000, failures: 4, random: 0, expected: 600_000 },
    { name: '401 waits the refused delay', periodMs: 1_000, failures: 1, status: 401, random: 0, expected: REFUSED_DELAY_MS },
    { name: '403 with a longer period keeps the period', periodMs: 900_000, failures: 2, status: 403, random: 0, expected: 900_000 },
    { name: 'Retry-After longer than the backoff wins', periodMs: 1_000, failures: 1, status: 503, retryAfterMs: 120_000, random: 0.5, expected: 120_000 },
    { name: 'Retry-After shorter than the backoff loses', periodMs: 1_000, failures: 4, status: 429, retryAfterMs: 2_000, random: 0.5, expected: 12_000 },
    { name: 'Retry-After is capped at an hour', periodMs: 1_000, failures: 1, status: 503, retryAfterMs: 86_400_000, random: 0, expected: MAX_RETRY_AFTER_MS },
    { name: 'a huge failure count does not overflow', periodMs: 1_000, failures: 10_000, random: 0, expected: MAX_BACKOFF_MS / 2 },
  ])('$name', ({ periodMs, failures, status, retryAfterMs, random, expected }) => {
    expect(nextPollDelay({ periodMs, failures, status, retryAfterMs }, random)).toBeCloseTo(expected, 6);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it.each([
    { header: '120', expected: 120_000 },
    { header: ' 0 ', expected: 0 },
    { header: 'Thu, 01 Jan 2026 12:02:00 GMT', expected: 120_000 },
    { header: 'Thu, 01 Jan 2026 11:00:00 GMT', expected: 0 },
    { header: 'soon', expected: undefined },
    { header: '-5', expected: undefined },
    { header: '', expected: undefined },
    { header: null, expected: undefined },
  ])('$header → $expected', ({ header, expected }) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
