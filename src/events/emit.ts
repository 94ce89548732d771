/** The kit's one way to fire events: typed, bubbling and composed, so they cross shadow roots. */
export function emit<K extends keyof KpiEventMap>(target: EventTarget, type: K, detail: KpiEventMap[K]['detail']): boolean {
  return target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable: false, detail }));
}

/** Every kit event, by name. Each event file adds its own entry. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface KpiEventMap {}
