import { css } from 'lit';

/** The error panel, the refresh warning, the stale badge, skeleton bones and screen-reader-only text, for every element. */
export const sourceStateStyles = css`
  .error-message,
  .warning {
    margin: 0;
    font-size: 0.85rem;
  }
  .stale {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0 0.4rem;
    border: 1px solid var(--_status);
    border-radius: 0.25rem;
    color: var(--_status);
    font-weight: 600;
  }
  .stale svg,
  .warning svg {
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
    flex: none;
  }
  .warning {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    padding: 0.4rem 0.5rem;
    border-inline-start: 3px solid var(--_warning);
    color: var(--_text);
  }
  .error {
    display: grid;
    gap: 0.35rem;
    padding: 0.5rem;
    border-inline-start: 3px solid var(--_critical);
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
    .bone {
      background: GrayText;
    }
    .live-dot {
      background: CanvasText;
    }
  }
`;
