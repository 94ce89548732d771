import { html, LitElement, nothing, svg, type PropertyValues, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  assembleBoard,
  buildBoardView,
  type Board,
  type BoardValidationResult,
  type BoardView,
  type GoalSummary,
  type GoalView,
  type Tally,
} from '../../core/board.js';
import type { BoardDocument } from '../../core/board-document.js';
import type { KpiDocument, KpiStatus } from '../../core/document.js';
import { createFormatters } from '../../core/format.js';
import { formatMessage, formatMessageToParts } from '../../i18n/index.js';
import type { HygieneFlag } from '../../core/hygiene.js';
import type { KpiView } from '../../core/kpi-view.js';
import type { KpiSelectEvent } from '../../events/kpi-select.js';
import type { Kpi } from '../../core/model.js';
import type { LeadLag } from '../../core/lead-lag.js';
import type { Interpretation, Interpreted } from '../../data/source-types.js';
import { quickValidateBoardDocument } from '../../core/quick-validate-board.js';
import { guardrailWord } from '../../core/status.js';
import { invalidData, type SourceFailure } from '../../data/source-failure.js';
import { emit } from '../../events/emit.js';
import '../../events/kpi-select.js';
import { sourceStateStyles } from '../../styles/source-states.styles.js';
import { statusStyles, tokenStyles } from '../../styles/tokens.styles.js';
import { dataStateIcon } from '../../templates/data-state-icons.js';
import { errorPanel, failureDetails, liveBadge, loadFailedBadge, loadingBadge, refreshWarning } from '../../templates/source-states.js';
import { statusBadge, statusIcon } from '../../templates/status-badge.js';
import { connectorGeometry, type Box, type ConnectorGeometry } from '../../render/connectors.js';
import { DisplayElement } from '../display-element.js';
import { describeCause } from '../sourced-element.js';
import { analysisPart } from './analysis-part.js';
import type { KeptEstimate, Pair } from './board-analysis.js';
import { boardStyles } from './leading-lagging-board.styles.js';

interface LoadedBoard {
  readonly board: Board;
  readonly document: BoardDocument;
}

/** The analysis's words for a pair: only the analysis makes pairs, so wherever there is one, it is here. */
const analysisWords = (): NonNullable<typeof analysisPart.current> => analysisPart.current as NonNullable<typeof analysisPart.current>;

/**
 * One card in a lane: for a board document, the KPI document the board makes a
 * card of; in declarative mode, the page's own card, slotted.
 */
interface LaneItem {
  readonly key: string;
  /** The KPI's id; undefined while a child card has not loaded. */
  readonly id: string | undefined;
  readonly doc?: KpiDocument;
  readonly child?: Element;
}

interface Lane {
  readonly leading: readonly LaneItem[];
  readonly outcomes: readonly LaneItem[];
  /** Guardrail child cards not yet shown as chips (loading or failed): they stand in the chip row themselves. */
  readonly guardrails: readonly LaneItem[];
}

/** A child card as the board last read it: its annotations and its KPI. */
interface DeclaredChild {
  readonly element: Element;
  readonly goal: string | null;
  readonly role: string | null;
  readonly leads: string | null;
  readonly kpi: Kpi | undefined;
  readonly failed: boolean;
}

