/**
 * Loads and polls one `src` for the source controller: `@lit/task` runs each
 * request (aborting the one it supersedes and reporting only the newest), a
 * timeout bounds it, and polls are planned on the injected clock, after the
 * previous load ended, backing off while the source fails (`poll-delay.ts`).
 * A hung request never stops polling: the timeout ends it like any failure.
 * Loaded the first time an element on the page has a `src`.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Clock, ClockTimer } from './clock.js';
import type { FetchJsonResult } from './fetch-json.js';
import { nextPollDelay, parseRetryAfter, type PollOutcome } from './poll-delay.js';
import { joinPoll } from './poll-group.js';
import { loadShared, sharedRequestKey } from './request-pool.js';
import { sameRequest } from './source-choice.js';
import type { UrlSource } from './source-types.js';
import { authorWords } from '../i18n/author.js';
import { withWords } from '../i18n/words.js';

/** What to load, and how. */
export interface UrlPlan {
  readonly source: UrlSource;
  /** 0: no polling. */
  readonly periodMs: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export interface UrlLoaderOptions {
  readonly host: ReactiveControllerHost;
  /** Read at each use: a test may replace the controller's clock. */
  readonly clock: () => Clock;
  /** In [0, 1): the jitter of backed-off polls. */
  readonly random: () => number;
  /** The outcome of a load of the current plan's source (never of an aborted one). */
  readonly report: (source: UrlSource, outcome: FetchJsonResult) => void;
}

interface Loaded {
  readonly plan: UrlPlan;
  readonly result: FetchJsonResult;
}

/** setTimeout's longest wait (about 24.8 days); a longer timeout is the same as none. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class UrlLoader {
  private plan: UrlPlan | undefined;
  private readonly task: Task<[UrlPlan], Loaded>;
  private connected = false;
  /** A load is wanted as soon as the host is connected (first load, or one cut off by a disconnect). */
  private pending = false;
  private lastEnd: number | undefined;
  /** The wait after `lastEnd`, drawn once per outcome (it carries jitter). */
  private nextDelay = 0;
  private outcome: PollOutcome = { periodMs: 0, failures: 0 };
  private timer: ClockTimer = undefined;
  /** Leaves the shared poll this loader waits in, instead of a timer of its own. */
  private leavePoll: (() => void) | undefined;
  private overdue = false;

  constructor(private readonly options: UrlLoaderOptions) {
    this.task = new Task<[UrlPlan], Loaded>(options.host, {
      autoRun: false,
      task: ([plan], { signal }) => this.request(plan, signal),
      onComplete: (loaded) => this.completed(loaded),
      // Only aborted runs reject (see `request`): whoever aborted has moved on.
      onError: () => undefined,
    });
  }

  /** Whether a request is on its way. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Follows the controller's plan: a new URL or way of asking loads now; a new period re-plans the next poll. */
  follow(plan: UrlPlan | undefined): void {
    const before = this.plan;
    this.plan = plan;
    if (!plan) {
      this.stop();
      return;
    }
    if (before?.source.url !== plan.source.url) {
      // What the old URL did says nothing about the new one's timing.
      this.stop();
      this.load();
    } else if (!sameRequest(before.source, plan.source)) {
      this.load();
    } else if (before.periodMs !== plan.periodMs) {
      this.redraw();
      this.schedule();
    }
  }

  /** Loads now, joining a request for the URL already on its way. */
  reload(): void {
    if (this.plan) this.load();
  }

