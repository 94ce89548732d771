/**
 * Fuzzing the three elements with generated documents (issue 14): a valid
 * document (as `validateKpiDocument` or `validateBoardDocument` judge it) never
 * shows "NaN", "Infinity", "∞" or "undefined" anywhere in the element, nested
 * cards included, nor an error; an invalid one always shows a visible error
 * naming the JSON path of its first problem; and nothing ever escapes to the
 * page (uncaught errors, unhandled rejections, console.error).
 *
 * Seeds are fixed and run counts sized for CI (see each `numRuns`). On a
 * failure fast-check prints the seed, the path and the shrunk counterexample:
 * add `path` to the options to replay only that case.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/kpi-card.js';
import '../../src/kpi-trend.js';
import '../../src/leading-lagging-board.js';
import type { KpiCard } from '../../src/kpi-card.js';
import type { KpiTrend } from '../../src/kpi-trend.js';
import type { LeadingLaggingBoard } from '../../src/leading-lagging-board.js';
import { validateBoardDocument } from '../../src/core/board-validate.js';
import { validateKpiDocument } from '../../src/core/validate.js';
import { formatDiagnostic } from '../../src/core/diagnostic.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { mountIn, type KitElement, type KitTag } from './support/kit-mount.js';
import { saasBoard } from '../../stories/fixtures/boards.js';
import { activationRate } from '../../stories/fixtures/index.js';
import {
  boardDocument,
  corrupted,
  kpiDocument,
  nextTask,
  nonNumbersShown,
  NOW,
  pageProblems,
  shadowRootsOf,
  SPIKE_DOCUMENT,
} from './support/fuzz-arbitraries.js';

const problems = pageProblems();
let holder: HTMLElement;

before(() => {
  holder = document.createElement('div');
  document.body.append(holder);
});
after(() => holder.remove());
beforeEach(function () {
  // Each property is sized to a few seconds; this leaves room on a slow CI machine.
  this.currentTest?.timeout(60_000);
  problems.start();
});
// Each test checks the page itself (expectNoPageProblems): a failing root hook would skip every test after it.
afterEach(() => {
  problems.stop();
  holder.replaceChildren();
});

/** Inside a property, so fast-check shrinks the document that made the page report a problem. */
async function expectNoPageProblems(): Promise<void> {
  await nextTask();
  expect(problems.list.join('\n'), 'uncaught errors and console.error').to.equal('');
}

/** A fresh element in the holder `width` px wide, set up, connected and settled. */
const mount = <T extends KitElement>(tag: KitTag, width: number, setup: (el: T) => void, dir: 'ltr' | 'rtl' = 'ltr'): Promise<T> =>
  mountIn<T>(holder, tag, { width, now: NOW, dir }, setup);

/** Text outside kit words: what a valid document must not show, and what must not be there at all. */
function expectNoNonNumbers(el: Element, when: string): void {
  // Joined, so a failure prints what was shown where (chai abbreviates arrays).
  expect(nonNumbersShown(el).join('\n'), `${el.localName} ${when}`).to.equal('');
}

/** Errors shown anywhere in the element, nested cards included. */
const errorsShown = (el: Element): string[] =>
  shadowRootsOf(el).flatMap((root) => [...root.querySelectorAll('[part~="error"]')].map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

/** The visible error (or, after good data, warning) an invalid document must show, naming its first problem's path. */
function expectVisibleErrorNaming(el: Element, diagnostics: readonly Diagnostic[]): void {
  const notice = el.shadowRoot?.querySelector<HTMLElement>('[part~="error"], [part~="warning"]');
  expect(notice, `${el.localName}: an invalid document shows an error`).to.not.equal(null);
  expect(notice?.checkVisibility(), 'the error is visible').to.be.true;
  const first = diagnostics[0] as Diagnostic;
  expect(notice?.textContent, 'the error names the first problem').to.contain(formatDiagnostic(first));
  expect(el.matches(':state(error)'), 'in the error state').to.be.true;
}

describe('the spike series of issue 14 (1, 1.7e308, 2 with a baseline and a time-bound target)', () => {
  it('is valid, and the card shows no NaN, Infinity or undefined', async () => {
    expect(validateKpiDocument(SPIKE_DOCUMENT).ok).to.be.true;
    for (const [sparkline, compact] of [
      [true, false],
      [true, true],
      [false, false],
    ] as const) {
      const card = await mount<KpiCard>('kpi-card', 320, (el) => Object.assign(el, { sparkline, compact, data: SPIKE_DOCUMENT }));
      expect(errorsShown(card).join('\n')).to.equal('');
      expectNoNonNumbers(card, `sparkline=${sparkline} compact=${compact}`);
      // The scaled fit's slope is (2 − 1) / 2 days, whatever the spike between: 2 + 0.5 × 362 days = 183 by 31 Dec.
      // An unscaled fit overflows (Σdt·dv reaches 1e315) and leaves no projection to show.
      expect(card.shadowRoot?.querySelector('[part~="pace"]')?.textContent?.replace(/\s+/g, ' '), 'the pace').to.contain('183');
    }
    await expectNoPageProblems();
  });

  it('is valid, and the trend shows no NaN, Infinity or undefined, in its chart, table, tooltip or announcements', async () => {
    for (const [compact, table] of [
      [false, false],
      [true, false],
      [false, true],
    ] as const) {
      const trend = await mount<KpiTrend>('kpi-trend', 640, (el) => Object.assign(el, { compact, table, data: SPIKE_DOCUMENT }));
      expect(errorsShown(trend).join('\n')).to.equal('');
      expectNoNonNumbers(trend, `compact=${compact} table=${table}`);
      await visitPoints(trend, ['End', 'ArrowLeft', 'ArrowLeft'], 0.5);
      expectNoNonNumbers(trend, `compact=${compact} table=${table}, after visiting points`);
    }
    await expectNoPageProblems();
  });

  it('keeps its projection cone finite: the 95 % cone of 3 points (t = 12.7) over a 1e308 slope error leaves no NaN in the chart', async () => {
    const trend = await mount<KpiTrend>('kpi-trend', 640, (el) => (el.data = SPIKE_DOCUMENT));
    for (const path of trend.shadowRoot!.querySelectorAll('.chart path'))
      expect(path.getAttribute('d') ?? '', path.getAttribute('class') ?? '').to.not.match(/NaN|Infinity/);
    await expectNoPageProblems();
  });
});

/** Moves through points with the keyboard and hovers the plot at `fraction` of its width, so the announcement and the tooltip show. */
async function visitPoints(trend: KpiTrend, keys: readonly string[], fraction: number): Promise<void> {
  const plot = trend.shadowRoot?.querySelector<HTMLElement>('[part~="plot"]');
  if (!plot) return;
  for (const key of keys) {
    plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    await trend.updateComplete;
  }
  const box = plot.getBoundingClientRect();
  plot.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width * fraction, clientY: box.top + box.height / 2, bubbles: true }));
  await trend.updateComplete;
}

