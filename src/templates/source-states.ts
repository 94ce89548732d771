/**
 * What every element shows when its data is not simply there: the error panel
 * naming the bad field's JSON path, the "refresh failed" notice beside the last
 * good data, and the stale badge. Styled by `sourceStateStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../core/format.js';
import type { LiveStatus } from '../data/live-stream.js';
import { diagnosticWords, type SourceFailure, type SourceFailureKind } from '../data/source-failure.js';
import { dataStateIcon } from './data-state-icons.js';
import { formatMessage, formatWords, joinSentences, type MessageKey } from '../i18n/index.js';

const MAX_DIAGNOSTICS_SHOWN = 5;

/** Failure messages are phrases; inside running text they need the locale's full stop (`text.sentence`). */
const sentence = (text: string, locale: string | undefined): string => (/[.!?。！？؟]$/.test(text) ? text : formatMessage(locale, 'text.sentence', { text }));

/** What went wrong, for the person reading the dashboard: no URLs, no JSON, no status codes. */
const PLAIN_WORDS: Readonly<Record<SourceFailureKind, MessageKey>> = {
  network: 'failure.plain.network',
  http: 'failure.plain.http',
  parse: 'failure.plain.parse',
  mapping: 'failure.plain.mapping',
  invalid: 'failure.plain.invalid',
  source: 'failure.plain.source',
  url: 'failure.plain.url',
  timeout: 'failure.plain.timeout',
  'too-large': 'failure.plain.tooLarge',
};

/** The words a person gets first, in `locale`; a sign-in or permission problem says what to do. */
export function plainFailure(failure: SourceFailure, locale?: string): string {
  if (failure.kind === 'http' && (failure.status === 401 || failure.status === 403)) {
    return formatMessage(locale, failure.status === 401 ? 'failure.plain.signIn' : 'failure.plain.noPermission');
  }
  // A server error or "too many requests" is the source's trouble, not a refusal of this page.
  if (failure.kind === 'http' && failure.status !== undefined && (failure.status >= 500 || failure.status === 429))
    return formatMessage(locale, 'failure.plain.busy');
  return formatMessage(locale, PLAIN_WORDS[failure.kind] as 'failure.plain.network');
}

/** The failure's details for the page's author, in `locale` when it came with words. */
export const failureDetails = (failure: SourceFailure, locale?: string): string => (failure.words ? formatWords(locale, failure.words) : failure.message);

/**
 * Plain words first; the technical message (URL, status, the JSON path of a bad field) and the
 * first few validation problems under a disclosure, for the page's author.
 */
export function errorPanel(failure: SourceFailure, locale?: string): TemplateResult {
  const diagnostics = failure.diagnostics ?? [];
  return html`<div part="error" class="error">
    <p class="error-plain">${plainFailure(failure, locale)}</p>
    <details class="error-details">
      <summary>${formatMessage(locale, 'state.authorDetails')}</summary>
      <p class="error-message">${failureDetails(failure, locale)}</p>
      ${
        diagnostics.length > 1
          ? html`<ul class="diagnostics">
            ${diagnostics.slice(0, MAX_DIAGNOSTICS_SHOWN).map((d) => html`<li><code>${formatWords(locale, diagnosticWords(d))}</code></li>`)}
            ${diagnostics.length > MAX_DIAGNOSTICS_SHOWN ? html`<li>${formatMessage(locale, 'state.moreDiagnostics', { count: diagnostics.length - MAX_DIAGNOSTICS_SHOWN })}</li>` : nothing}
          </ul>`
          : nothing
      }
    </details>
  </div>`;
}

/** "Could not load": the data state that replaces the status when no data can be shown (a broken link, not a red cross). */
export function loadFailedBadge(locale?: string): TemplateResult {
  return html`<span part="status" class="data-state" data-state="error">${dataStateIcon('broken')}<span>${formatMessage(locale, 'state.loadFailed')}</span></span>`;
}

/** "Loading", with an hourglass: the data state while the first answer is on its way (the bones show the layout to come). */
export function loadingBadge(locale?: string): TemplateResult {
  return html`<span class="data-state" data-state="loading">${dataStateIcon('loading')}<span>${formatMessage(locale, 'state.loading')}</span></span>`;
}

const MINUTE = 60_000;

/**
 * The last good data stays on screen; this says, in plain words, that it may be out of date and how
 * old it is. The URL and status go under a disclosure, for the page's author. `now` must come from
 * the clock that stamped `receivedAt` (the controller's), not from a pinned `now`.
 */
export function refreshWarning(failure: SourceFailure, receivedAt: number | undefined, now: number, format: Formatters): TemplateResult {
  const locale = format.locale;
  const age =
    receivedAt === undefined
      ? ''
      : now - receivedAt < MINUTE
        ? formatMessage(locale, 'state.refreshJustNow')
        : formatMessage(locale, 'state.refreshAge', { age: format.relativeAge(receivedAt, now) });
  return html`<div part="warning" class="warning data-state" data-state="refresh-failed" role="status">
    ${dataStateIcon('broken')}
    <div>
      <p class="warning-plain">${joinSentences(locale, [formatMessage(locale, 'state.refreshFailed', { reason: plainFailure(failure, locale) }), age])}</p>
      <details class="error-details">
        <summary>${formatMessage(locale, 'state.authorDetails')}</summary>
        <p class="error-message">${sentence(failureDetails(failure, locale), locale)}</p>
      </details>
    </div>
  </div>`;
}

/** "Stale · 3 days ago": a clock, the word and the age, in the data-state hue (never a status colour). */
export function staleBadge(asOf: number, now: number, format: Formatters): TemplateResult {
  return html`<span part="stale" class="stale data-state" data-state="stale">${dataStateIcon('stale')}${formatMessage(format.locale, 'state.stale', { age: format.relativeAge(asOf, now) })}</span>`;
}

const LIVE_WORDS: Readonly<Record<LiveStatus, MessageKey>> = {
  connecting: 'state.live.connecting',
  live: 'state.live.live',
  reconnecting: 'state.live.reconnecting',
};

/** "Live" or "Reconnecting" for streamed data (`stream="sse"`): a word beside the dot, never the dot alone. */
export function liveBadge(live: LiveStatus | undefined, locale?: string): TemplateResult | typeof nothing {
  return live
    ? html`<span part="live" class="live" data-live=${live}><span class="live-dot" aria-hidden="true"></span>${formatMessage(locale, LIVE_WORDS[live] as 'state.live.live')}</span>`
    : nothing;
}
