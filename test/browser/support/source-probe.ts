/**
 * `<source-probe>`: the smallest element that uses KpiSourceController the
 * way kit elements do, for testing the controller on its own.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Kpi } from '../../../src/core/model.js';
import { resolvePointer } from '../../../src/core/pointer.js';
import { currentReading } from '../../../src/core/reading.js';
import { formatDiagnostic, validateKpiDocument } from '../../../src/core/validate.js';
import { KpiSourceController, type Interpreted, type SourceState } from '../../../src/data/kpi-source-controller.js';

export class SourceProbe extends LitElement {
  @property() src: string | null = null;
  @property() source: string | null = null;
  @property({ type: Number }) refresh = 0;
  @property({ type: Number }) timeout?: number;
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;
  @property({ attribute: false }) data?: unknown;

  /** Where the KPI document sits inside the JSON; changing it re-interprets without refetching. */
  @property({ attribute: 'kpi-pointer' }) kpiPointer = '';

  /** Called on every interpret; a test makes it throw to exercise the controller's guard. */
  @property({ attribute: false }) onInterpret?: (raw: unknown) => void;

  readonly controller = new KpiSourceController<Kpi>(this, { interpret: (raw) => this.interpret(raw) });

  /** The view as derived in willUpdate, which runs before the controller's hostUpdate. */
  view: { state: SourceState; text: string } = { state: 'loading', text: '' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The controller's getters never start work: follow the properties first, as kit elements do.
    this.controller.follow();
    if (this.hasUpdated && changed.has('kpiPointer')) this.controller.reinterpret();
    const kpi = this.controller.value;
    this.view = { state: this.controller.state, text: kpi ? `${kpi.label}: ${kpi.value ?? 'no value'}` : '' };
  }

  protected override render() {
    const failure = this.controller.failure;
    return html`
      <p part="state">${this.view.state}</p>
      <p part="value">${this.view.text}</p>
      ${failure ? html`<p part="failure" role="alert">${failure.message}</p>` : nothing}
    `;
  }

  private interpret(raw: unknown): Interpreted<Kpi> {
    this.onInterpret?.(raw);
    const found = resolvePointer(raw, this.kpiPointer);
    if (!found.found) {
      return { ok: false, failure: { kind: 'mapping', message: `kpi-pointer "${this.kpiPointer}" found nothing at ${found.missingAt}` } };
    }
    const result = validateKpiDocument(found.value);
    if (!result.ok) {
      const first = result.diagnostics[0];
      return {
        ok: false,
        failure: {
          kind: 'invalid',
          message: `Invalid KPI data: ${first ? formatDiagnostic(first) : 'unknown problem'}`,
          diagnostics: result.diagnostics,
        },
      };
    }
    return { ok: true, value: result.kpi, empty: currentReading(result.kpi) === undefined };
  }
}

if (!customElements.get('source-probe')) customElements.define('source-probe', SourceProbe);

declare global {
  interface HTMLElementTagNameMap {
    'source-probe': SourceProbe;
  }
}
