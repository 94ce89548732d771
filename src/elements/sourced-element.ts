/**
 * What every kit element shares about its data, whatever the data is (one KPI,
 * a board of them, or a `<kpi-source>`'s JSON for its readers): where it comes
 * from (`src`, `source`, `data`, inline JSON), how `src` is requested
 * (`credentials`, `request`), how often it is read again and the page's
 * `transform`. `DisplayElement` (display-element.ts) adds what an element that shows
 * its data needs: the locale and its words, the pinned time, and its status as custom states.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ArrayAppend } from '../core/json-patch.js';
import type { RequestBuilder } from '../data/fetch-json.js';
import { KpiSourceController } from '../data/kpi-source-controller.js';
import type { Interpretation } from '../data/source-types.js';
import type { LazyPart } from './lazy-part.js';

export abstract class SourcedElement<T> extends LitElement {
  /** URL of the JSON to fetch. */
  @property({ reflect: true }) src: string | null = null;

  /**
   * `sse`: `src` is a Server-Sent Events stream instead of a JSON document. Each connection
   * starts with an event `snapshot` (the whole JSON); events `patch` then carry JSON Patch
   * (RFC 6902) `add`/`replace` operations on it, typically points to append at `/series/-`.
   * The element reconnects on its own with growing waits (1 s, 2 s, 4 s … 30 s), shows a
   * "Live" or "Reconnecting" indicator, and keeps at most `max-points` items per appended array.
   * `refresh` does not apply; `reload()` reconnects. See the README for the format.
   */
  @property() stream: 'sse' | null = null;

  /** With `stream`: the most points kept per streamed series; beyond it the oldest are dropped. Default 100,000. */
  @property({ type: Number, attribute: 'max-points' }) maxPoints?: number;

  /**
   * Seconds between polls of `src`; 0 turns polling off. Paused while the tab is hidden. A `<kpi-source>` polls for its readers.
   * After a failure the next poll waits longer (twice as long each time, with jitter, up to 5 minutes, or as long as a
   * `Retry-After` on a 503 or 429 asks, up to an hour); after a 401 or 403, 5 minutes. A success returns to `refresh`.
   */
  @property({ type: Number }) refresh = 0;

  /**
   * Seconds a request for `src` may take, body included, before it fails with a timeout (default 30). The last good
   * data stays on screen, marked as not refreshed, and polling goes on: a hung server never freezes the element.
   */
  @property({ type: Number }) timeout?: number;

  /** The largest body, in bytes, read from `src` (default 5,000,000): a larger one is not read, and fails with a message saying so. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /**
   * Whether cookies (and HTTP authentication) go with the request for `src`:
   * - `same-origin` (the default, as for fetch): to the page's own origin only;
   * - `include`: to another origin too, for a cookie-authenticated intranet API on its own host.
   *   That API must answer with `Access-Control-Allow-Credentials: true` and the page's exact
   *   origin (not `*`) in `Access-Control-Allow-Origin`;
   * - `omit`: never.
   *
   * Any other value counts as `same-origin`. Changing it fetches again.
   */
  @property() credentials: RequestCredentials = 'same-origin';

  /**
   * Builds the Request for `src`, e.g. to add a bearer token:
   *
   * ```js
   * card.request = async (url, init) => {
   *   const request = new Request(url, init);
   *   request.headers.set('Authorization', 'Bearer ' + (await getToken()));
   *   return request;
   * };
   * ```
   *
   * A property only, never an attribute, so tokens stay out of the DOM. `init` carries the
   * element's method, headers, credentials, cache mode and abort signal; whatever the function
   * returns, the element puts back its own abort signal (with its timeout), its cache mode
   * (`no-cache`: the HTTP cache revalidates) and, if missing, `Accept`. Requests built this way are not shared with other
   * elements on the same `src` (the element cannot tell what the function adds). Set it before the
   * element is connected (for elements written in the HTML, before the kit defines them), so the
   * first request carries it; setting or changing it later aborts a request on its way and fetches again.
   */
  @property({ attribute: false }) request?: RequestBuilder;

  /** The JSON to show, set as a property (never an attribute). Takes priority over `source`, `src` and inline JSON. */
  @property({ attribute: false }) data?: unknown;

  /**
   * Reshapes fetched JSON before it is read; for shapes the element cannot read as they are. Property only.
   * Return new objects rather than modifying the JSON: elements on the same `src` or `source` share it.
   */
  @property({ attribute: false }) transform?: (json: unknown) => unknown;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The shared source: fetching, polling, inline JSON, last good data. */
  protected readonly sourceController = new KpiSourceController<T>(this, {
    interpret: (json) => this.interpret(json),
    appended: (json, appends) => this.takeAppends(json, appends),
  });

  /** Subclasses call this first: the source follows the properties before the element reads it. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.sourceController.follow();
  }

  /**
   * Also waits for data already received to be read (a failure's wording loads on demand, and is part of the
   * update), and for a part of the element its render is waiting for (see `awaitPart`).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.pendingWork(); pending; pending = this.pendingWork()) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private pendingWork(): Promise<unknown> | undefined {
    return this.sourceController.pending ?? this.partLoading ?? this.wordsLoading;
  }

  /** The catalogue of the locale the element speaks, while it is on its way: `updateComplete` waits for it. */
  protected wordsLoading?: Promise<unknown>;

  /** A part of the element (code loaded on demand) that its render is waiting for. */
  private partLoading?: Promise<unknown>;

  /**
   * The render needs a part still on its way: `arrived` runs when it comes (by default, render again), and
   * `updateComplete` waits for it. A failed load leaves what was drawn and calls `failed`; the next render
   * that needs it tries again.
   */
  protected awaitPart(loading: Promise<unknown>, arrived: () => void = () => this.requestUpdate(), failed?: (cause: unknown) => void): void {
    if (this.partLoading) return;
    const done: Promise<unknown> = loading.then(
      () => {
        if (this.partLoading === done) this.partLoading = undefined;
        arrived();
      },
      (cause: unknown) => {
        if (this.partLoading === done) this.partLoading = undefined;
        failed?.(cause);
      },
    );
    this.partLoading = done;
  }

  /** Parts whose code could not be fetched, with the data on screen then: new data tries again. */
  private readonly partFailures = new Map<LazyPart<unknown>, { readonly cause: unknown; readonly value: T | undefined }>();

  /**
   * A part the element draws its data with (its face, its chart): the part, or undefined while it loads (the
   * element shows its skeleton, and renders again when it comes). When it cannot be fetched (offline, a deploy
   * mid-session), `partError` says why, so the element shows an error rather than wait for ever, and new data tries again.
   */
  protected partFor<P>(part: LazyPart<P>): P | undefined {
    if (part.current) return part.current;
    if (this.failedForThisData(part)) return undefined;
    this.partFailures.delete(part);
    this.awaitPart(part.load(), undefined, (cause) => {
      this.partFailures.set(part, { cause, value: this.sourceController.value });
      this.requestUpdate();
    });
    return undefined;
  }

  /** Why a part could not be fetched, in words for the error panel; undefined unless it failed for the data on screen. */
  protected partError(part: LazyPart<unknown>): string | undefined {
    const failed = part.current ? undefined : this.failedForThisData(part);
    return failed ? describeCause(failed.cause) : undefined;
  }

  /** The part's failure, when it failed for the data on screen (new data tries again). */
  private failedForThisData(part: LazyPart<unknown>): { readonly cause: unknown } | undefined {
    const failed = this.partFailures.get(part);
    return failed && failed.value === this.sourceController.value ? failed : undefined;
  }

  /** Re-reads the data now (fetches `src` again). */
  reload(): void {
    this.sourceController.refresh();
  }

  /**
   * Turns JSON into what the element shows, or a failure naming the bad field (a promise of it when
   * wording the failure needs code loaded on demand). Must not throw.
   */
  protected abstract interpret(json: unknown): Interpretation<T>;

  /**
   * Takes items a stream appended to the JSON last interpreted (see `stream`) without
   * interpreting it all again; returns false (the default) to have it interpreted again.
   */
  protected takeAppends(_json: unknown, _appends: readonly ArrayAppend[]): boolean {
    return false;
  }

  /** Replaces the custom states in one go, so `:state()` selectors never see a half-updated set. */
  protected setStates(active: Iterable<string>): void {
    const next = new Set(active);
    for (const state of [...this.internals.states]) if (!next.has(state)) this.internals.states.delete(state);
    for (const state of next) this.internals.states.add(state);
  }
}

/** A thrown value in words, for an error panel. */
export function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
