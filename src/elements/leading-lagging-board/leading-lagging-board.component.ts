import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { buildBoardView, validateBoardDocument, type Board, type BoardView, type GoalView } from '../../core/board.js';
import type { BoardDocument, GoalDocument } from '../../core/board-document.js';
import type { KpiStatus } from '../../core/document.js';
import { createFormatters } from '../../core/format.js';
import { checkHygiene, type HygieneFlag } from '../../core/hygiene.js';
import type { KpiView } from '../../core/kpi-view.js';
import { alignedLeading, estimateLeadLag, lagInWords, type LeadLag } from '../../core/lead-lag.js';
import type { Interpreted } from '../../data/kpi-source-controller.js';
import { invalidData, type SourceFailure } from '../../data/source-failure.js';
import '../../kpi-card.js';
import { sourceStateStyles } from '../../styles/source-states.styles.js';
import { statusStyles, tokenStyles } from '../../styles/tokens.styles.js';
import { errorPanel, refreshWarning } from '../../templates/source-states.js';
import { statusBadge, statusIcon } from '../../templates/status-badge.js';
import { describeCause, DisplayElement } from '../sourced-element.js';
import { boardStyles } from './leading-lagging-board.styles.js';

interface LoadedBoard {
  readonly board: Board;
  readonly document: BoardDocument;
}

/** One leading → lagging pair and what its history says about it. */
interface Pair {
  readonly leadingId: string;
  readonly outcomeId: string;
  readonly estimate: LeadLag;
}

interface BoardScreen {
  readonly loaded: LoadedBoard;
  readonly view: BoardView;
  /** By goal id, then `leadingId→outcomeId`. */
  readonly pairs: ReadonlyMap<string, readonly Pair[]>;
  /** By goal id. */
  readonly flags: ReadonlyMap<string, readonly HygieneFlag[]>;
}

const LEVEL_ORDER: readonly KpiStatus[] = ['critical', 'warning', 'good', 'neutral'];

/**
 * Goals, the outcomes they chase, the leading indicators that predict them,
 * and how far ahead they lead. One lane per goal: its lagging outcomes as full
 * cards, its leading indicators as compact cards with sparklines and a
 * connector to each outcome they lead, labelled with the lead time estimated
 * from history ("leads by ~3 weeks (r = 0.72, n = 40)"), its guardrails as
 * chips, a summary line, and hygiene notes that say what to fix.
 *
 * @summary Goals with their lagging outcomes, leading indicators (with estimated lead times) and guardrails.
 * @tagname leading-lagging-board
 *
 * @csspart base - The board's frame.
 * @csspart label - The board's title.
 * @csspart summary - The board's summary line.
 * @csspart goal - One goal's lane.
 * @csspart goal-summary - A goal's summary line.
 * @csspart outcomes - A goal's outcome cards.
 * @csspart leading - A goal's leading indicator cards.
 * @csspart connectors - The lines from leading indicators to their outcomes.
 * @csspart lead-time - The estimated lead time under a leading indicator.
 * @csspart guardrails - A goal's guardrail chips.
 * @csspart guardrail - One guardrail chip.
 * @csspart guardrail-breached - A breached guardrail chip (in addition to `guardrail`).
 * @csspart hygiene - A goal's hygiene notes.
 * @csspart compare - The "Compare over time" button under a lead time.
 * @csspart detail - The dialog with the outcome's trend and the leading series laid over it.
 * @csspart warning - The "refresh failed, showing earlier data" notice.
 * @csspart error - The error panel.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --kpi-board-gap - Space between lanes and cards.
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
 * @cssstate loading - Waiting for the first data.
 * @cssstate empty - The board is valid but has no goals.
 * @cssstate error - No data can be shown; the error panel says why.
 * @cssstate stale - At least one KPI's data is older than its cadence allows.
 * @cssstate refresh-failed - A refresh failed; the last good data is still shown.
 * @cssstate guardrail-breached - At least one guardrail is breached.
 *
 * @fires kpi-select - From a card: the user clicked a KPI or pressed Enter or Space on it. Detail: `{ id, goal }` (the lane's goal).
 * @fires kpi-load - Data from `src` or inline JSON arrived and is valid. Not fired for `.data`.
 * @fires kpi-error - Loading, parsing or validating data from `src` or inline JSON failed.
 */
