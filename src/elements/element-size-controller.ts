/**
 * The size of one element in a host's shadow root, from a ResizeObserver,
 * applied at most once a frame. Charts draw at the pixel size they are given,
 * so the card's sparkline and the trend's plot both read it here.
 *
 * One ResizeObserver serves every controller on the page: a wall of 60 charts
 * costs one observer and one callback a frame, not 60 of each.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a controller does with its element's new content box. */
type SizeListener = (width: number, height: number) => void;

const listeners = new WeakMap<Element, SizeListener>();
let shared: ResizeObserver | undefined;

function sharedObserver(): ResizeObserver {
  shared ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      // An element swapped out of the render reports zero: keep the last size for the next one.
      if (!entry.target.isConnected) continue;
      listeners.get(entry.target)?.(Math.floor(entry.contentRect.width), Math.floor(entry.contentRect.height));
    }
  });
  return shared;
}

export class ElementSizeController implements ReactiveController {
  /** Content-box width in whole CSS px; 0 until first measured. */
  width = 0;
  /** Content-box height in whole CSS px; 0 until first measured. */
  height = 0;

  private connected = false;
  private observed?: Element;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Selects the measured element in the host's shadow root; it may come and go between renders. */
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  private readonly resized: SizeListener = (width, height) => {
    const apply = (): void => {
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.host.requestUpdate();
    };
    cancelAnimationFrame(this.frame);
    // The first size is applied at once, so the first drawing lands in the frame that laid the element out; the
    // drawing must then not change the host's size (its box is sized by CSS), or an observed ancestor (a board)
    // would report a ResizeObserver loop. Later ones wait a frame, so a redraw never feeds back into the same observation.
    if (this.width === 0 && this.height === 0) apply();
    else this.frame = requestAnimationFrame(apply);
  };

  hostConnected(): void {
    this.connected = true;
    // Reconnected after a first render: nothing re-renders by itself, so observe what is there.
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unobserve();
    cancelAnimationFrame(this.frame);
  }

  private observe(): void {
    const element = this.host.shadowRoot?.querySelector(this.selector) ?? undefined;
    if (!this.connected || element === this.observed) return;
    this.unobserve();
    this.observed = element;
    if (!element) return;
    listeners.set(element, this.resized);
    sharedObserver().observe(element);
  }

  private unobserve(): void {
    if (!this.observed) return;
    shared?.unobserve(this.observed);
    listeners.delete(this.observed);
    this.observed = undefined;
  }
}
