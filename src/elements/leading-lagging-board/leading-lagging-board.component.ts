import { html, LitElement, nothing, type PropertyValues, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Board } from '../../core/board.js';
import type { KpiStatus } from '../../core/document.js';
import type { HygieneFlag } from '../../core/hygiene.js';
import type { Kpi } from '../../core/model.js';
import { formatMessage } from '../../i18n/index.js';
import type { KpiSelectEvent } from '../../events/kpi-select.js';
import type { Interpretation } from '../../data/source-types.js';
import type { SourceFailure } from '../../data/source-failure.js';
import { emit } from '../../events/emit.js';
import '../../events/kpi-select.js';
import { sourceStateStyles } from '../../styles/source-states.styles.js';
import { statusStyles, tokenStyles } from '../../styles/tokens.styles.js';
import { errorPanel, failureDetails, loadFailedBadge, loadingBadge } from '../../templates/source-states.js';
import { DisplayElement } from '../display-element.js';
import type { LazyPart } from '../lazy-part.js';
import { cardFacePart } from '../kpi-card/card-face-part.js';
import { readingPart } from '../kpi-reading-part.js';
import { describeCause } from '../sourced-element.js';
import { analysisPart } from './analysis-part.js';
import type { BoardFace } from './board-face.js';
import { boardFacePart } from './board-face-part.js';
import type { KeptEstimate, Pair } from './board-analysis.js';
import { keyOf, type BoardScreen, type Connector, type DeclaredChild, type LoadedBoard } from './board-screen.js';
import { boardStyles } from './leading-lagging-board.styles.js';

/** The child attributes the board reads. */
const ANNOTATIONS = ['goal', 'kpi-role', 'leads'];

let cardModule: Promise<unknown> | undefined;
/**
 * `<kpi-card>` (the lanes' cards) loads once a board connects: the board paints its lanes, headings and summary first.
 * The cards' reading and face are asked for at the same time, not when the first card connects.
 */
const loadCards = (): Promise<unknown> => {
  if (!cardModule) for (const part of [readingPart, cardFacePart]) part.prefetch();
  return (cardModule ??= import('../../kpi-card.js'));
};

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
    return this.screen ? boardFacePart.current?.boardLevel(this.screen.view) : undefined;
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
    let build: ((face: BoardFace) => BoardScreen) | undefined;
    if (children.length > 0) {
      if (!again && this.screen?.declared && sameChildren(this.screen.declared, children)) return;
      build = (face) => face.buildDeclaredScreen(children);
    } else if (loaded) {
      if (!again && this.screen?.loaded === loaded) return;
      build = (face) => face.buildScreen(loaded);
    }
    if (!build) {
      this.screen = undefined;
      this.screenError = undefined;
      this.sourceController.clock.clearTimeout(this.staleTimer);
      return;
    }
    // Until the face's code arrives (it was fetched beside the data), the skeleton stays; then the screen is built.
    const face = this.faceFor();
    if (!face) return;
    try {
      this.screen = build(face);
      this.screenError = undefined;
      this.scheduleStaleCheck(this.screen);
    } catch (cause) {
      // Nothing escapes the element: a defect in building the view becomes a visible error.
      this.screen = undefined;
      this.screenError = { kind: 'invalid', message: formatMessage(this.words, 'board.viewError', { cause: describeCause(cause) }) };
    }
  }

  protected override interpret(json: unknown): Interpretation<LoadedBoard> {
    const face = boardFacePart.current;
    return face ? face.interpretBoard(json, this.transform) : boardFacePart.load().then((loaded) => loaded.interpretBoard(json, this.transform));
  }

  /** The face, once its code is in (see `boardFacePart`): one per board. */
  private face?: BoardFace;

  protected override drawnBy(): LazyPart<unknown> {
    return boardFacePart;
  }

  private faceFor(): BoardFace | undefined {
    const part = this.partFor(boardFacePart);
    if (!part) return undefined;
    this.face ??= new part.BoardFace(this, {
      words: () => this.words,
      direction: () => this.wordsDirection,
      judgedAt: () => this.judgedAt,
      source: this.sourceController,
      screen: () => this.screen,
      expanded: () => this.expanded,
      detail: () => this.detail,
      connectors: () => this.connectors,
      estimates: () => this.estimates,
      setEstimates: (estimates) => (this.estimates = estimates),
      staleDue: () => {
        this.staleDue = true;
        this.requestUpdate();
      },
      awaitPart: (loading, arrived) => this.awaitPart(loading, arrived),
      toggleGoal: (goalId) => this.toggleGoal(goalId),
      expandAll: (open) => this.expandAll(open),
      showDetail: (goalId, pair) => this.showDetail(goalId, pair),
      closeDetail: () => this.closeDetail(),
    });
    return this.face;
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
    const face = boardFacePart.current;
    const kpiViews = view?.goals.flatMap((g) => [...g.outcomes, ...g.leading, ...g.guardrails]) ?? [];
    // A screen is built by the face, so where there is a view, the face is here.
    const showing = view &&
      face && {
        level: face.boardLevel(view),
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
    this.face?.placeLabels();
    // Drawing the connectors re-renders; measuring again after that would loop.
    if (!(changed as Map<PropertyKey, unknown>).has('connectors')) this.scheduleConnectors();
  }

  /** Connectors follow the cards' layout, so they are measured after it, once per frame at most. */
  private scheduleConnectors(): void {
    cancelAnimationFrame(this.connectorFrame);
    this.connectorFrame = requestAnimationFrame(() => {
      const face = boardFacePart.current;
      if (!face) return;
      const next = face.measureConnectors(this.renderRoot, this.screen);
      if (!face.sameConnectors(next, this.connectors)) this.connectors = next;
    });
  }

  protected override render(): TemplateResult {
    try {
      const failure = this.screenError ?? this.sourceController.failure;
      // A screen is built by the face, so where there is one, the face is here.
      if (this.screen && this.face)
        return this.sourceController.state === 'empty' ? this.face.renderEmpty(failure) : this.face.renderBoard(this.screen, failure);
      if (failure) return this.renderError(failure);
      // The face's code could not be fetched: say so rather than show the skeleton for ever.
      const cannot = this.partError(boardFacePart);
      if (cannot !== undefined) return this.renderError({ kind: 'network', message: formatMessage(this.words, 'board.viewError', { cause: cannot }) });
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

  private toggleGoal(goalId: string): void {
    // Open unless the user closed it, or the board is compact (see BoardFace.isExpanded).
    const open = this.expanded.get(goalId) ?? !this.compact;
    this.expanded = new Map(this.expanded).set(goalId, !open);
  }

  private expandAll(open: boolean): void {
    this.expanded = new Map(this.screen?.view.goals.map((g) => [g.goal.id, open]) ?? []);
  }

  private showDetail(goalId: string, pair: Pair): void {
    this.detail = { goalId, pair };
  }

  private closeDetail(): void {
    this.detail = undefined;
  }
}

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
