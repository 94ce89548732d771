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
    /*
     * One band scheme for the bullet graph, the sparkline and the trend, ordered by lightness
     * (Few): the worse the range, the more ink, with only a hint of hue. Adjacent bands differ
     * by at least 8 in CIE L*, in both themes and under colour-blindness (test/unit/tokens.test.ts).
     */
    --_band-good: var(--kpi-color-band-good, light-dark(#edf2ee, #2a312c));
    --_band-warning: var(--kpi-color-band-warning, light-dark(#dad7cd, #47453c));
    --_band-critical: var(--kpi-color-band-critical, light-dark(#c2b7b4, #6b5753));
    --_measure: var(--kpi-color-measure, light-dark(#2b3138, #dfe3e7));
    --_target: var(--kpi-color-target, light-dark(#111417, #ffffff));
    /* Data state (stale, refresh failed, could not load) is not performance: its own slate hue, never a status colour. */
    --_data-state: var(--kpi-color-data-state, light-dark(#3f5573, #a9bdd6));
    --_line: var(--kpi-color-line, light-dark(#2b5fb4, #8ab4f8));
    --_skeleton: var(--kpi-color-skeleton, light-dark(#eceff2, #2a2f34));
  }
  /*
   * Every run of text takes its direction from its own first letter, as dir="auto" would: an English
   * label, sentence or number on a right-to-left page keeps "7-day", "24 %–32 %" and its full stop in
   * place, while the layout itself still mirrors (README, "Direction").
   */
  * {
    unicode-bidi: plaintext;
  }
  /* A left-to-right line still lines up with the right-to-left layout it sits in (text-align: start would follow the line). */
  :host(:dir(rtl)),
  [part~='base'][dir='rtl'] {
    text-align: right;
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

/**
 * Band fills by status, shared by the bullet graph, the sparkline and the trend. In forced colours
 * the bands keep their order by lightness in system colours: Canvas for the good range, then
 * GrayText, thin and thicker, outlined, so they read as ranges and not as gridlines.
 */
export const bandStyles = css`
  [data-band='good'] {
    fill: var(--_band-good);
  }
  [data-band='warning'] {
    fill: var(--_band-warning);
  }
  [data-band='critical'] {
    fill: var(--_band-critical);
  }
  [data-band='neutral'] {
    fill: none;
  }
  @media (forced-colors: active) {
    [data-band] {
      fill: GrayText;
      fill-opacity: 0;
      stroke: GrayText;
      stroke-width: 1px;
    }
    [data-band='warning'] {
      fill-opacity: 0.2;
    }
    [data-band='critical'] {
      fill-opacity: 0.4;
    }
    [data-band='neutral'] {
      stroke: none;
    }
  }
`;
