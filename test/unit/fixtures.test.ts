import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KpiDocument } from '../../src/core/document.js';
import { mapToDocument } from '../../src/core/mapping.js';
import { resolvePointer } from '../../src/core/pointer.js';
import { formatDiagnostic, validateKpiDocument } from '../../src/core/validate.js';
import { HTML_PAYLOAD, INVALID_DOCUMENT_PATHS, htmlPayload, invalidDocument, kpiFixtures, type KpiFixtureName } from '../../stories/fixtures/index.js';
import { saasBoard } from '../../stories/fixtures/boards.js';

const demoDir = new URL('../../demo/', import.meta.url);
const dataDir = new URL('data/', demoDir);
const demoHtml = readFileSync(new URL('index.html', demoDir), 'utf8');

/** Fixtures the demo page serves from `demo/data/<id>.json`. */
const DEMO_DATA: readonly KpiFixtureName[] = [
  'activationRate',
  'timeToFirstValue',
  'weeklyEngagedTeams',
  'trialToPaid',
  'netRevenueRetention',
  'logoChurn',
  'clusterUtilisation',
  'staleSignups',
  'emptyExpansionMrr',
];
/** The API-shaped response the pointer-mapped card reads; not a KPI document. */
const MAPPED_DATA = 'metrics.json';

/** Fixtures that end before week 47 on purpose, or have no series. */
const NOT_LIVE: readonly KpiFixtureName[] = ['retention7d', 'staleSignups', 'emptyExpansionMrr', 'apiAvailability'];

const entries = Object.entries(kpiFixtures) as [KpiFixtureName, KpiDocument][];

function lastTime(doc: KpiDocument): string | number | undefined {
  const series = doc.series;
  if (!series) return undefined;
  return Array.isArray(series) ? series.at(-1)?.t : series.t.at(-1);
}

function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1] as string, m[2] ?? '']));
}

