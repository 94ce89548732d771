/**
 * The types the source controller and its parts share: where data comes from,
 * what an element makes of it, and the states a source can be in. Its own
 * module, so the parts (and `<kpi-source>`'s sharing) import types without
 * importing the controller.
 */
import type { RequestBuilder } from './fetch-json.js';
import type { SourceFailure } from './source-failure.js';

/** What the controller reads from its element. The element owns these reactive properties. */
export interface SourceHost extends HTMLElement {
  /** URL to fetch. */
  src?: string | null;
  /** The id of a `<kpi-source>` to read instead of fetching. */
  source?: string | null;
  /** Seconds between polls of `src`; 0 turns polling off. Fractions are allowed. */
  refresh: number;
  /** JSON set by the page as a property. */
  data?: unknown;
  /** Whether cookies go with the request for `src`: `omit`, `same-origin` (the default) or `include`. */
  credentials?: string | null | undefined;
  /** Builds the Request for `src` (e.g. adding a bearer token); such requests are not shared with other elements. */
  request?: RequestBuilder | undefined;
  /** `sse`: `src` is a Server-Sent Events stream of snapshots and patches instead of a JSON document. */
  stream?: string | null | undefined;
  /** The most items a stream keeps in an array it appends to (e.g. a series); the oldest go first. */
  maxPoints?: number | undefined;
  /** Seconds a request for `src` may take, body included, before it counts as failed. */
  timeout?: number | undefined;
  /** The largest body, in bytes, read from `src`. */
  maxBytes?: number | undefined;
}

/** The element's verdict on some JSON. */
export type Interpreted<T> =
  /** `empty`: valid, but nothing to show yet (e.g. no points). */
  | { readonly ok: true; readonly value: T; readonly empty?: boolean }
  /** A mapping or validation failure (kind `'mapping'` or `'invalid'`). */
  | { readonly ok: false; readonly failure: SourceFailure };

/**
 * What `interpret` returns: the verdict, or a promise of it when explaining a failure
 * needs code the page has not loaded yet (the validator's diagnostics).
 */
export type Interpretation<T> = Interpreted<T> | Promise<Interpreted<T>>;

/**
 * - `loading`: no outcome yet for the current source (or no source at all);
 * - `ok` / `empty`: a good value is held, even if a later refresh failed (see `failure`);
 * - `error`: a failure and no good value.
 */
export type SourceState = 'loading' | 'ok' | 'empty' | 'error';
export type SourceOrigin = 'data' | 'source' | 'src' | 'inline';

/** `src`, and how to request it. */
export interface UrlSource {
  readonly origin: 'src';
  readonly url: string;
  /** Read as a Server-Sent Events stream (`stream="sse"`). */
  readonly stream: boolean;
  readonly credentials: RequestCredentials;
  readonly request: RequestBuilder | undefined;
}

export type Source =
  | { readonly origin: 'data'; readonly data: unknown }
  | { readonly origin: 'source'; readonly id: string }
  | UrlSource
  | { readonly origin: 'inline'; readonly text: string };
