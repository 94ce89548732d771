/**
 * The README's `expression` examples (Mapping any JSON), run as the element runs them: JSONata on
 * the JSON, then the pointers and keys, then validation. Each expression is also looked up in the
 * README, so an example edited there without its test fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapToDocument, type MappingOptions } from '../../src/core/mapping.js';
import { validateKpiDocument } from '../../src/core/validate.js';
import { evaluateExpression } from '../../src/data/expression.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The series the element would show: expression, mapping, validation (which sorts by time). */
async function seriesOf(expression: string, json: unknown, options: MappingOptions) {
  const evaluated = await evaluateExpression(expression, json);
  if (!evaluated.ok) throw new Error(evaluated.message);
  const mapped = mapToDocument(evaluated.value, { label: 'K', ...options });
  if (!mapped.ok) throw new Error(mapped.message);
  const result = validateKpiDocument(mapped.document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const series = result.kpi.series;
  return series ? Array.from(series.t, (t, i) => [new Date(t).toISOString().slice(0, 10), series.v[i]]) : [];
}

describe('README expression examples', () => {
  it.each<[string, string, unknown, MappingOptions, [string, number][]]>([
    [
      'filter by a field (one match stays an array, thanks to the trailing [])',
      'rows[industry = "Construction"][]',
      {
        rows: [
          { month: '2026-09-01', industry: 'Construction', rate: 0.052 },
          { month: '2026-09-01', industry: 'Retail', rate: 0.061 },
          { month: '2026-10-01', industry: 'Construction', rate: 0.049 },
        ],
      },
      { seriesPointer: '', timeKey: 'month', valueKey: 'rate' },
      [
        ['2026-09-01', 0.052],
        ['2026-10-01', 0.049],
      ],
    ],
    [
      'sum per period: events summed per day (3 + 4 on the 21st)',
      '[events{ $substring(at, 0, 10): $sum(count) } ~> $each(function($v, $day) { { "t": $day, "v": $v } })]',
      {
        events: [
          { at: '2026-11-21T09:12:00Z', count: 3 },
          { at: '2026-11-20T10:00:00Z', count: 2 },
          { at: '2026-11-21T17:40:00Z', count: 4 },
        ],
      },
      { seriesPointer: '' },
      [
        ['2026-11-20', 2],
        ['2026-11-21', 7],
      ],
    ],
    [
      'a ratio of two fields: 41 / 100 and 45 / 90',
      '[days.{ "t": date, "v": activated / signups }]',
      {
        days: [
          { date: '2026-11-20', activated: 41, signups: 100 },
          { date: '2026-11-21', activated: 45, signups: 90 },
        ],
      },
      { seriesPointer: '' },
      [
        ['2026-11-20', 0.41],
        ['2026-11-21', 0.5],
      ],
    ],
    [
      'pick a nested array',
      'data.regions[name = "EU"].history[]',
      {
        data: {
          regions: [
            { name: 'EU', history: [{ t: '2026-11-20', v: 120 }] },
            {
              name: 'US',
              history: [
                { t: '2026-11-20', v: 200 },
                { t: '2026-11-21', v: 210 },
              ],
            },
          ],
        },
      },
      { seriesPointer: '' },
      [['2026-11-20', 120]],
    ],
  ])('%s', async (_, expression, json, options, expected) => {
    expect(readme).toContain(`expression='${expression}'`);
    expect(await seriesOf(expression, json, options)).toEqual(expected);
  });
});

describe('evaluateExpression', () => {
  it.each([
    ['a syntax error, with where it is', 'rows[', { rows: [] }, /^expression is not valid JSONata: .+ at character \d+ of "rows\["$/],
    ['no match', 'nothing', { rows: [] }, /^expression "nothing" matched nothing in the JSON$/],
    ['an error while evaluating', '$number("x")', {}, /^expression failed: .+ of "\$number\("x"\)"$/],
  ])('fails plainly on %s', async (_, expression, json, message) => {
    const result = await evaluateExpression(expression, json);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
