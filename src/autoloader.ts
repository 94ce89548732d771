/**
 * The CDN entry, dist/cdn/kpi-kit.js: one `<script type="module">` and every
 * kit tag on the page works, yet the page downloads only the elements it uses.
 *
 * It watches the document for kit tags that are not defined yet and imports
 * each tag's own entry (dist/cdn/<tag>.js and its shared chunks) the first
 * time the tag appears. The imports are relative, so they resolve against
 * this file's URL and the kit works from any CDN path.
 *
 * Elements inside a shadow root are not seen by the document's observer: pass
 * the root to `observe()`, or call `load()` before adding the tag.
 */

/** One dynamic import per tag; the build turns each into the tag's entry file. */
const entries = {
  'kpi-card': () => import('./kpi-card.js'),
  'kpi-trend': () => import('./kpi-trend.js'),
  'leading-lagging-board': () => import('./leading-lagging-board.js'),
  'kpi-source': () => import('./kpi-source.js'),
} satisfies Record<string, () => Promise<unknown>>;

/** A tag the autoloader can define. */
export type KitTag = keyof typeof entries;

const loading = new Map<KitTag, Promise<CustomElementConstructor>>();

const isKitTag = (name: string): name is KitTag => Object.hasOwn(entries, name);

/**
 * Defines `tag` by importing its entry, once. Resolves with the element's
 * class when it is defined; rejects (and may be tried again) when the file
 * cannot be fetched.
 */
export function load(tag: KitTag): Promise<CustomElementConstructor> {
  if (!isKitTag(tag)) {
    return Promise.reject(new TypeError(`kpi-kit has no <${String(tag)}>: it defines ${Object.keys(entries).join(', ')}`));
  }
  let defined = loading.get(tag);
  if (defined === undefined) {
    defined = entries[tag]().then(() => customElements.whenDefined(tag));
    loading.set(tag, defined);
    // A failed fetch (offline, blocked) is not remembered, so the tag's next appearance tries again.
    defined.catch(() => loading.delete(tag));
  }
  return defined;
}

/** Loads every undefined kit tag in `root` (the root itself included). Resolves when all are defined. */
export async function discover(root: ParentNode): Promise<void> {
  const found = new Set<KitTag>();
  const consider = (element: Element): void => {
    if (isKitTag(element.localName) && customElements.get(element.localName) === undefined) found.add(element.localName);
  };
  if (root instanceof Element) consider(root);
  for (const element of root.querySelectorAll(':not(:defined)')) consider(element);
  await Promise.all([...found].map(load));
}

/**
 * Loads the kit tags in `root` now and whenever nodes are added under it,
 * until `disconnect()` is called on the returned observer. The document is
 * observed from the start; pass a shadow root that holds kit tags.
 */
export function observe(root: Document | ShadowRoot | Element): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) report(discover(node));
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  report(discover(root));
  return observer;
}

/** Nobody awaits the automatic loads, so say in the console what failed and why. */
function report(done: Promise<void>): void {
  done.catch((error: unknown) => console.error('kpi-kit: an element could not be loaded.', error));
}

if (typeof document !== 'undefined') observe(document);
