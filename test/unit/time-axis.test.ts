import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/render/text-width.js';
import {
  fitTimeTicks,
  tickContexts,
  tickFormatOptions,
  tickNeedsContext,
  timeTicks,
  type FittedTimeTicks,
  type TimeGranularity,
} from '../../src/render/time-axis.js';

const utc = Date.UTC;
const iso = (ticks: readonly number[]) => ticks.map((t) => new Date(t).toISOString().replace(':00.000Z', 'Z').replace('T00:00Z', ''));

describe('timeTicks', () => {
  it.each([
    // span, from, to, count, granularity, ticks
    ['2 hours, 2 ticks', utc(2026, 2, 4, 14), utc(2026, 2, 4, 16), 2, 'hour', ['2026-03-04T14:00Z', '2026-03-04T15:00Z', '2026-03-04T16:00Z']],
    [
      '2 hours, 5 ticks',
      utc(2026, 2, 4, 14),
      utc(2026, 2, 4, 16),
      5,
      'minute',
      ['2026-03-04T14:00Z', '2026-03-04T14:30Z', '2026-03-04T15:00Z', '2026-03-04T15:30Z', '2026-03-04T16:00Z'],
    ],
    // Two-day steps fall on even days since the epoch; 1 March 2026 is day 20513.
    ['10 days', utc(2026, 2, 1), utc(2026, 2, 11), 5, 'day', ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-08', '2026-03-10']],
    ['90 days, 3 ticks', utc(2026, 0, 1), utc(2026, 3, 1), 3, 'month', ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']],
    ['3 years', utc(2024, 0, 1), utc(2027, 0, 1), 5, 'year', ['2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01']],
  ] as const)('ticks a span of %s at the right granularity', (_, from, to, count, granularity, expected) => {
    const axis = timeTicks(from, to, count);
    expect(axis.granularity).toBe(granularity);
    expect(iso(axis.ticks)).toEqual(expected);
  });

  it('ticks 90 days at 8 ticks weekly, on Sundays, at day granularity', () => {
    const axis = timeTicks(utc(2026, 0, 1), utc(2026, 3, 1), 8);
    expect(axis.granularity).toBe('day');
    expect(axis.ticks).toHaveLength(13);
    expect(iso(axis.ticks.slice(0, 2))).toEqual(['2026-01-04', '2026-01-11']);
    expect(axis.ticks.every((t) => new Date(t).getUTCDay() === 0)).toBe(true);
  });

  it('keeps daily ticks on UTC midnights across the host zone’s daylight-saving change (8 March 2026 in New York)', () => {
    const axis = timeTicks(utc(2026, 2, 6), utc(2026, 2, 10), 4);
    expect(iso(axis.ticks)).toEqual(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
  });

  it('reads a reversed domain ascending', () => {
    expect(timeTicks(utc(2026, 2, 11), utc(2026, 2, 1), 5)).toEqual(timeTicks(utc(2026, 2, 1), utc(2026, 2, 11), 5));
  });

  it.each([
    ['a UTC midnight', utc(2026, 2, 4), 'day'],
    ['a whole minute', utc(2026, 2, 4, 14, 30), 'minute'],
    ['an odd second', utc(2026, 2, 4, 14, 30, 5), 'second'],
  ] as const)('gives a zero-width domain at %s one tick at %s granularity', (_, time, granularity) => {
    expect(timeTicks(time, time, 5)).toEqual({ ticks: [time], granularity });
  });

  it.each([
    ['NaN', NaN, 0],
    ['Infinity', 0, Infinity],
    ['-Infinity', -Infinity, 0],
    ['past the range of Date', 0, 1e16],
  ])('gives no ticks, without throwing, for a domain end of %s', (_, from, to) => {
    expect(timeTicks(from, to, 5)).toEqual({ ticks: [], granularity: 'day' });
  });

  it.each([0, -3, NaN])('asks for one tick when the count is %d', (count) => {
    expect(timeTicks(utc(2024, 0, 1), utc(2027, 0, 1), count)).toEqual(timeTicks(utc(2024, 0, 1), utc(2027, 0, 1), 1));
  });
});

describe('tickFormatOptions', () => {
  const at = utc(2026, 2, 4, 14, 0, 30);
  const label = (granularity: TimeGranularity, context?: boolean) => new Intl.DateTimeFormat('en-US', tickFormatOptions(granularity, context)).format(at);

  it.each([
    ['year', '2026', '2026'],
    ['month', 'Mar', 'Mar 2026'],
    ['day', 'Mar 4', 'Mar 4, 2026'],
    ['hour', '14:00', 'Mar 4, 14:00'],
    ['minute', '14:00', 'Mar 4, 14:00'],
    ['second', '14:00:30', 'Mar 4, 14:00:30'],
  ] as const)('labels %s ticks “%s”, or “%s” with context', (granularity, plain, withContext) => {
    expect(label(granularity)).toBe(plain);
    expect(label(granularity, true)).toBe(withContext);
  });

  it('formats in UTC, so a UTC midnight is its own date in New York', () => {
    expect(tickFormatOptions('day').timeZone).toBe('UTC');
    expect(new Intl.DateTimeFormat('en-US', tickFormatOptions('day')).format(utc(2026, 0, 1))).toBe('Jan 1');
  });

  it('returns a fresh object the caller may extend', () => {
    const options = tickFormatOptions('month');
    options.month = 'long';
    expect(tickFormatOptions('month').month).toBe('short');
  });
});

describe('tickNeedsContext', () => {
  it('marks the first month tick of a new year (Nov, Dec, Jan 2027, Feb)', () => {
    const ticks = [utc(2026, 10, 1), utc(2026, 11, 1), utc(2027, 0, 1), utc(2027, 1, 1)];
    expect(ticks.map((_, i) => tickNeedsContext(ticks, i, 'month'))).toEqual([false, false, true, false]);
  });

  it('marks the first hour tick of a new UTC day', () => {
    const ticks = [utc(2026, 2, 4, 18), utc(2026, 2, 5, 0), utc(2026, 2, 5, 6)];
    expect(ticks.map((_, i) => tickNeedsContext(ticks, i, 'hour'))).toEqual([false, true, false]);
  });

  it('never marks year ticks or an index out of range', () => {
    const ticks = [utc(2025, 0, 1), utc(2026, 0, 1)];
    expect([tickNeedsContext(ticks, 1, 'year'), tickNeedsContext(ticks, 2, 'day'), tickNeedsContext(ticks, -1, 'day')]).toEqual([false, false, false]);
  });
});

describe('tickContexts', () => {
  it('names the year on the first tick once the domain runs into a new one (Nov 2025, Dec, Jan 2026, Feb)', () => {
    const ticks = [utc(2025, 10, 1), utc(2025, 11, 1), utc(2026, 0, 1), utc(2026, 1, 1)];
    expect(tickContexts(ticks, 'month', utc(2025, 10, 1), utc(2026, 1, 28))).toEqual([true, false, true, false]);
  });

  it('names it also when every tick is in the new year (20 December to March: Jan 2026, Feb, Mar)', () => {
    const ticks = [utc(2026, 0, 1), utc(2026, 1, 1), utc(2026, 2, 1)];
    expect(tickContexts(ticks, 'month', utc(2025, 11, 20), utc(2026, 2, 15))).toEqual([true, false, false]);
  });

  it('names no year inside one year, nor on year ticks', () => {
    expect(tickContexts([utc(2026, 5, 1), utc(2026, 6, 1)], 'month', utc(2026, 5, 1), utc(2026, 10, 23))).toEqual([false, false]);
    expect(tickContexts([utc(2025, 0, 1), utc(2026, 0, 1)], 'year', utc(2024, 6, 1), utc(2026, 6, 1))).toEqual([false, false]);
  });

  it('names the date on the first time of day once the domain runs into the next UTC day', () => {
    const ticks = [utc(2026, 2, 4, 18), utc(2026, 2, 5, 0), utc(2026, 2, 5, 6)];
    expect(tickContexts(ticks, 'hour', utc(2026, 2, 4, 17), utc(2026, 2, 5, 7))).toEqual([true, true, false]);
  });
});

describe('fitTimeTicks', () => {
  /**
   * The axis of a 300 px wide trend: its SVG is 266 px (the frame's padding and border take 34),
   * and the plot 211 px of it, from x 43 to 254 (value labels left, 12 px right). Labels measured
   * as the element measures them: Intl, 6.5 px per character (twice for CJK), 6 px apart.
   */
  function narrowAxis(from: number, to: number, locale = 'en-US'): { axis: FittedTimeTicks; labels: string[]; spans: [number, number][] } {
    const x = (time: number) => 43 + (211 * (time - from)) / (to - from);
    const text = (time: number, granularity: TimeGranularity, context: boolean) =>
      new Intl.DateTimeFormat(locale, tickFormatOptions(granularity, context)).format(time);
    const axis = fitTimeTicks(from, to, {
      x,
      length: 211,
      spacing: 80,
      least: 3,
      labelWidth: (time, granularity, context) => textWidth(text(time, granularity, context), 6.5),
      bounds: [0, 266],
    });
    const labels = axis.ticks.map((t, i) => text(t, axis.granularity, axis.context[i] as boolean));
    const spans = axis.ticks.map((t, i): [number, number] => {
      const width = textWidth(labels[i] as string, 6.5);
      const anchor = axis.anchor[i];
      const start = anchor === 'start' ? x(t) : anchor === 'end' ? x(t) - width : x(t) - width / 2;
      return [start, start + width];
    });
    return { axis, labels, spans };
  }

  const expectApart = (spans: readonly [number, number][]) => {
    for (let i = 1; i < spans.length; i++) expect((spans[i] as [number, number])[0] - (spans[i - 1] as [number, number])[1]).toBeGreaterThanOrEqual(6);
    for (const [start, end] of spans) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(266);
    }
  };

  it('ticks 1 November 2025 to 28 February 2026 monthly at 300 px, the first tick with its year', () => {
    // About 3 ticks asked for 119 days: monthly (d3's step nearest 40 days). x: Nov 43, Dec 96.2, Jan 151.2, Feb 206.1;
    // "Nov 2025" is 52 px, so it spans 17–69, and "Dec" 86.4–106: 17 px apart.
    const { axis, labels, spans } = narrowAxis(utc(2025, 10, 1), utc(2026, 1, 28));
    expect(labels).toEqual(['Nov 2025', 'Dec', 'Jan 2026', 'Feb']);
    expect(axis.anchor).toEqual(['middle', 'middle', 'middle', 'middle']);
    expectApart(spans);
  });

  it('ticks June to 23 November monthly at 300 px, where quarterly ticks would be only two (Jul, Oct)', () => {
    const from = utc(2026, 5, 1);
    const to = utc(2026, 10, 23);
    expect(iso(timeTicks(from, to, 3).ticks)).toEqual(['2026-07-01', '2026-10-01']);
    const { labels, spans } = narrowAxis(from, to);
    expect(labels).toEqual(['Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
    expectApart(spans);
  });

  it.each(['en-US', 'de-DE', 'ja-JP'])('keeps at least 3 ticks apart at 300 px, the first with its year, in %s', (locale) => {
    // 15 November to 15 February: Dec 2025, Jan 2026, Feb.
    const { labels, spans } = narrowAxis(utc(2025, 10, 15), utc(2026, 1, 15), locale);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels[0]).toMatch(/2025/);
    expectApart(spans);
  });

  it('ticks 17 months at 300 px every other quarter from a year start, where quarters collide and years give one tick', () => {
    // 1 June 2025 to 1 November 2026, 518 days on 211 px: quarter ticks (Jul 2025 … Oct 2026) are 37 px apart, and
    // "Jul 2025" alone is 52 px; yearly ticks are one (2026). Every second quarter, counted from Jan 2026: Jul 2025 at
    // x 55.6 (29.6–81.6), Jan 2026 at 130.1 (104.1–156.1), Jul at 204.2 (194.5–214): 22 and 38 px apart.
    const from = utc(2025, 5, 1);
    const to = utc(2026, 10, 1);
    expect(iso(timeTicks(from, to, 2).ticks)).toEqual(['2026-01-01']);
    const { labels, spans } = narrowAxis(from, to);
    expect(labels).toEqual(['Jul 2025', 'Jan 2026', 'Jul']);
    expectApart(spans);
  });

  it('turns edge labels inward instead of past the bounds', () => {
    // 1 to 13 January on 0–240 px, every other day (20 px per day): days 0 and 12 sit on the bounds.
    const axis = fitTimeTicks(utc(2026, 0, 1), utc(2026, 0, 13), {
      x: (t) => ((t - utc(2026, 0, 1)) / 86_400_000) * 20,
      length: 240,
      spacing: 80,
      least: 3,
      labelWidth: () => 20,
      bounds: [0, 240],
    });
    expect(axis.ticks).toHaveLength(7);
    expect(axis.anchor).toEqual(['start', 'middle', 'middle', 'middle', 'middle', 'middle', 'end']);
  });

  it('falls back to fewer ticks when the labels would collide, thinning a finer axis to keep 3', () => {
    const fit = { x: (t: number) => ((t - utc(2026, 0, 1)) / 86_400_000) * 20, length: 240, spacing: 80, least: 3, labelWidth: () => 100 };
    const axis = fitTimeTicks(utc(2026, 0, 1), utc(2026, 0, 13), fit);
    // 100 px labels need 106 px between ticks. Sundays (4 and 11 January, 140 px apart) are only two; every third
    // tick of the two-day axis (odd January days, even days since the epoch) is three, 120 px apart.
    expect(iso(axis.ticks)).toEqual(['2026-01-01', '2026-01-07', '2026-01-13']);
    // With room for no third tick, the fewer ones stay.
    const wide = fitTimeTicks(utc(2026, 0, 1), utc(2026, 0, 13), { ...fit, labelWidth: () => 130 });
    expect(iso(wide.ticks)).toEqual(['2026-01-04', '2026-01-11']);
  });

  it('gives no ticks, without throwing, for a domain it cannot tick', () => {
    expect(fitTimeTicks(NaN, 0, { x: () => 0, length: 200, spacing: 80, least: 3 }).ticks).toEqual([]);
  });
});
