/** What the board's element and its face (board-face.ts) share: the screen the face builds and the element shows. */
import type { Board, BoardView } from '../../core/board.js';
import type { BoardDocument } from '../../core/board-document.js';
import type { KpiDocument } from '../../core/document.js';
import type { HygieneFlag } from '../../core/hygiene.js';
import type { LeadLag } from '../../core/lead-lag.js';
import type { Kpi } from '../../core/model.js';
import type { ConnectorGeometry } from '../../render/connectors.js';
import type { Pair } from './board-analysis.js';

export interface LoadedBoard {
  readonly board: Board;
  readonly document: BoardDocument;
}

/**
 * One card in a lane: for a board document, the KPI document the board makes a
 * card of; in declarative mode, the page's own card, slotted.
 */
export interface LaneItem {
  readonly key: string;
  /** The KPI's id; undefined while a child card has not loaded. */
  readonly id: string | undefined;
  readonly doc?: KpiDocument;
  readonly child?: Element;
}

export interface Lane {
  readonly leading: readonly LaneItem[];
  readonly outcomes: readonly LaneItem[];
  /** Guardrail child cards not yet shown as chips (loading or failed): they stand in the chip row themselves. */
  readonly guardrails: readonly LaneItem[];
}

/** A child card as the board last read it: its annotations and its KPI. */
export interface DeclaredChild {
  readonly element: Element;
  readonly goal: string | null;
  readonly role: string | null;
  readonly leads: string | null;
  readonly kpi: Kpi | undefined;
  readonly failed: boolean;
}

export interface BoardScreen {
  readonly board: Board;
  /** The board document behind it; undefined in declarative mode. */
  readonly loaded?: LoadedBoard;
  /** The child cards it was built from, in declarative mode. */
  readonly declared?: readonly DeclaredChild[];
  readonly view: BoardView;
  /** By goal id, then `leadingId→outcomeId`. */
  readonly pairs: ReadonlyMap<string, readonly Pair[]>;
  /** By goal id. */
  readonly flags: ReadonlyMap<string, readonly HygieneFlag[]>;
  /** By goal id. */
  readonly lanes: ReadonlyMap<string, Lane>;
  /** What keeps a child card off the board or unread, in words (declarative mode). */
  readonly notes: readonly string[];
  /** The lane's goal of each child card, for its `kpi-select`. */
  readonly goalOf: ReadonlyMap<Element, string>;
  /** Whether a child card placed on the board is still loading. */
  readonly waiting: boolean;
  /** Whether the lead times and hygiene notes are in (their code loads after the lanes paint). */
  readonly analysed: boolean;
  /** The time it was judged at when that is pinned (its own `now`, or its child cards'): no stale timer then. */
  readonly pinnedNow?: number;
}

/** A connector as the board draws it: its geometry, and what backs the lead. */
export interface Connector extends ConnectorGeometry {
  /** The pair's key, `leadingId→outcomeId`, as its label's `data-pair` says it. */
  readonly key: string;
  readonly kind: LeadLag['kind'];
  readonly evidence: Evidence;
}

/** `estimated`: history shows the lead (a solid line). `declared`: only the document or the page says so (dashed). */
export type Evidence = 'estimated' | 'declared';

let nextKey = 0;
/** A stable key per child card, for `repeat` and its slot. */
const childKeys = new WeakMap<Element, string>();
export const keyOf = (element: Element): string => {
  let key = childKeys.get(element);
  if (key === undefined) childKeys.set(element, (key = `c${nextKey++}`));
  return key;
};
