/**
 * The one verdict a card leads with. Status and pace can disagree: a KPI can sit in its
 * good band today and still be projected to miss its deadline, or sit below target while
 * on course to reach it. The rule, documented in the README:
 *
 * - The headline is the status: where the value is now, against the bands or target the
 *   owner set, escalated by a breached guardrail. It is a fact about the latest value.
 * - Pace is a projection from recent history, which moves with every new point, so it
 *   supports the headline, in words, and never overrides it.
 * - When the two disagree, the explanation says so, and names both.
 */
import type { KpiStatus } from './document.js';
import type { Pace, PaceVerdict } from './pace.js';
import { formatMessage } from '../i18n/index.js';
import '../i18n/view-words.js';

/** Pace verdicts that look forward to a good outcome, and those that do not. */
const PACE_OUTLOOK: Readonly<Record<PaceVerdict, 'good' | 'bad'>> = {
  'on-track': 'good',
  achieved: 'good',
  'at-risk': 'bad',
  'off-track': 'bad',
  missed: 'bad',
};

/** Whether the pace verdict points the other way from the headline status. */
export function paceDisagrees(level: KpiStatus, pace: Pace): boolean {
  if (!(pace.verdict in PACE_OUTLOOK)) return false;
  const outlook = PACE_OUTLOOK[pace.verdict as PaceVerdict];
  if (level === 'good') return outlook === 'bad';
  if (level === 'warning' || level === 'critical') return outlook === 'good';
  return false;
}

/**
 * The sentence added to the explanation when pace and status disagree, e.g. "The pace
 * verdict (behind pace) points the other way; the headline follows the current value…".
 */
export function headlineNote(level: KpiStatus, pace: Pace, paceWord: string, locale?: string): string | undefined {
  if (!paceDisagrees(level, pace)) return undefined;
  return formatMessage(locale, 'verdict.paceDisagrees', { pace: paceWord });
}
