/**
 * Generators and probes for the fuzz and XSS property tests (`fuzz.property.test.ts`,
 * `xss.property.test.ts`): KPI and board documents built to be valid far more
 * often than not, with the numbers at the ends of the number line, long and
 * degenerate series, and every string field drawn from an arbitrary the test
 * chooses (plain words, or XSS payloads); a corruption that breaks one field
 * at any depth; and the checks the properties share: every string an element
 * shows (text, aria-labels, titles), through nested kit elements' shadow roots,
 * and what the page reports going wrong (uncaught errors, console.error).
 */
import fc from 'fast-check';
import type { BoardDocument } from '../../../src/core/board-document.js';
import type { KpiDocument } from '../../../src/core/document.js';
import { HYGIENE_RULES } from '../../../src/core/hygiene-rules.js';
import { mulberry32 } from '../../../stories/fixtures/seeded-random.js';

/** 23 Nov 2026, noon UTC: "today" for every generated document. */
export const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;
/** The range a Date can hold, as the schema allows it for epoch milliseconds. */
const MAX_EPOCH_MS = 8.64e15;

// ── Strings ──────────────────────────────────────────────────────────────────

/**
 * Letters without `N`, `I` or `n`, so no generated label can spell "NaN",
 * "Infinity" or "undefined" and a match in the rendered text is always the kit's.
 * Right-to-left, CJK and astral characters included.
 */
const SAFE_CHARS = [...'abcdefghjklmopqrstuvwxyzABCDEFGHJKLMOPQRSTUVWXYZ0123456789 -_·.,%€éüß中文لعربي📈'];

/** Non-empty display text that cannot contain the words the fuzz test looks for. */
export const safeText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...SAFE_CHARS), minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...SAFE_CHARS), minLength: 120, maxLength: 240 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '·', '0', '-1', '%', 'e308') },
);

/** Script payloads: each one, if it ever ran or became markup, sets `window.__xss`. */
export const XSS_PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '"><script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  "{{constructor.constructor('window.__xss=1')()}}",
  '<svg onload=window.__xss=1>',
  "'><img src=x onerror=window.__xss=1>",
  '</title><img src=x onerror=window.__xss=1>',
  '</style><svg onload=window.__xss=1>',
  '${window.__xss=1}',
  '<a href="javascript:window.__xss=1">x</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>">',
  '<!--<img src=x onerror=window.__xss=1>-->',
] as const;

/** A payload alone, or inside ordinary text. */
export const payloadText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...XSS_PAYLOADS),
  fc.tuple(fc.constantFrom('', 'Revenue ', '€ ', 'x'), fc.constantFrom(...XSS_PAYLOADS), fc.constantFrom('', ' %', ' tickets')).map(([a, p, b]) => a + p + b),
);

// ── Numbers and times ────────────────────────────────────────────────────────

/** The finite numbers at the ends of the number line. */
export const EXTREMES = [
  1e308,
  -1e308,
  1.7e308,
  -1.7e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  5e-324,
  -5e-324,
  0,
  -0,
  1e-300,
  1e300,
  2 ** 53,
  -(2 ** 53),
  // Subnormals, and the smallest normal number.
  5e-323,
  -2.5e-320,
  1e-310,
  2.2250738585072014e-308,
] as const;

/** Any finite number, the extremes often. */
export const finiteNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EXTREMES) },
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1, max: 1, noNaN: true }) },
);

