/**
 * What every element shows when its data is not simply there: the error panel
 * naming the bad field's JSON path, the "refresh failed" notice beside the last
 * good data, and the stale badge. Styled by `sourceStateStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../core/format.js';
import { formatDiagnostic } from '../core/diagnostic.js';
import type { LiveStatus } from '../data/live-stream.js';
import type { SourceFailure, SourceFailureKind } from '../data/source-failure.js';
import { dataStateIcon } from './data-state-icons.js';

const MAX_DIAGNOSTICS_SHOWN = 5;

/** Failure messages are phrases; inside running text they need a full stop. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** What went wrong, for the person reading the dashboard: no URLs, no JSON, no status codes. */
const PLAIN_WORDS: Readonly<Record<SourceFailureKind, string>> = {
  network: 'The data could not be reached.',
  http: 'The data source refused the request.',
  parse: 'The data source sent something that is not data.',
  mapping: 'The numbers for this KPI were not found in the data.',
  invalid: 'The data has a mistake, so this KPI cannot be shown.',
  source: 'The shared data source for this KPI is not on the page.',
  url: 'The address of the data is not one the page may load.',
  timeout: 'The data source did not answer in time.',
  'too-large': 'The data source sent more data than this page reads.',
};

/** The words a person gets first; a sign-in or permission problem says what to do. */
export function plainFailure(failure: SourceFailure): string {
  if (failure.kind === 'http' && (failure.status === 401 || failure.status === 403)) {
    return failure.status === 401 ? 'Sign in to see this data.' : 'You do not have permission to see this data.';
  }
  // A server error or "too many requests" is the source's trouble, not a refusal of this page.
  if (failure.kind === 'http' && failure.status !== undefined && (failure.status >= 500 || failure.status === 429))
    return 'The data source could not answer just now.';
  return PLAIN_WORDS[failure.kind];
}

/**
 * Plain words first; the technical message (URL, status, the JSON path of a bad field) and the
 * first few validation problems under a disclosure, for the page's author.
 */
export function errorPanel(failure: SourceFailure): TemplateResult {
  const diagnostics = failure.diagnostics ?? [];
  return html`<div part="error" class="error">
    <p class="error-plain">${plainFailure(failure)}</p>
    <details class="error-details">
      <summary>Details for the page’s author</summary>
      <p class="error-message">${failure.message}</p>
      ${
        diagnostics.length > 1
          ? html`<ul class="diagnostics">
            ${diagnostics.slice(0, MAX_DIAGNOSTICS_SHOWN).map((d) => html`<li><code>${formatDiagnostic(d)}</code></li>`)}
            ${diagnostics.length > MAX_DIAGNOSTICS_SHOWN ? html`<li>…and ${diagnostics.length - MAX_DIAGNOSTICS_SHOWN} more</li>` : nothing}
          </ul>`
          : nothing
      }
    </details>
  </div>`;
}

/** "Could not load": the data state that replaces the status when no data can be shown (a broken link, not a red cross). */
export function loadFailedBadge(): TemplateResult {
  return html`<span part="status" class="data-state" data-state="error">${dataStateIcon('broken')}<span>Could not load</span></span>`;
}

/** "Loading", with an hourglass: the data state while the first answer is on its way (the bones show the layout to come). */
export function loadingBadge(): TemplateResult {
  return html`<span class="data-state" data-state="loading">${dataStateIcon('loading')}<span>Loading</span></span>`;
}

const MINUTE = 60_000;

/**
 * The last good data stays on screen; this says, in plain words, that it may be out of date and how
 * old it is. The URL and status go under a disclosure, for the page's author. `now` must come from
 * the clock that stamped `receivedAt` (the controller's), not from a pinned `now`.
 */
export function refreshWarning(failure: SourceFailure, receivedAt: number | undefined, now: number, format: Formatters): TemplateResult {
  const age =
    receivedAt === undefined
      ? ''
      : now - receivedAt < MINUTE
        ? ' Showing the data received less than a minute ago.'
        : ` Showing the data received ${format.relativeAge(receivedAt, now)}.`;
  return html`<div part="warning" class="warning data-state" data-state="refresh-failed" role="status">
    ${dataStateIcon('broken')}
    <div>
      <p class="warning-plain">Refresh failed. ${plainFailure(failure)}${age}</p>
      <details class="error-details">
        <summary>Details for the page’s author</summary>
        <p class="error-message">${sentence(failure.message)}</p>
      </details>
    </div>
  </div>`;
}

/** "Stale · 3 days ago": a clock, the word and the age, in the data-state hue (never a status colour). */
export function staleBadge(asOf: number, now: number, format: Formatters): TemplateResult {
  return html`<span part="stale" class="stale data-state" data-state="stale">${dataStateIcon('stale')}Stale · ${format.relativeAge(asOf, now)}</span>`;
}

const LIVE_WORDS: Readonly<Record<LiveStatus, string>> = { connecting: 'Connecting', live: 'Live', reconnecting: 'Reconnecting' };

/** "Live" or "Reconnecting" for streamed data (`stream="sse"`): a word beside the dot, never the dot alone. */
export function liveBadge(live: LiveStatus | undefined): TemplateResult | typeof nothing {
  return live ? html`<span part="live" class="live" data-live=${live}><span class="live-dot" aria-hidden="true"></span>${LIVE_WORDS[live]}</span>` : nothing;
}
