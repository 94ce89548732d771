import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectorGeometry, spreadAlong, type Box, type ConnectorGeometry, type ConnectorInput, type ConnectorLink } from '../../src/render/connectors.js';

const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });
const link = (from: string, to: string): ConnectorLink => ({ from, to });

/** Every number in a connector's strings and points. */
const numbersOf = (c: ConnectorGeometry): number[] => [
  ...(c.path.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number),
  ...(c.head.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number),
  c.start.x,
  c.start.y,
  c.end.x,
  c.end.y,
  c.label.x,
  c.label.bottom,
  c.label.width,
];

/** The same lane mirrored for right to left: x ↦ width − x − box width. */
const mirrored = (boxes: ReadonlyMap<string, Box>, width: number): Map<string, Box> =>
  new Map([...boxes].map(([key, b]) => [key, { ...b, x: width - b.x - b.width }]));

/*
 * The lane below, in px. Leading card L (0,0) 100 × 80 and outcome O (200,20) 150 × 200, so the
 * facing edges are 100 apart: the bend takes 28 and the run 72; the start is at L's middle (40,
 * under the 48 anchor), the end 48 below O's top (68).
 */
const L = box(0, 0, 100, 80);
const O = box(200, 20, 150, 200);

describe('connectorGeometry', () => {
  it.each<[string, Omit<ConnectorInput, 'direction'>, ConnectorInput['direction'], Partial<ConnectorGeometry>[]]>([
    [
      'one pair, left to right: a run from the right edge of the leading card, a bend, an arrow into the outcome’s left edge',
      { leading: new Map([['l', L]]), outcomes: new Map([['o', O]]), links: [link('l', 'o')] },
      'ltr',
      [
        {
          start: { x: 100, y: 40 },
          end: { x: 200, y: 68 },
          path: 'M100,40H172C186,40 186,68 200,68',
          head: '200,68 192,64 192,72',
          label: { x: 104, bottom: 36, width: 68, align: 'left' },
        },
      ],
    ],
    [
      'the same pair right to left: the lane mirrored (x ↦ 350 − x), from the left edge of the leading card to the outcome’s right edge',
      { leading: mirrored(new Map([['l', L]]), 350), outcomes: mirrored(new Map([['o', O]]), 350), links: [link('l', 'o')] },
      'rtl',
      [
        {
          start: { x: 250, y: 40 },
          end: { x: 150, y: 68 },
          path: 'M250,40H178C164,40 164,68 150,68',
          head: '150,68 158,64 158,72',
          // The left-to-right label box 104…172, mirrored: 178…246, its text kept to the card's side.
          label: { x: 178, bottom: 36, width: 68, align: 'right' },
        },
      ],
    ],
    [
      'two leading cards into one outcome: the ends spread 32 apart around 48 below its top (32 and 64), in the order of the starts',
      {
        leading: new Map([
          ['l2', box(0, 100, 100, 80)],
          ['l1', box(0, 0, 100, 80)],
        ]),
        outcomes: new Map([['o', box(200, 0, 150, 200)]]),
        // Listed bottom card first: the ends still follow the starts, so the lines do not cross.
        links: [link('l2', 'o'), link('l1', 'o')],
      },
      'ltr',
      [
        { link: 0, from: 'l2', start: { x: 100, y: 140 }, end: { x: 200, y: 64 }, path: 'M100,140H172C186,140 186,64 200,64' },
        { link: 1, from: 'l1', start: { x: 100, y: 40 }, end: { x: 200, y: 32 }, path: 'M100,40H172C186,40 186,32 200,32' },
      ],
    ],
    [
      'one leading card leading two outcomes: the starts spread along its edge (32 and 64), the upper one to the upper outcome',
      {
        leading: new Map([['l', box(0, 0, 100, 120)]]),
        outcomes: new Map([
          ['o1', box(200, 0, 150, 100)],
          ['o2', box(200, 150, 150, 100)],
        ]),
        links: [link('l', 'o2'), link('l', 'o1')],
      },
      'ltr',
      [
        { link: 0, to: 'o2', start: { x: 100, y: 64 }, end: { x: 200, y: 198 }, label: { x: 104, bottom: 60, width: 68, align: 'left' } },
        { link: 1, to: 'o1', start: { x: 100, y: 32 }, end: { x: 200, y: 48 }, label: { x: 104, bottom: 28, width: 68, align: 'left' } },
      ],
    ],
    [
      'three ends on a short outcome card (40 px): a 10 px margin, then 10 px apart, still distinct',
      {
        leading: new Map([
          ['a', box(0, 0, 100, 40)],
          ['b', box(0, 50, 100, 40)],
          ['c', box(0, 100, 100, 40)],
        ]),
        outcomes: new Map([['o', box(200, 0, 150, 40)]]),
        links: [link('a', 'o'), link('b', 'o'), link('c', 'o')],
      },
      'ltr',
      [{ end: { x: 200, y: 10 } }, { end: { x: 200, y: 20 } }, { end: { x: 200, y: 30 } }],
    ],
    [
      'a narrow gap (40 px): the bend takes half of it, the run the other half',
      { leading: new Map([['l', box(0, 0, 100, 80)]]), outcomes: new Map([['o', box(140, 0, 100, 80)]]), links: [link('l', 'o')] },
      'ltr',
      [{ path: 'M100,40H120C130,40 130,40 140,40', label: { x: 104, bottom: 36, width: 16, align: 'left' } }],
    ],
  ])('%s', (_, lane, direction, expected) => {
    const connectors = connectorGeometry({ ...lane, direction });
    expect(connectors).toHaveLength(expected.length);
    connectors.forEach((c, i) => expect(c).toMatchObject(expected[i] as object));
    for (const c of connectors) expect(numbersOf(c).every(Number.isFinite)).toBe(true);
  });

  it.each<[string, ConnectorInput]>([
    ['no links', { leading: new Map([['l', L]]), outcomes: new Map([['o', O]]), links: [], direction: 'ltr' }],
    ['a leading card not laid out', { leading: new Map(), outcomes: new Map([['o', O]]), links: [link('l', 'o')], direction: 'ltr' }],
    [
      'an outcome card with no size (a collapsed goal)',
      { leading: new Map([['l', L]]), outcomes: new Map([['o', box(0, 0, 0, 0)]]), links: [link('l', 'o')], direction: 'ltr' },
    ],
    ['a box of NaN', { leading: new Map([['l', box(NaN, 0, 100, 80)]]), outcomes: new Map([['o', O]]), links: [link('l', 'o')], direction: 'ltr' }],
    ['an infinite box', { leading: new Map([['l', L]]), outcomes: new Map([['o', box(200, 0, Infinity, 80)]]), links: [link('l', 'o')], direction: 'ltr' }],
    [
      'a stacked lane: the outcome under the leading card, so no edges face',
      { leading: new Map([['l', box(0, 0, 300, 80)]]), outcomes: new Map([['o', box(0, 100, 300, 200)]]), links: [link('l', 'o')], direction: 'ltr' },
    ],
    [
      'left-to-right boxes read right to left: the edges face away',
      { leading: new Map([['l', L]]), outcomes: new Map([['o', O]]), links: [link('l', 'o')], direction: 'rtl' },
    ],
    ['a gap under 16 px', { leading: new Map([['l', L]]), outcomes: new Map([['o', box(110, 0, 100, 80)]]), links: [link('l', 'o')], direction: 'ltr' }],
  ])('leaves out what it cannot draw, without throwing: %s', (_, input) => {
    expect(connectorGeometry(input)).toEqual([]);
  });

  it('draws the rest when one link cannot be drawn, keeping each one’s index', () => {
    const connectors = connectorGeometry({
      leading: new Map([['l', L]]),
      outcomes: new Map([['o', O]]),
      links: [link('gone', 'o'), link('l', 'o')],
      direction: 'ltr',
    });
    expect(connectors.map((c) => c.link)).toEqual([1]);
    // Alone on the outcome's edge, so at its anchor, as if the missing one were not listed.
    expect(connectors[0]?.end).toEqual({ x: 200, y: 68 });
  });

  const finiteBox = fc.record({
    x: fc.double({ min: -2000, max: 2000, noNaN: true }),
    y: fc.double({ min: -2000, max: 2000, noNaN: true }),
    width: fc.double({ min: 0, max: 800, noNaN: true }),
    height: fc.double({ min: 0, max: 800, noNaN: true }),
  });

  it('gives finite coordinates and distinct end points on every outcome edge, in either direction, for any boxes', () => {
    fc.assert(
      fc.property(
        fc.array(finiteBox, { minLength: 1, maxLength: 5 }),
        fc.array(finiteBox, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(4), fc.nat(2)), { maxLength: 10 }),
        fc.constantFrom('ltr' as const, 'rtl' as const),
        (leadingBoxes, outcomeBoxes, pairs, direction) => {
          const leading = new Map(leadingBoxes.map((b, i) => [`l${i}`, b]));
          const outcomes = new Map(outcomeBoxes.map((b, i) => [`o${i}`, b]));
          const unique = [...new Set(pairs.map(([l, o]) => `l${l % leadingBoxes.length} o${o % outcomeBoxes.length}`))];
          const links = unique.map((key) => {
            const [from, to] = key.split(' ') as [string, string];
            return link(from, to);
          });
          const connectors = connectorGeometry({ leading, outcomes, links, direction });
          for (const c of connectors) expect(numbersOf(c).every(Number.isFinite)).toBe(true);
          for (const to of outcomes.keys()) {
            const ends = connectors.filter((c) => c.to === to).map((c) => c.end.y);
            // Rounded to 0.01 px: distinct unless the card is under a few hundredths of a pixel tall.
            if ((outcomes.get(to)?.height ?? 0) > 1) expect(new Set(ends).size).toBe(ends.length);
          }
        },
      ),
    );
  });
});

describe('spreadAlong', () => {
  it.each<[string, Box, number, number[]]>([
    ['one anchor on a tall card: 48 below its top', box(0, 100, 10, 300), 1, [148]],
    ['one anchor on a short card: its middle', box(0, 0, 10, 60), 1, [30]],
    ['three anchors, 32 apart, centred on the anchor', box(0, 0, 10, 300), 3, [16, 48, 80]],
    ['four anchors kept inside the edge: from its 12 px margin down', box(0, 0, 10, 100), 4, [12, 37.33333333333333, 62.666666666666664, 88]],
    ['none', box(0, 0, 10, 100), 0, []],
    ['on an empty box, none', box(0, 0, 0, 0), 2, []],
  ])('%s', (_, edge, count, expected) => {
    const ys = spreadAlong(edge, count);
    expect(ys).toHaveLength(expected.length);
    ys.forEach((y, i) => expect(y).toBeCloseTo(expected[i] as number, 9));
  });
});
