import { describe, expect, it } from 'vitest';
import { mapToDocument, parseFormatPreset } from '../../src/core/mapping.js';

const api = {
  metrics: {
    retention: {
      d7: {
        current: 0.41,
        history: [
          { date: '2026-11-01', value: 0.4 },
          { date: '2026-11-02', value: 0.41 },
        ],
        columns: { date: ['2026-11-01'], value: [0.4] },
      },
    },
  },
};

describe('mapToDocument', () => {
  it('passes a KPI document through untouched when nothing maps it', () => {
    const doc = { id: 'a', label: 'A', value: 1 };
    const mapped = mapToDocument(doc, {});
    expect(mapped.ok && mapped.document).toBe(doc);
  });

  it('builds a document from a value pointer and records mapped with time and value keys', () => {
    const mapped = mapToDocument(api, {
      valuePointer: '/metrics/retention/d7/current',
      seriesPointer: '/metrics/retention/d7/history',
      timeKey: 'date',
      valueKey: 'value',
      label: '7-day retention',
      fallbackId: 'retention',
      format: 'percent',
    });
    expect(mapped.ok && mapped.document).toEqual({
      id: 'retention',
      label: '7-day retention',
      format: { style: 'percent', maximumFractionDigits: 1 },
      value: 0.41,
      series: [
        { t: '2026-11-01', v: 0.4 },
        { t: '2026-11-02', v: 0.41 },
      ],
    });
  });

  it.each([
    [{ seriesPointer: '/metrics/retention/d7/history', timeKey: 'date', valueKey: 'value' }, '/series/1/v', '/metrics/retention/d7/history/1/value'],
    [{ seriesPointer: '/metrics/retention/d7/history', timeKey: 'date', valueKey: 'value' }, '/series/0/t', '/metrics/retention/d7/history/0/date'],
    [{ seriesPointer: '/metrics/retention/d7/columns', timeKey: 'date', valueKey: 'value' }, '/series/v/0', '/metrics/retention/d7/columns/value/0'],
    [{ valuePointer: '/metrics/retention/d7/current' }, '/value', '/metrics/retention/d7/current'],
    [{ kpiPointer: '/metrics' }, '/target/value', '/metrics/target/value'],
  ])('maps a document path back to the source JSON: %j %s → %s', (options, documentPath, sourcePath) => {
    const mapped = mapToDocument(api, options);
    expect(mapped.ok && mapped.sourcePath(documentPath)).toBe(sourcePath);
  });

  it('escapes keys with slashes and tildes in source paths (RFC 6901)', () => {
    const mapped = mapToDocument({ s: [{ 'a/b': 1, '~v': 2 }] }, { seriesPointer: '/s', timeKey: 'a/b', valueKey: '~v' });
    expect(mapped.ok && mapped.sourcePath('/series/0/v')).toBe('/s/0/~0v');
    expect(mapped.ok && mapped.sourcePath('/series/0/t')).toBe('/s/0/a~1b');
  });

  it.each([
    [{ valuePointer: '/metrics/nope/current' }, 'value-pointer "/metrics/nope/current" found nothing at /metrics/nope'],
    [{ seriesPointer: '/metrics/retention/d8' }, 'series-pointer "/metrics/retention/d8" found nothing at /metrics/retention/d8'],
    [{ kpiPointer: 'metrics' }, 'kpi-pointer "metrics" found nothing at metrics'],
    [{ format: 'percentage' }, 'format "percentage" is not one of percent, decimal, compact, currency:XXX, or unit:NAME'],
  ])('says which mapping found nothing: %j', (options, message) => {
    expect(mapToDocument(api, options)).toMatchObject({ ok: false, message });
  });

  it('reports a transform that throws, with its message', () => {
    const mapped = mapToDocument(api, {
      transform: () => {
        throw new Error('no metrics');
      },
    });
    expect(mapped).toMatchObject({ ok: false, message: 'transform threw: no metrics' });
  });

  it('applies pointers after the transform', () => {
    const mapped = mapToDocument(api, { transform: (json) => (json as typeof api).metrics, valuePointer: '/retention/d7/current', label: 'R' });
    expect(mapped.ok && (mapped.document as { value: number }).value).toBe(0.41);
  });
});

describe('parseFormatPreset', () => {
  it.each([
    ['percent', { style: 'percent', maximumFractionDigits: 1 }],
    ['compact', { notation: 'compact' }],
    ['currency:EUR', { style: 'currency', currency: 'EUR' }],
    ['unit:hour', { style: 'unit', unit: 'hour' }],
    ['currency:eur', undefined],
    ['unit:', undefined],
    ['percent:2', undefined],
  ])('reads %s', (preset, expected) => {
    expect(parseFormatPreset(preset)).toEqual(expected);
  });
});

describe('mapToDocument ids', () => {
  it.each([
    [{ label: '7-day retention (EU)', valuePointer: '/metrics/retention/d7/current' }, '7-day-retention-eu'],
    [{ label: 'Zufriedenheit Ø', valuePointer: '/metrics/retention/d7/current' }, 'zufriedenheit-ø'],
    [{ label: 'Retention', fallbackId: 'card-3', valuePointer: '/metrics/retention/d7/current' }, 'card-3'],
  ])('takes the element id, else a slug of the label: %j → %s', (options, id) => {
    const mapped = mapToDocument(api, options);
    expect(mapped.ok && (mapped.document as { id: string }).id).toBe(id);
  });
});

describe('mapToDocument with empty pointers (RFC 6901: "" is the whole document)', () => {
  const rows = [
    { date: '2026-11-01', rate: 0.4 },
    { date: '2026-11-02', rate: 0.41 },
  ];

  it('maps a root-level array with series-pointer ""', () => {
    const mapped = mapToDocument(rows, { seriesPointer: '', timeKey: 'date', valueKey: 'rate', label: 'Rate' });
    expect(mapped.ok && mapped.document).toEqual({
      id: 'rate',
      label: 'Rate',
      series: [
        { t: '2026-11-01', v: 0.4 },
        { t: '2026-11-02', v: 0.41 },
      ],
    });
    expect(mapped.ok && mapped.sourcePath('/series/1/v')).toBe('/1/rate');
  });

  it('maps a root-level number with value-pointer ""', () => {
    const mapped = mapToDocument(42, { valuePointer: '', label: 'Answer' });
    expect(mapped.ok && mapped.document).toEqual({ id: 'answer', label: 'Answer', value: 42 });
    expect(mapped.ok && mapped.sourcePath('/value')).toBe('');
  });

  it('reads kpi-pointer "" as the whole document', () => {
    const doc = { id: 'a', label: 'A', value: 1 };
    const mapped = mapToDocument(doc, { kpiPointer: '' });
    expect(mapped.ok && mapped.document).toBe(doc);
    expect(mapped.ok && mapped.sourcePath('/value')).toBe('/value');
  });

  it('treats a removed attribute (null) as no pointer', () => {
    const doc = { id: 'a', label: 'A', value: 1 };
    const mapped = mapToDocument(doc, { seriesPointer: null as unknown as undefined, valuePointer: null as unknown as undefined });
    expect(mapped.ok && mapped.document).toBe(doc);
  });
});
