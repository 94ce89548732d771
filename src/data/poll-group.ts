/**
 * One poll timer for every element that polls the same shared request with the
 * same period on the same clock. Each element planning its own timer after the
 * shared answer lets the timers drift apart: on a busy page the first one's
 * request can answer before the last timer fires, which then asks again, and
 * the server sees two requests in one period. Members of a group are all asked
 * to load in the same task, so they join one request (`request-pool.ts`).
 *
 * Only steady polling is grouped; a failing source's backed-off, jittered
 * retries stay per element (`poll-delay.ts`).
 */
import type { Clock, ClockTimer } from './clock.js';

interface Group {
  readonly members: Set<() => void>;
  readonly timer: ClockTimer;
}

const groupsByClock = new WeakMap<Clock, Map<string, Group>>();

/**
 * Calls `due` at the group's next tick: the one already planned for `key` on `clock`, or,
 * for the first member, one `wait` ms from now. Returns the function that leaves the group.
 */
export function joinPoll(clock: Clock, key: string, wait: number, due: () => void): () => void {
  let groups = groupsByClock.get(clock);
  if (!groups) groupsByClock.set(clock, (groups = new Map<string, Group>()));
  let group = groups.get(key);
  if (!group) {
    const members = new Set<() => void>();
    const timer = clock.setTimeout(() => {
      if (groups.get(key) === group) groups.delete(key);
      // Each member loads (or, hidden, marks itself overdue) in this one task, before any answer can arrive.
      for (const member of members) member();
    }, wait);
    group = { members, timer };
    groups.set(key, group);
  }
  const joined = group;
  joined.members.add(due);
  return () => {
    if (!joined.members.delete(due) || joined.members.size > 0) return;
    clock.clearTimeout(joined.timer);
    if (groups.get(key) === joined) groups.delete(key);
  };
}