interface BoardScreen {
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

/** The child attributes the board reads. */
const ANNOTATIONS = ['goal', 'kpi-role', 'leads'];
let nextKey = 0;
/** A stable key per child card, for `repeat` and its slot. */
const childKeys = new WeakMap<Element, string>();
const keyOf = (element: Element): string => {
  let key = childKeys.get(element);
  if (key === undefined) childKeys.set(element, (key = `c${nextKey++}`));
  return key;
};

const LEVEL_ORDER: readonly KpiStatus[] = ['critical', 'warning', 'good', 'neutral'];

let boardValidatorModule: Promise<typeof import('../../core/board-validate.js')> | undefined;
let cardModule: Promise<unknown> | undefined;
/** `<kpi-card>` (the lanes' cards) loads once a board connects: the board paints its lanes, headings and summary first. */
const loadCards = (): Promise<unknown> => (cardModule ??= import('../../kpi-card.js'));

/**
 * Goals, the outcomes they chase, the leading indicators that predict them,
 * and how far ahead they lead. One lane per goal, under column headings that
 * say which side moves first: its leading indicators as compact cards with
 * sparklines ("Leading indicators — move first"), its lagging outcomes as full
 * cards ("Outcomes — move later"), and a connector from each leading indicator
 * to each outcome it leads, labelled with the lead time in words ("leads by
 * ~3 weeks"). A solid connector is a lead estimated from history; a dashed one
 * is only declared (history shows none, or too little of it); a legend in the
 * header says so. The statistics behind a label (r, n, the noise line) are one
 * step away: the label is a button that opens the detail view. Then its
 * guardrails as chips, and hygiene notes that say what to fix in plain words,
 * with the technical detail for the page's author under a disclosure.
 *
 * The header sums the board up and counts both sides by status ("Outcomes:
 * 3 good, 1 warning · Leading: 5 good, 2 critical"); each goal's heading is a
 * button that collapses it to that summary row, and `compact` starts every
 * goal collapsed, with denser cards, for a board of many goals.
 *
 * Connectors follow the direction of the text: under `dir="rtl"` the leading
 * indicators are on the right and the connectors run right to left. On a
 * narrow board (under 40rem) the lane stacks and the connectors give way to
 * the same labels in words under each card.
 *
 * The board reads one board document (`data`, `src`, `source` or inline JSON), or, declaratively, its
 * child `<kpi-card>` elements, each with its own data and annotated:
 * - `goal`: the name of the goal it serves; a lane is made for each name, in order of first use;
 * - `kpi-role`: `outcome`, `leading` or `guardrail`;
 * - `leads` (leading indicators): the KPI ids of the outcomes of the same goal it predicts, separated by spaces.
 *
 * ```html
 * <leading-lagging-board label="Webshop">
 *   <kpi-card goal="Grow repeat revenue" kpi-role="outcome" sparkline src="/kpi/revenue.json"></kpi-card>
 *   <kpi-card goal="Grow repeat revenue" kpi-role="leading" leads="weekly-revenue" compact src="/kpi/repeat.json"></kpi-card>
 *   <kpi-card goal="Grow repeat revenue" kpi-role="guardrail" src="/kpi/returns.json"></kpi-card>
 * </leading-lagging-board>
 * ```
 *
 * The cards stay the page's own elements, shown in the lanes; a guardrail becomes a chip once it loads.
 * A board document wins over child cards: with both, the cards are not shown.
 *
 * @summary Goals with their lagging outcomes, leading indicators (with estimated lead times) and guardrails.
 * @tagname leading-lagging-board
 *
 * @slot - Declarative mode: `<kpi-card>` children annotated with `goal`, `kpi-role` and `leads`. The board
 *   places each in its lane itself (manual slot assignment), so the cards need no `slot` attribute. Children
 *   without any of the three attributes are not shown, nor are any children while a board document is set.
 *
 * @csspart base - The board's frame.
 * @csspart label - The board's title.
 * @csspart summary - The board's summary: its verdict in one sentence, then the tally of both sides by status.
 * @csspart tally - The count of outcomes and of leading indicators by status, in the header and in each goal's summary row.
 * @csspart legend - The key to the connectors: solid for an estimated lead, dashed for a declared one.
 * @csspart toggle-all - With more than one goal: the button that expands or collapses every goal.
 * @csspart goal - One goal's lane.
 * @csspart goal-toggle - The button in a goal's heading that collapses it to its summary row, or expands it.
 * @csspart goal-summary - A goal's summary line.
 * @csspart column-title - The heading over a goal's leading indicators or over its outcomes.
 * @csspart outcomes - A goal's outcome cards.
 * @csspart leading - A goal's leading indicator cards.
 * @csspart connectors - The lines from leading indicators to their outcomes.
 * @csspart lead-time - The lead time of one leading → outcome pair, beside its connector (under its card on a narrow board).
 * @csspart lead-detail - The button in a lead time that opens its detail view, with the statistics.
 * @csspart guardrails - A goal's guardrail chips.
 * @csspart guardrail - One guardrail chip.
 * @csspart guardrail-breached - A breached guardrail chip (in addition to `guardrail`).
 * @csspart hygiene - A goal's hygiene notes.
 * @csspart detail - The dialog with a pair's statistics and, for an estimated lead of a board document, the outcome's trend with the leading series laid over it.
 * @csspart warning - The "refresh failed, showing earlier data" notice.
 * @csspart live - With `stream="sse"`: the Live, Connecting or Reconnecting badge in the header.
 * @csspart notes - Declarative mode: the child cards the board could not place or read, and why.
 * @csspart error - The error panel.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --kpi-board-gap - Space between lanes and cards.
 * @cssprop --kpi-board-gutter - Width of the strip between the columns that holds the connectors and their labels. Default 10.5rem.
 * @cssprop --kpi-color-connector - The connector lines.
 * @cssprop --kpi-color-text - Main text colour.
 * @cssprop --kpi-color-muted - Secondary text colour.
 * @cssprop --kpi-color-surface - Lane background.
 * @cssprop --kpi-color-border - Lane border.
 *
 * @cssstate good - Every outcome with a status is good and no guardrail is breached.
 * @cssstate warning - The worst outcome is at warning, or a guardrail is breached.
 * @cssstate critical - At least one outcome is critical.
 * @cssstate neutral - No outcome has a status yet.
 * @cssstate loading - Waiting for the first data; in declarative mode, while a placed child card still loads.
 * @cssstate empty - The board is valid but has no goals.
 * @cssstate error - No data can be shown; the error panel says why.
 * @cssstate stale - At least one KPI's data is older than its cadence allows.
 * @cssstate refresh-failed - A refresh failed; the last good data is still shown.
 * @cssstate connecting - With `stream="sse"`: the stream is opening.
 * @cssstate live - With `stream="sse"`: the stream is open and up to date.
 * @cssstate reconnecting - With `stream="sse"`: the stream dropped and is being opened again; the last data stays.
 * @cssstate guardrail-breached - At least one guardrail is breached.
 *
 * @fires kpi-select - From a card: the user clicked a KPI or pressed Enter or Space on it. Detail: `{ id, goal }` (the lane's goal,
 *   also for a child card whose own document names another goal or none).
 * @fires kpi-load - Data from `src` or inline JSON arrived and is valid. Not fired for `.data`.
 * @fires kpi-error - Loading, parsing or validating data from `src` or inline JSON failed.
 */
export class LeadingLaggingBoard extends DisplayElement<LoadedBoard> {
  static override styles = [tokenStyles, statusStyles, sourceStateStyles, boardStyles];

  /** Child cards go where the board puts them (`HTMLSlotElement.assign`), never by a `slot` attribute the page would have to write. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  /** The board's title; over a board document's `label`. Default "KPI board". */
  @property() label?: string;

  /**
   * Hygiene rules switched off board-wide in declarative mode, separated by spaces, e.g.
   * `hygiene-off="stale-data too-many-kpis"` (a board document says it in `hygiene.off`).
   */
  @property({ attribute: 'hygiene-off' }) hygieneOff?: string;

  /**
   * A denser board for many goals: every goal starts collapsed to its summary row (its heading
   * expands it) and outcome cards are compact. Toggling it resets goals the user expanded or collapsed.
   * @attr compact
   */
  @property({ type: Boolean }) compact = false;

  /** Goals the user expanded (true) or collapsed (false), by id; the others follow `compact`. */
  @state() private expanded: ReadonlyMap<string, boolean> = new Map();

  /** The pair whose detail view is open: its statistics, and the outcome's trend with the leading series laid over it. */
  @state() private detail?: { readonly goalId: string; readonly pair: Pair };

  /** Connector geometry per goal, from the laid-out cards' boxes (render/connectors.ts). */
  @state() private connectors: ReadonlyMap<string, readonly Connector[]> = new Map();

  private screen?: BoardScreen;
  private screenError?: SourceFailure;
  private resizeObserver?: ResizeObserver;
  private directionObserver?: MutationObserver;
  private connectorFrame = 0;
  /** Child cards come, go and are re-annotated: the board reads them again. */
  private childObserver?: MutationObserver;
  /** A controller on each child card, so the board hears of every update, whether `src`, inline JSON or `.data` caused it. */
  private readonly watched = new Map<Element, ReactiveController>();
  /** The words (`wordsVersion` and locale) the screen was built in. */
  private screenWords = '';
  /** Lead-lag estimates kept while both KPIs and the locale stay the same: a declarative board rebuilds as each card loads. */
  private estimates: ReadonlyMap<string, KeptEstimate> = new Map();
  /** Re-judges staleness and hygiene when the next KPI is due to go stale. */
  private staleTimer?: unknown;
  private staleDue = false;

