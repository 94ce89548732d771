/**
 * The board with data on it: its screen (views, lead-lag pairs and hygiene, from a board document or from
 * child cards) and its lanes, headings, summary, connectors' labels, guardrail chips, hygiene notes and
 * detail view. Fetched beside the board's data (see `boardFacePart`): the skeleton and the error panel are
 * the element's own, and paint without it.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
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
import type { KpiDocument, KpiStatus } from '../../core/document.js';
import { createFormatters } from '../../core/format.js';
import type { HygieneFlag } from '../../core/hygiene.js';
import type { KpiView } from '../../core/kpi-view.js';
import type { Kpi } from '../../core/model.js';
import type { LeadLag } from '../../core/lead-lag.js';
import { quickValidateBoardDocument } from '../../core/quick-validate-board.js';
import { guardrailWord } from '../../core/status.js';
import type { LiveStatus } from '../../data/live-stream.js';
import { invalidData, type SourceFailure } from '../../data/source-failure.js';
import type { Interpretation, Interpreted } from '../../data/source-types.js';
import { formatMessage, formatMessageToParts } from '../../i18n/index.js';
import { connectorGeometry, type Box } from '../../render/connectors.js';
import { dataStateIcon } from '../../templates/data-state-icons.js';
import { liveBadge, refreshWarning } from '../../templates/source-states.js';
import { statusBadge, statusIcon } from '../../templates/status-badge.js';
import { analysisPart } from './analysis-part.js';
import type { KeptEstimate, Pair } from './board-analysis.js';
import { keyOf, type BoardScreen, type Connector, type DeclaredChild, type Evidence, type LaneItem, type LoadedBoard } from './board-screen.js';

/** The analysis's words for a pair: only the analysis makes pairs, so wherever there is one, it is here. */
const analysisWords = (): NonNullable<typeof analysisPart.current> => analysisPart.current as NonNullable<typeof analysisPart.current>;

const LEVEL_ORDER: readonly KpiStatus[] = ['critical', 'warning', 'good', 'neutral'];

let boardValidatorModule: Promise<typeof import('../../core/board-validate.js')> | undefined;

/** Validates a board document (after the page's `transform`): the fast check, and valibot only to explain a failure. */
export function interpretBoard(json: unknown, transform: ((json: unknown) => unknown) | undefined): Interpretation<LoadedBoard> {
  const input = transform ? transform(json) : json;
  const judged = (result: BoardValidationResult): Interpreted<LoadedBoard> =>
    result.ok
      ? { ok: true, value: { board: result.board, document: result.document }, empty: result.board.goals.length === 0 }
      : { ok: false, failure: invalidData('board', result.diagnostics) };
  const quick = quickValidateBoardDocument(input);
  if (quick) return judged(quick);
  boardValidatorModule ??= import('../../core/board-validate.js');
  return boardValidatorModule.then(({ validateBoardDocument }) => judged(validateBoardDocument(input)));
}

/** The board element, as its face reads it: its public properties and methods. */
export interface BoardFaceElement extends HTMLElement {
  readonly label?: string | undefined;
  readonly hygieneOff?: string | undefined;
  readonly compact: boolean;
  readonly locale?: string | undefined;
  readonly now?: number | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}

/** What the face reads and asks of the element's insides, handed over by the element. */
export interface BoardFaceInternals {
  words(): string | undefined;
  direction(): 'rtl' | undefined;
  judgedAt(): number;
  readonly source: { readonly live: LiveStatus | undefined; readonly receivedAt: number | undefined; readonly clock: { now(): number } };
  screen(): BoardScreen | undefined;
  expanded(): ReadonlyMap<string, boolean>;
  detail(): { readonly goalId: string; readonly pair: Pair } | undefined;
  connectors(): ReadonlyMap<string, readonly Connector[]>;
  estimates(): ReadonlyMap<string, KeptEstimate>;
  setEstimates(estimates: ReadonlyMap<string, KeptEstimate>): void;
  /** The screen is to be judged again (the analysis arrived, or a KPI went stale). */
  staleDue(): void;
  awaitPart(loading: Promise<unknown>, arrived?: () => void): void;
  toggleGoal(goalId: string): void;
  expandAll(open: boolean): void;
  showDetail(goalId: string, pair: Pair): void;
  closeDetail(): void;
}

/** One face per board element. */
export class BoardFace {
  constructor(
    private readonly host: BoardFaceElement,
    private readonly internals: BoardFaceInternals,
  ) {}

