import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/kpi-card.js';
import type { KpiCard } from '../../src/kpi-card.js';
import { validateKpiDocument } from '../../src/core/validate.js';
import { kpiFixtures } from '../../stories/fixtures/index.js';

const NOW = Date.UTC(2026, 10, 23, 12);
const fixtures = Object.values(kpiFixtures);

/** A valid fixture with one field replaced by arbitrary JSON, or removed. */
const mutatedDocument = fc
  .tuple(fc.constantFrom(...fixtures), fc.string({ maxLength: 12 }), fc.option(fc.jsonValue({ maxDepth: 3 })))
  .map(([doc, key, value]) => {
    const copy = structuredClone(doc) as Record<string, unknown>;
    const keys = Object.keys(copy);
    const field = keys.includes(key) ? key : (keys[key.length % keys.length] as string);
    if (value === null) delete copy[field];
    else copy[field] = value;
    return copy;
  });

// `undefined` is left out: it means "no data set", which is the loading state, not bad input.
describe('<kpi-card> under random and malformed documents', () => {
  let uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('never throws, and always shows either the KPI or a visible error or warning naming the bad path', async () => {
    const card = await fixture<KpiCard>(html`<kpi-card sparkline .now=${NOW}></kpi-card>`);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutatedDocument,
          fc.jsonValue({ maxDepth: 4 }),
          fc.anything({ maxDepth: 3 }).filter((value) => value !== undefined),
        ),
        async (input) => {
          card.data = input;
          await card.updateComplete;
          const root = card.shadowRoot as ShadowRoot;
          const result = validateKpiDocument(input);
          if (result.ok) {
            expect(root.querySelector('[part~="error"]'), 'a valid document shows no error').to.equal(null);
            expect(root.querySelector('[part~="label"]')?.textContent).to.equal(result.kpi.label);
          } else {
            // With no earlier good data, the error panel; after good data, that data stays with a visible warning.
            const notice = root.querySelector<HTMLElement>('[part~="error"], [part~="warning"]');
            expect(notice, 'an invalid document shows an error or a warning').to.not.equal(null);
            expect(notice?.checkVisibility()).to.be.true;
            expect(notice?.textContent).to.contain(result.diagnostics[0]?.path || 'document');
            expect(card.matches(':state(error)') || card.matches(':state(refresh-failed)')).to.be.true;
          }
          expect(uncaught).to.deep.equal([]);
        },
      ),
      { seed: 20261123, numRuns: 150, verbose: 1 },
    );
  });
});
