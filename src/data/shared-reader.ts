/**
 * Reads a `<kpi-source>` for an element with `source="id"`: follows its
 * snapshots, waits for it when it is not (yet) on the page, and says so when
 * the page has had its chance to add it. Loaded only by pages that use sources.
 */
import type { Reader, ReaderSink } from './reader.js';
import { findSharedSource, whenSourceAppears, type SharedSnapshot, type SharedSource } from './shared-sources.js';
import type { SourceFailure } from './source-failure.js';
import { authorWords } from '../i18n/author.js';
import { withWords } from '../i18n/words.js';

export class SharedReader implements Reader {
  private source: SharedSource | undefined;
  private stopReading: (() => void) | undefined;
  private readonly stopWaiting: () => void;
  /** The version of the source's JSON last taken, and the source's failure last reported. */
  private version: number | undefined;
  private failure: SourceFailure | undefined;
  /** Set while the verdict "no such source" waits for the page to finish adding elements. */
  private missingTimer: ReturnType<typeof setTimeout> | undefined;
  private missingAfterLoad = false;

  constructor(
    private readonly id: string,
    private readonly sink: ReaderSink,
  ) {
    // Keep listening even once found: another source may take the id later.
    this.stopWaiting = whenSourceAppears(id, this.appeared);
    this.read();
  }

  get live() {
    return this.source?.snapshot.live;
  }

  refresh(): void {
    this.source?.reload();
  }

  close(): void {
    this.stopReading?.();
    this.stopWaiting();
    this.stopReading = this.source = undefined;
    this.clearMissing();
  }

  private read(): void {
    this.stopReading?.();
    this.stopReading = undefined;
    this.source = findSharedSource(this.id, this.sink.host);
    if (!this.source) {
      this.expectMissing();
      return;
    }
    this.stopReading = this.source.subscribe(this.changed);
    this.changed(this.source.snapshot);
  }

  /** A source took the id: read it, unless the one already read is still the one the id finds. */
  private readonly appeared = (): void => {
    if (this.source?.isConnected && findSharedSource(this.id, this.sink.host) === this.source) return;
    this.read();
  };

  /** The source's snapshot changed; `undefined`: it left the page (readers keep their data and wait for another). */
  private readonly changed = (snapshot: SharedSnapshot | undefined): void => {
    const { sink } = this;
    if (!snapshot) {
      this.stopReading?.();
      this.stopReading = this.source = undefined;
      this.expectMissing();
      return;
    }
    this.clearMissing();
    if (snapshot.json === undefined && snapshot.state !== 'ok' && sink.hasData()) {
      // The source switched to other JSON (a new src): what it held before says nothing about it.
      this.version = undefined;
      sink.reset();
    }
    const receivedAt = snapshot.receivedAt ?? sink.now();
    if (snapshot.json !== undefined && snapshot.version !== this.version) {
      const appendedOnly = snapshot.appends !== undefined && snapshot.appendedTo === this.version;
      this.version = snapshot.version;
      // A stream appended to the JSON this element read: it takes the new items alone, if it can.
      if (appendedOnly) sink.takeAppends(snapshot.json, snapshot.appends, receivedAt);
      else
        sink.take(snapshot.json, receivedAt, {
          origin: 'source',
          source: this.id,
          notModified: false,
          ...(snapshot.url !== undefined && { url: snapshot.url }),
        });
    } else if (snapshot.receivedAt !== undefined) {
      // A 304 confirmed the JSON: the same data, fresh again.
      sink.confirm(snapshot.receivedAt);
    }
    if (snapshot.failure !== this.failure || snapshot.failure) {
      const changed = snapshot.failure !== this.failure;
      this.failure = snapshot.failure;
      sink.failed(snapshot.failure, changed);
    } else if (!sink.hasData() && snapshot.state === 'loading') {
      // Replaced by a source still loading.
      sink.failed(undefined, false);
    }
  };

  /**
   * No source has the id. Say so once the page has had its chance to add one: after
   * the document is parsed and the task that connected this element (a framework
   * may add a source just after its readers). A source added later is still read.
   */
  private expectMissing(): void {
    this.clearMissing();
    if (document.readyState === 'loading') {
      this.missingAfterLoad = true;
      document.addEventListener('DOMContentLoaded', this.missingDue, { once: true });
    } else {
      this.missingTimer = setTimeout(this.missingDue, 0);
    }
  }

  private clearMissing(): void {
    if (this.missingAfterLoad) document.removeEventListener('DOMContentLoaded', this.missingDue);
    this.missingAfterLoad = false;
    clearTimeout(this.missingTimer);
    this.missingTimer = undefined;
  }

  private readonly missingDue = (): void => {
    if (this.missingAfterLoad) {
      this.missingAfterLoad = false;
      this.missingTimer = setTimeout(this.missingDue, 0);
      return;
    }
    this.missingTimer = undefined;
    if (this.source) return;
    const { id } = this;
    const element = `<kpi-source id="${id}">`;
    const words = this.sink.hasData() ? authorWords('source.gone', { element }) : authorWords('source.missing', { element, attribute: `source="${id}"` });
    this.failure = { kind: 'source', ...withWords(words) };
    this.sink.failed(this.failure, true);
  };
}