export class LeadingLaggingBoard extends DisplayElement<LoadedBoard> {
  static override styles = [tokenStyles, statusStyles, sourceStateStyles, boardStyles];

  /** The pair whose detail view is open: the outcome's trend with the leading series laid over it. */
  @state() private detail?: { readonly goalId: string; readonly pair: Pair };

  /** Connector paths per goal, measured from the laid-out cards. */
  @state() private connectors: ReadonlyMap<string, readonly Connector[]> = new Map();

  private screen?: BoardScreen;
  private screenError?: SourceFailure;
  private resizeObserver?: ResizeObserver;
  private connectorFrame = 0;

  /** The board on screen, normalised: goals with their KPIs. */
  get board(): Board | undefined {
    return this.screen?.loaded.board;
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
    // Cards change size as their data arrives and the board reflows: redraw the connectors after either.
    this.resizeObserver = new ResizeObserver(() => this.scheduleConnectors());
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.connectorFrame);
  }

  protected override interpret(json: unknown): Interpreted<LoadedBoard> {
    const input = this.transform ? this.transform(json) : json;
    const result = validateBoardDocument(input);
    if (!result.ok) {
      return { ok: false, failure: invalidData('board', result.diagnostics) };
    }
    return { ok: true, value: { board: result.board, document: result.document }, empty: result.board.goals.length === 0 };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const loaded = this.sourceController.value;
    if (!loaded) {
      this.screen = undefined;
      this.screenError = undefined;
      return;
    }
    if (this.screen?.loaded === loaded && !changed.has('locale') && !changed.has('now')) return;
    try {
      this.screen = this.buildScreen(loaded);
      this.screenError = undefined;
    } catch (cause) {
      // Nothing escapes the element: a defect in building the view becomes a visible error.
      this.screen = undefined;
      this.screenError = { kind: 'invalid', message: `This board could not be displayed: ${describeCause(cause)}` };
    }
  }

  private buildScreen(loaded: LoadedBoard): BoardScreen {
    const { board } = loaded;
    const now = this.now ?? Date.now();
    const locale = this.resolveLocale(undefined);
    const receivedAt = this.sourceController.receivedAt;
    const view = buildBoardView(board, { locale, now, ...(receivedAt !== undefined && { receivedAt }) });
    const pairs = new Map<string, Pair[]>();
    for (const goal of board.goals) {
      const outcomes = new Map(goal.outcomes.map((kpi) => [kpi.id, kpi]));
      pairs.set(
        goal.id,
        goal.leading.flatMap((leading) =>
          leading.leads.flatMap((outcomeId) => {
            const outcome = outcomes.get(outcomeId);
            return outcome ? [{ leadingId: leading.id, outcomeId, estimate: estimateLeadLag(leading, outcome, { locale }) }] : [];
          }),
        ),
      );
    }
    const lookup = (leadingId: string, outcomeId: string) => {
      for (const goalPairs of pairs.values()) {
        const pair = goalPairs.find((p) => p.leadingId === leadingId && p.outcomeId === outcomeId);
        if (pair) return pair.estimate;
      }
      return undefined;
    };
    const all = checkHygiene(board, { now, locale, ...(receivedAt !== undefined && { receivedAt }), leadLag: lookup });
    const flags = new Map<string, HygieneFlag[]>(board.goals.map((goal) => [goal.id, all.filter((flag) => flag.goalId === goal.id)]));
    return { loaded, view, pairs, flags };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.screen?.view;
    const kpiViews = view?.goals.flatMap((g) => [...g.outcomes, ...g.leading, ...g.guardrails]) ?? [];
    this.updateStates(
      this.screenError !== undefined,
      view && { level: boardLevel(view), stale: kpiViews.some((k) => k.freshness.stale), guardrailBreached: view.summary.guardrails.breached > 0 },
    );
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
    if (dialog && !dialog.open) dialog.showModal();
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
      return this.renderError({ kind: 'invalid', message: `This board could not be displayed: ${describeCause(cause)}` });
    }
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="base skeleton" class="board skeleton" role="group" aria-busy="true" aria-label="KPI board, loading">
      ${[0, 1].map(
        () => html`<div class="goal goal--bones">
          <span class="bone bone--title"></span>
          <div class="lane"><span class="bone bone--card"></span><span class="bone bone--card"></span></div>
        </div>`,
      )}
    </div>`;
  }

  private renderError(failure: SourceFailure): TemplateResult {
    return html`<div part="base" class="board board--error" role="group" aria-label=${`KPI board, error: ${failure.message}`}>
      <div class="board-header">${statusBadge('critical', 'error')}</div>
      ${errorPanel(failure)}
    </div>`;
  }

  private renderEmpty(failure: SourceFailure | undefined): TemplateResult {
    const label = this.screen?.loaded.board.label ?? 'KPI board';
    return html`<div part="base" class="board board--empty" role="group" aria-label=${`${label}, no goals yet`}>
      <div class="board-header"><h2 part="label" class="board-title">${label}</h2>${statusBadge('neutral', 'no goals')}</div>
      <p class="empty-message">No goals yet. The source answered, but the board lists no goals.</p>
      ${failure ? this.renderRefreshWarning(failure) : nothing}
    </div>`;
  }

  private renderRefreshWarning(failure: SourceFailure): TemplateResult {
    const locale = this.resolveLocale(undefined);
    return refreshWarning(failure, this.sourceController.receivedAt, createFormatters(locale));
  }

  private renderBoard(screen: BoardScreen, failure: SourceFailure | undefined): TemplateResult {
    const { view, loaded } = screen;
    const label = loaded.board.label ?? 'KPI board';
    return html`<div part="base" class="board" role="group" aria-label=${`${label}: ${view.summary.sentence}`}>
      <div class="board-header">
        <h2 part="label" class="board-title">${label}</h2>
        <p part="summary" class="board-summary">${view.summary.sentence}</p>
      </div>
      ${failure ? this.renderRefreshWarning(failure) : nothing}
      ${repeat(
        view.goals,
        (goal) => goal.goal.id,
        (goal, index) => this.renderGoal(screen, goal, loaded.document.goals[index] as GoalDocument, index),
      )}
      ${this.detail ? this.renderDetail(screen, this.detail.goalId, this.detail.pair) : nothing}
    </div>`;
  }

  private renderGoal(screen: BoardScreen, goalView: GoalView, goalDocument: GoalDocument, index: number): TemplateResult {
    const { goal, summary } = goalView;
    // By position, not by the goal's id: an id may hold spaces, which an IDREF cannot.
    const titleId = `goal-title-${index}`;
    const pairs = screen.pairs.get(goal.id) ?? [];
    const flags = screen.flags.get(goal.id) ?? [];
    const labels = new Map(goal.outcomes.map((kpi) => [kpi.id, kpi.label]));
    // Each card is told the lane's goal (over any goal text of its own), so its kpi-select names the lane.
    const withGoal = <T extends object>(doc: T): T => ({ ...doc, goal: goal.label });
    return html`<section part="goal" class="goal" aria-labelledby=${titleId} data-goal=${goal.id}>
      <header class="goal-header">
        <h3 id=${titleId} class="goal-title">${goal.label}</h3>
        <p part="goal-summary" class="goal-summary">${summary.sentence}</p>
        ${goal.owner ? html`<p class="goal-owner">Owner: ${goal.owner}</p>` : nothing}
      </header>
      <div class="lane">
        <!-- First, so the cards paint over the lines. -->
        <svg part="connectors" class="connectors" aria-hidden="true">
          ${(this.connectors.get(goal.id) ?? []).map((c) => svg`<path d=${c.path} data-kind=${c.kind}></path>`)}
        </svg>
        <ul part="leading" class="leading" aria-label=${`Leading indicators of ${goal.label}`}>
          ${repeat(
            goalDocument.leading,
            (doc) => doc.id,
            (doc) => {
              const own = pairs.filter((p) => p.leadingId === doc.id);
              return html`<li class="leading-item" data-kpi=${doc.id}>
                <kpi-card compact .data=${withGoal(doc)} .now=${this.now} locale=${this.locale ?? nothing}></kpi-card>
                ${own.map(
                  (pair) => html`<p part="lead-time" class="lead-time" data-kind=${pair.estimate.kind}>
                    Leads <strong>${labels.get(pair.outcomeId) ?? pair.outcomeId}</strong>: ${leadWords(pair.estimate)}
                    ${pair.estimate.kind === 'lead'
                      ? html`<button type="button" part="compare" class="compare" @click=${() => this.openDetail(goal.id, pair)}>
                          Compare over time<span class="visually-hidden">: ${doc.label} and ${labels.get(pair.outcomeId) ?? pair.outcomeId}</span>
                        </button>`
                      : nothing}
                  </p>`,
                )}
              </li>`;
            },
          )}
        </ul>
        <ul part="outcomes" class="outcomes" aria-label=${`Outcomes of ${goal.label}`}>
          ${repeat(
            goalDocument.outcomes,
            (doc) => doc.id,
            (doc) => html`<li class="outcome-item" data-kpi=${doc.id}>
              <kpi-card sparkline .data=${withGoal(doc)} .now=${this.now} locale=${this.locale ?? nothing}></kpi-card>
            </li>`,
          )}
        </ul>
      </div>
      ${this.renderGuardrails(goalView)} ${this.renderHygiene(goal.label, flags)}
    </section>`;
  }

  /** `<kpi-trend>` is fetched the first time a detail view opens: most visits never open one. */
  private async openDetail(goalId: string, pair: Pair): Promise<void> {
    try {
      await import('../../kpi-trend.js');
    } catch {
      // Offline or a deploy mid-session: the cards and lead times stay; the detail view cannot open.
      return;
    }
    this.detail = { goalId, pair };
  }

  private renderDetail(screen: BoardScreen, goalId: string, pair: Pair): TemplateResult | typeof nothing {
    const goalIndex = screen.loaded.board.goals.findIndex((g) => g.id === goalId);
    const goal = screen.loaded.board.goals[goalIndex];
    const leading = goal?.leading.find((k) => k.id === pair.leadingId);
    const outcome = goal?.outcomes.find((k) => k.id === pair.outcomeId);
    const outcomeDocument = screen.loaded.document.goals[goalIndex]?.outcomes.find((d) => d.id === pair.outcomeId);
    if (!leading || !outcome || !outcomeDocument || pair.estimate.kind !== 'lead') return nothing;
    const series = alignedLeading(leading, outcome, pair.estimate);
    const moved = pair.estimate.lag === 0 ? 'as it is' : `moved ${lagInWords(pair.estimate.lag, pair.estimate.period)} later`;
    return html`<dialog part="detail" class="detail" aria-labelledby="detail-title" @close=${this.closeDetail}>
      <h3 id="detail-title" class="detail-title">${leading.label} against ${outcome.label}</h3>
      <p class="detail-note">
        ${leading.label} ${pair.estimate.phrase}. Its line is ${moved} and rescaled to ${outcome.label}${pair.estimate.relation === 'inverse' ? ', upside down' : ''},
        so only the shapes compare, not the values.
      </p>
      <kpi-trend
        .data=${outcomeDocument}
        .now=${this.now}
        .overlay=${{ label: `${leading.label}, ${moved}, rescaled`, series }}
        locale=${this.locale ?? nothing}
      ></kpi-trend>
      <form method="dialog"><button class="close" autofocus>Close</button></form>
    </dialog>`;
  }

  private closeDetail(): void {
    this.detail = undefined;
  }

  private renderGuardrails(goalView: GoalView): TemplateResult {
    const chips = goalView.guardrails;
    if (chips.length === 0) return html`<p class="no-guardrails">No guardrail KPIs for this goal.</p>`;
    return html`<ul part="guardrails" class="guardrails" aria-label=${`Guardrails of ${goalView.goal.label}`}>
      ${chips.map((kpiView) => this.renderGuardrailChip(kpiView))}
    </ul>`;
  }

  private renderGuardrailChip({ kpi, status, format }: KpiView): TemplateResult {
    const breached = status.primaryLevel === 'warning' || status.primaryLevel === 'critical';
    return html`<li part=${breached ? 'guardrail guardrail-breached' : 'guardrail'} class="guardrail" data-level=${status.level} title=${status.explanation}>
      <span class="status">${statusIcon(status.level)}</span>
      <span>${kpi.label}</span>
      <span class="guardrail-value">${status.reading ? format.value(status.reading.value) : '—'}</span>
      <span class="guardrail-word">${breached ? 'breached' : status.level === 'neutral' ? 'no data' : 'holds'}</span>
    </li>`;
  }

  private renderHygiene(goalLabel: string, flags: readonly HygieneFlag[]): TemplateResult | typeof nothing {
    if (flags.length === 0) return nothing;
    const strongest = flags.some((f) => f.severity === 'strong') ? 'critical' : flags.some((f) => f.severity === 'warning') ? 'warning' : 'neutral';
    const count = flags.length === 1 ? '1 hygiene note' : `${flags.length} hygiene notes`;
    return html`<details part="hygiene" class="hygiene">
      <summary><span class="status" data-level=${strongest}>${statusIcon(strongest)}</span> ${count} for ${goalLabel}</summary>
      <ul>
        ${flags.map(
          (flag) => html`<li data-rule=${flag.rule} data-severity=${flag.severity}>
            <span class="severity">${SEVERITY_WORDS[flag.severity]}:</span> ${flag.message}
          </li>`,
        )}
      </ul>
    </details>`;
  }
}

const SEVERITY_WORDS = { info: 'Note', warning: 'Warning', strong: 'Strong warning' } as const;

/** What the history says about a pair, in words: the phrase, or why there is no number. */
function leadWords(estimate: LeadLag): string {
  return estimate.kind === 'lead' ? estimate.phrase : estimate.reason;
}

/** The board's status: its worst outcome, and a breached guardrail makes a good board a warning. */
function boardLevel(view: BoardView): KpiStatus {
  const levels = view.goals.flatMap((g) => g.outcomes.map((o) => o.status.primaryLevel));
  let level = LEVEL_ORDER.find((l) => l !== 'neutral' && levels.includes(l)) ?? 'neutral';
  if (level === 'good' && view.summary.guardrails.breached > 0) level = 'warning';
  return level;
}

interface Connector {
  readonly path: string;
  readonly kind: LeadLag['kind'];
}

/**
 * A curve from each leading card's right edge to the left edge of each outcome
 * it leads, in the lane's coordinates. None when the lane is stacked (a narrow
 * screen): the "Leads …" line under each card says the same in words.
 */
function measureConnectors(root: ParentNode, screen: BoardScreen | undefined): Map<string, Connector[]> {
  const result = new Map<string, Connector[]>();
  if (!screen) return result;
  for (const [goalId, pairs] of screen.pairs) {
    const lane = root.querySelector<HTMLElement>(`.goal[data-goal="${CSS.escape(goalId)}"] .lane`);
    if (!lane) continue;
    const origin = lane.getBoundingClientRect();
    const connectors: Connector[] = [];
    for (const pair of pairs) {
      const from = lane.querySelector(`.leading-item[data-kpi="${CSS.escape(pair.leadingId)}"] kpi-card`)?.getBoundingClientRect();
      const to = lane.querySelector(`.outcome-item[data-kpi="${CSS.escape(pair.outcomeId)}"] kpi-card`)?.getBoundingClientRect();
      if (!from || !to || to.left < from.right) continue;
      const x1 = from.right - origin.left;
      const y1 = from.top + from.height / 2 - origin.top;
      const x2 = to.left - origin.left;
      const y2 = to.top + Math.min(to.height / 2, 48) - origin.top;
      const bend = (x2 - x1) / 2;
      connectors.push({ path: `M${x1},${y1}C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`, kind: pair.estimate.kind });
    }
    result.set(goalId, connectors);
  }
  return result;
}

function sameConnectors(a: ReadonlyMap<string, readonly Connector[]>, b: ReadonlyMap<string, readonly Connector[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, list] of a) {
    const other = b.get(key);
    if (!other || other.length !== list.length || list.some((c, i) => c.path !== other[i]?.path || c.kind !== other[i]?.kind)) return false;
  }
  return true;
}
