import { describe, expect, it } from 'vitest';
import { mayHaveSuspiciousTimes, NEAR_EPOCH_MS } from '../../src/core/series.js';
import { describeSuspiciousTimes, findSuspiciousTimes, hasSuspiciousTimes, suspiciousTimesWarning } from '../../src/core/suspicious-times-scan.js';
import { MS_PER_DAY } from '../../src/core/time.js';

const NOV_2026 = Date.UTC(2026, 10, 20);

describe('findSuspiciousTimes', () => {
  it.each<[string, number[], number[], [number, number][]]>([
    ['finds nothing in ordinary dates', [NOV_2026, NOV_2026 + MS_PER_DAY], [], []],
    // 1 763 596 800 is 20 November 2025 in epoch seconds: as milliseconds, 21 January 1970.
    ['flags epoch seconds read as milliseconds', [1_763_596_800, 1_763_683_200], [0, 1], []],
    ['flags a time within a day of 1970 (a year number, 2026 ms)', [2026, NOV_2026], [0], []],
    ['flags the epoch itself and just before it', [0, -1000], [0, 1], []],
    ['keeps 1971 and later', [NEAR_EPOCH_MS, NEAR_EPOCH_MS + 1], [], []],
    ['pairs a repeated time with its first occurrence', [NOV_2026, NOV_2026 + MS_PER_DAY, NOV_2026], [], [[0, 2]]],
    [
      'pairs each repeat with the first, in any order',
      [NOV_2026, NOV_2026, NOV_2026],
      [],
      [
        [0, 1],
        [0, 2],
      ],
    ],
    ['skips times that are not times', [Number.NaN, Number.NaN, NOV_2026], [], []],
  ])('%s', (_, times, nearEpoch, duplicates) => {
    const found = findSuspiciousTimes(times);
    expect(found).toEqual({ nearEpoch, duplicates });
    expect(hasSuspiciousTimes(found)).toBe(nearEpoch.length + duplicates.length > 0);
  });

  it.each<[string, number[], boolean]>([
    ['ordinary sorted dates', [NOV_2026, NOV_2026 + MS_PER_DAY], false],
    ['a repeat beside its first (sorted)', [NOV_2026, NOV_2026, NOV_2026 + MS_PER_DAY], true],
    ['a time in 1970', [5000, NOV_2026], true],
    ['nothing at all', [], false],
  ])('tells cheaply, on a sorted series, whether to look closer: %s', (_, sorted, expected) => {
    expect(mayHaveSuspiciousTimes(Float64Array.from(sorted))).toBe(expected);
  });

  it('reads a typed array (a series column)', () => {
    expect(findSuspiciousTimes(Float64Array.of(NOV_2026, 5000)).nearEpoch).toEqual([1]);
  });
});

describe('describeSuspiciousTimes', () => {
  const pathOf = (i: number) => `/rows/${i}/date`;

  it('names the count and the first time near 1970 by its path, and how to fix it', () => {
    const times = [1_763_596_800, 1_763_683_200];
    expect(describeSuspiciousTimes(findSuspiciousTimes(times), pathOf, times)).toBe(
      '2 times fall within a year of 1 January 1970, e.g. /rows/0/date = 1970-01-21T09:53:16.800Z: numeric times are epoch ' +
        'milliseconds, so epoch seconds must be multiplied by 1000 (or sent as ISO 8601 dates).',
    );
  });

  it('names a repeated time by both paths', () => {
    const times = [NOV_2026, NOV_2026];
    expect(describeSuspiciousTimes(findSuspiciousTimes(times), pathOf, times)).toBe(
      '1 point shares its time with an earlier one, e.g. /rows/1/date and /rows/0/date are both 2026-11-20T00:00:00.000Z: ' +
        'charts draw one of them and trends count both.',
    );
  });

  it('says nothing when nothing is suspicious', () => {
    expect(describeSuspiciousTimes(findSuspiciousTimes([NOV_2026]), pathOf, [NOV_2026])).toBeUndefined();
  });
});

describe('suspiciousTimesWarning', () => {
  it.each<[string, unknown, string | undefined]>([
    [
      'records, naming the record',
      {
        series: [
          { t: '2026-11-20', v: 1 },
          { t: '2026-11-20', v: 2 },
        ],
      },
      '/series/1/t and /series/0/t are both',
    ],
    ['columns, naming the column entry', { series: { t: [3000, NOV_2026], v: [1, 2] } }, 'e.g. /series/t/0 = 1970-01-01T00:00:03.000Z'],
    ['ordinary times', { series: [{ t: '2026-11-20', v: 1 }] }, undefined],
    ['no series', { value: 1 }, undefined],
  ])('scans the mapped document: %s', (_, document, expected) => {
    const warning = suspiciousTimesWarning(document, (path) => path);
    if (expected === undefined) expect(warning).toBeUndefined();
    else expect(warning).toContain(expected);
  });

  it('names the times by the path in the source JSON', () => {
    const warning = suspiciousTimesWarning({ series: [{ t: 1000, v: 1 }] }, (path) => path.replace('/series', '/rows').replace('/t', '/time'));
    expect(warning).toContain('e.g. /rows/0/time = 1970-01-01T00:00:01.000Z');
  });
});