  connect(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.visibilityChanged);
    if (!this.plan) return;
    // Resume: finish a load a disconnect cut off (its aborted run may not have ended yet), or poll (at once, when overdue).
    if (this.pending) this.load();
    else if (!this.busy) this.schedule();
  }

  disconnect(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.visibilityChanged);
    this.cancelPoll();
    if (this.busy) {
      this.task.abort();
      this.pending = true;
    }
  }

  private stop(): void {
    this.task.abort();
    this.cancelPoll();
    this.pending = false;
    this.lastEnd = undefined;
    this.outcome = { periodMs: 0, failures: 0 };
  }

  private load(): void {
    if (!this.plan) return;
    this.cancelPoll();
    if (!this.connected) {
      this.pending = true;
      return;
    }
    this.pending = false;
    void this.task.run([this.plan]);
  }

  /** One request, bounded by the plan's timeout. Rejects only when the task aborts the run. */
  private async request(plan: UrlPlan, signal: AbortSignal): Promise<Loaded> {
    const { url, credentials, request } = plan.source;
    const clock = this.options.clock();
    const timeout = new AbortController();
    const timer =
      plan.timeoutMs < MAX_TIMER_MS ? clock.setTimeout(() => timeout.abort(new DOMException(`${url} timed out`, 'TimeoutError')), plan.timeoutMs) : undefined;
    try {
      const result = await loadShared(url, { signal: AbortSignal.any([signal, timeout.signal]), credentials, request, maxBytes: plan.maxBytes });
      return { plan, result };
    } catch (cause) {
      if (signal.aborted) throw cause;
      const words = timeout.signal.aborted
        ? authorWords('loader.timeout', { url, seconds: Math.round(plan.timeoutMs / 100) / 10 })
        : authorWords('loader.failed', { url, reason: cause instanceof Error ? cause.message : String(cause) });
      return { plan, result: { kind: 'failure', failure: { kind: timeout.signal.aborted ? 'timeout' : 'network', ...withWords(words), url } } };
    } finally {
      if (timer !== undefined) clock.clearTimeout(timer);
    }
  }

  private completed({ plan, result }: Loaded): void {
    const clock = this.options.clock();
    this.lastEnd = clock.elapsed();
    if (result.kind === 'failure') {
      const { status } = result.failure;
      this.outcome = {
        periodMs: plan.periodMs,
        failures: this.outcome.failures + 1,
        status,
        retryAfterMs: status === 503 || status === 429 ? parseRetryAfter(result.retryAfter, clock.now()) : undefined,
      };
    } else {
      this.outcome = { periodMs: plan.periodMs, failures: 0 };
    }
    this.redraw();
    this.options.report(plan.source, result);
    // The task still counts as pending until this callback returns.
    this.schedule(true);
  }

  /** Draws the wait after the last outcome for the current period. */
  private redraw(): void {
    this.nextDelay = nextPollDelay({ ...this.outcome, periodMs: this.plan?.periodMs ?? 0 }, this.options.random());
  }

  /** Plans the next poll after the last load ended; an overdue poll runs at once. `ended`: called as the run ends. */
  private schedule(ended = false): void {
    this.cancelPoll();
    if (!this.connected || (this.busy && !ended) || !this.plan || this.plan.periodMs === 0 || this.lastEnd === undefined) return;
    const clock = this.options.clock();
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, this.lastEnd + this.nextDelay - clock.elapsed()));
    const { url, credentials, request } = this.plan.source;
    const shared = this.outcome.failures === 0 ? sharedRequestKey(url, { credentials, request, maxBytes: this.plan.maxBytes }) : undefined;
    // Steady polls of one shared request tick together, so every period makes one request however busy the page is.
    if (shared !== undefined) this.leavePoll = joinPoll(clock, `${this.plan.periodMs} ${shared}`, wait, this.pollDue);
    else this.timer = clock.setTimeout(this.pollDue, wait);
  }

  private cancelPoll(): void {
    if (this.timer !== undefined) this.options.clock().clearTimeout(this.timer);
    this.timer = undefined;
    this.leavePoll?.();
    this.leavePoll = undefined;
    this.overdue = false;
  }

  private readonly pollDue = (): void => {
    this.timer = undefined;
    this.leavePoll = undefined;
    // Nobody is looking: wait until the tab is visible again instead of polling in the background.
    if (document.visibilityState === 'hidden') this.overdue = true;
    else this.load();
  };

  private readonly visibilityChanged = (): void => {
    if (document.visibilityState === 'hidden' || !this.overdue) return;
    this.overdue = false;
    this.load();
  };
}
