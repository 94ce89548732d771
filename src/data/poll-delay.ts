/**
 * When to poll `src` again (pure): every `refresh` seconds while the source
 * answers; after failures, exponentially later with jitter, so a struggling
 * server is not hammered by every dashboard at once; no sooner than a
 * `Retry-After` asks; and rarely while access is refused (401, 403), which
 * waiting will not fix.
 */

/** The longest wait between polls while failures go on (unless `refresh` itself is longer): 5 minutes. */
export const MAX_BACKOFF_MS = 5 * 60_000;
/** The wait after a 401 or 403 (unless `refresh` is longer): 5 minutes. */
export const REFUSED_DELAY_MS = 5 * 60_000;
/** The longest `Retry-After` honoured: a bad header must not silence a dashboard for a day. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

export interface PollOutcome {
  /** The poll period, ms (`refresh` × 1000). */
  readonly periodMs: number;
  /** Failures in a row, the latest included; 0 after a success. */
  readonly failures: number;
  /** The HTTP status of the latest failure, if the server answered. */
  readonly status?: number | undefined;
  /** What its `Retry-After` asked for, ms from now. */
  readonly retryAfterMs?: number | undefined;
}

/**
 * Milliseconds until the next poll. `random` is in [0, 1): each wait after a failure is
 * drawn between half and all of its exponential step ("equal jitter").
 */
export function nextPollDelay({ periodMs, failures, status, retryAfterMs }: PollOutcome, random: number): number {
  if (failures <= 0) return periodMs;
  if (status === 401 || status === 403) return Math.max(periodMs, REFUSED_DELAY_MS);
  const step = Math.min(Math.max(periodMs, MAX_BACKOFF_MS), periodMs * 2 ** Math.min(failures, 30));
  const backoff = Math.max(periodMs, step * (0.5 + 0.5 * random));
  const asked = retryAfterMs === undefined ? 0 : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  return Math.max(backoff, asked);
}

/** A `Retry-After` header (delay-seconds or an HTTP date) as ms from `now`; `undefined` when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its month ("Thu, 01 Jan 2026 12:00:00 GMT"); Date.parse would also read "-5" as a year.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
