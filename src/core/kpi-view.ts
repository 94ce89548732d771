/**
 * Everything an element shows about one KPI, derived in one place so the card,
 * the trend and the board tell the same story: the formatters for its locale,
 * its status with the rule that produced it, its pace, its change against the
 * comparison, its freshness and the sentence that names it.
 */
import { computeDelta, type Delta } from './delta.js';
import { createFormatters, type Formatters } from './format.js';
import { assessFreshness, type Freshness } from './freshness.js';
import type { Kpi } from './model.js';
import { assessPace, type Pace } from './pace.js';
import { evaluateStatus, type KpiStatusResult } from './status.js';
import { describeKpi, paceWord } from './summary.js';
import { joinSentences } from '../i18n/index.js';
import { headlineNote } from './verdict.js';

export interface KpiView {
  readonly kpi: Kpi;
  readonly format: Formatters;
  readonly status: KpiStatusResult;
  readonly pace: Pace;
  readonly delta?: Delta;
  readonly freshness: Freshness;
  /** Why the headline verdict is what it is: the status's reason, and a note when pace disagrees with it. */
  readonly explanation: string;
  /** The accessible story: "7-day retention 41%, target 45% by Sep 30, 2026, behind pace, warning". */
  readonly story: string;
}

export interface KpiViewContext {
  /** The locale in force (attribute, nearest `lang`); the document's own `locale` applies when this is undefined. */
  readonly locale: string | undefined;
  /** The time pace and freshness are judged at, epoch ms. */
  readonly now: number;
  /** When the data arrived, for freshness when the document carries no date. */
  readonly receivedAt?: number;
  /** The pace trend's window in ms (`pace-window`); the default when undefined. */
  readonly paceWindow?: number | undefined;
}

export function buildKpiView(kpi: Kpi, { locale, now, receivedAt, paceWindow }: KpiViewContext): KpiView {
  const format = createFormatters(locale ?? kpi.locale, kpi.format, kpi.unit);
  const status = evaluateStatus(kpi, {
    locale: format.locale,
    formatValue: format.value,
    formatGuardrail: (g, value) => createFormatters(format.locale, g.format, g.unit).value(value),
  });
  const pace = assessPace(kpi, now, { format, ...(paceWindow !== undefined && { window: paceWindow }) });
  const delta = status.reading ? computeDelta(kpi, status.reading) : undefined;
  const freshness = assessFreshness(kpi, now, receivedAt);
  const story = describeKpi({ kpi, status, format, now, pace, ...(delta && { delta }), freshness });
  const note = headlineNote(status.level, pace, paceWord(format.locale, pace.verdict), format.locale);
  const explanation = note ? joinSentences(format.locale, [status.explanation, note]) : status.explanation;
  return { kpi, format, status, pace, freshness, explanation, story, ...(delta && { delta }) };
}
