import { css } from 'lit';

export const trendStyles = css`
  :host {
    --_height: var(--kpi-trend-height, 240px);
    --_projection: var(--kpi-color-projection, var(--_line));
    --_comparison: var(--kpi-color-comparison, var(--_muted));
    --_annotation: var(--kpi-color-annotation, var(--_muted));
    --_overlay: var(--kpi-color-overlay, light-dark(#8a4baf, #d0a6f0));
    display: block;
    min-inline-size: 10rem;
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([compact]) {
    --_height: var(--kpi-trend-height, 48px);
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .frame--compact {
    padding: 0;
    border: 0;
    background: none;
  }
  .header {
    display: flex;
    align-items: baseline;
    gap: 0.5rem 0.75rem;
    flex-wrap: wrap;
  }
  .label {
    font-weight: 600;
    font-size: 0.95rem;
  }
  .status {
    font-size: 0.85rem;
  }
  .table-toggle {
    margin-inline-start: auto;
    font: inherit;
    font-size: 0.8rem;
    padding: 0.2rem 0.6rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    cursor: pointer;
  }
  .table-toggle:focus-visible,
  .plot:focus-visible,
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .summary,
  .empty-message {
    margin: 0;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  /* The plot keeps its height in every state, so nothing below it moves when data arrives. */
  .plot {
    position: relative;
    block-size: var(--_height);
    min-inline-size: 0;
  }
  /* The plot and, over it, the note markers: one box, so the markers sit where the chart draws their rules. */
  .plot-area {
    position: relative;
    min-inline-size: 0;
  }
  .notes {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .note-marker {
    --_size: 16px;
    position: absolute;
    inset-inline-start: calc(var(--_x, 0px) - var(--_size) / 2);
    inset-block-start: calc(var(--_y, 0px) - var(--_size) / 2);
    box-sizing: border-box;
    display: grid;
    place-items: center;
    inline-size: var(--_size);
    block-size: var(--_size);
    margin: 0;
    padding: 0;
    font: 600 10px/1 var(--_font);
    font-variant-numeric: tabular-nums;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_annotation);
    border-radius: 50%;
    cursor: help;
    pointer-events: auto;
  }
  .note-marker:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The note in words on hover and on focus, growing away from the nearer edge; Escape hides it (data-dismissed). */
  .note-label {
    display: none;
    position: absolute;
    z-index: 1;
    inset-block-start: calc(var(--_y, 0px) + 12px);
    box-sizing: border-box;
    inline-size: max-content;
    padding: 0.3rem 0.5rem;
    font-size: 0.78rem;
    line-height: 1.3;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    pointer-events: auto;
  }
  .note[data-flip='end'] .note-label {
    inset-inline-start: calc(var(--_x, 0px) - 8px);
    max-inline-size: min(16rem, calc(100% - var(--_x, 0px) + 8px));
  }
  .note[data-flip='start'] .note-label {
    inset-inline-end: calc(100% - var(--_x, 0px) - 8px);
    max-inline-size: min(16rem, calc(var(--_x, 0px) + 8px));
  }
  .note:hover .note-label,
  .note:focus-within .note-label {
    display: block;
  }
  .note[data-dismissed] .note-label {
    display: none;
  }
  .plot--message {
    display: grid;
    place-items: center;
  }
  .frame--error .plot--message {
    place-items: start stretch;
  }
  .table-notes {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.1rem;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .bone--label {
    inline-size: 40%;
    block-size: 1rem;
  }
  .bone--plot {
    block-size: 100%;
  }
  .chart,
  .lane-chart {
    display: block;
    position: absolute;
    inset: 0;
    overflow: visible;
  }
  .lane-chart {
    position: static;
  }
  /* Band fills come from bandStyles: the bullet graph's scheme, ordered by lightness. */
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .tick {
    stroke: var(--_muted);
    shape-rendering: crispEdges;
  }
  .axis text,
  .annotation text {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1.75;
    stroke-linejoin: round;
  }
  .area {
    fill: var(--_line);
    opacity: 0.1;
  }
  .target {
    stroke: var(--_target);
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .target-step,
  .glide {
    fill: none;
    stroke: var(--_target);
    stroke-width: 1.25;
  }
  .glide {
    stroke-dasharray: 6 4;
  }
  .projection {
    fill: none;
    stroke: var(--_projection);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  /* Outlined as well as filled, so the cone stays legible over any band. */
  .cone {
    fill: var(--_projection);
    fill-opacity: 0.22;
    stroke: var(--_projection);
    stroke-opacity: 0.8;
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .comparison {
    fill: none;
    stroke: var(--_comparison);
    stroke-width: 1.25;
    stroke-dasharray: 1 2;
  }
  .overlay {
    fill: none;
    stroke: var(--_overlay);
    stroke-width: 1.5;
    stroke-dasharray: 6 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .key {
    flex: none;
    overflow: visible;
  }
  .legend-number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.35em;
    block-size: 1.35em;
    border: 1px solid var(--_annotation);
    border-radius: 50%;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .axis-unit {
    fill: var(--_muted);
    font-size: 11px;
  }
  .frame--compact {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
  }
  /* The latest value, and under it the verdict in a word and an icon, small: a status is never a colour alone. */
  .compact-reading {
    display: grid;
    justify-items: end;
    max-inline-size: 9rem;
  }
  .compact-value {
    font-weight: 700;
    font-size: 0.95rem;
    font-variant-numeric: tabular-nums;
  }
  .compact-reading .status {
    font-size: 0.72rem;
    text-align: end;
  }
  /*
   * Time runs the way the text does (README, "Direction"): the chart mirrors its drawing itself, so its
   * text anchors are geometry, not the page's direction; a lane has no text, CSS mirrors it.
   */
  .chart {
    direction: ltr;
  }
  .lane-chart:dir(rtl) {
    transform: scaleX(-1);
  }
  .tooltip:dir(rtl) {
    translate: -0.5rem 0;
  }
  .tooltip[data-flip='left']:dir(rtl) {
    translate: calc(100% + 0.5rem) 0;
  }
  .limit {
    stroke: var(--_critical);
    stroke-width: 1.25;
    stroke-dasharray: 8 3;
  }
  /* A breach is drawn thick and in the critical colour, and named in words beside it: not colour alone. */
  .breach {
    fill: none;
    stroke: var(--_critical);
    stroke-width: 3.5;
    stroke-linecap: round;
  }
  .annotation line {
    stroke: var(--_annotation);
    stroke-dasharray: 2 2;
  }
  .crosshair {
    stroke: var(--_muted);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .focus-point {
    fill: var(--_surface);
    stroke: var(--_line);
    stroke-width: 2;
  }
  /* Above the note markers (which follow it in the DOM): the point a person is reading is never covered. */
  .tooltip {
    position: absolute;
    z-index: 2;
    inset-block-start: 0.25rem;
    inset-inline-start: var(--_x);
    display: grid;
    gap: 0.1rem;
    padding: 0.35rem 0.5rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    font-size: 0.78rem;
    pointer-events: none;
    white-space: nowrap;
    translate: 0.5rem 0;
  }
  .tooltip[data-flip='left'] {
    translate: calc(-100% - 0.5rem) 0;
  }
  .tooltip-value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .lanes {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .lane-label {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2rem 0.5rem;
    font-size: 0.8rem;
  }
  .lane-detail {
    color: var(--_muted);
  }
  .lane[data-level='critical'] .lane-label {
    font-weight: 600;
  }
  /*
   * Scroll shadows: a shade along the bottom edge while rows lie below it, so a row cut by the edge
   * reads as "scroll for more", not as clipped. The cover scrolls with the rows and hides the shade at the end.
   */
  .table-wrap {
    max-block-size: var(--_height);
    overflow: auto;
    background:
      linear-gradient(transparent, var(--_surface) 60%) bottom / 100% 1.5rem no-repeat local,
      radial-gradient(farthest-side at 50% 100%, color-mix(in srgb, var(--_text) 30%, transparent), transparent) bottom / 100% 0.6rem no-repeat scroll;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.82rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: inherit;
    color: var(--_muted);
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.2rem 0.4rem;
    text-align: inherit;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    .frame {
      border-color: CanvasText;
    }
    .line,
    .target,
    .target-step,
    .glide,
    .projection,
    .comparison,
    .overlay,
    .annotation line,
    .crosshair {
      stroke: CanvasText;
    }
    .limit,
    .breach {
      stroke: Highlight;
    }
    .cone,
    .area {
      fill: GrayText;
    }
    .axis text,
    .annotation text {
      fill: CanvasText;
    }
    .legend-number,
    .note-marker,
    .note-label {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
    .axis-unit {
      fill: CanvasText;
    }
    .focus-point {
      fill: Canvas;
      stroke: Highlight;
    }
  }
`;
