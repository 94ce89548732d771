/**
 * Named SVG snapshots of the card's graphics, reviewed as diffs (see support/snapshot.ts):
 * the sparkline over the shared band scheme, the bullet graph with its scale, bar or marker, and
 * the board's connectors in both directions.
 */
import { describe, it } from 'vitest';
import type { KpiStatus } from '../../src/core/document.js';
import { toSeries } from '../../src/core/series.js';
import { bulletGeometry, type BulletGeometry } from '../../src/render/bullet.js';
import { connectorGeometry, type Box, type ConnectorDirection } from '../../src/render/connectors.js';
import { sparklineGeometry, type SparklineGeometry } from '../../src/render/sparkline.js';
import { expectSnapshot, r } from './support/snapshot.js';

/** The default light band colours (src/styles/tokens.styles.ts), so a snapshot looks as the card does. */
const BAND: Readonly<Record<KpiStatus, string>> = { good: '#edf2ee', warning: '#dad7cd', critical: '#c2b7b4', neutral: 'none' };

const WEEK = 7 * 86_400_000;
const weekly = (values: (number | null)[]) => toSeries({ t: values.map((_, i) => Date.UTC(2026, 8, 7) + i * WEEK), v: values });

const bands = [
  { from: -Infinity, to: 0.3, status: 'critical' as const, label: 'off track' },
  { from: 0.3, to: 0.36, status: 'warning' as const, label: 'at risk' },
  { from: 0.36, to: Infinity, status: 'good' as const, label: 'on track' },
];

function sparklineSvg(g: SparklineGeometry, width: number, height: number): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    ...g.bands.map((b) => `<rect x="0" width="${width}" y="${r(b.y)}" height="${r(b.height)}" fill="${BAND[b.status]}"/>`),
    g.targetY !== undefined ? `<line x1="0" x2="${width}" y1="${r(g.targetY)}" y2="${r(g.targetY)}" stroke="#111417" stroke-dasharray="3 3"/>` : '',
    `<path d="${g.line}" fill="none" stroke="#2b5fb4" stroke-width="1.5"/>`,
    g.last ? `<circle cx="${r(g.last.x)}" cy="${r(g.last.y)}" r="2.5" fill="#2b5fb4"/>` : '',
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}

/** The bullet graph as the card's template draws it (percent units), at 240 × 38 px. */
function bulletSvg(g: BulletGeometry): string {
  const px = (pct: number) => r((pct / 100) * 240);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="38" viewBox="0 0 240 38" font-family="sans-serif" font-size="10">',
    '<rect width="240" height="38" fill="white"/>',
    ...g.bands.map((b) => `<rect x="${px(b.x)}" width="${px(b.width)}" y="0" height="24" fill="${BAND[b.status]}"><title>${b.label}</title></rect>`),
    g.measure === 'bar'
      ? `<rect x="${px(g.bar.x)}" width="${px(g.bar.width)}" y="8" height="8" fill="#2b3138"/>`
      : `<rect x="${r(Number(px(g.bar.x)) - 5)}" width="10" y="7" height="10" rx="5" fill="#2b3138" stroke="white" stroke-width="1.5"/>`,
    g.comparative !== undefined ? `<rect x="${r(Number(px(g.comparative)) - 1)}" width="2" y="5" height="14" fill="#111417" fill-opacity="0.55"/>` : '',
    g.target !== undefined ? `<rect x="${r(Number(px(g.target)) - 1.5)}" width="3" y="2" height="20" fill="#111417" stroke="white"/>` : '',
    ...g.ticks.map(
      (t) =>
        `<line x1="${px(t.x)}" x2="${px(t.x)}" y1="24" y2="27" stroke="#5b636b"/><text x="${px(t.x)}" y="37" text-anchor="${t.x <= 0 ? 'start' : t.x >= 100 ? 'end' : 'middle'}">${t.value}</text>`,
    ),
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}

