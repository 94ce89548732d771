import { css } from 'lit';

/**
 * The card reads top to bottom in order of weight: label, then the value with its one verdict,
 * then the supporting lines in the muted colour, then the graphics. Container queries size it,
 * from a 160 × 100 tile (label, value, verdict) to a wide panel (text beside the graphics).
 */
export const cardStyles = css`
  :host {
    --_padding: var(--kpi-card-padding, var(--_space));
    --_min-height: var(--kpi-card-min-height, 12rem);
    display: block;
    container-type: inline-size;
    /* A card in a grid row keeps its own height: no hole inside a card stretched to the tallest one. */
    align-self: start;
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  :host([compact]) {
    --_min-height: var(--kpi-card-min-height, 0);
    --_padding: var(--kpi-card-padding, calc(var(--_space) * 0.75));
  }
  .card {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    min-block-size: var(--_min-height);
    padding: var(--_padding);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: default;
  }
  .card[tabindex] {
    cursor: pointer;
  }
  .card:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .summary,
  .visuals {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  .visuals:empty {
    display: none;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.25rem 0.5rem;
  }
  .header > .label {
    flex: 1 1 8rem;
  }
  .header .data-state {
    font-size: 0.8rem;
  }
  .label {
    /* Two lines at most, always two lines tall: the values of cards in a row share a baseline. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    min-block-size: calc(2 * 1.3em);
    font-weight: 600;
    font-size: 0.95rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  :host([compact]) .label {
    min-block-size: 0;
  }
  /* The verdict always sits under the value, in the same place on every card. */
  .headline {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.35rem;
  }
  .value {
    /* Scales with the card (Grafana's Stat), never below a readable size; it wraps rather than clips. */
    font-size: var(--kpi-card-value-size, clamp(1.5rem, 13cqi, 3.5rem));
    font-weight: 700;
    line-height: 1.05;
    letter-spacing: -0.01em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: break-word;
    min-inline-size: 0;
  }
  .unit {
    font-size: 0.5em;
    font-weight: 600;
    white-space: nowrap;
  }
  /* The verdict: a tinted chip in the status colour, with its icon and word. */
  .headline .status {
    padding: 0.2em 0.6em 0.2em 0.45em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_status) 13%, transparent);
    font-size: 0.875rem;
    line-height: 1.2;
  }
  .support {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .support:empty {
    display: none;
  }
  .delta {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.3em;
    font-variant-numeric: tabular-nums;
  }
  .delta-amount {
    color: var(--_text);
    font-weight: 600;
  }
  .arrow {
    font-size: 0.75em;
  }
  .target-line,
  .pace,
  .meta,
  .empty-message {
    margin: 0;
  }
  .empty-message {
    font-size: 0.85rem;
  }
  .pace-word {
    color: var(--_text);
  }
  /* Keys in the text, drawn like the bullet graph's marks, so each mark is explained where it is named. */
  .key {
    display: inline-block;
    inline-size: 3px;
    block-size: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
    background: var(--_target);
  }
  .key--baseline {
    inline-size: 2px;
    margin-inline-start: 0.6em;
    background: var(--_muted);
  }
  .bullet {
    display: block;
    overflow: visible;
    /* Label anchors are geometry: RTL mirrors the whole graph instead (below). */
    direction: ltr;
  }
  .measure {
    fill: var(--_measure);
  }
  /* A halo in the surface colour keeps the ticks apart from the bar in both themes. */
  .target,
  .comparative {
    fill: var(--_target);
    stroke: var(--_surface);
    stroke-width: 1px;
    paint-order: stroke;
  }
  /* The baseline: thinner, shorter and grey beside the black target, but solid, never a hairline. */
  .comparative {
    fill: var(--_muted);
  }
  .measure--marker {
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  .bullet-tick {
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  .bullet-label {
    fill: var(--_muted);
    font-size: 10px;
    font-variant-numeric: tabular-nums;
  }
  .chart {
    display: grid;
    /* Lets the chart shrink below the drawn SVG, so the observer sees the space available, not the last drawing. */
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    gap: 0.15rem;
  }
  /* The measured box: its CSS size is the sparkline's size, placeholder or drawn, so nothing shifts. */
  .spark-area {
    block-size: 40px;
    min-inline-size: 0;
  }
  .sparkline {
    display: block;
    max-inline-size: 100%;
    overflow: visible;
  }
  .spark-target {
    stroke: var(--_target);
    stroke-dasharray: 3 3;
    stroke-width: 1;
  }
  .spark-line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .spark-dot {
    fill: var(--_line);
  }
  .axis-note {
    font-size: 0.7rem;
    color: var(--_muted);
  }
  /* Time and quantity run the way the text does: right to left in RTL (README, "Direction"). */
  .bullet:dir(rtl),
  .sparkline:dir(rtl) {
    transform: scaleX(-1);
  }
  .bullet-label:dir(rtl) {
    transform-box: fill-box;
    transform-origin: center;
    transform: scaleX(-1);
  }
  .guardrails {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .guardrails > li {
    max-inline-size: 100%;
  }
  .guardrail {
    box-sizing: border-box;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1rem 0.35rem;
    max-inline-size: 100%;
    padding: 0.2rem 0.55rem;
    border: 1px solid var(--_border);
    /* A chip may wrap onto several lines in a narrow card, so no pill radius. */
    border-radius: 0.6rem;
    font-size: 0.78rem;
    overflow-wrap: anywhere;
  }
  .guardrail .status {
    vertical-align: -0.15em;
    font-size: 1em;
  }
  .guardrail[data-level='critical'] {
    /* A breach is news, but it supports the headline (which already says so): an edge in the status colour, the cross and the word, never a louder box than the verdict. */
    border-inline-start: 3px solid var(--_status);
  }
  .guardrail[data-level='critical'] .guardrail-word {
    color: var(--_text);
    font-weight: 600;
  }
  .guardrail-value {
    font-variant-numeric: tabular-nums;
  }
  .guardrail-word {
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .bone--label {
    inline-size: 45%;
    block-size: 1rem;
  }
  .bone--value {
    inline-size: 35%;
    block-size: 2.5rem;
  }
  .bone--line {
    inline-size: 80%;
    block-size: 0.85rem;
  }
  .bone--short {
    inline-size: 55%;
  }
  .bone--bullet {
    inline-size: 100%;
    block-size: 38px;
  }
  /* Narrow: the scale keeps its ends, the delta its amount. */
  @container (max-width: 16rem) {
    .delta-words,
    .axis-note,
    .bullet-label[data-anchor='middle'] {
      display: none;
    }
  }
  /*
   * A tile (a 160 × 100 grid cell): the label on one line, the value and the verdict, nothing else.
   * Every other fact is in the accessible name and the explanation.
   */
  @container (max-width: 12rem) {
    .card {
      --_padding: calc(var(--_space) * 0.5);
      gap: 0.3rem;
      min-block-size: 0;
    }
    .label {
      -webkit-line-clamp: 1;
      min-block-size: 0;
      font-size: 0.8rem;
    }
    .value {
      font-size: var(--kpi-card-value-size, clamp(1.25rem, 15cqi, 1.75rem));
    }
    .headline {
      gap: 0.2rem;
    }
    .headline .status {
      font-size: 0.75rem;
    }
    .support,
    .visuals,
    .guardrails,
    .meta,
    .warning,
    .error,
    .live {
      display: none;
    }
    .card--error .header {
      flex-direction: column;
    }
    .card--error .header > .label {
      flex: none;
    }
    .header .data-state {
      font-size: 0.75rem;
      white-space: normal;
    }
  }
  /* A wide panel: the figures beside the graphics, instead of charts stretched into ribbons. */
  @container (min-width: 40rem) {
    .card {
      display: grid;
      grid-template-columns: minmax(14rem, 2fr) 3fr;
      align-items: start;
      column-gap: calc(var(--_padding) * 1.5);
    }
    .card > :not(.summary, .visuals) {
      grid-column: 1 / -1;
    }
    .visuals {
      padding-block-start: calc(2 * 1.3 * 0.95rem + 0.5rem);
    }
    .spark-area {
      block-size: 72px;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .measure,
    .target,
    .comparative,
    .spark-dot,
    .key {
      fill: CanvasText;
      background: CanvasText;
    }
    .spark-line,
    .spark-target,
    .bullet-tick {
      stroke: CanvasText;
    }
    .bullet-label {
      fill: CanvasText;
    }
    .headline .status {
      border: 1px solid CanvasText;
      background: Canvas;
    }
  }
`;
