/**
 * Connector geometry for the leading/lagging board, without a DOM: the cards'
 * boxes in px and the leading → outcome pairs in, SVG path strings, arrowheads
 * and label boxes out. The element measures its cards and draws what this
 * returns; the node tests check the numbers by hand.
 *
 * Each connector leaves its leading card's edge that faces the outcomes (the
 * right edge left to right, the left edge right to left) in a straight run,
 * where its label sits, then bends to the outcome card's facing edge and ends
 * there in an arrowhead. Every run lies in the same strip beside the leading
 * cards and every bend beyond it, so a label never meets another connector's
 * bend, only runs, which are apart by a card's height or by `spacing`.
 *
 * Where several connectors share an edge, their anchors are spread along it,
 * in the order of the cards at their other ends, so they never meet at one
 * point and do not cross where they arrive. Degenerate input (a missing or
 * empty box, NaN, cards that do not face each other, as when the lane is
 * stacked) never throws: that link is left out.
 */
import { clamp, MAX_PX } from './linear.js';

/** A card's border box, in px: `x` from the drawing area's left edge, `y` from its top. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A leading indicator and the outcome it leads, by their keys in `leading` and `outcomes`. */
export interface ConnectorLink {
  readonly from: string;
  readonly to: string;
}

/** Which way the lane reads: leading indicators on the left (`ltr`) or on the right (`rtl`). */
export type ConnectorDirection = 'ltr' | 'rtl';