  constructor() {
    super();
    // Capturing, so every listener, the card's own included, sees one kpi-select naming the lane's goal.
    this.addEventListener('kpi-select', (event) => this.relabelSelect(event), { capture: true });
  }

  /** The board on screen, normalised: goals with their KPIs. */
  get board(): Board | undefined {
    return this.screen?.board;
  }

  /** The board's status, as its custom state says it: its worst outcome, a warning at best with a guardrail breached. */
  get status(): KpiStatus | undefined {
    return this.screen ? boardLevel(this.screen.view) : undefined;
  }

  /** "2 goals: 2 of 3 outcomes on track, 1 guardrail breached"; `undefined` until data is shown. */
  get summary(): string | undefined {
    return this.screen?.view.summary.sentence;
  }

  /** Every hygiene flag on screen, goal by goal. */
  get hygiene(): readonly HygieneFlag[] {
    return this.screen ? [...this.screen.flags.values()].flat() : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Child cards upgrade when the code arrives, without a mutation the board would hear of: read them then.
    loadCards().then(
      () => this.requestUpdate(),
      () => undefined,
    );
    // Cards change size as their data arrives and the board reflows: redraw the connectors after either.
    this.resizeObserver = new ResizeObserver(() => this.scheduleConnectors());
    this.resizeObserver.observe(this);
    // A page that switches its direction (dir="rtl") moves the columns without resizing anything.
    this.directionObserver = new MutationObserver(() => this.scheduleConnectors());
    this.directionObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'], subtree: true });
    this.childObserver = new MutationObserver((records) => {
      if (records.some((r) => r.target === this || r.target.parentNode === this)) this.requestUpdate();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ANNOTATIONS });
    // Children may have changed, and time passed, while it was away.
    this.staleDue = true;
    this.requestUpdate();
  }

  /** Also waits for `<kpi-card>`'s code, which loads after the board has painted its lanes. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await loadCards().catch(() => undefined);
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.directionObserver?.disconnect();
    this.directionObserver = undefined;
    this.childObserver?.disconnect();
    this.watch([]);
    cancelAnimationFrame(this.connectorFrame);
    this.sourceController.clock.clearTimeout(this.staleTimer);
  }

  protected override interpret(json: unknown): Interpretation<LoadedBoard> {
    const input = this.transform ? this.transform(json) : json;
    const judged = (result: BoardValidationResult): Interpreted<LoadedBoard> =>
      result.ok
        ? { ok: true, value: { board: result.board, document: result.document }, empty: result.board.goals.length === 0 }
        : { ok: false, failure: invalidData('board', result.diagnostics) };
    // A valid board passes the fast check; valibot and the diagnostics load only to explain a failure.
    const quick = quickValidateBoardDocument(input);
    if (quick) return judged(quick);
    boardValidatorModule ??= import('../../core/board-validate.js');
    return boardValidatorModule.then(({ validateBoardDocument }) => judged(validateBoardDocument(input)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('compact') && changed.get('compact') !== undefined) this.expanded = new Map();
    // A board document (data, src or inline JSON) wins; only without one are child cards read.
    const children = this.sourceController.origin === undefined && this.isConnected ? this.readChildren() : [];
    this.watch(children.map((c) => c.element));
    const loaded = this.sourceController.value;
    const words = `${this.wordsVersion}|${this.words}`;
    // New words (a catalogue arrived, the page's own words changed) word the estimates again too.
    if (this.screenWords !== words) this.estimates = new Map();
    const again = this.staleDue || this.screenWords !== words || ['now', 'hygieneOff'].some((key) => (changed as Map<PropertyKey, unknown>).has(key));
    this.screenWords = words;
    this.staleDue = false;
    let build: (() => BoardScreen) | undefined;
    if (children.length > 0) {
      if (!again && this.screen?.declared && sameChildren(this.screen.declared, children)) return;
      build = () => this.buildDeclaredScreen(children);
    } else if (loaded) {
      if (!again && this.screen?.loaded === loaded) return;
      build = () => this.buildScreen(loaded);
    }
    if (!build) {
      this.screen = undefined;
      this.screenError = undefined;
      this.sourceController.clock.clearTimeout(this.staleTimer);
      return;
    }
    try {
      this.screen = build();
      this.screenError = undefined;
      this.scheduleStaleCheck(this.screen);
    } catch (cause) {
      // Nothing escapes the element: a defect in building the view becomes a visible error.
      this.screen = undefined;
      this.screenError = { kind: 'invalid', message: formatMessage(this.words, 'board.viewError', { cause: describeCause(cause) }) };
    }
  }

  /** The direct children annotated for the board, in document order. */
  private readChildren(): DeclaredChild[] {
    return [...this.children]
      .filter((element) => ANNOTATIONS.some((name) => element.hasAttribute(name)))
      .map((element) => ({
        element,
        goal: element.getAttribute('goal'),
        role: element.getAttribute('kpi-role'),
        leads: element.getAttribute('leads'),
        kpi: (element as { kpi?: Kpi }).kpi,
        failed: element.matches(':state(error)'),
      }));
  }

  /** Watches exactly these child cards' updates. */
  private watch(elements: readonly Element[]): void {
    for (const [element, controller] of this.watched) {
      if (elements.includes(element)) continue;
      (element as ReactiveElement).removeController(controller);
      this.watched.delete(element);
    }
    for (const element of elements) {
      if (this.watched.has(element) || !('addController' in element)) continue;
      // The card sets its custom states after its controllers hear of the update: look a microtask later.
      const controller: ReactiveController = { hostUpdated: () => queueMicrotask(() => this.childUpdated(element)) };
      (element as ReactiveElement).addController(controller);
      this.watched.set(element, controller);
    }
  }

  private childUpdated(element: Element): void {
    const seen = this.screen?.declared?.find((c) => c.element === element);
    if (!seen || seen.kpi !== (element as { kpi?: Kpi }).kpi || seen.failed !== element.matches(':state(error)')) this.requestUpdate();
  }