/** A time near the pinned now (mostly), or anywhere a Date can hold. */
const epochMs: fc.Arbitrary<number> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -800, max: 800 }).map((days) => NOW + days * DAY) },
  { weight: 1, arbitrary: fc.constantFrom(-MAX_EPOCH_MS, MAX_EPOCH_MS, 0, -1, NOW, NOW + 1) },
  { weight: 1, arbitrary: fc.integer({ min: -MAX_EPOCH_MS, max: MAX_EPOCH_MS }) },
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A time as the document writes it: epoch ms, an ISO date, or an ISO date-time with or without a zone. */
export const timestamp: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 3, arbitrary: epochMs },
  {
    weight: 3,
    arbitrary: fc.integer({ min: -800, max: 800 }).map((days) => new Date(NOW + days * DAY).toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        days: fc.integer({ min: -800, max: 800 }),
        h: fc.integer({ min: 0, max: 23 }),
        m: fc.integer({ min: 0, max: 59 }),
        zone: fc.constantFrom('', 'Z', '+02:00', '-0930', '+14:00'),
      })
      .map(({ days, h, m, zone }) => `${new Date(NOW + days * DAY).toISOString().slice(0, 10)}T${pad(h)}:${pad(m)}${zone}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-29', '2026-11-23', '2026-11-23T12:00:00.000Z') },
);

// ── Series ───────────────────────────────────────────────────────────────────

type Point = { t: number | string; v: number | null };
type SeriesDoc = Point[] | { t: (number | string)[]; v: (number | null)[] };

const pointValue: fc.Arbitrary<number | null> = fc.oneof({ weight: 6, arbitrary: finiteNumber }, { weight: 1, arbitrary: fc.constant(null) });

/** How a long series' values are made, each from a seeded stream. */
const LONG_SHAPES = ['walk', 'extreme-walk', 'alternating-extremes', 'constant', 'tiny', 'spike', 'gappy'] as const;

/** A long series (up to `maxLength` points) built from a seed, so fast-check stores a few numbers, not hundreds. */
function longSeries(maxLength: number): fc.Arbitrary<Point[]> {
  return fc
    .record({
      length: fc.integer({ min: Math.min(20, maxLength), max: maxLength }),
      seed: fc.integer(),
      shape: fc.constantFrom(...LONG_SHAPES),
      step: fc.constantFrom(DAY, 7 * DAY, 3_600_000, 1, 0, 31 * DAY),
      endDaysAgo: fc.integer({ min: -30, max: 400 }),
      scale: fc.constantFrom(1, 1e6, 1e300, 1.7e308, 1e-300),
    })
    .map(({ length, seed, shape, step, endDaysAgo, scale }) => {
      const random = mulberry32(seed);
      const end = NOW - endDaysAgo * DAY;
      let level = 0;
      return Array.from({ length }, (_, i): Point => {
        const t = end - (length - 1 - i) * step;
        const r = random();
        let v: number | null;
        switch (shape) {
          case 'walk':
            v = (level += (r - 0.5) * 10) * Math.min(scale, 1e6);
            break;
          case 'extreme-walk':
            level = Math.max(-1, Math.min(1, level + (r - 0.5) * 0.2));
            v = level * scale;
            break;
          case 'alternating-extremes':
            v = i % 2 === 0 ? 1.7e308 : -1.7e308;
            break;
          case 'constant':
            v = scale;
            break;
          case 'tiny':
            v = (r - 0.5) * 1e-300;
            break;
          case 'spike':
            v = i === length >> 1 ? 1.7e308 : r * 10;
            break;
          default:
            v = r < 0.4 ? null : r * 100;
        }
        return { t, v: v !== null && !Number.isFinite(v) ? 0 : v };
      });
    });
}

/**
 * A series: empty, a single point, points at one time, a short random one (gaps,
 * extremes, out of order), or a long seeded one; as records or as columns.
 */
export function series(maxLength = 500): fc.Arbitrary<SeriesDoc> {
  const points: fc.Arbitrary<Point[]> = fc.oneof(
    { weight: 1, arbitrary: fc.constant<Point[]>([]) },
    { weight: 2, arbitrary: fc.tuple(timestamp, pointValue).map(([t, v]) => [{ t, v }]) },
    { weight: 1, arbitrary: fc.tuple(timestamp, fc.array(pointValue, { minLength: 2, maxLength: 5 })).map(([t, vs]) => vs.map((v) => ({ t, v }))) },
    { weight: 4, arbitrary: fc.array(fc.record({ t: timestamp, v: pointValue }), { minLength: 2, maxLength: 12 }) },
    { weight: 2, arbitrary: longSeries(maxLength) },
  );
  return fc.tuple(points, fc.boolean()).map(([list, columns]) => (columns ? { t: list.map((p) => p.t), v: list.map((p) => p.v) } : list));
}

/** The defect issue 14 names: a 1.7e308 spike between 1 and 2, with a baseline and a time-bound target. */
export const SPIKE_DOCUMENT: KpiDocument = {
  id: 'spike',
  label: 'Spike',
  series: [
    { t: '2026-01-01', v: 1 },
    { t: '2026-01-02', v: 1.7e308 },
    { t: '2026-01-03', v: 2 },
  ],
  baseline: { value: 0, at: '2026-01-01' },
  target: { value: 10, by: '2026-12-31' },
};

// ── KPI documents ────────────────────────────────────────────────────────────

const LOCALES = ['en-US', 'de-DE', 'fr-CH', 'ar-EG', 'hi-IN', 'ja-JP', 'zh-Hans-CN', 'he-IL', 'th-TH-u-nu-thai', 'en-u-nu-arab', 'qq-ZZ', 'x'];

/** One band per gap between sorted, distinct edges; the first open below, the last open above. */
const bands = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.uniqueArray(
        finiteNumber.filter((n) => !Object.is(n, -0)),
        { minLength: 1, maxLength: 4 },
      ),
      fc.array(fc.record({ status: fc.constantFrom('good', 'warning', 'critical', 'neutral'), label: fc.option(text, { nil: undefined }) }), {
        minLength: 5,
        maxLength: 5,
      }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([edges, looks, closedBelow, closedAbove]) => {
      const sorted = [...edges].sort((a, b) => a - b);
      return Array.from({ length: sorted.length + 1 }, (_, i) => {
        const look = looks[i]!;
        const from = i > 0 ? sorted[i - 1] : closedBelow && sorted[0]! > -1e308 ? -1.7e308 : undefined;
        const to = i < sorted.length ? sorted[i] : closedAbove && sorted.at(-1)! < 1e308 ? 1.7e308 : undefined;
        return {
          ...(from !== undefined && { from }),
          ...(to !== undefined && { to }),
          status: look.status,
          ...(look.label !== undefined && { label: look.label }),
        };
      });
    });

/**
 * Thresholds that nest (deviation outside tolerance outside acceptance, on each side), each
 * edge present or not; now and then left random, which the validator may refuse.
 */
const thresholds = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.array(finiteNumber, { minLength: 3, maxLength: 3 }),
        fc.array(finiteNumber, { minLength: 3, maxLength: 3 }),
        fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }),
      )
      .map(([lows, highs, keep]) => {
        const [deviationLow, toleranceLow, acceptanceLow] = [...lows].sort((a, b) => a - b);
        const [acceptanceHigh, toleranceHigh, deviationHigh] = [...highs].sort((a, b) => a - b);
        const edges = {
          deviation: [deviationLow, deviationHigh],
          tolerance: [toleranceLow, toleranceHigh],
          acceptance: [acceptanceLow, acceptanceHigh],
        } as const;
        // Each edge kept 3 times in 4; a range with neither edge is left out, or kept empty when asked (keep 0 on both).
        const out: Record<string, { low?: number; high?: number }> = {};
        Object.entries(edges).forEach(([name, [low, high]], i) => {
          const [keepLow, keepHigh] = [keep[2 * i]!, keep[2 * i + 1]!];
          const range = { ...(keepLow > 0 && { low }), ...(keepHigh > 0 && { high }) };
          if (Object.keys(range).length > 0 || keepLow + keepHigh === 0) out[name] = range;
        });
        return out;
      }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { acceptance: fc.record({ low: finiteNumber, high: finiteNumber }, { requiredKeys: [] }), deviation: fc.record({ low: finiteNumber }) },
      { requiredKeys: [] },
    ),
  },
);

const format = (text: fc.Arbitrary<string>) =>
  fc.record(
    {
      style: fc.constantFrom('decimal', 'percent', 'currency', 'unit'),
      currency: fc.constantFrom('EUR', 'USD', 'JPY', 'BHD', 'XXX', 'ZZZ'),
      unit: fc.oneof(fc.constantFrom('percent', 'kilogram', 'hour', 'megabyte-per-second', 'tickets'), text),
      unitDisplay: fc.constantFrom('short', 'long', 'narrow'),
      notation: fc.constantFrom('standard', 'compact'),
      minimumFractionDigits: fc.integer({ min: 0, max: 20 }),
      maximumFractionDigits: fc.integer({ min: 0, max: 20 }),
    },
    { requiredKeys: [] },
  );

const guardrail = (text: fc.Arbitrary<string>, maxSeries: number) =>
  fc.record(
    {
      id: text,
      label: text,
      value: fc.option(finiteNumber, { nil: null }),
      series: series(maxSeries),
      direction: fc.constantFrom('increase', 'decrease'),
      limit: finiteNumber,
      format: format(text),
      unit: text,
    },
    { requiredKeys: ['label', 'direction', 'limit', 'value'] },
  );

export interface DocumentOptions {
  /** Every string field a person may read: label, unit, owner, goal, ids, annotation and band texts, format unit. */
  readonly text?: fc.Arbitrary<string>;
  /** The longest generated series. */
  readonly maxSeries?: number;
  /** The locale field, when the document has one. */
  readonly locale?: fc.Arbitrary<string>;
}

/**
 * A KPI document with every field optional but `id` and `label`: mostly valid
 * (random band edges and threshold ranges are sometimes refused, which is a
 * case too), with extreme finite values, long and degenerate series.
 */
export function kpiDocument({ text = safeText, maxSeries = 500, locale = fc.constantFrom(...LOCALES) }: DocumentOptions = {}): fc.Arbitrary<KpiDocument> {
  return fc
    .record(
      {
        id: text,
        label: text,
        description: fc.oneof(text, fc.constant('')),
        goal: text,
        owner: text,
        unit: text,
        format: format(text),
        locale,
        direction: fc.constantFrom('increase', 'decrease', 'target'),
        value: fc.option(finiteNumber, { nil: null }),
        series: series(maxSeries),
        baseline: fc.record({ value: finiteNumber, at: timestamp }, { requiredKeys: ['value'] }),
        target: fc.record({ value: finiteNumber, by: timestamp }, { requiredKeys: ['value'] }),
        targets: series(12),
        bands: bands(text),
        thresholds,
        comparison: fc.oneof(
          fc.record({ type: fc.constant('previous' as const), label: text }, { requiredKeys: ['type'] }),
          fc.record(
            { type: fc.constant('periods-ago' as const), periods: fc.integer({ min: 1, max: 600 }), label: text },
            { requiredKeys: ['type', 'periods'] },
          ),
          fc.record({ type: fc.constant('reference' as const), value: finiteNumber, label: text }, { requiredKeys: ['type', 'value'] }),
        ),
        minimumChange: fc.oneof(fc.constantFrom(0, 5e-324, 1e308, 1.7e308), fc.double({ min: 0, max: 100, noNaN: true })),
        guardrails: fc.array(guardrail(text, Math.min(maxSeries, 60)), { maxLength: 3 }),
        cadence: fc.constantFrom('daily', 'weekly', 'monthly', 'quarterly'),
        asOf: timestamp,
        maxAge: fc.constantFrom('P1D', 'PT36H', 'P1M', 'P1Y', 'P0D', 'PT1S', 'P1W', 'P9999Y', 'P1Y2M3DT4H5M6S', 'PT0.5S'),
        kind: fc.constantFrom('leading', 'lagging'),
        annotations: fc.array(fc.record({ t: timestamp, label: text, kind: text }, { requiredKeys: ['t', 'label'] }), { maxLength: 5 }),
      },
      { requiredKeys: ['id', 'label'] },
    )
    .map((doc) => ({
      ...doc,
      // Mostly what the validator needs besides the schema: a value or a series, and a target to aim at for `target`.
      ...(doc.value === undefined && doc.series === undefined && { value: doc.baseline?.value ?? 0 }),
      ...(doc.direction === 'target' && doc.target === undefined && { target: { value: doc.baseline?.value ?? 1 } }),
    }));
}

// ── Board documents ──────────────────────────────────────────────────────────

/** A KPI document as a board slot takes it: no `kind` (the slot decides it), its id made unique by `suffix`. */
const slot = (doc: KpiDocument, suffix: string): KpiDocument => {
  const { kind: _kind, ...rest } = doc;
  return { ...rest, id: `${doc.id}${suffix}` };
};

/**
 * A board document: up to 3 goals of up to 2 outcomes, 3 leading indicators and
 * 2 guardrails, every id unique, every `leads` naming outcomes of its own goal.
 */
export function boardDocument(options: DocumentOptions = {}): fc.Arbitrary<BoardDocument> {
  const text = options.text ?? safeText;
  const kpi = kpiDocument({ maxSeries: 120, ...options });
  const goal = fc.record({
    id: text,
    label: text,
    description: fc.option(text, { nil: undefined }),
    owner: fc.option(text, { nil: undefined }),
    outcomes: fc.array(kpi, { maxLength: 2 }),
    leading: fc.array(fc.tuple(kpi, fc.array(fc.nat(), { minLength: 1, maxLength: 2 })), { maxLength: 3 }),
    guardrails: fc.option(fc.array(kpi, { maxLength: 2 }), { nil: undefined }),
    off: fc.option(fc.subarray([...HYGIENE_RULES]), { nil: undefined }),
  });
  return fc
    .record({
      id: fc.option(text, { nil: undefined }),
      label: fc.option(text, { nil: undefined }),
      goals: fc.array(goal, { maxLength: 3 }),
      off: fc.option(fc.subarray([...HYGIENE_RULES]), { nil: undefined }),
    })
    .map(({ id, label, goals, off }) => {
      let n = 0;
      const unique = () => `·${n++}`;
      return {
        ...(id !== undefined && { id: `${id}${unique()}` }),
        ...(label !== undefined && { label }),
        goals: goals.map((g) => {
          const outcomes = g.outcomes.map((doc) => slot(doc, unique()));
          // A leading indicator needs an outcome to lead: without one, the goal has none.
          const leading =
            outcomes.length === 0
              ? []
              : g.leading.map(([doc, picks]) => ({ ...slot(doc, unique()), leads: [...new Set(picks.map((p) => outcomes[p % outcomes.length]!.id))] }));
          return {
            id: `${g.id}${unique()}`,
            label: g.label,
            ...(g.description !== undefined && { description: g.description }),
            ...(g.owner !== undefined && { owner: g.owner }),
            outcomes,
            leading,
            ...(g.guardrails !== undefined && { guardrails: g.guardrails.map((doc) => slot(doc, unique())) }),
            ...(g.off !== undefined && { hygiene: { off: g.off } }),
          };
        }),
        ...(off !== undefined && { hygiene: { off } }),
      };
    });
}

// ── Corruption ───────────────────────────────────────────────────────────────

/** Values no field of a document takes where it stands (mostly): wrong types, non-finite numbers, impossible dates. */
export const BAD_VALUES: readonly unknown[] = [
  null,
  '',
  'x',
  '45%',
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  {},
  [],
  true,
  '2026-02-30',
  8.64e15 + 1,
  'P',
  [1, 2],
  { t: 1 },
  '2026-13-01',
];

/** Every path in a JSON value, long arrays sampled at their ends and middle so a 500-point series does not swamp the rest. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    const picked = value.length > 6 ? [0, 1, value.length >> 1, value.length - 1] : value.keys();
    for (const i of picked) {
      into.push([...prefix, i]);
      pathsOf(value[i], [...prefix, i], into);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      into.push([...prefix, key]);
      pathsOf(child, [...prefix, key], into);
    }
  }
  return into;
}

/**
 * The document with one field, at any depth, replaced by `bad` (or deleted when `bad` is
 * the `DELETE` marker). The result may still be valid (an optional field deleted): the
 * tests ask the validator which it is.
 */
export function corrupt(doc: unknown, pick: number, bad: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const paths = pathsOf(copy);
  if (paths.length === 0) return bad;
  const path = paths[pick % paths.length]!;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (bad === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = bad;
  return copy;
}

/** Marks a corruption that deletes the field. */
export const DELETE = Symbol('delete');

/** A document from `valid` with one field broken: replaced by a bad value (or `badValue`), or deleted. */
export function corrupted(valid: fc.Arbitrary<unknown>, badValue: fc.Arbitrary<unknown> = fc.constantFrom(...BAD_VALUES)): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.oneof({ weight: 5, arbitrary: badValue }, { weight: 1, arbitrary: fc.constant(DELETE) }))
    .map(([doc, pick, bad]) => corrupt(doc, pick, bad));
}

// ── What an element shows ────────────────────────────────────────────────────

/** Attributes whose words a person reads (or hears). */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'alt', 'placeholder'];

export interface Shown {
  /** Where it was: `text`, or the attribute name, with the element's tag and class. */
  readonly where: string;
  readonly value: string;
}

/**
 * Every string an element shows, through its shadow root and those of the kit
 * elements nested in it (a board's cards): each text node (not style sheets),
 * the read attributes, and every other attribute (`what: 'all'`) for geometry such as `d`.
 */
export function shownStrings(host: Element, what: 'read' | 'all' = 'read'): Shown[] {
  const out: Shown[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      const where = `${node.localName}.${node.getAttribute('class') ?? ''}`;
      for (const attribute of node.attributes) {
        if (what === 'all' || READ_ATTRIBUTES.includes(attribute.name)) out.push({ where: `${where}[${attribute.name}]`, value: attribute.value });
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      out.push({ where: `text in ${parent ? `${parent.localName}.${parent.getAttribute('class') ?? ''}` : 'root'}`, value: node.textContent ?? '' });
    }
    for (const child of node.childNodes) visit(child);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

/** What a valid document must never show: a number that is not one, or a value that is missing. */
export const NOT_A_NUMBER = /NaN|Infinity|undefined|∞/;

/** The shown strings that spell a non-number. */
export function nonNumbersShown(host: Element): string[] {
  return shownStrings(host, 'all')
    .filter(({ value }) => NOT_A_NUMBER.test(value))
    .map(({ where, value }) => `${where}: ${value.length > 160 ? `${value.slice(0, 160)}…` : value}`);
}

/** Every shadow root under a host, nested ones included. */
export function shadowRootsOf(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return roots;
}

// ── What the page reports ────────────────────────────────────────────────────

/**
 * Records uncaught errors, unhandled rejections and calls to console.error from
 * `start()` to `stop()`; console.error still reaches the real console.
 *
 * Meanwhile mocha's `window.onerror` is set aside, so an error is kept from mocha: a property
 * then fails on the run that caused it, and fast-check shrinks that document, rather than mocha
 * failing whichever test happens to be running.
 */
export function pageProblems(): { start(): void; stop(): void; readonly list: string[] } {
  const list: string[] = [];
  const original = console.error;
  let mochaOnError: OnErrorEventHandler = null;
  /**
   * The arguments of the last console.error, and where it went in the list: the test runner's logger,
   * listening before these, echoes an uncaught error's `error` to console.error, which is no new problem.
   */
  let lastConsole: { args: unknown[]; index: number } | undefined;
  const onError = (event: ErrorEvent) => {
    if (lastConsole && lastConsole.index === list.length - 1 && lastConsole.args.length === 1 && lastConsole.args[0] === event.error) list.pop();
    list.push(`uncaught: ${String(event.error ?? event.message)}`);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    list.push(`unhandled rejection: ${String(event.reason)}`);
    event.preventDefault();
  };
  return {
    list,
    start() {
      list.length = 0;
      mochaOnError = window.onerror;
      window.onerror = null;
      window.addEventListener('error', onError, true);
      window.addEventListener('unhandledrejection', onRejection, true);
      console.error = (...args: unknown[]) => {
        lastConsole = { args, index: list.length };
        list.push(`console.error: ${args.map(String).join(' ')}`);
        original.apply(console, args);
      };
    },
    stop() {
      window.onerror = mochaOnError;
      window.removeEventListener('error', onError, true);
      window.removeEventListener('unhandledrejection', onRejection, true);
      console.error = original;
    },
  };
}

/** One task turn, so an error event or rejection queued by the last update is heard. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
