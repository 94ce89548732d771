import { describe, expect, it } from 'vitest';
import { formatDiagnostic, validateKpiDocument } from '../../src/core/validate.js';

const BASE = { id: 'nps', label: 'NPS', value: 41 };

function diagnosticsOf(input: unknown): string[] {
  const result = validateKpiDocument(input);
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
}

describe('validateKpiDocument rejects a bad field with its pointer, what it expected and what it got', () => {
  it.each<[string, unknown, string[]]>([
    ['a target written as a percent string', { ...BASE, target: { value: '45%' } }, ['/target/value: expected a number, got "45%"']],
    ['a missing label', { id: 'nps', value: 41 }, ['/label: is required, but it is missing']],
    ['a label that is not a string', { ...BASE, label: 5 }, ['/label: expected a string, got 5']],
    ['a value written as a string', { ...BASE, value: '41' }, ['/value: expected a number, got "41"']],
    ['a value that is NaN', { ...BASE, value: Number.NaN }, ['/value: expected a number, got NaN']],
    ['an infinite value', { ...BASE, value: Number.POSITIVE_INFINITY }, ['/value: expected a finite number, got Infinity']],
    ['an unknown direction', { ...BASE, direction: 'up' }, ['/direction: expected "increase", "decrease", or "target", got "up"']],
    ['an unknown cadence', { ...BASE, cadence: 'hourly' }, ['/cadence: expected "daily", "weekly", "monthly", or "quarterly", got "hourly"']],
    ['an unknown kind', { ...BASE, kind: 'lead' }, ['/kind: expected "leading" or "lagging", got "lead"']],
    ['a date that is not ISO 8601', { ...BASE, asOf: '30/09/2026' }, ['/asOf: expected an ISO 8601 date such as "2026-09-30", got "30/09/2026"']],
    ['a time that is neither a string nor a number', { ...BASE, asOf: true }, ['/asOf: expected an ISO 8601 date or epoch milliseconds, got true']],
    ['a deadline written as a quarter', { ...BASE, target: { value: 45, by: 'Q3' } }, ['/target/by: expected an ISO 8601 date such as "2026-09-30", got "Q3"']],
    ['a target that is not an object', { ...BASE, target: '45' }, ['/target: expected an object, got "45"']],
    ['a baseline without a value', { ...BASE, baseline: { at: '2026-01-01' } }, ['/baseline/value: is required, but it is missing']],
    [
      'a maxAge that is not an ISO 8601 duration',
      { ...BASE, maxAge: '2 days' },
      ['/maxAge: expected an ISO 8601 duration such as "P2D", "PT36H", or "P1M", got "2 days"'],
    ],
    ['a negative minimum change', { ...BASE, minimumChange: -1 }, ['/minimumChange: expected a number ≥ 0, got -1']],
    [
      'a lower-case currency code',
      { ...BASE, format: { style: 'currency', currency: 'eur' } },
      ['/format/currency: expected an ISO 4217 code such as "EUR", got "eur"'],
    ],
    [
      'an unknown comparison type',
      { ...BASE, comparison: { type: 'last' } },
      ['/comparison/type: expected ("previous" | "periods-ago" | "reference"), got "last"'],
    ],
    ['zero periods ago', { ...BASE, comparison: { type: 'periods-ago', periods: 0 } }, ['/comparison/periods: expected at least 1 period, got 0']],
    ['a reference comparison without a value', { ...BASE, comparison: { type: 'reference' } }, ['/comparison/value: is required, but it is missing']],
    ['a threshold that is not a number', { ...BASE, thresholds: { acceptance: { low: 'x' } } }, ['/thresholds/acceptance/low: expected a number, got "x"']],
    ['an annotation without a label', { ...BASE, annotations: [{ t: '2026-01-01' }] }, ['/annotations/0/label: is required, but it is missing']],
    ['a document that is a number', 42, ['document: expected an object, got 42']],
    ['a document that is null', null, ['document: expected an object, got null']],
    ['an empty object, once per missing field', {}, ['/id: is required, but it is missing', '/label: is required, but it is missing']],
  ])('reports %s', (_, input, expected) => {
    expect(diagnosticsOf(input)).toEqual(expected);
  });
});

