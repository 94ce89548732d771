/**
 * The parts an element draws its data with (a card's face, a trend's chart, a board's face) are fetched beside
 * the data (`SourcedElement.partFor`). These tests drive that mechanism with a part whose loads the test decides:
 * the element shows its skeleton while the part is on its way, `updateComplete` waits for it, and a part that cannot
 * be fetched becomes a visible error, tried again when new data arrives, never a skeleton for ever.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { lazyPart, type LazyPart } from '../../src/elements/lazy-part.js';
import { SourcedElement } from '../../src/elements/sourced-element.js';
import type { Interpretation } from '../../src/data/source-types.js';

interface Part {
  readonly draw: (value: unknown) => string;
}

/** Each load takes the next of `outcomes`: a part, or an error to fail with. */
function scriptedPart(outcomes: (Part | Error)[]): { part: LazyPart<Part>; loads: () => number; release: () => void } {
  let loads = 0;
  let release: () => void = () => undefined;
  const part = lazyPart<Part>(() => {
    const outcome = outcomes[loads++];
    return new Promise<Part>((resolve, reject) => {
      release = () => (outcome instanceof Error || outcome === undefined ? reject(outcome ?? new Error('no more outcomes')) : resolve(outcome));
    });
  });
  return { part, loads: () => loads, release: () => release() };
}

let probePart: LazyPart<Part>;

class PartProbe extends SourcedElement<unknown> {
  protected override interpret(json: unknown): Interpretation<unknown> {
    return { ok: true, value: json };
  }

  protected override render(): TemplateResult {
    const value = this.sourceController.value;
    if (value === undefined) return litHtml`<p class="skeleton">loading</p>`;
    const part = this.partFor(probePart);
    if (part) return litHtml`<p class="drawn">${part.draw(value)}</p>`;
    const cannot = this.partError(probePart);
    return cannot === undefined ? litHtml`<p class="skeleton">loading</p>` : litHtml`<p class="error">${cannot}</p>`;
  }
}
customElements.define('part-probe', PartProbe);

const shown = (el: Element): { kind: string; text: string } => {
  const p = el.shadowRoot?.querySelector('p');
  return { kind: p?.className ?? '', text: p?.textContent ?? '' };
};

describe('parts fetched beside the data', () => {
  it('shows the skeleton while the part is on its way, and updateComplete waits for it', async () => {
    const script = scriptedPart([{ draw: (v) => `drawn ${JSON.stringify(v)}` }]);
    probePart = script.part;
    const el = await fixture<PartProbe>(html`<part-probe></part-probe>`);
    el.data = { n: 1 };
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shown(el)).to.deep.equal({ kind: 'skeleton', text: 'loading' });
    const complete = el.updateComplete;
    script.release();
    await complete;
    expect(shown(el)).to.deep.equal({ kind: 'drawn', text: 'drawn {"n":1}' });
    expect(script.loads()).to.equal(1);
  });

  it('says why when the part cannot be fetched, and tries again when new data arrives', async () => {
    const script = scriptedPart([new Error('Failed to fetch dynamically imported module'), { draw: (v) => `drawn ${JSON.stringify(v)}` }]);
    probePart = script.part;
    const el = await fixture<PartProbe>(html`<part-probe></part-probe>`);
    el.data = { n: 1 };
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const failed = el.updateComplete;
    script.release();
    await failed;
    expect(shown(el)).to.deep.equal({ kind: 'error', text: 'Failed to fetch dynamically imported module' });
    // Nothing changed: no second attempt (a failing network is not hammered).
    el.requestUpdate();
    await el.updateComplete;
    expect(script.loads()).to.equal(1);
    // New data: the part is asked for again, and this time it comes.
    el.data = { n: 2 };
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(script.loads()).to.equal(2);
    const retried = el.updateComplete;
    script.release();
    await retried;
    expect(shown(el)).to.deep.equal({ kind: 'drawn', text: 'drawn {"n":2}' });
  });
});
