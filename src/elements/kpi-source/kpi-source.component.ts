import { css, nothing, type PropertyValues } from 'lit';
import type { ArrayAppend } from '../../core/json-patch.js';
import type { Interpretation, Interpreted } from '../../data/source-types.js';
import { announceSource, SHARED_SOURCE, type SharedSnapshot, type SharedSource, type SnapshotListener } from '../../data/shared-sources.js';
import { describeCause, SourcedElement } from '../sourced-element.js';

/** Numbers every JSON any source holds, so a reader moving to another source never mistakes its JSON for the one it read. */
let versions = 0;

/** The JSON a source holds; a new object for every new JSON, so readers can tell new data from a repeat. */
interface HeldJson {
  readonly json: unknown;
}

/**
 * One JSON for many elements. It renders nothing: it fetches `src` (or takes
 * `data` or inline JSON), polls it, and every element with `source="<its id>"`
 * reads that one snapshot with its own pointers, so twelve cards on one
 * endpoint make one request per refresh, update together and share the
 * source's loading, error and stale state.
 *
 * ```html
 * <kpi-source id="metrics" src="/api/metrics.json" refresh="60"></kpi-source>
 * <kpi-card source="metrics" value-pointer="/retention/d7" label="7-day retention" format="percent"></kpi-card>
 * ```
 *
 * Readers may come before or after the source in the page, and a source may be
 * removed and added again: readers keep their last data meanwhile. A source is
 * found by id in the reader's own tree scope first, then in the ones around it.
 * Inline JSON goes in a child `<script type="application/json">`, as for the other elements.
 *
 * @summary A shared JSON source for kit elements: one request, one snapshot, many readers.
 * @tagname kpi-source
 *
 * @attr id - The name readers give in their `source` attribute. Renaming it moves the readers to whichever source now has their name.
 *
 * @cssstate loading - No JSON yet.
 * @cssstate empty - The JSON is `null`.
 * @cssstate error - No JSON could be read; readers show why.
 * @cssstate refresh-failed - A refresh failed; readers keep the last good JSON.
 * @cssstate connecting - With `stream="sse"`: the stream is opening.
 * @cssstate live - With `stream="sse"`: the stream is open and up to date.
 * @cssstate reconnecting - With `stream="sse"`: the stream dropped; it is being opened again.
 *
 * @fires kpi-load - JSON from `src` or inline JSON arrived (its readers fire their own as they read it).
 * @fires kpi-error - Loading or parsing the JSON failed, or `transform` threw.
 */
export class KpiSource extends SourcedElement<HeldJson> implements SharedSource {
  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'id'];
  }

  /** @internal How readers recognise a source without importing this class; not API. */
  readonly [SHARED_SOURCE] = true as const;

  private readonly listeners = new Set<SnapshotListener>();
  private published: SharedSnapshot | undefined;
  private heldVersion = ++versions;
  private versioned: HeldJson | undefined;
  /** Set while the latest change is only items a stream appended (see `takeAppends`). */
  private appendedSince: { appends: readonly ArrayAppend[]; from: number } | undefined;

  /** The JSON its readers read; `undefined` until some arrives. */
  get json(): unknown {
    return this.sourceController.value?.json;
  }

  /** What the source holds now, as its readers see it. */
  get snapshot(): SharedSnapshot {
    const controller = this.sourceController;
    const held = this.heldJson();
    const origin = controller.origin;
    return {
      ...(this.appendedSince && { appends: this.appendedSince.appends, appendedTo: this.appendedSince.from }),
      live: controller.live,
      state: controller.state,
      json: held?.json,
      version: this.heldVersion,
      receivedAt: controller.receivedAt,
      failure: controller.failure,
      origin: origin === 'source' ? undefined : origin,
      url: origin === 'src' ? (this.src ?? undefined) : undefined,
    };
  }

  /** The JSON held, its version brought up to date: a new version for new JSON. */
  private heldJson(): HeldJson | undefined {
    const held = this.sourceController.value;
    if (held !== this.versioned) {
      this.versioned = held;
      this.heldVersion = ++versions;
      this.appendedSince = undefined;
    }
    return held;
  }

  /**
   * Calls `listener` with the new snapshot whenever it changes (new JSON, appended points, a change of state),
   * and once with `undefined` when the source leaves the page or changes its id, which also ends the calls.
   * Returns a function that stops them. Kit elements read a source this way; a page's own script may too.
   */
  subscribe(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.id) announceSource(this.id);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leaveReaders();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name !== 'id' || old === value || !this.isConnected) return;
    // Readers of the old id look for another source; readers of the new one find this.
    this.leaveReaders();
    if (value) announceSource(value);
  }

  protected override render(): typeof nothing {
    return nothing;
  }

  protected override interpret(json: unknown): Interpretation<HeldJson> {
    let shared = json;
    if (this.transform) {
      try {
        shared = this.transform(json);
      } catch (cause) {
        // The words load only when a transform fails: this element shows none of its own.
        const values = { element: `<kpi-source id="${this.id}">`, cause: describeCause(cause) };
        return import('../../i18n/author.js').then(({ authorFailureWords }): Interpreted<HeldJson> => ({
          ok: false,
          failure: { kind: 'mapping', ...authorFailureWords('source.transformThrew', values) },
        }));
      }
    }
    return { ok: true, value: { json: shared }, empty: shared === null };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && changed.has('transform')) this.sourceController.reinterpret();
  }

  /** A stream appended to the JSON in place: readers that can take the new items alone do. */
  protected override takeAppends(_json: unknown, appends: readonly ArrayAppend[]): boolean {
    // A transform made the readers' JSON from the stream's: appends to one say nothing about the other.
    if (this.transform) return false;
    this.heldJson();
    this.appendedSince = { appends, from: this.heldVersion };
    this.heldVersion = ++versions;
    return true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const controller = this.sourceController;
    const states: string[] = controller.state === 'ok' ? [] : [controller.state];
    if (controller.failure && controller.value) states.push('refresh-failed');
    if (controller.live) states.push(controller.live);
    this.setStates(states);
    this.publish();
  }

  /** Tells readers about a changed snapshot (new JSON, a new time, a failure or a state). */
  private publish(): void {
    const next = this.snapshot;
    const last = this.published;
    if (
      last &&
      last.version === next.version &&
      last.state === next.state &&
      last.failure === next.failure &&
      last.receivedAt === next.receivedAt &&
      last.live === next.live
    ) {
      return;
    }
    this.published = next;
    for (const listener of [...this.listeners]) listener(next);
  }

  private leaveReaders(): void {
    const listeners = [...this.listeners];
    this.listeners.clear();
    this.published = undefined;
    for (const listener of listeners) listener(undefined);
  }
}