const validKpi = kpiDocument().filter((doc) => validateKpiDocument(doc).ok);
const invalidKpi = corrupted(kpiDocument({ maxSeries: 60 })).filter((doc) => !validateKpiDocument(doc).ok);
const validBoard = boardDocument().filter((doc) => validateBoardDocument(doc).ok);
const invalidBoard = corrupted(boardDocument({ maxSeries: 30 })).filter((doc) => !validateBoardDocument(doc).ok);

describe('<kpi-card> under generated documents', () => {
  it('shows every valid document without NaN, Infinity or undefined, and without an error', async () => {
    await fc.assert(
      fc.asyncProperty(validKpi, fc.boolean(), fc.boolean(), fc.constantFrom(160, 320, 560), async (doc, sparkline, compact, width) => {
        const card = await mount<KpiCard>('kpi-card', width, (el) => Object.assign(el, { sparkline, compact, data: doc }));
        expect(errorsShown(card).join('\n'), 'a valid document shows no error').to.equal('');
        expect(card.shadowRoot?.querySelector('[part~="status"]'), 'a status word').to.not.equal(null);
        expectNoNonNumbers(card, 'with a valid document');
        await expectNoPageProblems();
      }),
      { seed: 1411, numRuns: 240, includeErrorInReport: true },
    );
  });

  it('shows every invalid document, broken at any depth, as a visible error naming the first bad path', async () => {
    await fc.assert(
      fc.asyncProperty(invalidKpi, async (doc) => {
        const card = await mount<KpiCard>('kpi-card', 320, (el) => Object.assign(el, { sparkline: true, data: doc }));
        const result = validateKpiDocument(doc);
        expectVisibleErrorNaming(card, result.ok ? [] : result.diagnostics);
        await expectNoPageProblems();
      }),
      { seed: 1412, numRuns: 160, includeErrorInReport: true },
    );
  });
});

