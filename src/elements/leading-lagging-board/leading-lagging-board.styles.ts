import { css } from 'lit';

export const boardStyles = css`
  :host {
    --_gap: var(--kpi-board-gap, var(--_space));
    --_connector: var(--kpi-color-connector, var(--_muted));
    --_gutter: var(--kpi-board-gutter, 10.5rem);
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
  .board-summary {
    flex: 1 1 100%;
    display: grid;
    gap: 0.2rem;
  }
  .board-title,
  .goal-title {
    margin: 0;
    font-size: 1.15rem;
  }
  .goal-title {
    font-size: 1rem;
  }
  /* The heading is the goal's disclosure button: a chevron, then the goal's name. */
  .goal-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-block-size: 24px;
    margin: 0;
    margin-inline-start: -0.3rem;
    padding: 0 0.3rem;
    font-weight: inherit;
    text-align: inherit;
    background: none;
    border: 0;
    border-radius: 0.3rem;
  }
  .chevron {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    fill: currentColor;
    transform: rotate(90deg);
  }
  .goal--collapsed .chevron {
    transform: none;
  }
  .goal--collapsed .chevron:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease-out;
    }
  }
  .goal-header .tally {
    flex-basis: 100%;
  }
  .summary-sentence,
  .goal-summary,
  .goal-owner,
  .empty-message,
  .no-guardrails,
  .column-empty {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .summary-sentence {
    color: var(--_text);
    font-weight: 600;
  }
  /* Both sides counted by status: the word and the icon carry it, the colour only repeats it. */
  .tally {
    margin: 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  /* Each side wraps as one piece, so a narrow or right-to-left header never splits "Leading: …" around the other. */
  .tally-side,
  .hygiene-count {
    display: inline-block;
  }
  .tally-entry {
    display: inline-flex;
    vertical-align: bottom;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .tally-entry svg {
    align-self: center;
    inline-size: 1em;
    block-size: 1em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    margin: 0;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend-swatch {
    inline-size: 2rem;
    block-size: 0.5rem;
    flex: none;
    overflow: visible;
  }
  .legend-swatch line {
    stroke: var(--_connector);
    stroke-width: 2px;
  }
  .toggle-all,
  .goal-toggle,
  .lead-detail {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .toggle-all {
    margin-inline-start: auto;
    padding: 0.15rem 0.6rem;
    font-size: 0.8rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
  }
  .goal,
  .goal-body {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }
  .goal-body[hidden] {
    display: none;
  }
  .goal {
    padding: var(--_gap);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /*
   * Leading indicators first in the reading direction (left, or right under dir="rtl"), the outcomes they
   * predict after them, and between the two a gutter for the connectors and their labels. The lane is its own
   * stacking context, so the connectors (z-index -1) paint under the cards but over the lane's surface.
   */
  .lane {
    position: relative;
    isolation: isolate;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr);
    gap: var(--_gap) var(--_gutter);
    align-items: start;
  }
  .board--compact .lane {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
  .column {
    display: grid;
    gap: 0.4rem;
    min-inline-size: 0;
  }
  .column-title {
    margin: 0;
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_text);
  }
  .column-hint {
    font-weight: 400;
    color: var(--_muted);
    white-space: nowrap;
  }
  .leading,
  .outcomes,
  .guardrails {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .board--compact .leading,
  .board--compact .outcomes {
    gap: calc(var(--_gap) * 0.5);
  }
  .leading-item,
  .outcome-item {
    display: grid;
    gap: 0.25rem;
  }
  /*
   * A lead time sits above its connector's run, in the gutter: the board places it (CSSOM custom
   * properties, --_label-x, --_label-bottom and --_label-width, in the lane's px) once it has measured the cards.
   * Until then it is hidden, so nothing jumps; a run too short for it leaves it under its card (data-placed="no").
   */
  .lead-time {
    position: absolute;
    left: var(--_label-x, 0);
    top: var(--_label-bottom, 0);
    inline-size: var(--_label-width, auto);
    transform: translateY(-100%);
    visibility: hidden;
    margin: 0;
    font-size: 0.75rem;
    line-height: 1.25;
    text-align: inherit;
    color: var(--_muted);
  }
  .lead-time[data-placed='yes'] {
    visibility: visible;
  }
  .lead-time[data-placed='no'] {
    position: static;
    inline-size: auto;
    transform: none;
    visibility: visible;
  }
  /* Beside its connector the outcome is plain to see; screen readers still hear its name. */
  .lead-time[data-placed='yes'] .lead-outcome {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .lead-time[data-evidence='estimated'] {
    color: var(--_text);
  }
  .lead-detail {
    min-block-size: 24px;
    margin: 0;
    padding: 0.1rem 0.15rem;
    font-size: inherit;
    line-height: inherit;
    text-align: inherit;
    background: none;
    border: 0;
    border-radius: 0.25rem;
    text-decoration: underline dotted;
    text-decoration-color: var(--_muted);
    text-underline-offset: 0.2em;
  }
  .lead-detail:hover {
    text-decoration-style: solid;
  }
  .lead-outcome {
    font-weight: 600;
  }
  .toggle-all:focus-visible,
  .goal-toggle:focus-visible,
  .lead-detail:focus-visible,
  .close:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .detail {
    inline-size: min(56rem, 92vw);
    /* Room for a scrollbar from the start: one that appears as the trend draws would narrow it inside a ResizeObserver pass. */
    scrollbar-gutter: stable;
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
  .detail-verdict {
    margin: 0 0 0.35rem;
    font-size: 0.9rem;
  }
  .detail-stats,
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
    z-index: -1;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .connectors path {
    fill: none;
    stroke: var(--_connector);
    stroke-width: 2px;
    stroke-linecap: round;
  }
  .connector-head {
    fill: var(--_connector);
  }
  /* A lead history does not show is still drawn, dashed: the claim stands, the evidence does not (the legend says so). */
  .connectors path[data-evidence='declared'],
  .legend-swatch line[data-evidence='declared'] {
    stroke-dasharray: 6 5;
    stroke-linecap: butt;
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
  /* A note on how the KPIs are kept, not a verdict: the info mark in the muted text colour. */
  .hygiene > summary > .data-state-icon {
    color: var(--_muted);
    vertical-align: -0.15em;
  }
  .hygiene > summary {
    inline-size: fit-content;
  }
  .hygiene summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .hygiene ul {
    display: grid;
    gap: 0.35rem;
    margin: 0.35rem 0 0;
    padding-inline-start: 1.1rem;
  }
  /* The fields to change and the statistics, for the page's author: one step away from the plain words. */
  .hygiene-detail {
    margin-block-start: 0.15rem;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .hygiene-detail > summary {
    inline-size: fit-content;
  }
  .hygiene-technical {
    margin: 0.2rem 0 0;
    overflow-wrap: anywhere;
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
   * lead, each under its heading; the lead times, under each card with the outcome's name, replace the connectors.
   */
  @container (max-width: 40rem) {
    .lane,
    .board--compact .lane {
      grid-template-columns: minmax(0, 1fr);
    }
    .connectors,
    .legend {
      display: none;
    }
    .lead-time {
      position: static;
      inline-size: auto;
      transform: none;
      visibility: visible;
    }
    .lead-time[data-placed='yes'] .lead-outcome {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    .toggle-all {
      margin-inline-start: 0;
    }
  }
  @media (forced-colors: active) {
    .goal {
      border-color: CanvasText;
    }
    .connectors path,
    .legend-swatch line {
      stroke: CanvasText;
    }
    .connector-head {
      fill: CanvasText;
    }
    .toggle-all {
      border-color: ButtonText;
    }
  }
`;
