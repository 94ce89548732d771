/** Counting what elements leave behind, for the connect/disconnect cycle tests. */

/**
 * Counts live timers (set, not yet fired or cleared) and listeners on document
 * and window, by wrapping the functions that make them.
 */
export function instrument(): { counts(): { timers: number; listeners: number }; restore(): void } {
  const timers = new Set<number>();
  const listeners = new Set<string>();
  const { setTimeout: set, clearTimeout: clear } = window;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const keyOf = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
    if (typeof listener !== 'object' && typeof listener !== 'function') return undefined;
    if (listener === null) return undefined;
    if (!ids.has(listener)) ids.set(listener, ++nextId);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const where = target === document ? 'document' : target === window ? 'window' : undefined;
    return where && `${where} ${type} ${ids.get(listener)} ${capture}`;
  };
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id: number = set(
      (...inner: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
      },
      timeout,
      ...args,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    const key = keyOf(this, type, listener, options);
    if (key) listeners.add(key);
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    const key = keyOf(this, type, listener, options);
    if (key) listeners.delete(key);
    return remove.call(this, type, listener, options);
  };
  return {
    counts: () => ({ timers: timers.size, listeners: listeners.size }),
    restore: () => {
      window.setTimeout = set;
      window.clearTimeout = clear;
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    },
  };
}