  /** Views, lead-lag pairs and hygiene for a board, from a document or from child cards alike. */
  private judge(board: Board, receivedAt?: number, now = this.judgedAt): Pick<BoardScreen, 'view' | 'pairs' | 'flags' | 'analysed'> {
    const locale = this.words;
    const view = buildBoardView(board, { locale, now, ...(receivedAt !== undefined && { receivedAt }) });
    const analysis = analysisPart.current;
    if (!analysis) {
      // The lanes paint now; the lead times, connectors and hygiene notes follow when their code arrives.
      this.awaitPart(analysisPart.load(), () => {
        this.staleDue = true;
        this.requestUpdate();
      });
      return { view, pairs: new Map(), flags: new Map(), analysed: false };
    }
    const { pairs, flags, estimates } = analysis.analyseBoard(board, { now, locale, receivedAt, kept: this.estimates });
    this.estimates = estimates;
    return { view, pairs, flags, analysed: true };
  }

  private buildScreen(loaded: LoadedBoard): BoardScreen {
    const { board, document } = loaded;
    // Leading KPIs keep their document's `leads` (the card ignores it); each card is told the lane's goal.
    const items = (docs: readonly KpiDocument[], goal: string): LaneItem[] => docs.map((doc) => ({ key: doc.id, id: doc.id, doc: { ...doc, goal } }));
    const lanes = new Map(
      board.goals.map((goal, i) => {
        const doc = document.goals[i];
        return [goal.id, { leading: items(doc?.leading ?? [], goal.label), outcomes: items(doc?.outcomes ?? [], goal.label), guardrails: [] }] as const;
      }),
    );
    return { board, loaded, lanes, notes: [], goalOf: new Map(), waiting: false, ...this.judge(board, this.sourceController.receivedAt) };
  }

  private buildDeclaredScreen(declared: readonly DeclaredChild[]): BoardScreen {
    const hygieneOff = this.hygieneOff?.trim() ? this.hygieneOff.trim().split(/\s+/) : [];
    const { board, placements, problems } = assembleBoard(declared, { label: undefined, hygieneOff });
    const lanes = new Map<string, { leading: LaneItem[]; outcomes: LaneItem[]; guardrails: LaneItem[] }>(
      board.goals.map((goal) => [goal.id, { leading: [], outcomes: [], guardrails: [] }]),
    );
    const goalOf = new Map<Element, string>();
    const notes: string[] = problems.map((p) =>
      p.words(this.words, p.index === undefined ? '' : childName(declared[p.index] as DeclaredChild, p.index, this.words)),
    );
    let waiting = false;
    declared.forEach((child, index) => {
      const place = placements[index];
      if (!place) return;
      const lane = lanes.get(place.goalId);
      if (!lane) return;
      goalOf.set(child.element, place.goalId);
      const item: LaneItem = { key: keyOf(child.element), id: child.kpi?.id, child: child.element };
      if (place.role === 'leading') lane.leading.push(item);
      else if (place.role === 'outcome') lane.outcomes.push(item);
      // A guardrail is a chip once its KPI counts; until then its own card stands in the row, skeleton or error.
      else if (!place.counted) lane.guardrails.push(item);
      if (child.failed) notes.push(formatMessage(this.words, 'board.problem.unreadable', { child: childName(child, index, this.words) }));
      else if (!child.kpi) waiting = true;
    });
    const pinnedNow = this.declaredNow(declared);
    return { board, declared, lanes, notes, goalOf, waiting, ...(pinnedNow !== undefined && { pinnedNow }), ...this.judge(board, undefined, pinnedNow) };
  }

  /**
   * The time a declarative board judges at, when it is pinned: the board's own `now`; else the one its cards
   * pin (the latest, if they differ), so its stale-data notes say what the cards say; else none (its clock).
   */
  private declaredNow(declared: readonly DeclaredChild[]): number | undefined {
    if (this.now !== undefined) return this.now;
    const pinned = declared
      .map((child) => (child.element as { now?: unknown }).now)
      .filter((now): now is number => typeof now === 'number' && Number.isFinite(now));
    return pinned.length > 0 ? Math.max(...pinned) : undefined;
  }

  /**
   * One kpi-select per click, naming the lane's goal, from a child card whose own document names another (or none).
   * The event sent in its place names the lane's goal, so it passes here untouched.
   */
  private relabelSelect(event: KpiSelectEvent): void {
    const goal = this.screen?.goalOf.get(event.target as Element);
    if (goal === undefined || event.detail.goal === goal) return;
    event.stopImmediatePropagation();
    emit(event.target as Element, 'kpi-select', { ...event.detail, goal });
  }

  /** Like a card's own check: one timer, for the first KPI due to go stale; none while `now` is pinned. */
  private scheduleStaleCheck(screen: BoardScreen): void {
    this.sourceController.clock.clearTimeout(this.staleTimer);
    if (this.now !== undefined || screen.pinnedNow !== undefined || !this.isConnected) return;
    const now = this.judgedAt;
    const analysis = analysisPart.current;
    if (!analysis) return; // Scheduled when the analysis arrives and the screen is judged again.
    const due = analysis.nextStaleAt(screen.board, now, screen.loaded ? this.sourceController.receivedAt : undefined);
    if (due === undefined) return;
    // setTimeout overflows past 2^31 − 1 ms (about 24.8 days); checking again then is harmless.
    this.staleTimer = this.sourceController.clock.setTimeout(
      () => {
        this.staleDue = true;
        this.requestUpdate();
      },
      Math.min(due - now, 2 ** 31 - 1),
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const screen = this.screen;
    const view = screen?.view;
    const kpiViews = view?.goals.flatMap((g) => [...g.outcomes, ...g.leading, ...g.guardrails]) ?? [];
    const showing = view && {
      level: boardLevel(view),
      stale: kpiViews.some((k) => k.freshness.stale),
      guardrailBreached: view.summary.guardrails.breached > 0,
    };
    this.updateStates(this.screenError !== undefined, showing);
    // With no source of its own, a declarative board is loading only while a card placed on it is.
    if (screen?.declared && !screen.waiting) this.internals.states.delete('loading');
    // Child cards go into the slots rendered for them.
    for (const slot of this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-key]')) {
      const child = screen?.declared?.find((c) => keyOf(c.element) === slot.dataset.key)?.element;
      if (child && slot.assignedElements()[0] !== child) slot.assign(child);
    }
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
    if (dialog && !dialog.open && dialog.isConnected) {
      dialog.showModal();
      // Focus lands on Close, not on the chart's first control (the dialog's own focusing steps would pick that).
      dialog.querySelector<HTMLButtonElement>('.close')?.focus();
    }
    this.placeLabels();
    // Drawing the connectors re-renders; measuring again after that would loop.
    if (!(changed as Map<PropertyKey, unknown>).has('connectors')) this.scheduleConnectors();
  }

