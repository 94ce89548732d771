/**
 * What a board says beyond its lanes: how long each leading indicator leads its outcome (estimated from their
 * history), and the hygiene notes. Loaded after the board has painted its lanes and cards (`analysisPart`), so a
 * board's first paint does not wait for the statistics.
 */
import type { Board } from '../../core/board.js';
import { checkHygiene, type HygieneFlag } from '../../core/hygiene.js';
import { estimateLeadLag, type LeadLag } from '../../core/lead-lag.js';
import type { Kpi } from '../../core/model.js';

export { nextStaleAt } from '../../core/hygiene.js';
export { alignedLeading, leadLabel, periodsInWords } from '../../core/lead-lag.js';

/** One leading → lagging pair and what its history says about it. */
export interface Pair {
  readonly leadingId: string;
  readonly outcomeId: string;
  readonly estimate: LeadLag;
}

/** An estimate and what it was made from, kept while both KPIs (and the locale) are the same. */
export interface KeptEstimate {
  readonly leading: Kpi;
  readonly outcome: Kpi;
  readonly locale: string | undefined;
  readonly estimate: LeadLag;
}

export interface BoardAnalysis {
  /** By goal id. */
  readonly pairs: ReadonlyMap<string, readonly Pair[]>;
  /** By goal id. */
  readonly flags: ReadonlyMap<string, readonly HygieneFlag[]>;
  /** By `leadingId→outcomeId`, for the next analysis to reuse. */
  readonly estimates: ReadonlyMap<string, KeptEstimate>;
}

export interface AnalysisOptions {
  readonly now: number;
  readonly locale: string | undefined;
  readonly receivedAt?: number | undefined;
  /** The last analysis's estimates: an unchanged pair is not estimated again. */
  readonly kept: ReadonlyMap<string, KeptEstimate>;
}

export function analyseBoard(board: Board, { now, locale, receivedAt, kept }: AnalysisOptions): BoardAnalysis {
  const pairs = new Map<string, Pair[]>();
  const estimates = new Map<string, KeptEstimate>();
  for (const goal of board.goals) {
    const outcomes = new Map(goal.outcomes.map((kpi) => [kpi.id, kpi]));
    pairs.set(
      goal.id,
      goal.leading.flatMap((leading) =>
        leading.leads.flatMap((outcomeId) => {
          const outcome = outcomes.get(outcomeId);
          if (!outcome) return [];
          const key = `${leading.id}→${outcomeId}`;
          const before = kept.get(key);
          const estimate =
            before && before.leading === leading && before.outcome === outcome && before.locale === locale
              ? before.estimate
              : estimateLeadLag(leading, outcome, { locale });
          estimates.set(key, { leading, outcome, locale, estimate });
          return [{ leadingId: leading.id, outcomeId, estimate }];
        }),
      ),
    );
  }
  const lookup = (leadingId: string, outcomeId: string) => estimates.get(`${leadingId}→${outcomeId}`)?.estimate;
  const all = checkHygiene(board, { now, locale, ...(receivedAt !== undefined && { receivedAt }), leadLag: lookup });
  const flags = new Map<string, HygieneFlag[]>(board.goals.map((goal) => [goal.id, all.filter((flag) => flag.goalId === goal.id)]));
  return { pairs, flags, estimates };
}
