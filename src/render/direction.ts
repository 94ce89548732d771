/**
 * Right-to-left drawing, DOM-free: time and quantity run the way the text does. A chart is drawn
 * left to right and mirrored whole; each label is then turned upright about its own x, so it reads
 * normally and sits on the other side of its anchor. The trend and its snapshots use these.
 */

/** The SVG transform that mirrors a drawing `width` wide about its middle. */
export const mirrorTransform = (width: number): string => `matrix(-1 0 0 1 ${width} 0)`;

/** The SVG transform that turns a label anchored at `x` upright inside a mirrored drawing. */
export const uprightTransform = (x: number): string => `matrix(-1 0 0 1 ${2 * x} 0)`;

/** The text-anchor that keeps a label on the same side of its mark once mirrored and turned upright. */
export const mirroredAnchor = (anchor: 'start' | 'middle' | 'end'): 'start' | 'middle' | 'end' =>
  anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : anchor;