describe('sparkline snapshots', () => {
  it('sparkline: a weekly rate over its three bands, with a gap, the target rule and the end dot', () => {
    const series = weekly([0.29, 0.3, 0.31, null, 0.33, 0.35, 0.34, 0.37, 0.36, 0.38, 0.365]);
    expectSnapshot('sparkline.svg', sparklineSvg(sparklineGeometry({ series, width: 240, height: 40, yDomain: 'fit', bands, target: 0.4 }), 240, 40));
  });

  it('sparkline-zero: the same series on an axis from zero', () => {
    const series = weekly([0.29, 0.3, 0.31, null, 0.33, 0.35, 0.34, 0.37, 0.36, 0.38, 0.365]);
    expectSnapshot('sparkline-zero.svg', sparklineSvg(sparklineGeometry({ series, width: 240, height: 40, yDomain: 'zero', bands, target: 0.4 }), 240, 40));
  });

  it('sparkline-flat: a flat series is padded as the trend pads it (5 % either side), not stretched', () => {
    const series = weekly([12, 12, 12, 12, 12]);
    expectSnapshot('sparkline-flat.svg', sparklineSvg(sparklineGeometry({ series, width: 120, height: 40, yDomain: 'fit' }), 120, 40));
  });
});

describe('bullet graph snapshots', () => {
  it('bullet: bands, the bar from zero, the target and baseline ticks, the scale', () => {
    expectSnapshot('bullet.svg', bulletSvg(bulletGeometry({ bands, value: 0.365, target: 0.4, comparative: 0.3 })));
  });

  it('bullet-fitted: far from zero the scale fits the data, and the measure is a marker on a labelled scale', () => {
    const availability = [
      { from: -Infinity, to: 0.995, status: 'critical' as const, label: 'off target' },
      { from: 0.995, to: 0.999, status: 'warning' as const, label: 'deviating' },
      { from: 0.999, to: Infinity, status: 'good' as const, label: 'on target' },
    ];
    expectSnapshot('bullet-fitted.svg', bulletSvg(bulletGeometry({ bands: availability, value: 0.9996, target: 0.999 })));
  });

  it('bullet-lower-is-better: the worst band on the right, a value past the target', () => {
    const churn = [
      { from: -Infinity, to: 0.015, status: 'good' as const, label: 'on target' },
      { from: 0.015, to: 0.025, status: 'warning' as const, label: 'above target' },
      { from: 0.025, to: Infinity, status: 'critical' as const, label: 'critical' },
    ];
    expectSnapshot('bullet-lower-is-better.svg', bulletSvg(bulletGeometry({ bands: churn, value: 0.027, target: 0.015 })));
  });
});

describe('connector snapshots', () => {
  // Three leading cards beside one outcome, 600 px wide: the board's e-commerce lane in outline.
  const leading = (direction: ConnectorDirection): Map<string, Box> => {
    const x = direction === 'ltr' ? 0 : 380;
    return new Map([
      ['repeat', { x, y: 0, width: 220, height: 120 }],
      ['cart', { x, y: 140, width: 220, height: 120 }],
      ['order', { x, y: 280, width: 220, height: 120 }],
    ]);
  };
  const outcome = (direction: ConnectorDirection): Map<string, Box> =>
    new Map([['revenue', { x: direction === 'ltr' ? 340 : 40, y: 0, width: 220, height: 200 }]]);
  const links = [
    { from: 'repeat', to: 'revenue' },
    { from: 'cart', to: 'revenue' },
    { from: 'order', to: 'revenue' },
  ];
  const boxSvg = (box: Box, label: string) =>
    `<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}" rx="8" fill="white" stroke="#d4d8dd"/><text x="${r(box.x + 8)}" y="${r(box.y + 16)}">${label}</text>`;

  for (const direction of ['ltr', 'rtl'] as const) {
    it(`connectors-${direction}: three leads into one outcome, ending at distinct points on its ${direction === 'ltr' ? 'left' : 'right'} edge`, () => {
      const lead = leading(direction);
      const out = outcome(direction);
      const connectors = connectorGeometry({ leading: lead, outcomes: out, links, direction });
      const svg = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400" font-family="sans-serif" font-size="11">',
        '<rect width="600" height="400" fill="#f4f5f7"/>',
        ...[...lead].map(([key, box]) => boxSvg(box, key)),
        ...[...out].map(([key, box]) => boxSvg(box, key)),
        ...connectors.map(
          (c, i) =>
            `<path d="${c.path}" fill="none" stroke="#5b636b" stroke-width="2"${i === 2 ? ' stroke-dasharray="5 4"' : ''}/><polygon points="${c.head}" fill="#5b636b"/>` +
            `<text x="${r(c.label.align === 'left' ? c.label.x : c.label.x + c.label.width)}" y="${r(c.label.bottom - 2)}" text-anchor="${c.label.align === 'left' ? 'start' : 'end'}">leads by ~${i + 2} weeks</text>`,
        ),
        '</svg>',
      ]
        .join('\n')
        .concat('\n');
      expectSnapshot(`connectors-${direction}.svg`, svg);
    });
  }
});
