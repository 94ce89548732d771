/**
 * A sourced element that shows its data: in a locale and its words, judged at a time, its status
 * as custom states. Its own module, so `<kpi-source>` (a `SourcedElement` that shows nothing)
 * carries none of the catalogue.
 */
import { isServer, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { KpiStatus } from '../core/document.js';
import { reportTimeFromAttribute } from '../core/iso.js';
import { ensureMessages, hasMessages, onMessagesChange, resolveMessageLocale } from '../i18n/index.js';
import type { LazyPart } from './lazy-part.js';
import { SourcedElement } from './sourced-element.js';

/** A sourced element that shows its data: in a locale, judged at a time, its status exposed as custom states. */
export abstract class DisplayElement<T> extends SourcedElement<T> {
  /**
   * The id of a `<kpi-source>` to read the JSON from, instead of fetching it:
   * every element on one source shows the same snapshot, refreshed by one request.
   * Takes priority over `src` and inline JSON (not over `data`). The source may be
   * added after this element; if none is on the page, the error says so.
   */
  @property({ reflect: true }) source: string | null = null;

  /** BCP 47 locale for numbers and dates; defaults to the nearest `lang`, then the document's `locale`. */
  @property({ reflect: true }) locale?: string;

  /**
   * The time pace and staleness are judged at, in epoch ms. Defaults to the
   * current time; set it to pin a story, a test or a report to a date. The
   * attribute takes an ISO 8601 date or date-time (`now="2026-11-23T09:00Z"`);
   * one that cannot be read leaves the current time in force.
   */
  @property({ converter: { fromAttribute: reportTimeFromAttribute } }) now?: number;

  /**
   * The locale the element's words are in, set in `willUpdate`: the locale in force, else the
   * browser's. Its catalogue loads on first use; until it arrives the words are English.
   */
  protected words: string | undefined;

  /** Counts catalogue arrivals and page overrides, so words derived once (the view) are derived again. */
  protected wordsVersion = 0;

  private stopListening?: () => void;
  private wordsAsked?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched beside the data, so neither waits for the other.
    this.drawnBy()?.prefetch();
    this.stopListening ??= onMessagesChange(() => {
      this.wordsVersion++;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /**
   * `rtl` when the element speaks a right-to-left language (Arabic), set on its surface so it is laid out that way
   * even on a left-to-right page; otherwise undefined, and the direction is the page's.
   */
  protected get wordsDirection(): 'rtl' | undefined {
    return resolveMessageLocale(this.words) === 'ar' ? 'rtl' : undefined;
  }

  /** The document's own locale, when the element has one on screen (a KPI's `locale`). */
  protected documentLocale(): string | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.words = this.resolveLocale(this.documentLocale()) ?? browserLocale();
    const wanted = resolveMessageLocale(this.words);
    if (!hasMessages(wanted) && this.wordsAsked !== wanted) {
      // The first render never waits: English now, the element's language when its catalogue arrives
      // (asked once per language: a chunk that fails to load leaves the words in English).
      this.wordsAsked = wanted;
      const loading = ensureMessages(wanted).then(() => {
        if (this.wordsLoading === loading) this.wordsLoading = undefined;
        this.wordsVersion++;
        this.requestUpdate();
      });
      this.wordsLoading = loading;
    }
  }

  /** The part the element draws its data with (its face, its chart), fetched when it connects, beside the data. */
  protected drawnBy(): LazyPart<unknown> | undefined {
    return undefined;
  }

  /** The time to judge at: `now` when pinned, else the source controller's clock (which tests drive). */
  protected get judgedAt(): number {
    return this.now ?? this.sourceController.clock.now();
  }

  /** The locale in force: the attribute, else the nearest `lang` (through shadow roots, as a board's cards need), else the document's. */
  protected resolveLocale(documentLocale: string | undefined): string | undefined {
    return this.locale || nearestLang(this) || documentLocale || undefined;
  }

  /**
   * Sets the custom states: the source's (`loading`, `empty`, `error`), and for
   * data on screen (`showing`) its status level, `stale`, `guardrail-breached`
   * and `refresh-failed`. `defect` is an error in showing valid data. While the
   * part the element draws its data with (`drawnBy`) is on its way the element is
   * still `loading`, and when it cannot be fetched it is in `error`, its data's
   * status not shown, since neither state shows the data.
   */
  protected updateStates(defect: boolean, showing?: { level: KpiStatus; stale: boolean; guardrailBreached: boolean }): void {
    const states = new Set<string>();
    const drawnBy = this.drawnBy();
    const partFailed = drawnBy !== undefined && this.partError(drawnBy) !== undefined;
    const partPending = drawnBy !== undefined && !drawnBy.current && !partFailed && this.sourceController.value !== undefined;
    const sourceState = defect || partFailed ? 'error' : partPending ? 'loading' : this.sourceController.state;
    if (sourceState !== 'ok') states.add(sourceState);
    const live = this.sourceController.live;
    if (live) states.add(live);
    if (showing && !partFailed && !partPending) {
      states.add(showing.level);
      if (showing.stale) states.add('stale');
      if (showing.guardrailBreached) states.add('guardrail-breached');
      if (this.sourceController.failure) states.add('refresh-failed');
    }
    this.setStates(states);
  }
}

/** The browser's language, for the words when no `locale` or `lang` says otherwise (none on a server). */
function browserLocale(): string | undefined {
  return isServer || typeof navigator === 'undefined' ? undefined : navigator.language;
}

/** The nearest `lang` attribute up the tree, crossing from a shadow root to its host. */
function nearestLang(element: Element): string | undefined {
  // Lit SSR renders the element alone: no ancestors to read, and the DOM shim has no `closest`. Set `locale` there.
  if (isServer) return undefined;
  for (let node: Element | null = element; node;) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