describe('validateKpiDocument checks series', () => {
  it.each<[string, unknown, string[]]>([
    ['columns of unequal length', { ...BASE, series: { t: ['2026-01-01', '2026-01-02'], v: [1] } }, ['/series/v: expected as many values as times (2), got 1']],
    [
      'per-period targets of unequal length',
      { ...BASE, targets: { t: ['2026-01-01'], v: [1, 2] } },
      ['/targets/v: expected as many values as times (1), got 2'],
    ],
    [
      'a bad time inside columns',
      { ...BASE, series: { t: ['2026-01-01', 'Q3'], v: [1, 2] } },
      ['/series/t/1: expected an ISO 8601 date such as "2026-09-30", got "Q3"'],
    ],
    [
      'a bad time inside a point',
      {
        ...BASE,
        series: [
          { t: '2026-01-01', v: 1 },
          { t: 'yesterday', v: 2 },
        ],
      },
      ['/series/1/t: expected an ISO 8601 date such as "2026-09-30", got "yesterday"'],
    ],
    ['neither records nor columns', { ...BASE, series: 5 }, ['/series: expected an array of {t, v} points or columns {t: [...], v: [...]}, got 5']],
  ])('reports %s', (_, input, expected) => {
    expect(diagnosticsOf(input)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['empty records', { ...BASE, series: [] }],
    ['empty columns', { ...BASE, series: { t: [], v: [] } }],
    ['gaps as null', { ...BASE, series: [{ t: '2026-01-01', v: null }] }],
    ['epoch milliseconds as times', { ...BASE, series: { t: [1767225600000], v: [1] } }],
  ])('accepts %s', (_, input) => {
    expect(diagnosticsOf(input)).toEqual([]);
  });
});

describe('validateKpiDocument checks bands', () => {
  it.each<[string, unknown[], string[]]>([
    [
      'overlapping bands',
      [
        { from: 0, to: 50, status: 'critical' },
        { from: 40, to: 100, status: 'good' },
      ],
      ['/bands/1/from: expected bands in ascending order without overlap (≥ 50), got 40'],
    ],
    [
      'a band whose end is below its start',
      [
        { from: 0, to: 50, status: 'critical' },
        { from: 80, to: 60, status: 'good' },
      ],
      ['/bands/1/to: expected a number above "from" (80), got 60'],
    ],
    [
      'an empty band',
      [
        { to: 10, status: 'good' },
        { from: 10, to: 10, status: 'critical' },
      ],
      ['/bands/1/to: expected a number above "from" (10), got 10'],
    ],
    [
      'a band open on both sides in the middle',
      [{ to: 50, status: 'critical' }, { status: 'good' }, { from: 80, status: 'good' }],
      [
        '/bands/1/from: expected a number (only the first band may be open below), it is missing',
        '/bands/1/to: expected a number (only the last band may be open above), it is missing',
      ],
    ],
    [
      'a first band open above',
      [
        { from: 10, status: 'good' },
        { from: 0, to: 5, status: 'critical' },
      ],
      ['/bands/0/to: expected a number (only the last band may be open above), it is missing'],
    ],
    ['a single band', [{ to: 50, status: 'critical' }], ['/bands: expected 2 to 5 bands, got 1']],
    ['six bands', Array.from({ length: 6 }, (_, i) => ({ from: i, to: i + 1, status: 'good' })), ['/bands: expected 2 to 5 bands, got 6']],
    [
      'an unknown status',
      [
        { to: 50, status: 'red' },
        { from: 50, status: 'good' },
      ],
      ['/bands/0/status: expected "good", "warning", "critical", or "neutral", got "red"'],
    ],
    ['bands that are not objects', [1, 2], ['/bands/0: expected an object, got 1', '/bands/1: expected an object, got 2']],
  ])('reports %s', (_, bands, expected) => {
    expect(diagnosticsOf({ ...BASE, bands })).toEqual(expected);
  });

  it('accepts touching bands open at both ends', () => {
    const bands = [
      { to: 30, status: 'critical' },
      { from: 30, to: 50, status: 'warning' },
      { from: 50, status: 'good' },
    ];
    expect(diagnosticsOf({ ...BASE, bands })).toEqual([]);
  });
});

describe('validateKpiDocument and the schema agree on a guardrail with no data', () => {
  it('accepts a guardrail whose value is null and has no series: the schema allows null, and it means no data yet', () => {
    const result = validateKpiDocument({ ...BASE, guardrails: [{ id: 'churn', label: 'Churn', direction: 'decrease', limit: 5, value: null }] });
    expect(result.ok).toBe(true);
  });
});

describe('validateKpiDocument checks rules across fields', () => {
  it.each<[string, unknown, string[]]>([
    ['a document with neither value nor series', { id: 'a', label: 'b' }, ['document: expected a "value" or a "series", got neither']],
    ['direction target without a target', { ...BASE, direction: 'target' }, ['/target: expected a target for direction "target", it is missing']],
    [
      'a guardrail with neither value nor series',
      { ...BASE, guardrails: [{ label: 'Churn', direction: 'decrease', limit: 5 }] },
      ['/guardrails/0: expected a "value" (null for no data yet) or a "series", got neither'],
    ],
    [
      'a guardrail with an unknown direction',
      { ...BASE, guardrails: [{ label: 'Churn', direction: 'down', limit: 5, value: 3 }] },
      ['/guardrails/0/direction: expected "increase" (limit is a floor) or "decrease" (limit is a ceiling), got "down"'],
    ],
    [
      'a guardrail without a limit',
      { ...BASE, guardrails: [{ label: 'g', direction: 'increase', value: 1 }] },
      ['/guardrails/0/limit: is required, but it is missing'],
    ],
  ])('reports %s', (_, input, expected) => {
    expect(diagnosticsOf(input)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['a null value, meaning no data yet', { id: 'a', label: 'b', value: null }],
    ['direction target with per-period targets only', { ...BASE, direction: 'target', targets: [{ t: '2026-01-01', v: 3 }] }],
    ['fields it does not know', { ...BASE, extra: 1 }],
  ])('accepts %s', (_, input) => {
    expect(diagnosticsOf(input)).toEqual([]);
  });
});

describe('validateKpiDocument never throws', () => {
  it('reports a getter that throws as an unreadable document', () => {
    const input = {
      get id(): string {
        throw new Error('boom');
      },
      label: 'x',
      value: 1,
    };
    expect(diagnosticsOf(input)).toEqual(['document: could not be read (Error: boom)']);
  });

  it('reports a proxy that throws as an unreadable document', () => {
    const input = new Proxy(
      {},
      {
        get() {
          throw new TypeError('nope');
        },
      },
    );
    expect(diagnosticsOf(input)).toEqual(['document: could not be read (TypeError: nope)']);
  });
});

describe('validateKpiDocument normalises a valid document', () => {
  it('applies defaults and converts times to epoch ms', () => {
    const result = validateKpiDocument({
      id: 'nps',
      label: 'NPS',
      value: 41,
      series: { t: ['2026-01-02', '2026-01-01'], v: [2, null] },
      target: { value: 45, by: '2026-09-30' },
      maxAge: 'P2D',
      guardrails: [{ label: 'Churn', direction: 'decrease', limit: 5, value: 3 }],
    });
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    const { kpi } = result;
    expect(kpi).toMatchObject({
      direction: 'increase',
      minimumChange: 0,
      target: { value: 45, by: 1790726400000 },
      maxAgeMs: 172800000,
      annotations: [],
      guardrails: [{ id: 'guardrail-1', label: 'Churn', value: 3, direction: 'decrease', limit: 5 }],
    });
    expect(Array.from(kpi.series?.t ?? [])).toEqual([1767225600000, 1767312000000]);
    expect(Array.from(kpi.series?.v ?? [])).toEqual([Number.NaN, 2]);
  });

  it('keeps the document it validated', () => {
    const input = { ...BASE };
    const result = validateKpiDocument(input);
    expect(result.ok && result.document).toEqual({ ...BASE, direction: 'increase' });
  });
});

describe('formatDiagnostic', () => {
  it.each([
    [{ path: '/target/value', message: 'expected a number, got "45%"' }, '/target/value: expected a number, got "45%"'],
    [{ path: '', message: 'expected an object, got 42' }, 'document: expected an object, got 42'],
  ])('prints %j as %j', (diagnostic, expected) => {
    expect(formatDiagnostic(diagnostic)).toBe(expected);
  });
});

describe('validateKpiDocument points into series at the deepest field', () => {
  it.each<[string, unknown, string[]]>([
    [
      'a bad value inside a point',
      {
        ...BASE,
        series: [
          { t: '2026-01-01', v: 1 },
          { t: '2026-01-02', v: 2 },
          { t: '2026-01-03', v: 'x' },
        ],
      },
      ['/series/2/v: expected a number, got "x"'],
    ],
    ['a point without a value', { ...BASE, series: [{ t: '2026-01-01', v: 1 }, { t: '2026-01-03' }] }, ['/series/1/v: is required, but it is missing']],
    ['columns without values', { ...BASE, series: { t: ['2026-01-01'] } }, ['/series/v: is required, but it is missing']],
    ['a bad per-period target', { ...BASE, targets: [{ t: '2026-01-01', v: 'x' }] }, ['/targets/0/v: expected a number, got "x"']],
    ['a bad value in columns', { ...BASE, series: { t: ['2026-01-01'], v: ['x'] } }, ['/series/v/0: expected a number, got "x"']],
    [
      'a time of the wrong type in a point',
      { ...BASE, series: [{ t: true, v: 1 }] },
      ['/series/0/t: expected an ISO 8601 date or epoch milliseconds, got true'],
    ],
    [
      'a bad value in a guardrail series',
      {
        ...BASE,
        guardrails: [
          {
            label: 'g',
            direction: 'increase',
            limit: 1,
            series: [
              { t: '2026-01-01', v: 1 },
              { t: '2026-01-03', v: 'x' },
            ],
          },
        ],
      },
      ['/guardrails/0/series/1/v: expected a number, got "x"'],
    ],
  ])('reports %s', (_, input, expected) => {
    expect(diagnosticsOf(input)).toEqual(expected);
  });
});

describe('validateKpiDocument checks that thresholds nest', () => {
  it.each<[string, unknown, string[]]>([
    [
      'low edges in the wrong order',
      { acceptance: { low: 30 }, tolerance: { low: 35 }, deviation: { low: 40 } },
      [
        '/thresholds/tolerance/low: expected a number ≥ deviation.low (40), got 35',
        '/thresholds/acceptance/low: expected a number ≥ tolerance.low (35), got 30',
      ],
    ],
    [
      'a high acceptance above the tolerance',
      { acceptance: { high: 10 }, tolerance: { high: 5 } },
      ['/thresholds/acceptance/high: expected a number ≤ tolerance.high (5), got 10'],
    ],
    [
      'an acceptance wider than the deviation on both sides',
      { acceptance: { low: 40, high: 60 }, deviation: { low: 45, high: 55 } },
      [
        '/thresholds/acceptance/low: expected a number ≥ deviation.low (45), got 40',
        '/thresholds/acceptance/high: expected a number ≤ deviation.high (55), got 60',
      ],
    ],
  ])('reports %s', (_, thresholds, expected) => {
    expect(diagnosticsOf({ ...BASE, thresholds })).toEqual(expected);
  });

  it('accepts nested low edges', () => {
    expect(diagnosticsOf({ ...BASE, thresholds: { acceptance: { low: 40 }, tolerance: { low: 35 }, deviation: { low: 30 } } })).toEqual([]);
  });
});

describe('validateKpiDocument on strings', () => {
  it('shows an empty label as the empty string it is', () => {
    expect(diagnosticsOf({ ...BASE, label: '' })).toEqual(['/label: expected a non-empty string, got ""']);
  });
});

describe('validateKpiDocument on long series (checked in bulk by the schema’s own point rules)', () => {
  const n = 5000;
  const start = Date.UTC(2026, 0, 1);
  const columns = () => ({ t: Array.from({ length: n }, (_, i) => start + i * 60_000), v: Array.from({ length: n }, (_, i): number | null => i % 100) });
  const records = () => Array.from({ length: n }, (_, i): { t: unknown; v: unknown } => ({ t: start + i * 60_000, v: i % 100 }));
  const diagnosticsOf = (series: unknown) => {
    const result = validateKpiDocument({ id: 'long', label: 'Long', series });
    return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
  };

  it('accepts valid columns and records, gaps included, and keeps every point', () => {
    const withGap = columns();
    withGap.v[4321] = null;
    for (const series of [withGap, records()]) {
      const result = validateKpiDocument({ id: 'long', label: 'Long', series });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.kpi.series?.t.length).toBe(n);
      expect(result.kpi.series?.t[n - 1]).toBe(start + (n - 1) * 60_000);
    }
    const result = validateKpiDocument({ id: 'long', label: 'Long', series: withGap });
    expect(result.ok && Number.isNaN(result.kpi.series?.v[4321])).toBe(true);
  });

  it.each([
    ['a string value in the columns', (s: ReturnType<typeof columns>) => ((s.v as unknown[])[1500] = '45%'), '/series/v/1500: expected a number, got "45%"'],
    ['an infinite value', (s: ReturnType<typeof columns>) => (s.v[2500] = Infinity), '/series/v/2500: expected a finite number, got Infinity'],
    [
      'a time beyond what a Date holds',
      (s: ReturnType<typeof columns>) => (s.t[10] = 9e15),
      '/series/t/10: expected epoch milliseconds within ±8.64e15, got 9000000000000000',
    ],
    [
      'an impossible calendar date',
      (s: ReturnType<typeof columns>) => ((s.t as unknown[])[4999] = '2026-02-30'),
      '/series/t/4999: expected a real calendar date and time, got "2026-02-30"',
    ],
  ])('names the exact point for %s, as the schema does', (_name, spoil, expected) => {
    const series = columns();
    spoil(series);
    expect(diagnosticsOf(series)).toEqual([expected]);
  });

  it('names the exact record for a bad time in records', () => {
    const series = records();
    (series[1200] as { t: unknown }).t = 'yesterday';
    expect(diagnosticsOf(series)).toEqual(['/series/1200/t: expected an ISO 8601 date such as "2026-09-30", got "yesterday"']);
  });

  it('builds the same columns as the schema path: ISO times read as UTC, out-of-order points sorted', () => {
    const series = records();
    series[0] = { t: '2025-12-31T23:00:00Z', v: 7 };
    // Swap two neighbours, so the bulk path must sort.
    [series[10], series[11]] = [series[11]!, series[10]!];
    const result = validateKpiDocument({ id: 'long', label: 'Long', series });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const t = result.kpi.series!.t;
    expect(t[0]).toBe(Date.UTC(2025, 11, 31, 23));
    expect(result.kpi.series!.v[0]).toBe(7);
    expect(Array.from(t.subarray(9, 13))).toEqual([9, 10, 11, 12].map((i) => start + i * 60_000));
    expect(Array.from(result.kpi.series!.v.subarray(9, 13))).toEqual([9, 10, 11, 12]);
  });

  it('still checks that long columns have as many values as times', () => {
    const series = columns();
    series.v.pop();
    expect(diagnosticsOf(series)).toEqual([`/series/v: expected as many values as times (${n}), got ${n - 1}`]);
  });
});