  /** Views, lead-lag pairs and hygiene for a board, from a document or from child cards alike. */
  private judge(board: Board, receivedAt?: number, now = this.internals.judgedAt()): Pick<BoardScreen, 'view' | 'pairs' | 'flags' | 'analysed'> {
    const locale = this.internals.words();
    const view = buildBoardView(board, { locale, now, ...(receivedAt !== undefined && { receivedAt }) });
    const analysis = analysisPart.current;
    if (!analysis) {
      // The lanes paint now; the lead times, connectors and hygiene notes follow when their code arrives.
      this.internals.awaitPart(analysisPart.load(), () => {
        this.internals.staleDue();
      });
      return { view, pairs: new Map(), flags: new Map(), analysed: false };
    }
    const { pairs, flags, estimates } = analysis.analyseBoard(board, { now, locale, receivedAt, kept: this.internals.estimates() });
    this.internals.setEstimates(estimates);
    return { view, pairs, flags, analysed: true };
  }

  /** `<kpi-trend>` is fetched the first time a chart is shown in the detail view: most visits never open one. */
  private async openDetail(goalId: string, pair: Pair): Promise<void> {
    if (pair.estimate.kind === 'lead' && this.internals.screen()?.loaded) {
      try {
        await import('../../kpi-trend.js');
      } catch {
        // Offline or a deploy mid-session: the statistics still show, without the chart.
      }
    }
    this.internals.showDetail(goalId, pair);
  }

  buildScreen(loaded: LoadedBoard): BoardScreen {
    // The cards it lays out; the element asked for their code when it connected, so this only joins that load.
    void import('../../kpi-card.js').catch(() => undefined);
    const { board, document } = loaded;
    // Leading KPIs keep their document's `leads` (the card ignores it); each card is told the lane's goal.
    const items = (docs: readonly KpiDocument[], goal: string): LaneItem[] => docs.map((doc) => ({ key: doc.id, id: doc.id, doc: { ...doc, goal } }));
    const lanes = new Map(
      board.goals.map((goal, i) => {
        const doc = document.goals[i];
        return [goal.id, { leading: items(doc?.leading ?? [], goal.label), outcomes: items(doc?.outcomes ?? [], goal.label), guardrails: [] }] as const;
      }),
    );
    return { board, loaded, lanes, notes: [], goalOf: new Map(), waiting: false, ...this.judge(board, this.internals.source.receivedAt) };
  }

