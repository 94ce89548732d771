import { css } from 'lit';

/** The error panel, the refresh warning, the stale badge, skeleton bones and screen-reader-only text, for every element. */
export const sourceStateStyles = css`
  .error-message,
  .warning,
  .warning-plain {
    margin: 0;
    font-size: 0.85rem;
  }
  /* The state of the data (stale, refresh failed, could not load): its own icons and slate hue, never a status colour. */
  .data-state {
    --_state: var(--_data-state);
  }
  .stale,
  [data-state='error'],
  [data-state='loading'] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.05em 0.45em;
    border: 1px dashed var(--_state);
    border-radius: 0.25rem;
    color: var(--_state);
    font-weight: 600;
    white-space: nowrap;
  }
  .data-state-icon {
    inline-size: 1.05em;
    block-size: 1.05em;
    fill: currentColor;
    flex: none;
  }
  .warning {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    padding: 0.4rem 0.5rem;
    border-inline-start: 3px solid var(--_state);
    color: var(--_text);
  }
  .warning .data-state-icon {
    color: var(--_state);
    align-self: center;
  }
  .error {
    display: grid;
    gap: 0.35rem;
    padding: 0.5rem;
    border-inline-start: 3px solid var(--_data-state);
  }
  .error-plain {
    margin: 0;
    font-size: 0.9rem;
  }
  .error-details {
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .error-details > summary {
    cursor: pointer;
  }
  .error-details[open] > summary {
    margin-block-end: 0.25rem;
  }
  .diagnostics {
    margin: 0;
    padding-inline-start: 1.1rem;
    font-size: 0.8rem;
  }
  code {
    overflow-wrap: anywhere;
  }
  .live {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.75rem;
    white-space: nowrap;
  }
  .live-dot {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--_good);
  }
  .live[data-live='reconnecting'] .live-dot,
  .live[data-live='connecting'] .live-dot {
    background: none;
    border: 1px solid currentColor;
  }
  .bone {
    display: block;
    border-radius: 0.25rem;
    background: var(--_skeleton);
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .live[data-live='live'] .live-dot {
      animation: pulse 2s ease-in-out infinite;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .data-state {
      --_state: CanvasText;
    }
    /* Outlined, not filled: a solid block of GrayText reads as a redacted line, not as "loading". */
    .bone {
      background: Canvas;
      border: 1px dashed GrayText;
    }
    .live-dot {
      background: CanvasText;
    }
  }
`;