  /** Connectors follow the cards' layout, so they are measured after it, once per frame at most. */
  private scheduleConnectors(): void {
    cancelAnimationFrame(this.connectorFrame);
    this.connectorFrame = requestAnimationFrame(() => {
      const next = measureConnectors(this.renderRoot, this.screen);
      if (!sameConnectors(next, this.connectors)) this.connectors = next;
    });
  }

  protected override render(): TemplateResult {
    try {
      const failure = this.screenError ?? this.sourceController.failure;
      if (this.screen && this.sourceController.state === 'empty') return this.renderEmpty(failure);
      if (this.screen) return this.renderBoard(this.screen, failure);
      if (failure) return this.renderError(failure);
      return this.renderSkeleton();
    } catch (cause) {
      return this.renderError({ kind: 'invalid', message: formatMessage(this.words, 'board.viewError', { cause: describeCause(cause) }) });
    }
  }

  private renderSkeleton(): TemplateResult {
    const locale = this.words;
    const label = this.label ?? formatMessage(locale, 'board.defaultLabel');
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base skeleton" class="board skeleton" role="group" aria-busy="true" aria-label=${formatMessage(locale, 'element.loadingName', { label })}>
      <div class="board-header">${this.label ? html`<h2 part="label" class="board-title">${this.label}</h2>` : nothing}${loadingBadge(locale)}</div>
      ${[0, 1].map(
        () => html`<div class="goal goal--bones">
          <span class="bone bone--title"></span>
          <div class="lane"><span class="bone bone--card"></span><span class="bone bone--card"></span></div>
        </div>`,
      )}
    </div>`;
  }

  private renderError(failure: SourceFailure): TemplateResult {
    const locale = this.words;
    const label = this.label ?? formatMessage(locale, 'board.defaultLabel');
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="board board--error" role="group" aria-label=${formatMessage(locale, 'element.errorName', { label, message: failureDetails(failure, locale) })}>
      <div class="board-header"><h2 part="label" class="board-title">${label}</h2>${loadFailedBadge(locale)}</div>
      ${errorPanel(failure, locale)}
    </div>`;
  }