export interface ConnectorInput {
  readonly leading: ReadonlyMap<string, Box>;
  readonly outcomes: ReadonlyMap<string, Box>;
  readonly links: readonly ConnectorLink[];
  readonly direction: ConnectorDirection;
  /** Horizontal room for the bend, at most half the gap. Default 28. The straight run where the label sits takes the rest. */
  readonly bend?: number;
  /** How far below a card's top its first anchor lies at most (near the card's value); less on a card under twice this tall. Default 48. */
  readonly anchor?: number;
  /** Space between anchors spread along one edge; less on an edge too short for it. Default 32. */
  readonly spacing?: number;
  /** Space between a run and its label, and between a card's edge and the label. Default 4. */
  readonly labelGap?: number;
  /** Arrowhead length; its width is the same. Default 8. */
  readonly head?: number;
  /** The narrowest gap between the facing edges that is still drawn. Default 16. */
  readonly minGap?: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where a connector's label goes: a box beside its run, above it. */
export interface ConnectorLabel {
  /** The box's left edge. */
  readonly x: number;
  /** The box's bottom edge: the label sits on top of this line. */
  readonly bottom: number;
  /** The box's width: the run's length, less the gap at the card's edge. */
  readonly width: number;
  /** Which side the text keeps to: the card's side (`left` in `ltr`, `right` in `rtl`). */
  readonly align: 'left' | 'right';
}

export interface ConnectorGeometry {
  /** The link's index in `links`. */
  readonly link: number;
  readonly from: string;
  readonly to: string;
  /** On the leading card's edge. */
  readonly start: Point;
  /** On the outcome card's edge: the arrow's tip. */
  readonly end: Point;
  /** The run, then a cubic bend: `M x1,y1 H xr C … x2,y2`. */
  readonly path: string;
  /** The arrowhead, as SVG polygon points: tip, then the two corners of its base. */
  readonly head: string;
  readonly label: ConnectorLabel;
}

const DEFAULTS = { bend: 28, anchor: 48, spacing: 32, labelGap: 4, head: 8, minGap: 16 } as const;

/** Boxes and options are clamped to MAX_PX first, so no sum of them overflows and every coordinate emitted is finite. */
const bounded = (value: number): number => clamp(value, -MAX_PX, MAX_PX);

/** Coordinates to 2 decimals: short, stable strings, and no `-0`. */
const round = (value: number): number => Math.round(value * 100) / 100 + 0;

const usable = (box: Box | undefined): box is Box =>
  box !== undefined && [box.x, box.y, box.width, box.height].every(Number.isFinite) && box.width > 0 && box.height > 0;

/** A usable box moved and cut to within MAX_PX. */
const boundedBox = (box: Box): Box => ({ x: bounded(box.x), y: bounded(box.y), width: bounded(box.width), height: bounded(box.height) });

/**
 * `count` distinct heights along a box's edge: about `anchor` below its top
 * (its middle on a short card), `spacing` apart, kept inside the edge with a
 * margin of up to 12 px at either end, so they stay distinct on any box taller than 0.
 */
export function spreadAlong(box: Box, count: number, anchor: number = DEFAULTS.anchor, spacing: number = DEFAULTS.spacing): number[] {
  if (!(count > 0) || !usable(box)) return [];
  const { y, height } = boundedBox(box);
  const margin = Math.min(12, height / 4);
  const low = y + margin;
  const high = y + height - margin;
  const step = count > 1 ? Math.min(Math.max(bounded(spacing), 0), (high - low) / (count - 1)) : 0;
  const span = step * (count - 1);
  const centre = y + Math.min(height / 2, Math.max(bounded(anchor), 0));
  const first = Math.min(Math.max(centre - span / 2, low), high - span);
  return Array.from({ length: count }, (_, i) => first + i * step);
}

/** Every drawable connector, in the order of `links`. */
export function connectorGeometry(input: ConnectorInput): ConnectorGeometry[] {
  const { leading, outcomes, links, direction } = input;
  const sign = direction === 'rtl' ? -1 : 1;
  const bendRoom = Math.max(finiteOr(input.bend, DEFAULTS.bend), 0);
  const anchor = finiteOr(input.anchor, DEFAULTS.anchor);
  const spacing = finiteOr(input.spacing, DEFAULTS.spacing);
  const labelGap = finiteOr(input.labelGap, DEFAULTS.labelGap);
  const headLength = finiteOr(input.head, DEFAULTS.head);
  const minGap = Math.max(finiteOr(input.minGap, DEFAULTS.minGap), 1);
  /** The facing edges' x: the leading card's and the outcome card's. */
  const startX = (box: Box) => (sign > 0 ? box.x + box.width : box.x);
  const endX = (box: Box) => (sign > 0 ? box.x : box.x + box.width);

  const drawable = links.flatMap((link, index) => {
    const leadingBox = leading.get(link.from);
    const outcomeBox = outcomes.get(link.to);
    if (!usable(leadingBox) || !usable(outcomeBox)) return [];
    const from = boundedBox(leadingBox);
    const to = boundedBox(outcomeBox);
    const gap = sign * (endX(to) - startX(from));
    return gap >= minGap ? [{ link, index, from, to, gap }] : [];
  });

  // Starts: spread along each leading card's edge, in the order of the outcomes they go to.
  const startY = new Map<number, number>();
  for (const group of groupBy(drawable, (d) => d.link.from).values()) {
    group.sort((a, b) => a.to.y + a.to.height / 2 - (b.to.y + b.to.height / 2) || a.index - b.index);
    const ys = spreadAlong(group[0]!.from, group.length, anchor, spacing);
    group.forEach((d, i) => startY.set(d.index, ys[i]!));
  }
  // Ends: spread along each outcome card's edge, in the order of the starts, so they do not cross on arrival.
  const endY = new Map<number, number>();
  for (const group of groupBy(drawable, (d) => d.link.to).values()) {
    group.sort((a, b) => startY.get(a.index)! - startY.get(b.index)! || a.index - b.index);
    const ys = spreadAlong(group[0]!.to, group.length, anchor, spacing);
    group.forEach((d, i) => endY.set(d.index, ys[i]!));
  }

  return drawable.map(({ link, index, from, to, gap }): ConnectorGeometry => {
    const x1 = startX(from);
    const x2 = endX(to);
    const y1 = startY.get(index)!;
    const y2 = endY.get(index)!;
    const run = gap - Math.min(bendRoom, gap / 2);
    const xr = x1 + sign * run;
    const bend = (sign * (x2 - xr)) / 2;
    const r = round;
    const path = `M${r(x1)},${r(y1)}H${r(xr)}C${r(xr + sign * bend)},${r(y1)} ${r(x2 - sign * bend)},${r(y2)} ${r(x2)},${r(y2)}`;
    const base = x2 - sign * headLength;
    const head = `${r(x2)},${r(y2)} ${r(base)},${r(y2 - headLength / 2)} ${r(base)},${r(y2 + headLength / 2)}`;
    const width = Math.max(run - labelGap, 0);
    const label: ConnectorLabel = {
      x: r(sign > 0 ? x1 + labelGap : x1 - labelGap - width),
      bottom: r(y1 - labelGap),
      width: r(width),
      align: sign > 0 ? 'left' : 'right',
    };
    return { link: index, from: link.from, to: link.to, start: { x: r(x1), y: r(y1) }, end: { x: r(x2), y: r(y2) }, path, head, label };
  });
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? bounded(value) : fallback;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
