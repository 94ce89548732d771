import { css } from 'lit';

export const cardStyles = css`
  :host {
    --_padding: var(--kpi-card-padding, var(--_space));
    --_min-height: var(--kpi-card-min-height, 12rem);
    display: block;
    container-type: inline-size;
    min-inline-size: 12rem;
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
    gap: 0.5rem;
    min-block-size: var(--_min-height);
    block-size: 100%;
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
  .header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .label {
    font-weight: 600;
    font-size: 0.95rem;
  }
  .status {
    font-size: 0.85rem;
  }
  .figures {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .value {
    /* Scales with the card, but never below a readable size; it wraps rather than clips. */
    font-size: var(--kpi-card-value-size, clamp(1.75rem, 14cqi, 2.75rem));
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    /* Breaks a number only if it alone is wider than the card; it is never clipped. */
    overflow-wrap: break-word;
  }
  .unit {
    font-size: 0.5em;
    font-weight: 600;
    white-space: nowrap;
  }
  .delta {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  .delta[data-judgement='better'] {
    color: var(--_good);
  }
  .delta[data-judgement='worse'] {
    color: var(--_critical);
  }
  .delta[data-judgement='neutral'] {
    color: var(--_muted);
  }
  .delta-words {
    color: var(--_muted);
  }
  .arrow {
    font-size: 0.75em;
  }
  .target-line,
  .meta,
  .empty-message {
    margin: 0;
    font-size: 0.85rem;
  }
  .target-line,
  .meta {
    color: var(--_muted);
  }
  .pace[data-verdict='on-track'],
  .pace[data-verdict='achieved'] {
    color: var(--_good);
  }
  .pace[data-verdict='at-risk'] {
    color: var(--_warning);
  }
  .pace[data-verdict='off-track'],
  .pace[data-verdict='missed'] {
    color: var(--_critical);
  }
  .bullet {
    display: block;
    overflow: visible;
  }
  .band--0 {
    fill: var(--_band-0);
  }
  .band--1 {
    fill: var(--_band-1);
  }
  .band--2 {
    fill: var(--_band-2);
  }
  .measure {
    fill: var(--_measure);
  }
  .target,
  .comparative {
    fill: var(--_target);
  }
  .comparative {
    opacity: 0.55;
  }
  .chart {
    display: grid;
    /* Lets the chart shrink below the drawn SVG, so the observer sees the space available, not the last drawing. */
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    gap: 0.15rem;
  }
  .chart-placeholder {
    block-size: 40px;
  }
  .sparkline {
    display: block;
    max-inline-size: 100%;
    overflow: visible;
  }
  .spark-band {
    fill: var(--_good);
    opacity: 0.12;
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
  }
  .guardrail[data-level='critical'] {
    /* A breach draws the eye: a heavier outline in the status colour, not colour alone (icon and word too). */
    border: 2px solid var(--_status);
    font-weight: 600;
  }
  .guardrail .status {
    font-size: 1em;
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
    gap: 0.25rem 0.75rem;
    margin-block-start: auto;
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
    margin-block-start: auto;
  }
  .bone--bullet {
    inline-size: 100%;
    block-size: 24px;
  }
  @container (max-width: 16rem) {
    .delta-words,
    .axis-note {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .band--0,
    .band--1,
    .band--2 {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .measure,
    .target,
    .comparative,
    .spark-dot {
      fill: CanvasText;
    }
    .spark-line,
    .spark-target {
      stroke: CanvasText;
    }
    .spark-band {
      fill: GrayText;
    }
    .delta,
    .pace {
      color: CanvasText;
    }
  }
`;