  private renderEmpty(failure: SourceFailure | undefined): TemplateResult {
    const locale = this.words;
    const label = this.label ?? this.screen?.board.label ?? formatMessage(locale, 'board.defaultLabel');
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class="board board--empty" role="group" aria-label=${formatMessage(locale, 'board.emptyName', { label })}>
      <div class="board-header">
        <h2 part="label" class="board-title">${label}</h2>
        ${statusBadge('neutral', formatMessage(locale, 'board.summary.noGoals'))} ${liveBadge(this.sourceController.live, locale)}
      </div>
      <p class="empty-message">${formatMessage(locale, 'board.empty')}</p>
      ${failure ? this.renderRefreshWarning(failure) : nothing}
    </div>`;
  }

  private renderRefreshWarning(failure: SourceFailure): TemplateResult {
    return refreshWarning(failure, this.sourceController.receivedAt, this.sourceController.clock.now(), createFormatters(this.words));
  }

  private renderBoard(screen: BoardScreen, failure: SourceFailure | undefined): TemplateResult {
    const { view } = screen;
    const locale = this.words;
    const label = this.label ?? screen.board.label ?? formatMessage(locale, 'board.defaultLabel');
    const goals = view.goals;
    const anyCollapsed = goals.some((g) => !this.isExpanded(g.goal.id));
    const hasPairs = [...screen.pairs.values()].some((pairs) => pairs.length > 0);
    return html`<div dir=${ifDefined(this.wordsDirection)} part="base" class=${this.compact ? 'board board--compact' : 'board'} role="group" aria-label=${formatMessage(locale, 'board.name', { label, summary: view.summary.sentence })}>
      <div class="board-header">
        <h2 part="label" class="board-title">${label}</h2>
        ${liveBadge(this.sourceController.live, locale)}
        <div part="summary" class="board-summary">
          <p class="summary-sentence"><span class="words">${view.summary.sentence}</span></p>
          ${renderTally(view.summary, locale)}
        </div>
        ${hasPairs ? renderLegend(locale) : nothing}
        ${
          goals.length > 1
            ? html`<button type="button" part="toggle-all" class="toggle-all" @click=${() => this.expandAll(anyCollapsed)}>
              ${formatMessage(locale, anyCollapsed ? 'board.expandAll' : 'board.collapseAll')}
            </button>`
            : nothing
        }
      </div>
      ${failure ? this.renderRefreshWarning(failure) : nothing}
      ${
        screen.notes.length > 0
          ? html`<ul part="notes" class="notes" aria-label=${formatMessage(locale, 'board.notesName')}>
            ${screen.notes.map((note) => html`<li><span class="status" data-level="warning">${statusIcon('warning')}</span> ${note}</li>`)}
          </ul>`
          : nothing
      }
      ${repeat(
        goals,
        (goal) => goal.goal.id,
        (goal, index) => this.renderGoal(screen, goal, index),
      )}
      ${this.detail ? this.renderDetail(screen, this.detail.goalId, this.detail.pair) : nothing}
    </div>`;
  }

  /** Whether a goal shows its lane: as the user left it, else open unless the board is compact. */
  private isExpanded(goalId: string): boolean {
    return this.expanded.get(goalId) ?? !this.compact;
  }

  private toggleGoal(goalId: string): void {
    this.expanded = new Map(this.expanded).set(goalId, !this.isExpanded(goalId));
  }

  private expandAll(open: boolean): void {
    this.expanded = new Map(this.screen?.view.goals.map((g) => [g.goal.id, open]) ?? []);
  }

  /** A board document's KPI as a card the board makes, or the page's own card, slotted. */
  private renderItem(item: LaneItem, compact: boolean): TemplateResult {
    if (!item.doc) return html`<slot data-key=${item.key}></slot>`;
    return compact
      ? html`<kpi-card compact .data=${item.doc} .now=${this.now} locale=${ifDefined(this.locale)}></kpi-card>`
      : html`<kpi-card sparkline .data=${item.doc} .now=${this.now} locale=${ifDefined(this.locale)}></kpi-card>`;
  }

  private renderGoal(screen: BoardScreen, goalView: GoalView, index: number): TemplateResult {
    const { goal, summary } = goalView;
    // By position, not by the goal's id: an id may hold spaces, which an IDREF cannot.
    const titleId = `goal-title-${index}`;
    const bodyId = `goal-body-${index}`;
    const open = this.isExpanded(goal.id);
    const pairs = screen.pairs.get(goal.id) ?? [];
    const flags = screen.flags.get(goal.id) ?? [];
    const lane = screen.lanes.get(goal.id) ?? { leading: [], outcomes: [], guardrails: [] };
    const labels = new Map([...goal.outcomes, ...goal.leading].map((kpi) => [kpi.id, kpi.label]));
    const locale = this.words;
    const drawn = open ? (this.connectors.get(goal.id) ?? []) : [];
    return html`<section part="goal" class=${open ? 'goal' : 'goal goal--collapsed'} aria-labelledby=${titleId} data-goal=${goal.id}>
      <header class="goal-header">
        <h3 class="goal-title">
          <button type="button" part="goal-toggle" class="goal-toggle" id=${titleId} aria-expanded=${open ? 'true' : 'false'} aria-controls=${bodyId}
            @click=${() => this.toggleGoal(goal.id)}>${chevron()}<span>${goal.label}</span></button>
        </h3>
        <p part="goal-summary" class="goal-summary"><span class="words">${summary.sentence}</span></p>
        ${renderTally(summary, locale)}
        ${goal.owner ? html`<p class="goal-owner"><span class="words">${formatMessage(locale, 'goal.owner', { owner: goal.owner })}</span></p>` : nothing}
      </header>
      <div class="goal-body" id=${bodyId} ?hidden=${!open}>
        <div class="lane">
          <svg part="connectors" class="connectors" aria-hidden="true">
            ${drawn.map(
              (c) => svg`<path d=${c.path} data-kind=${c.kind} data-evidence=${c.evidence}></path>
                <polygon class="connector-head" points=${c.head} data-evidence=${c.evidence}></polygon>`,
            )}
          </svg>
          <div class="column column--leading">
            <h4 part="column-title" class="column-title">
              ${formatMessage(locale, 'goal.leadingTitle')} <span class="column-hint">${formatMessage(locale, 'goal.leadingHint')}</span>
            </h4>
            ${lane.leading.length === 0 ? html`<p class="column-empty">${formatMessage(locale, 'goal.noLeading')}</p>` : nothing}
            <ul part="leading" class="leading" aria-label=${formatMessage(locale, 'goal.leadingName', { goal: goal.label })}>
              ${repeat(
                lane.leading,
                (item) => item.key,
                (item) => html`<li class="leading-item" data-kpi=${item.id ?? ''}>
                  ${this.renderItem(item, true)}
                  ${pairs.filter((p) => p.leadingId === item.id).map((pair) => this.renderLeadTime(goal.id, pair, labels, locale))}
                </li>`,
              )}
            </ul>
          </div>
          <div class="column column--outcomes">
            <h4 part="column-title" class="column-title">
              ${formatMessage(locale, 'goal.outcomesTitle')} <span class="column-hint">${formatMessage(locale, 'goal.outcomesHint')}</span>
            </h4>
            ${lane.outcomes.length === 0 ? html`<p class="column-empty">${formatMessage(locale, 'goal.noOutcomes')}</p>` : nothing}
            <ul part="outcomes" class="outcomes" aria-label=${formatMessage(locale, 'goal.outcomesName', { goal: goal.label })}>
              ${repeat(
                lane.outcomes,
                (item) => item.key,
                (item) => html`<li class="outcome-item" data-kpi=${item.id ?? ''}>${this.renderItem(item, this.compact)}</li>`,
              )}
            </ul>
          </div>
        </div>
        ${this.renderGuardrails(goalView, lane.guardrails, locale)} ${this.renderHygiene(goal.label, flags, locale)}
      </div>
    </section>`;
  }

  /**
   * One pair's lead time in words, a button that opens its detail view. Beside its connector on a
   * wide board (the element places it, see `placeLabels`), under the leading card on a narrow one,
   * where the outcome's name shows too.
   */
  private renderLeadTime(goalId: string, pair: Pair, labels: ReadonlyMap<string, string>, locale: string | undefined): TemplateResult {
    const outcome = labels.get(pair.outcomeId) ?? pair.outcomeId;
    return html`<p part="lead-time" class="lead-time" data-kind=${pair.estimate.kind} data-evidence=${evidenceOf(pair.estimate)} data-pair=${pairKey(pair)}>
      <button type="button" part="lead-detail" class="lead-detail" aria-haspopup="dialog" @click=${() => this.openDetail(goalId, pair)}>
        <span class="lead-outcome">${outcome}: </span><span class="lead-words">${analysisWords().leadLabel(pair.estimate, locale)}</span>
      </button>
    </p>`;
  }

  /** Puts each pair's label beside its connector's run, through CSSOM (no style attribute: a strict CSP allows this). */
  private placeLabels(): void {
    for (const goal of this.renderRoot.querySelectorAll<HTMLElement>('.goal[data-goal]')) {
      const drawn = new Map((this.connectors.get(goal.dataset.goal ?? '') ?? []).map((c) => [c.key, c]));
      for (const label of goal.querySelectorAll<HTMLElement>('.lead-time[data-pair]')) {
        const connector = drawn.get(label.dataset.pair ?? '');
        // A run too short for a label leaves it under its card, in the flow.
        if (!connector || connector.label.width < MIN_LABEL_WIDTH) {
          label.dataset.placed = 'no';
          continue;
        }
        label.style.setProperty('--_label-x', `${connector.label.x}px`);
        label.style.setProperty('--_label-bottom', `${connector.label.bottom}px`);
        label.style.setProperty('--_label-width', `${connector.label.width}px`);
        label.dataset.placed = 'yes';
      }
    }
  }

  /** `<kpi-trend>` is fetched the first time a chart is shown in the detail view: most visits never open one. */
  private async openDetail(goalId: string, pair: Pair): Promise<void> {
    if (pair.estimate.kind === 'lead' && this.screen?.loaded) {
      try {
        await import('../../kpi-trend.js');
      } catch {
        // Offline or a deploy mid-session: the statistics still show, without the chart.
      }
    }
    this.detail = { goalId, pair };
  }

  private renderDetail(screen: BoardScreen, goalId: string, pair: Pair): TemplateResult | typeof nothing {
    const goal = screen.board.goals.find((g) => g.id === goalId);
    const leading = goal?.leading.find((k) => k.id === pair.leadingId);
    const outcome = goal?.outcomes.find((k) => k.id === pair.outcomeId);
    if (!leading || !outcome) return nothing;
    const estimate = pair.estimate;
    const locale = this.words;
    const outcomeDocument = screen.lanes.get(goalId)?.outcomes.find((item) => item.id === pair.outcomeId)?.doc;
    const chart = estimate.kind === 'lead' && outcomeDocument !== undefined && customElements.get('kpi-trend') !== undefined;
    return html`<dialog part="detail" class="detail" aria-labelledby="detail-title" @close=${this.closeDetail}>
      <h3 id="detail-title" class="detail-title">${formatMessage(locale, 'detail.title', { leading: leading.label, outcome: outcome.label })}</h3>
      <p class="detail-verdict">
        ${
          estimate.kind === 'lead'
            ? formatMessage(locale, 'detail.lead', { leading: leading.label, lead: analysisWords().leadLabel(estimate, locale) })
            : formatMessage(locale, 'detail.declared', { leading: leading.label, outcome: outcome.label, lead: analysisWords().leadLabel(estimate, locale) })
        }
      </p>
      <p class="detail-stats">
        ${estimate.kind === 'lead' ? formatMessage(locale, 'detail.stats', { leading: leading.label, phrase: estimate.phrase, confidence: estimate.confidence }) : estimate.reason}
      </p>
      ${chart && estimate.kind === 'lead' ? this.renderComparison(leading, outcome, outcomeDocument, estimate) : nothing}
      <form method="dialog"><button class="close">${formatMessage(locale, 'detail.close')}</button></form>
    </dialog>`;
  }

  /** The outcome's trend with the leading series moved by its lead and rescaled over it. */
  private renderComparison(leading: Kpi, outcome: Kpi, outcomeDocument: KpiDocument, estimate: Extract<LeadLag, { kind: 'lead' }>): TemplateResult {
    const series = analysisWords().alignedLeading(leading, outcome, estimate);
    const locale = this.words;
    const lag = analysisWords().periodsInWords(estimate.lag, estimate.period, locale);
    const shift = estimate.lag === 0 ? 'none' : 'later';
    const note = formatMessage(locale, 'detail.note', {
      leading: leading.label,
      outcome: outcome.label,
      shift,
      lag,
      inverse: estimate.relation === 'inverse' ? 'yes' : 'no',
    });
    return html`<p class="detail-note">${note}</p>
      <kpi-trend
        .data=${outcomeDocument}
        .now=${this.now}
        .overlay=${{ label: formatMessage(locale, 'detail.overlay', { leading: leading.label, shift, lag }), series }}
        locale=${ifDefined(this.locale)}
      ></kpi-trend>`;
  }

  private closeDetail(): void {
    this.detail = undefined;
  }

  private renderGuardrails(goalView: GoalView, waiting: readonly LaneItem[], locale: string | undefined): TemplateResult {
    const chips = goalView.guardrails;
    if (chips.length === 0 && waiting.length === 0) return html`<p class="no-guardrails">${formatMessage(locale, 'goal.noGuardrails')}</p>`;
    return html`<ul part="guardrails" class="guardrails" aria-label=${formatMessage(locale, 'goal.guardrailsName', { goal: goalView.goal.label })}>
      ${chips.map((kpiView) => this.renderGuardrailChip(kpiView))}
      ${repeat(
        waiting,
        (item) => item.key,
        (item) => html`<li class="guardrail-card">${this.renderItem(item, true)}</li>`,
      )}
    </ul>`;
  }

  private renderGuardrailChip({ kpi, status, format }: KpiView): TemplateResult {
    const breached = status.primaryLevel === 'warning' || status.primaryLevel === 'critical';
    return html`<li part=${breached ? 'guardrail guardrail-breached' : 'guardrail'} class="guardrail" data-level=${status.level} title=${status.explanation}>
      <span class="status">${statusIcon(status.level)}</span>
      <span>${kpi.label}</span>
      <span class="guardrail-value">${status.reading ? format.value(status.reading.value) : '—'}</span>
      <span class="guardrail-word">${guardrailWord(format.locale, breached, status.level)}</span>
    </li>`;
  }

  private renderHygiene(goalLabel: string, flags: readonly HygieneFlag[], locale: string | undefined): TemplateResult | typeof nothing {
    if (flags.length === 0) return nothing;
    const count = formatMessage(locale, 'hygiene.count', { count: flags.length, goal: goalLabel });
    return html`<details part="hygiene" class="hygiene">
      <summary>${dataStateIcon('note')} <span class="hygiene-count">${count}</span></summary>
      <ul>
        ${flags.map(
          (flag) => html`<li data-rule=${flag.rule} data-severity=${flag.severity}>
            ${formatMessageToParts(locale, 'hygiene.flag', {
              severity: html`<span class="severity">${formatMessage(locale, SEVERITY_WORDS[flag.severity])}</span>`,
              message: flag.message,
            })}
            ${
              flag.detail
                ? html`<details class="hygiene-detail">
                  <summary>${formatMessage(locale, 'state.authorDetails')}</summary>
                  <p class="hygiene-technical">${flag.detail}</p>
                </details>`
                : nothing
            }
          </li>`,
        )}
      </ul>
    </details>`;
  }
}

const SEVERITY_WORDS = { info: 'hygiene.severity.info', warning: 'hygiene.severity.warning', strong: 'hygiene.severity.strong' } as const;

/** Whether the child cards read now are the ones a screen was built from, annotated and loaded alike. */
function sameChildren(a: readonly DeclaredChild[], b: readonly DeclaredChild[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i] as DeclaredChild;
      return x.element === y.element && x.goal === y.goal && x.role === y.role && x.leads === y.leads && x.kpi === y.kpi && x.failed === y.failed;
    })
  );
}

/** A child card as a note names it: its KPI's label once loaded, else its `label`, `id` or `src`, else its place. */
function childName({ element, kpi }: DeclaredChild, index: number, locale: string | undefined): string {
  const label = kpi?.label ?? element.getAttribute('label');
  if (label) return formatMessage(locale, 'board.child.label', { label });
  const tag = `<${element.localName}>`;
  if (element.id) return formatMessage(locale, 'board.child.id', { tag, id: element.id });
  const src = element.getAttribute('src');
  return src ? formatMessage(locale, 'board.child.src', { tag, src }) : formatMessage(locale, 'board.child.number', { tag, number: index + 1 });
}

/** The board's status: its worst outcome, and a breached guardrail makes a good board a warning. */
function boardLevel(view: BoardView): KpiStatus {
  const levels = view.goals.flatMap((g) => g.outcomes.map((o) => o.status.primaryLevel));
  let level = LEVEL_ORDER.find((l) => l !== 'neutral' && levels.includes(l)) ?? 'neutral';
  if (level === 'good' && view.summary.guardrails.breached > 0) level = 'warning';
  return level;
}

/** A connector as the board draws it: its geometry, and what backs the lead. */
interface Connector extends ConnectorGeometry {
  /** The pair's key, `leadingId→outcomeId`, as its label's `data-pair` says it. */
  readonly key: string;
  readonly kind: LeadLag['kind'];
  readonly evidence: Evidence;
}

/** `estimated`: history shows the lead (a solid line). `declared`: only the document or the page says so (dashed). */
type Evidence = 'estimated' | 'declared';

const evidenceOf = (estimate: LeadLag): Evidence => (estimate.kind === 'lead' ? 'estimated' : 'declared');

const pairKey = (pair: { readonly leadingId: string; readonly outcomeId: string }): string => `${pair.leadingId}→${pair.outcomeId}`;

/** A label narrower than this stays under its card instead: "leads by ~3 weeks" would wrap a word per line. */
const MIN_LABEL_WIDTH = 72;

/**
 * Each goal's connectors, from its cards' boxes in the lane's coordinates: the geometry is
 * render/connectors.ts's. The lane's direction decides which edges face (right to left under
 * `dir="rtl"`). A collapsed goal, or a stacked lane (a narrow board), has none: its cards do
 * not face each other, and the labels under each card say the same in words.
 */
function measureConnectors(root: ParentNode, screen: BoardScreen | undefined): Map<string, Connector[]> {
  const result = new Map<string, Connector[]>();
  if (!screen) return result;
  for (const [goalId, pairs] of screen.pairs) {
    const lane = root.querySelector<HTMLElement>(`.goal[data-goal="${CSS.escape(goalId)}"] .lane`);
    if (!lane || pairs.length === 0) continue;
    const origin = lane.getBoundingClientRect();
    const boxOf = (card: Element | undefined): Box | undefined => {
      if (!card) return undefined;
      const r = card.getBoundingClientRect();
      return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
    };
    const leading = new Map<string, Box>();
    const outcomes = new Map<string, Box>();
    for (const pair of pairs) {
      const from = boxOf(cardIn(lane.querySelector(`.leading-item[data-kpi="${CSS.escape(pair.leadingId)}"]`)));
      const to = boxOf(cardIn(lane.querySelector(`.outcome-item[data-kpi="${CSS.escape(pair.outcomeId)}"]`)));
      if (from) leading.set(pair.leadingId, from);
      if (to) outcomes.set(pair.outcomeId, to);
    }
    const direction = getComputedStyle(lane).direction === 'rtl' ? 'rtl' : 'ltr';
    const links = pairs.map((pair) => ({ from: pair.leadingId, to: pair.outcomeId }));
    const drawn = connectorGeometry({ leading, outcomes, links, direction }).map((geometry): Connector => {
      const pair = pairs[geometry.link] as Pair;
      return { ...geometry, key: pairKey(pair), kind: pair.estimate.kind, evidence: evidenceOf(pair.estimate) };
    });
    result.set(goalId, drawn);
  }
  return result;
}

/** The card in a lane's item: made by the board, or the page's own, slotted. */
function cardIn(item: Element | null): Element | undefined {
  return item?.querySelector('kpi-card') ?? item?.querySelector('slot')?.assignedElements()[0];
}

function sameConnectors(a: ReadonlyMap<string, readonly Connector[]>, b: ReadonlyMap<string, readonly Connector[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, list] of a) {
    const other = b.get(key);
    if (!other || other.length !== list.length) return false;
    if (
      list.some((c, i) => {
        const o = other[i] as Connector;
        return (
          c.key !== o.key ||
          c.path !== o.path ||
          c.head !== o.head ||
          c.kind !== o.kind ||
          c.label.x !== o.label.x ||
          c.label.bottom !== o.label.bottom ||
          c.label.width !== o.label.width
        );
      })
    )
      return false;
  }
  return true;
}

/** Outcomes and leading indicators counted by status, each with its icon and word: "Outcomes: 3 good, 1 warning · Leading: 5 good". */
function renderTally(summary: GoalSummary, locale: string | undefined): TemplateResult {
  const side = ({ name, entries }: Tally) => {
    const marked = entries.map(
      (entry): unknown => html`<span class="status tally-entry" data-level=${entry.level}>${statusIcon(entry.level)}<span>${entry.text}</span></span>`,
    );
    // Joined as `text.clauses` joins words ("a, b"; "a、b" in Japanese), each entry keeping its icon.
    const listed =
      marked.length === 0
        ? formatMessage(locale, 'tally.none')
        : marked.reduce((first, next) => html`${formatMessageToParts(locale, 'text.clauses', { first: first as object, next: next as object })}`);
    return html`<span class="tally-side">${formatMessageToParts(locale, 'tally.side', { name, entries: listed as object })}</span>`;
  };
  const [outcomes, leading] = summary.tally;
  return html`<p part="tally" class="tally">${formatMessageToParts(locale, 'tally.sentence', { outcomes: side(outcomes), leading: side(leading) })}</p>`;
}

/** The key to the connectors: solid where history shows the lead, dashed where it is only declared. */
function renderLegend(locale: string | undefined): TemplateResult {
  const swatch = (evidence: Evidence) =>
    html`<svg class="legend-swatch" viewBox="0 0 32 8" aria-hidden="true" focusable="false">${svg`<line x1="0" y1="4" x2="32" y2="4" data-evidence=${evidence}></line>`}</svg>`;
  return html`<p part="legend" class="legend">
    <span class="legend-item">${swatch('estimated')}<span>${formatMessage(locale, 'board.legend.estimated')}</span></span>
    <span class="legend-item">${swatch('declared')}<span>${formatMessage(locale, 'board.legend.declared')}</span></span>
  </p>`;
}

/** The disclosure triangle of a goal's heading; CSS turns it as the goal opens. */
function chevron(): TemplateResult {
  return html`<svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d="M9 5.5 15.5 12 9 18.5 7.6 17.1 12.7 12 7.6 6.9Z"></path>`}</svg>`;
}
