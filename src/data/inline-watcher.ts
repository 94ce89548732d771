/**
 * Watches an element's inline `<script type="application/json">`: its text,
 * edits to it, and a script added or removed later.
 */
const INLINE_SELECTOR = ':scope > script[type="application/json"]';

export class InlineJsonWatcher {
  /** The script's text; `undefined` when there is no script. */
  text: string | undefined;
  private observer: MutationObserver | undefined;
  /** The script being watched; `null`: watching the host, no script; `undefined`: not watching. */
  private observed: Element | null | undefined;

  constructor(
    private readonly host: Element,
    /** Called after an edit changed `text`. */
    private readonly changed: () => void,
  ) {}

  disconnect(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  /** Reads the text again (it may have been edited while nobody watched); `watching`: and watch the host and its script. */
  reread(watching: boolean): void {
    this.text = this.read(watching);
  }

  private read(watching: boolean): string | undefined {
    const script = this.host.querySelector(INLINE_SELECTOR);
    if (watching && script !== this.observed) {
      this.observer ??= new MutationObserver(this.mutated);
      this.observer.disconnect();
      this.observer.observe(this.host, { childList: true });
      if (script) this.observer.observe(script, { childList: true, characterData: true, subtree: true });
      this.observed = script;
    }
    return script?.textContent ?? undefined;
  }

  private readonly mutated = (): void => {
    if (this.observed === undefined) return;
    const text = this.read(true);
    if (text === this.text) return;
    this.text = text;
    this.changed();
  };
}
