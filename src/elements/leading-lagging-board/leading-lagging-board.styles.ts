import { css } from 'lit';

export const boardStyles = css`
  :host {
    --_gap: var(--kpi-board-gap, var(--_space));
    --_connector: var(--kpi-color-connector, var(--_muted));
    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .board {
    display: grid;
    gap: var(--_gap);
  }
  .board-header,
  .goal-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .board-title,
  .goal-title {
    margin: 0;
    font-size: 1.15rem;
  }
  .goal-title {
    font-size: 1rem;
  }
  .board-summary,
  .goal-summary,
  .goal-owner,
  .empty-message,
  .no-guardrails {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .board-summary {
    color: var(--_text);
    font-weight: 600;
  }
  .goal {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    padding: var(--_gap);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Leading indicators on the left, the outcomes they predict on the right, connectors between. */
  .lane {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr);
    gap: var(--_gap) calc(var(--_gap) * 3);
    align-items: start;
  }
  .leading,
  .outcomes,
  .guardrails {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
    position: relative;
  }
  .leading {
    grid-column: 1;
  }
  .outcomes {
    grid-column: 2;
  }
  .leading-item,
  .outcome-item {
    display: grid;
    gap: 0.25rem;
  }
  .lead-time {
    margin: 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .lead-time[data-kind='lead'] {
    color: var(--_text);
  }
  .compare {
    margin-inline-start: 0.35rem;
    padding: 0.1rem 0.5rem;
    font: inherit;
    font-size: 0.78rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    cursor: pointer;
  }
  .compare:focus-visible,
  .close:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .detail {
    inline-size: min(56rem, 92vw);
    padding: var(--_gap);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .detail::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .detail-title {
    margin: 0 0 0.35rem;
    font-size: 1rem;
  }
  .detail-note {
    margin: 0 0 0.75rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .detail form {
    display: flex;
    justify-content: end;
    margin-block-start: 0.75rem;
  }
  .close {
    font: inherit;
    padding: 0.3rem 0.9rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    cursor: pointer;
  }
  .connectors {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .connectors path {
    fill: none;
    stroke: var(--_connector);
    stroke-width: 1.5;
  }
  /* A pair whose history shows no lead is still drawn, dashed: the claim stands, the evidence does not. */
  .connectors path:not([data-kind='lead']) {
    stroke-dasharray: 4 4;
  }
  .guardrails {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .guardrail {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1rem 0.35rem;
    padding: 0.2rem 0.55rem;
    border: 1px solid var(--_border);
    border-radius: 0.6rem;
    font-size: 0.8rem;
  }
  .guardrail[data-level='critical'],
  .guardrail[data-level='warning'] {
    border: 2px solid var(--_status);
    font-weight: 600;
  }
  .guardrail .status svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .guardrail-word {
    color: var(--_muted);
  }
  /* Declarative mode: what the board could not place or read; and a guardrail card standing in for its chip. */
  .notes {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85rem;
  }
  .notes .status svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .guardrail-card {
    flex: 1 1 14rem;
  }
  .hygiene {
    font-size: 0.85rem;
  }
  .hygiene summary {
    cursor: pointer;
  }
  .hygiene summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .hygiene ul {
    margin: 0.35rem 0 0;
    padding-inline-start: 1.1rem;
  }
  .severity {
    font-weight: 600;
  }
  .bone--title {
    inline-size: 30%;
    block-size: 1.1rem;
  }
  .bone--card {
    block-size: 9rem;
  }
  /*
   * A phone column: everything stacks in reading (and tab) order, leading indicators then the outcomes they
   * lead; the "Leads …" lines replace the connectors.
   */
  @container (max-width: 40rem) {
    .lane {
      grid-template-columns: minmax(0, 1fr);
    }
    .leading,
    .outcomes {
      grid-column: 1;
    }
    .connectors {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .goal {
      border-color: CanvasText;
    }
    .connectors path {
      stroke: CanvasText;
    }
  }
`;
