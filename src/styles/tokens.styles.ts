import { css } from 'lit';

/**
 * Public `--kpi-*` tokens are read here into private `--_*` ones, which are all
 * the styles use. The kit never assigns a public token, so a theme set on any
 * ancestor reaches in. Defaults follow the page's `color-scheme` via light-dark().
 */
export const tokenStyles = css`
  :host {
    --_font: var(--kpi-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--kpi-color-text, light-dark(#1c2024, #e8eaed));
    --_muted: var(--kpi-color-muted, light-dark(#5b636b, #a4acb4));
    --_surface: var(--kpi-color-surface, light-dark(#ffffff, #1d2125));
    --_border: var(--kpi-color-border, light-dark(#d4d8dd, #3a4046));
    --_radius: var(--kpi-radius, 0.75rem);
    --_space: var(--kpi-space, 1rem);
    --_focus: var(--kpi-focus-ring, light-dark(#0b57d0, #a8c7fa));
    --_good: var(--kpi-color-good, light-dark(#1b7a3d, #6dd58c));
    --_warning: var(--kpi-color-warning, light-dark(#9a5b00, #f3b55a));
    --_critical: var(--kpi-color-critical, light-dark(#b3261e, #ff8a80));
    --_neutral: var(--kpi-color-neutral, light-dark(#5b636b, #a4acb4));
    --_band-0: var(--kpi-color-band-good, light-dark(#e9ecef, #2e3338));
    --_band-1: var(--kpi-color-band-warning, light-dark(#d3d8dd, #41474e));
    --_band-2: var(--kpi-color-band-critical, light-dark(#b9c0c7, #555c64));
    --_measure: var(--kpi-color-measure, light-dark(#2b3138, #e8eaed));
    --_target: var(--kpi-color-target, light-dark(#111417, #ffffff));
    --_line: var(--kpi-color-line, light-dark(#2b5fb4, #8ab4f8));
    --_skeleton: var(--kpi-color-skeleton, light-dark(#eceff2, #2a2f34));
  }
`;

/** Status colour, icon and word styling shared by badges and chips; forced-colors maps them to system colours. */
export const statusStyles = css`
  [data-level='good'] {
    --_status: var(--_good);
  }
  [data-level='warning'] {
    --_status: var(--_warning);
  }
  [data-level='critical'] {
    --_status: var(--_critical);
  }
  [data-level='neutral'] {
    --_status: var(--_neutral);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--_status);
    font-weight: 600;
  }
  .status svg {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    fill: currentColor;
  }
  @media (forced-colors: active) {
    /* System colours replace status colours; the icon shape and the word still carry the status. */
    [data-level] {
      --_status: CanvasText;
    }
  }
`;