  buildDeclaredScreen(declared: readonly DeclaredChild[]): BoardScreen {
    const hygieneOff = this.host.hygieneOff?.trim() ? this.host.hygieneOff.trim().split(/\s+/) : [];
    const { board, placements, problems } = assembleBoard(declared, { label: undefined, hygieneOff });
    const lanes = new Map<string, { leading: LaneItem[]; outcomes: LaneItem[]; guardrails: LaneItem[] }>(
      board.goals.map((goal) => [goal.id, { leading: [], outcomes: [], guardrails: [] }]),
    );
    const goalOf = new Map<Element, string>();
    const notes: string[] = problems.map((p) =>
      p.words(this.internals.words(), p.index === undefined ? '' : childName(declared[p.index] as DeclaredChild, p.index, this.internals.words())),
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
      if (child.failed)
        notes.push(formatMessage(this.internals.words(), 'board.problem.unreadable', { child: childName(child, index, this.internals.words()) }));
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
    if (this.host.now !== undefined) return this.host.now;
    const pinned = declared
      .map((child) => (child.element as { now?: unknown }).now)
      .filter((now): now is number => typeof now === 'number' && Number.isFinite(now));
    return pinned.length > 0 ? Math.max(...pinned) : undefined;
  }

  renderEmpty(failure: SourceFailure | undefined): TemplateResult {
    const locale = this.internals.words();
    const label = this.host.label ?? this.internals.screen()?.board.label ?? formatMessage(locale, 'board.defaultLabel');
    return html`<div dir=${ifDefined(this.internals.direction())} part="base" class="board board--empty" role="group" aria-label=${formatMessage(locale, 'board.emptyName', { label })}>
      <div class="board-header">
        <h2 part="label" class="board-title">${label}</h2>
        ${statusBadge('neutral', formatMessage(locale, 'board.summary.noGoals'))} ${liveBadge(this.internals.source.live, locale)}
      </div>
      <p class="empty-message">${formatMessage(locale, 'board.empty')}</p>
      ${failure ? this.renderRefreshWarning(failure) : nothing}
    </div>`;
  }

  private renderRefreshWarning(failure: SourceFailure): TemplateResult {
    return refreshWarning(failure, this.internals.source.receivedAt, this.internals.source.clock.now(), createFormatters(this.internals.words()));
  }

  renderBoard(screen: BoardScreen, failure: SourceFailure | undefined): TemplateResult {
    const { view } = screen;
    const locale = this.internals.words();
    const label = this.host.label ?? screen.board.label ?? formatMessage(locale, 'board.defaultLabel');
    const goals = view.goals;
    const anyCollapsed = goals.some((g) => !this.isExpanded(g.goal.id));
    const hasPairs = [...screen.pairs.values()].some((pairs) => pairs.length > 0);
    const detail = this.internals.detail();
    return html`<div dir=${ifDefined(this.internals.direction())} part="base" class=${this.host.compact ? 'board board--compact' : 'board'} role="group" aria-label=${formatMessage(locale, 'board.name', { label, summary: view.summary.sentence })}>
      <div class="board-header">
        <h2 part="label" class="board-title">${label}</h2>
        ${liveBadge(this.internals.source.live, locale)}
        <div part="summary" class="board-summary">
          <p class="summary-sentence"><span class="words">${view.summary.sentence}</span></p>
          ${renderTally(view.summary, locale)}
        </div>
        ${hasPairs ? renderLegend(locale) : nothing}
        ${
          goals.length > 1
            ? html`<button type="button" part="toggle-all" class="toggle-all" @click=${() => this.internals.expandAll(anyCollapsed)}>
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
      ${detail ? this.renderDetail(screen, detail.goalId, detail.pair) : nothing}
    </div>`;
  }

  /** Whether a goal shows its lane: as the user left it, else open unless the board is compact. */
  private isExpanded(goalId: string): boolean {
    return this.internals.expanded().get(goalId) ?? !this.host.compact;
  }

  /** A board document's KPI as a card the board makes, or the page's own card, slotted. */
  private renderItem(item: LaneItem, compact: boolean): TemplateResult {
    if (!item.doc) return html`<slot data-key=${item.key}></slot>`;
    return compact
      ? html`<kpi-card compact .data=${item.doc} .now=${this.host.now} locale=${ifDefined(this.host.locale)}></kpi-card>`
      : html`<kpi-card sparkline .data=${item.doc} .now=${this.host.now} locale=${ifDefined(this.host.locale)}></kpi-card>`;
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
    const locale = this.internals.words();
    const drawn = open ? (this.internals.connectors().get(goal.id) ?? []) : [];
    return html`<section part="goal" class=${open ? 'goal' : 'goal goal--collapsed'} aria-labelledby=${titleId} data-goal=${goal.id}>
      <header class="goal-header">
        <h3 class="goal-title">
          <button type="button" part="goal-toggle" class="goal-toggle" id=${titleId} aria-expanded=${open ? 'true' : 'false'} aria-controls=${bodyId}
            @click=${() => this.internals.toggleGoal(goal.id)}>${chevron()}<span>${goal.label}</span></button>
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
                (item) => html`<li class="outcome-item" data-kpi=${item.id ?? ''}>${this.renderItem(item, this.host.compact)}</li>`,
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
      <button type="button" part="lead-detail" class="lead-detail" aria-haspopup="dialog" @click=${() => void this.openDetail(goalId, pair)}>
        <span class="lead-outcome">${outcome}: </span><span class="lead-words">${analysisWords().leadLabel(pair.estimate, locale)}</span>
      </button>
    </p>`;
  }

  /** Puts each pair's label beside its connector's run, through CSSOM (no style attribute: a strict CSP allows this). */
  placeLabels(): void {
    for (const goal of this.host.renderRoot.querySelectorAll<HTMLElement>('.goal[data-goal]')) {
      const drawn = new Map((this.internals.connectors().get(goal.dataset.goal ?? '') ?? []).map((c) => [c.key, c]));
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

  private renderDetail(screen: BoardScreen, goalId: string, pair: Pair): TemplateResult | typeof nothing {
    const goal = screen.board.goals.find((g) => g.id === goalId);
    const leading = goal?.leading.find((k) => k.id === pair.leadingId);
    const outcome = goal?.outcomes.find((k) => k.id === pair.outcomeId);
    if (!leading || !outcome) return nothing;
    const estimate = pair.estimate;
    const locale = this.internals.words();
    const outcomeDocument = screen.lanes.get(goalId)?.outcomes.find((item) => item.id === pair.outcomeId)?.doc;
    const chart = estimate.kind === 'lead' && outcomeDocument !== undefined && customElements.get('kpi-trend') !== undefined;
    return html`<dialog part="detail" class="detail" aria-labelledby="detail-title" @close=${this.internals.closeDetail}>
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
    const locale = this.internals.words();
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
        .now=${this.host.now}
        .overlay=${{ label: formatMessage(locale, 'detail.overlay', { leading: leading.label, shift, lag }), series }}
        locale=${ifDefined(this.host.locale)}
      ></kpi-trend>`;
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
export function boardLevel(view: BoardView): KpiStatus {
  const levels = view.goals.flatMap((g) => g.outcomes.map((o) => o.status.primaryLevel));
  let level = LEVEL_ORDER.find((l) => l !== 'neutral' && levels.includes(l)) ?? 'neutral';
  if (level === 'good' && view.summary.guardrails.breached > 0) level = 'warning';
  return level;
}

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
export function measureConnectors(root: ParentNode, screen: BoardScreen | undefined): Map<string, Connector[]> {
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

export function sameConnectors(a: ReadonlyMap<string, readonly Connector[]>, b: ReadonlyMap<string, readonly Connector[]>): boolean {
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