describe('KPI fixtures', () => {
  it.each(entries)('validates %s', (_name, doc) => {
    const result = validateKpiDocument(doc);
    expect(result.ok ? [] : result.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('gives every fixture its own id', () => {
    const ids = entries.map(([, doc]) => doc.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reports the invalid document at /target/value and /series/2/v, and nowhere else', () => {
    const result = validateKpiDocument(invalidDocument);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.diagnostics.map((d) => d.path);
    expect([...paths].sort()).toEqual([...INVALID_DOCUMENT_PATHS].sort());
  });

  it('carries markup in every free-text field of the HTML payload fixture', () => {
    expect(htmlPayload.label).toBe(HTML_PAYLOAD);
    const texts = [
      htmlPayload.description,
      htmlPayload.goal,
      htmlPayload.owner,
      htmlPayload.unit,
      htmlPayload.comparison?.label,
      ...(htmlPayload.bands ?? []).map((band) => band.label),
      ...(htmlPayload.guardrails ?? []).flatMap((guardrail) => [guardrail.label, guardrail.unit]),
      ...(htmlPayload.annotations ?? []).flatMap((annotation) => [annotation.label, annotation.kind]),
    ];
    for (const text of texts) expect(text).toMatch(/<[a-z]/);
  });

  it('ends the live series in week 47 of 2026, so the demo does not read as stale', () => {
    for (const [name, doc] of entries) {
      if (NOT_LIVE.includes(name)) continue;
      const end = String(lastTime(doc));
      expect(end >= '2026-10-31' && end <= '2026-11-23', `${name} ends ${end}`).toBe(true);
    }
  });

  it('freezes the fixtures, so one test cannot change what another sees', () => {
    expect(Object.isFrozen(kpiFixtures.activationRate)).toBe(true);
    expect(Object.isFrozen(kpiFixtures.activationRate.guardrails?.[0]?.series)).toBe(true);
    expect(() => {
      (kpiFixtures.logoChurn.bands as { status: string }[])[0]!.status = 'critical';
    }).toThrow(TypeError);
  });
});

describe('demo data', () => {
  it.each(DEMO_DATA)('serves %s as an identical copy of the fixture', (name) => {
    const doc = kpiFixtures[name];
    const file = new URL(`${doc.id}.json`, dataDir);
    // `UPDATE_DEMO_DATA=1 npm run test:unit -- test/unit/fixtures.test.ts` rewrites the copies.
    if (process.env.UPDATE_DEMO_DATA) writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    expect(existsSync(file), `demo/data/${doc.id}.json is missing`).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(doc);
  });

  it('serves the SaaS board as an identical copy of its fixture', () => {
    const file = new URL(`${saasBoard.id}.json`, dataDir);
    if (process.env.UPDATE_DEMO_DATA) writeFileSync(file, `${JSON.stringify(saasBoard, null, 2)}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(saasBoard);
    expect(demoHtml).toMatch(new RegExp(`<leading-lagging-board [^>]*src="data/${saasBoard.id}\\.json"[^>]*></leading-lagging-board>`));
  });

  it('pins every element of every demo page to the review date the page states, so the demo reads the same on any day', () => {
    const pages = readdirSync(demoDir).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const html = readFileSync(new URL(page, demoDir), 'utf8');
      const tags = [...html.matchAll(/<(kpi-card|kpi-trend|leading-lagging-board)\b[^>]*>/g)].map((m) => m[0]);
      expect(tags.length, page).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, `${page}: ${tag}`).toContain('now="2026-11-23T09:00Z"');
      expect(html, page).toContain('Figures as of 23 November 2026, 09:00 UTC.');
    }
  });

  it('holds no data file that is not a fixture copy, the mapped API response or what a page’s <kpi-source> reads', () => {
    // An API response a demo page reads through one <kpi-source> (demo/intranet.html) is the page's own data.
    const pages = readdirSync(demoDir).filter((name) => name.endsWith('.html'));
    const sourced = pages.flatMap((page) =>
      [...readFileSync(new URL(page, demoDir), 'utf8').matchAll(/<kpi-source\b[^>]*\ssrc="data\/([^"]+)"/g)].map((m) => m[1] as string),
    );
    const expected = [...new Set([...DEMO_DATA.map((name) => `${kpiFixtures[name].id}.json`), MAPPED_DATA, `${saasBoard.id}.json`, ...sourced])].sort();
    expect(readdirSync(dataDir).sort()).toEqual(expected);
  });

  it('points every src attribute of the page at a file that exists', () => {
    const sources = [...demoHtml.matchAll(/<kpi-card\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] as string);
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(existsSync(new URL(src, demoDir)), src).toBe(true);
    const fixtureFiles = DEMO_DATA.map((name) => `data/${kpiFixtures[name].id}.json`);
    expect(sources.filter((src) => src !== `data/${MAPPED_DATA}`).sort()).toEqual([...fixtureFiles].sort());
  });

  it('embeds an inline document identical to its fixture', () => {
    const inline = [...demoHtml.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)];
    expect(inline).toHaveLength(1);
    const doc = JSON.parse(inline[0]![1] as string) as KpiDocument;
    expect(doc).toEqual(entries.find(([, fixture]) => fixture.id === doc.id)?.[1]);
  });

  it('maps metrics.json with pointers and keys that resolve', () => {
    const tag = demoHtml.match(/<kpi-card\b[^>]*series-pointer[^>]*>/)?.[0] ?? '';
    const attrs = attributes(tag.replace(/\s+/g, ' '));
    expect(attrs.get('src')).toBe(`data/${MAPPED_DATA}`);
    const response: unknown = JSON.parse(readFileSync(new URL(MAPPED_DATA, dataDir), 'utf8'));

    const value = resolvePointer(response, attrs.get('value-pointer') ?? '');
    expect(value).toEqual({ found: true, value: 0.41 });

    const history = resolvePointer(response, attrs.get('series-pointer') ?? '');
    expect(history.found).toBe(true);
    const rows = (history.found ? history.value : []) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(30);
    const timeKey = attrs.get('time-key') as string;
    const valueKey = attrs.get('value-key') as string;
    for (const row of rows) {
      expect(row[timeKey]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof row[valueKey]).toBe('number');
    }
    expect(rows.at(-1)?.[valueKey]).toBe(0.41);
  });

  it('turns metrics.json into the 38% → 45% retention KPI through the card’s own mapping', () => {
    const tag = demoHtml.match(/<kpi-card\b[^>]*series-pointer[^>]*>/)?.[0] ?? '';
    const attrs = attributes(tag.replace(/\s+/g, ' '));
    const response: unknown = JSON.parse(readFileSync(new URL(MAPPED_DATA, dataDir), 'utf8'));
    const mapped = mapToDocument(response, {
      kpiPointer: attrs.get('kpi-pointer'),
      valuePointer: attrs.get('value-pointer'),
      seriesPointer: attrs.get('series-pointer'),
      timeKey: attrs.get('time-key'),
      valueKey: attrs.get('value-key'),
    });
    expect(mapped.ok).toBe(true);
    const result = validateKpiDocument(mapped.ok ? mapped.document : undefined);
    expect(result.ok && [result.kpi.baseline?.value, result.kpi.target?.value, result.kpi.value]).toEqual([0.38, 0.45, 0.41]);
  });

  it('has no inline script, inline style or event handler, so it runs under a strict CSP', () => {
    const scripts = [...demoHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs = '', body = ''] of scripts) {
      const isModule = /\btype="module"/.test(attrs) && /\bsrc="/.test(attrs) && body.trim() === '';
      const isData = /\btype="application\/json"/.test(attrs);
      expect(isModule || isData, `<script${attrs}>`).toBe(true);
    }
    expect(scripts.filter(([, attrs = '']) => /\btype="module"/.test(attrs))).toHaveLength(1);
    expect(demoHtml).toContain('<script type="module" src="/src/kit.ts"></script>');
    expect(demoHtml).not.toMatch(/<style\b/i);
    expect(demoHtml).not.toMatch(/\sstyle=/i);
    expect(demoHtml).not.toMatch(/\son[a-z]+=/i);
    expect(demoHtml).not.toMatch(/javascript:/i);
  });
});
