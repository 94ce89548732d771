/** Waiting for a kit element of the bench to draw: its line in the shadow DOM, or the error it shows instead. */

/**
 * Resolves when `drawn` matches in `element`'s shadow root; rejects with the element's error text when
 * `failed(element, root)` gives one. Watches the shadow root's mutations, so no time is spent polling.
 */
export function whenDrawn(element: HTMLElement, drawn: string, failed: (root: ShadowRoot) => string | undefined): Promise<void> {
  const root = element.shadowRoot;
  const name = element.localName;
  if (!root) return Promise.reject(new Error(`${name} has no shadow root after connecting`));
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      if (root.querySelector(drawn)) {
        resolve();
        return true;
      }
      const error = failed(root);
      if (error === undefined) return false;
      reject(new Error(`${name} shows an error: ${error}`));
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** The text of the first element matching `selector` in `root`, whitespace collapsed. */
export function textOf(root: ParentNode | null | undefined, selector: string): string {
  return root?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
