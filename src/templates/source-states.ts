/**
 * What every element shows when its data is not simply there: the error panel
 * naming the bad field's JSON path, the "refresh failed" notice beside the last
 * good data, and the stale badge. Styled by `sourceStateStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../core/format.js';
import { formatDiagnostic } from '../core/validate.js';
import type { LiveStatus } from '../data/live-stream.js';
import type { SourceFailure } from '../data/source-failure.js';
import { statusIcon } from './status-badge.js';

const MAX_DIAGNOSTICS_SHOWN = 5;

/** Failure messages are phrases; inside running text they need a full stop. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The failure and, when validation found several problems, the first few with their paths. */
export function errorPanel(failure: SourceFailure): TemplateResult {
  const diagnostics = failure.diagnostics ?? [];
  return html`<div part="error" class="error">
    <p class="error-message">${failure.message}</p>
    ${diagnostics.length > 1
      ? html`<ul class="diagnostics">
          ${diagnostics.slice(0, MAX_DIAGNOSTICS_SHOWN).map((d) => html`<li><code>${formatDiagnostic(d)}</code></li>`)}
          ${diagnostics.length > MAX_DIAGNOSTICS_SHOWN ? html`<li>…and ${diagnostics.length - MAX_DIAGNOSTICS_SHOWN} more</li>` : nothing}
        </ul>`
      : nothing}
  </div>`;
}

/** The last good data stays on screen; this says why it may be out of date. */
export function refreshWarning(failure: SourceFailure, receivedAt: number | undefined, format: Formatters): TemplateResult {
  const since = receivedAt !== undefined ? ` Showing data received ${format.relativeAge(receivedAt, Date.now())}.` : '';
  return html`<p part="warning" class="warning" role="status">
    ${statusIcon('warning')}<span>Refresh failed: ${sentence(failure.message)}${since}</span>
  </p>`;
}

/** "Stale · 3 days ago": icon, word and age, never colour alone. */
export function staleBadge(asOf: number, now: number, format: Formatters): TemplateResult {
  return html`<span part="stale" class="stale" data-level="warning">${statusIcon('warning')}Stale · ${format.relativeAge(asOf, now)}</span>`;
}

const LIVE_WORDS: Readonly<Record<LiveStatus, string>> = { connecting: 'Connecting', live: 'Live', reconnecting: 'Reconnecting' };

/** "Live" or "Reconnecting" for streamed data (`stream="sse"`): a word beside the dot, never the dot alone. */
export function liveBadge(live: LiveStatus | undefined): TemplateResult | typeof nothing {
  return live ? html`<span part="live" class="live" data-live=${live}><span class="live-dot" aria-hidden="true"></span>${LIVE_WORDS[live]}</span>` : nothing;
}
