/**
 * Helpers for the source controller tests: scripted endpoints (see source-endpoints.js),
 * a probe mounted with its events recorded, and a switchable page visibility.
 */
import { oneEvent } from '@open-wc/testing';
import type { Clock } from '../../../src/data/clock.js';
import type { KpiErrorDetail, KpiErrorEvent } from '../../../src/events/kpi-error.js';
import type { KpiLoadDetail, KpiLoadEvent } from '../../../src/events/kpi-load.js';
import './source-probe.js';
import type { SourceProbe } from './source-probe.js';

export interface EndpointStats {
  readonly requests: number;
  readonly aborted: number;
  readonly ifNoneMatch: readonly (string | null)[];
  readonly accept: readonly (string | null)[];
}

export interface Endpoint {
  readonly url: string;
  stats(): Promise<EndpointStats>;
  /** Lets the requests waiting in a `gate` step answer (those that reached the server). */
  release(): Promise<void>;
}

let endpointCount = 0;

/** A fresh endpoint that plays `steps` (comma-separated) to successive requests; its counters are its own. */
export function endpoint(steps: string, label?: string): Endpoint {
  const key = `${Date.now().toString(36)}-${++endpointCount}`;
  const query = new URLSearchParams({ key, steps, ...(label !== undefined && { label }) });
  return {
    url: `/__kpi-source/source?${query}`,
    stats: async () => (await (await fetch(`/__kpi-source/stats?key=${key}`)).json()) as EndpointStats,
    release: async () => {
      await fetch(`/__kpi-source/release?key=${key}`);
    },
  };
}

export const fixtureUrl = (name: string): string => `/test/browser/support/fixtures/${name}`;

export async function fixtureJson(name: string): Promise<unknown> {
  return (await fetch(fixtureUrl(name))).json();
}

export interface Mounted {
  readonly el: SourceProbe;
  readonly loads: KpiLoadDetail[];
  readonly errors: KpiErrorDetail[];
}

export interface MountOptions {
  readonly src?: string;
  readonly refresh?: number;
  readonly data?: unknown;
  /** Inline JSON: a value to stringify, or raw text. */
  readonly inline?: unknown;
  readonly kpiPointer?: string;
  readonly onInterpret?: (raw: unknown) => void;
  /** The controller's clock (e.g. a ManualClock), set before the element connects. */
  readonly clock?: Clock;
  /** The jitter of backed-off polls, in [0, 1). */
  readonly random?: () => number;
  readonly timeout?: number;
  readonly maxBytes?: number;
}

const mounted = new Set<HTMLElement>();

/** Creates a probe, records its kpi-load and kpi-error events from the start, and connects it. */
export async function mount(options: MountOptions = {}): Promise<Mounted> {
  const el = document.createElement('source-probe');
  if (options.clock !== undefined) el.controller.clock = options.clock;
  if (options.random !== undefined) el.controller.random = options.random;
  if (options.timeout !== undefined) el.timeout = options.timeout;
  if (options.maxBytes !== undefined) el.maxBytes = options.maxBytes;
  const loads: KpiLoadDetail[] = [];
  const errors: KpiErrorDetail[] = [];
  el.addEventListener('kpi-load', (event) => loads.push(event.detail));
  el.addEventListener('kpi-error', (event) => errors.push(event.detail));
  if (options.src !== undefined) el.src = options.src;
  if (options.refresh !== undefined) el.refresh = options.refresh;
  if (options.data !== undefined) el.data = options.data;
  if (options.kpiPointer !== undefined) el.kpiPointer = options.kpiPointer;
  if (options.onInterpret !== undefined) el.onInterpret = options.onInterpret;
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof options.inline === 'string' ? options.inline : JSON.stringify(options.inline);
    el.append(script);
  }
  mounted.add(el);
  document.body.append(el);
  await el.updateComplete;
  return { el, loads, errors };
}

export function unmountAll(): void {
  for (const el of mounted) el.remove();
  mounted.clear();
}

/** The detail of the element's next kpi-load. */
export async function nextLoad(el: HTMLElement): Promise<KpiLoadDetail> {
  return (await oneEvent<KpiLoadEvent>(el, 'kpi-load')).detail;
}

/** The detail of the element's next kpi-error. */
export async function nextError(el: HTMLElement): Promise<KpiErrorDetail> {
  return (await oneEvent<KpiErrorEvent>(el, 'kpi-error')).detail;
}

/** Lets the events queued by the controller go out and the host finish updating. */
export async function settle(el: SourceProbe): Promise<void> {
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  await el.updateComplete;
}

/** Pretends the tab is hidden or visible, firing `visibilitychange` like the browser does. */
export function setPageVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

export function restorePageVisibility(): void {
  // Removes the own property, so the prototype's real getter shows through again.
  delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
}

export const until = { timeout: 4000, interval: 10 } as const;
