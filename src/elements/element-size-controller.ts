/**
 * The size of one element in a host's shadow root, from a ResizeObserver,
 * applied at most once a frame. Charts draw at the pixel size they are given,
 * so the card's sparkline and the trend's plot both read it here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ElementSizeController implements ReactiveController {
  /** Content-box width in whole CSS px; 0 until first measured. */
  width = 0;
  /** Content-box height in whole CSS px; 0 until first measured. */
  height = 0;

  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Selects the measured element in the host's shadow root; it may come and go between renders. */
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      // An element swapped out of the render reports zero: keep the last size for the next one.
      if (!entry?.target.isConnected) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      const apply = (): void => {
        if (width === this.width && height === this.height) return;
        this.width = width;
        this.height = height;
        this.host.requestUpdate();
      };
      cancelAnimationFrame(this.frame);
      // The first size is applied at once, so the first drawing lands in the frame that laid the element out.
      // Later ones wait a frame, so a redraw never feeds back into the same observation.
      if (this.width === 0 && this.height === 0) apply();
      else this.frame = requestAnimationFrame(apply);
    });
    // Reconnected after a first render: nothing re-renders by itself, so observe what is there.
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    cancelAnimationFrame(this.frame);
  }

  private observe(): void {
    const element = this.host.shadowRoot?.querySelector(this.selector) ?? undefined;
    if (!this.observer || element === this.observed) return;
    this.observer.disconnect();
    this.observed = element;
    if (element) this.observer.observe(element);
  }
}