describe('<kpi-trend> under generated documents', () => {
  it('shows every valid document without NaN, Infinity or undefined, in its chart, table, tooltip and announcements', async () => {
    await fc.assert(
      fc.asyncProperty(
        validKpi,
        fc.record({ compact: fc.boolean(), compare: fc.boolean(), area: fc.boolean(), table: fc.boolean() }),
        fc.constantFrom(200, 360, 640),
        fc.array(fc.constantFrom('ArrowLeft', 'ArrowRight', 'Home', 'End'), { maxLength: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('ltr', 'rtl'),
        async (doc, options, width, keys, fraction, dir) => {
          const trend = await mount<KpiTrend>('kpi-trend', width, (el) => Object.assign(el, options, { data: doc }), dir);
          expect(errorsShown(trend).join('\n'), 'a valid document shows no error').to.equal('');
          expectNoNonNumbers(trend, 'with a valid document');
          await visitPoints(trend, keys, fraction);
          expectNoNonNumbers(trend, `after ${keys.join(', ') || 'no keys'} and a hover at ${fraction.toFixed(2)}`);
          await expectNoPageProblems();
        },
      ),
      { seed: 1421, numRuns: 200, includeErrorInReport: true },
    );
  });

  it('shows every invalid document, broken at any depth, as a visible error naming the first bad path', async () => {
    await fc.assert(
      fc.asyncProperty(invalidKpi, async (doc) => {
        const trend = await mount<KpiTrend>('kpi-trend', 480, (el) => (el.data = doc));
        const result = validateKpiDocument(doc);
        expectVisibleErrorNaming(trend, result.ok ? [] : result.diagnostics);
        await expectNoPageProblems();
      }),
      { seed: 1422, numRuns: 160, includeErrorInReport: true },
    );
  });

  it('after good data, shows an invalid document as a visible warning naming the first bad path, the good data kept', async () => {
    const trend = await mount<KpiTrend>('kpi-trend', 480, (el) => (el.data = activationRate));
    await fc.assert(
      fc.asyncProperty(invalidKpi, async (doc) => {
        trend.data = activationRate;
        await trend.updateComplete;
        trend.data = doc;
        await trend.updateComplete;
        const result = validateKpiDocument(doc);
        const warning = trend.shadowRoot?.querySelector<HTMLElement>('[part~="warning"], [part~="error"]');
        expect(warning?.checkVisibility(), 'a visible notice').to.be.true;
        expect(warning?.textContent).to.contain(formatDiagnostic((result.ok ? [] : result.diagnostics)[0] as Diagnostic));
        await expectNoPageProblems();
      }),
      { seed: 1423, numRuns: 80, includeErrorInReport: true },
    );
  });
});

describe('<leading-lagging-board> under generated documents', () => {
  it('shows every valid board without NaN, Infinity or undefined, in its lanes, its summaries and every card', async () => {
    await fc.assert(
      fc.asyncProperty(validBoard, fc.boolean(), fc.constantFrom(480, 1100), fc.constantFrom('ltr', 'rtl'), async (doc, compact, width, dir) => {
        const board = await mount<LeadingLaggingBoard>('leading-lagging-board', width, (el) => Object.assign(el, { compact, data: doc }), dir);
        expect(errorsShown(board).join('\n'), 'a valid board shows no error, nor does any card in it').to.equal('');
        expectNoNonNumbers(board, 'with a valid board');
        await expectNoPageProblems();
      }),
      { seed: 1431, numRuns: 80, includeErrorInReport: true },
    );
  });

  it('shows every invalid board, broken at any depth, as a visible error naming the first bad path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 4, arbitrary: invalidBoard },
          { weight: 1, arbitrary: corrupted(fc.constant(saasBoard)).filter((doc) => !validateBoardDocument(doc).ok) },
        ),
        async (doc) => {
          const board = await mount<LeadingLaggingBoard>('leading-lagging-board', 1100, (el) => (el.data = doc));
          const result = validateBoardDocument(doc);
          expectVisibleErrorNaming(board, result.ok ? [] : result.diagnostics);
          await expectNoPageProblems();
        },
      ),
      { seed: 1432, numRuns: 120, includeErrorInReport: true },
    );
  });
});

describe('defects the properties above found (issue 14)', () => {
  const frames = (n: number) =>
    new Promise<void>((resolve) => {
      const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
      requestAnimationFrame(step);
    });

  // Fixed: a card's first drawing no longer changes its height (the range note is written before it is measured).
  it('a board lays out without a ResizeObserver loop (leading-lagging-board and the cards in it)', async () => {
    const doc = {
      goals: [
        {
          id: 'g',
          label: 'w',
          outcomes: [{ id: 'o', label: '文', unit: 'ر文', series: { t: ['2028-11-01', 1833796800000, '2025-03-25'], v: [320, null, -5e-324] } }],
          leading: [],
        },
      ],
    };
    await mount<LeadingLaggingBoard>('leading-lagging-board', 480, (el) => (el.data = doc));
    await frames(3);
    expect(problems.list.join('\n'), 'uncaught errors').to.equal('');
  });

  it('a trend draws a value axis that spans only numbers under 1e-306 (render/trend.ts trendGeometry, d3-array ticks)', async () => {
    for (const doc of [
      { id: 'tiny', label: 'Tiny', value: 0, targets: [{ t: '2026-11-23', v: 5e-323 }] },
      {
        id: 'tiny',
        label: 'Tiny',
        series: [
          { t: '2026-11-01', v: 5e-323 },
          { t: '2026-11-02', v: 5e-323 },
        ],
      },
      { id: 'tiny', label: 'Tiny', series: [{ t: '2026-11-01', v: 2.2250738585072014e-308 }] },
    ]) {
      const trend = await mount<KpiTrend>('kpi-trend', 480, (el) => (el.data = doc));
      expect(errorsShown(trend).join('\n'), JSON.stringify(doc)).to.equal('');
    }
  });

  it('a card shows the distance to a target finitely when target − value overflows (kpi-card renderTarget)', async () => {
    const doc = { id: 'gap', label: 'Gap', value: -1.7e308, target: { value: 1e308 } };
    const card = await mount<KpiCard>('kpi-card', 320, (el) => (el.data = doc));
    expectNoNonNumbers(card, 'with a target 2.7e308 above the value');
  });
});
