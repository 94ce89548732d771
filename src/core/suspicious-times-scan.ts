/**
 * Times that are valid but probably not what the author meant: times in 1970, which is where epoch
 * seconds, day counts or years land when read as epoch milliseconds, and several points at one
 * time. Validation stays the only judge of what is valid: these only warn, and nothing stops the
 * render. The full scan and the console warning for the page's author are here; an element loads
 * them only when the cheap check (`mayHaveSuspiciousTimes` in series.ts) finds something. The
 * board's hygiene notes use the scan too.
 */
import { authorMessage } from '../i18n/author.js';
import { isRecord } from './pointer.js';
import { NEAR_EPOCH_MS } from './series.js';
import { toEpochMs } from './time.js';

export interface SuspiciousTimes {
  /** Indices of the times within `NEAR_EPOCH_MS` of the epoch. */
  readonly nearEpoch: readonly number[];
  /** `[first, repeat]` index pairs: each later point at a time an earlier one already has. */
  readonly duplicates: readonly (readonly [number, number])[];
}

/** Scans times in epoch ms (NaN for a time that is not one, which is skipped), in any order. */
export function findSuspiciousTimes(times: ArrayLike<number>): SuspiciousTimes {
  const nearEpoch: number[] = [];
  const duplicates: [number, number][] = [];
  const seen = new Map<number, number>();
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    if (Number.isNaN(t)) continue;
    if (Math.abs(t) < NEAR_EPOCH_MS) nearEpoch.push(i);
    const first = seen.get(t);
    if (first === undefined) seen.set(t, i);
    else duplicates.push([first, i]);
  }
  return { nearEpoch, duplicates };
}

/** True when there is something to warn about. */
export const hasSuspiciousTimes = ({ nearEpoch, duplicates }: SuspiciousTimes): boolean => nearEpoch.length + duplicates.length > 0;

/**
 * The warning about the times of a mapped KPI document (its `series`, as records or columns),
 * naming each by the path `pathOf` gives its document path; `undefined` when they are fine.
 */
export function suspiciousTimesWarning(document: unknown, pathOf: (documentPath: string) => string): string | undefined {
  const series = isRecord(document) ? document['series'] : undefined;
  const records = Array.isArray(series);
  const raw: unknown = records ? series.map((point: unknown) => (isRecord(point) ? point['t'] : undefined)) : isRecord(series) ? series['t'] : undefined;
  const times = Array.isArray(raw) ? raw.map((t: unknown) => (typeof t === 'number' || typeof t === 'string' ? toEpochMs(t) : NaN)) : [];
  return describeSuspiciousTimes(findSuspiciousTimes(times), (i) => pathOf(records ? `/series/${i}/t` : `/series/t/${i}`), times);
}

/**
 * The warning for the page's author, one sentence per kind, naming the first time of each by its
 * path (`pathOf(index)`), or `undefined` when there is nothing to say. A console warning, so in
 * the kit's English (or the page's words for every locale), like the browser's own.
 */
export function describeSuspiciousTimes(found: SuspiciousTimes, pathOf: (index: number) => string, times: ArrayLike<number>): string | undefined {
  const sentences: string[] = [];
  const [early] = found.nearEpoch;
  if (early !== undefined) {
    const time = new Date(times[early] as number).toISOString();
    sentences.push(authorMessage('times.nearEpoch', { count: found.nearEpoch.length, path: pathOf(early), time }));
  }
  const [pair] = found.duplicates;
  if (pair !== undefined) {
    const time = new Date(times[pair[0]] as number).toISOString();
    sentences.push(authorMessage('times.shared', { count: found.duplicates.length, later: pathOf(pair[1]), earlier: pathOf(pair[0]), time }));
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}
