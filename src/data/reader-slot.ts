/**
 * The reader an element may have: a `<kpi-source>` (`source="id"`) or a live
 * stream (`stream="sse"`). Each reader's code loads the first time a page
 * uses it, so the slot also makes sure a reader whose module arrives late is
 * not started for a source the element has since left.
 */
import type { Reader, ReaderSink } from './reader.js';
import type { Source, UrlSource } from './source-types.js';

export type ReadSource = Extract<Source, { origin: 'source' }> | UrlSource;

export interface ReaderOptions {
  readonly sink: ReaderSink;
  /** The most items a stream keeps per array it appends to. */
  readonly maxPoints: () => number;
  /** Whether the reader is still wanted when its module arrives. */
  readonly stillWanted: () => boolean;
  /** The module could not be loaded. */
  readonly unavailable: (cause: unknown) => void;
}

export class ReaderSlot {
  reader: Reader | undefined;
  /** Bumped whenever the reader is replaced or closed, so a module still loading is not started for an old source. */
  private generation = 0;

  /** Starts the reader for `source`, replacing any other. */
  open(source: ReadSource, options: ReaderOptions): void {
    this.close();
    const generation = this.generation;
    const wanted = (): boolean => generation === this.generation && options.stillWanted();
    const unavailable = (cause: unknown): void => {
      if (generation === this.generation) options.unavailable(cause);
    };
    if (source.origin === 'source') {
      import('./shared-reader.js').then(({ SharedReader }) => {
        if (wanted()) this.reader = new SharedReader(source.id, options.sink);
      }, unavailable);
    } else {
      import('./stream-reader.js').then(({ StreamReader }) => {
        if (wanted()) this.reader = new StreamReader(source.url, source.credentials === 'include', options.maxPoints, options.sink);
      }, unavailable);
    }
  }

  /** Stops reading; returns whether a live status was shown (and must now go). */
  close(): boolean {
    this.generation++;
    const wasLive = this.reader?.live !== undefined;
    this.reader?.close();
    this.reader = undefined;
    return wasLive;
  }
}
