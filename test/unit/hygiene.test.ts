import { describe, expect, it } from 'vitest';
import { ensureMessages } from '../../src/i18n/index.js';
import { HYGIENE_RULES, type HygieneRule } from '../../src/core/board-document.js';
import type { Board } from '../../src/core/board.js';
import { validateBoardDocument } from '../../src/core/board-validate.js';
import type { KpiDocument } from '../../src/core/document.js';
import { checkHygiene, nextStaleAt, type HygieneFlag, type HygieneOptions, type LeadLagVerdict } from '../../src/core/hygiene.js';
import { formatDiagnostic } from '../../src/core/validate.js';
import { activationRate, logoChurn, netRevenueRetention, staleSignups, timeToFirstValue } from '../../stories/fixtures/index.js';

/** Monday of week 48 of 2026, noon UTC. */
const NOW = Date.UTC(2026, 10, 23, 12);
const OPTIONS: HygieneOptions = { now: NOW, locale: 'en-US' };

function boardOf(input: unknown): Board {
  const result = validateBoardDocument(input);
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.board;
}

/** A KPI with target, baseline, owner and deadline, and no cadence: never incomplete, never stale. */
const complete = (id: string, extra: Partial<KpiDocument> = {}): KpiDocument => ({
  id,
  label: id,
  owner: 'Ana Lima',
  value: 41,
  baseline: { value: 38 },
  target: { value: 45, by: '2026-12-31' },
  ...extra,
});
const completeLeading = (id: string, leads: string[], extra: Partial<KpiDocument> = {}) => ({ ...complete(id, extra), leads });
/** A guardrail KPI with a limit and an owner. */
const completeGuardrail = (id: string, extra: Partial<KpiDocument> = {}): KpiDocument => ({
  id,
  label: id,
  owner: 'Kim Lee',
  direction: 'decrease',
  value: 3,
  target: { value: 5 },
  ...extra,
});

/** One goal named "Grow revenue", complete and guarded unless `parts` says otherwise. */
const oneGoal = (parts: Record<string, unknown>) => ({
  goals: [{ id: 'grow', label: 'Grow revenue', outcomes: [complete('o')], leading: [], guardrails: [completeGuardrail('g')], ...parts }],
});

const flagsOf = (input: unknown, rule: HygieneRule, options: HygieneOptions = OPTIONS): HygieneFlag[] =>
  checkHygiene(boardOf(input), options).filter((flag) => flag.rule === rule);

/** How each detail ends: how to switch the rule off, for the page's author. */
const off = (rule: HygieneRule): string =>
  `To switch this check off, add "${rule}" to "hygiene": { "off": [ … ] } in the board document, or to hygiene-off on a board of child cards.`;

/** What a plain-language message must not hold: JSON punctuation, quoted field names, JSON Pointers, statistics. */
const TECHNICAL = /[{}[\]]|"[a-zA-Z.]+"|\/goals\/|\br = |\bn = |√n|maxAge/;

describe('checkHygiene', () => {
  it('finds nothing to flag on the SaaS board', () => {
    const board = {
      goals: [
        {
          id: 'grow-existing-revenue',
          label: 'Grow revenue from existing customers',
          outcomes: [netRevenueRetention],
          leading: [
            { ...activationRate, leads: ['net-revenue-retention'] },
            { ...timeToFirstValue, leads: ['net-revenue-retention'] },
          ],
          guardrails: [completeGuardrail('support-tickets', { cadence: 'weekly', asOf: '2026-11-23T04:00:00Z' })],
        },
      ],
    };
    expect(checkHygiene(boardOf(board), { ...OPTIONS, leadLag: () => ({ kind: 'lead' }) })).toEqual([]);
  });
});

describe('too-many-kpis counts outcomes and leading indicators, not guardrails', () => {
  const kpis = (outcomes: number, leading: number, guardrails: number) =>
    oneGoal({
      outcomes: Array.from({ length: outcomes }, (_, i) => complete(`o${i}`)),
      leading: Array.from({ length: leading }, (_, i) => completeLeading(`l${i}`, ['o0'])),
      guardrails: Array.from({ length: guardrails }, (_, i) => completeGuardrail(`g${i}`)),
    });
  const fix =
    'Cut it to 5 or fewer: keep the outcomes that define the goal and the leading indicators that move them most, and move the rest to a diagnostic view.';

  it.each<[string, unknown, HygieneFlag[]]>([
    ['5 KPIs and 3 guardrails', kpis(1, 4, 3), []],
    [
      '6 KPIs',
      kpis(2, 4, 1),
      [
        {
          rule: 'too-many-kpis',
          severity: 'warning',
          goalId: 'grow',
          message: `Goal “Grow revenue” has 6 KPIs (2 outcomes and 4 leading indicators); more than 5 splits the team’s attention. ${fix}`,
          detail: `Guardrails do not count towards the limit. ${off('too-many-kpis')}`,
        },
      ],
    ],
    [
      '7 KPIs, still a warning',
      kpis(1, 6, 1),
      [
        {
          rule: 'too-many-kpis',
          severity: 'warning',
          goalId: 'grow',
          message: `Goal “Grow revenue” has 7 KPIs (1 outcome and 6 leading indicators); more than 5 splits the team’s attention. ${fix}`,
          detail: `Guardrails do not count towards the limit. ${off('too-many-kpis')}`,
        },
      ],
    ],
    [
      '8 KPIs, a strong warning',
      kpis(1, 7, 1),
      [
        {
          rule: 'too-many-kpis',
          severity: 'strong',
          goalId: 'grow',
          message: `Goal “Grow revenue” has 8 KPIs (1 outcome and 7 leading indicators); more than 7 is too many to steer by. ${fix}`,
          detail: `Guardrails do not count towards the limit. ${off('too-many-kpis')}`,
        },
      ],
    ],
  ])('flags %s as expected', (_, input, expected) => {
    expect(flagsOf(input, 'too-many-kpis')).toEqual(expected);
  });
});

describe('incomplete-kpi lists what a KPI lacks, once per KPI, in plain words, the fields for the author apart', () => {
  const add = {
    target: 'a target with its deadline',
    baseline: 'the value it started from',
    owner: 'who answers for it',
    deadline: 'a deadline for its target',
    limit: 'a limit it must not cross',
  };
  const field = {
    target: '"target": { "value": …, "by": "YYYY-MM-DD" }',
    baseline: '"baseline": { "value": … }',
    owner: '"owner"',
    deadline: '"by" in its "target" (or per-period "targets")',
    limit: '"target", "bands" or "thresholds"',
  };
  const detail = (id: string, fields: string) => `In its KPI document ("id": "${id}"), add ${fields}. ${off('incomplete-kpi')}`;
  it.each<[string, Record<string, unknown>, [message: string, detail: string] | undefined]>([
    [
      'an outcome with only a value',
      { outcomes: [{ id: 'churn', label: 'Logo churn', value: 0.02 }] },
      [
        `Outcome “Logo churn” has no target, starting value, owner, or deadline. Add ${add.target}, ${add.baseline}, and ${add.owner}.`,
        detail('churn', `${field.target}, ${field.baseline}, and ${field.owner}`),
      ],
    ],
    [
      'the logo churn fixture: a target without a deadline, no baseline',
      { outcomes: [logoChurn] },
      [
        `Outcome “Logo churn” has no starting value or deadline. Add ${add.baseline} and ${add.deadline}.`,
        detail('logo-churn', `${field.baseline} and ${field.deadline}`),
      ],
    ],
    [
      'a leading indicator without an owner',
      { leading: [{ ...completeLeading('activation', ['o']), label: 'Activation rate', owner: undefined }] },
      [`Leading indicator “Activation rate” has no owner. Add ${add.owner}.`, detail('activation', field.owner)],
    ],
    [
      'per-period targets, which are a target and a time bound',
      { outcomes: [{ ...complete('o', { target: undefined, targets: [{ t: '2026-11-01', v: 45 }] }) }] },
      undefined,
    ],
    [
      'a guardrail KPI with neither limit nor owner',
      { guardrails: [{ id: 'refunds', label: 'Refunds', value: 4 }] },
      [`Guardrail “Refunds” has no limit or owner. Add ${add.limit} and ${add.owner}.`, detail('refunds', `${field.limit} and ${field.owner}`)],
    ],
    [
      'a guardrail KPI judged by thresholds, with no baseline or deadline',
      { guardrails: [completeGuardrail('g', { target: undefined, thresholds: { tolerance: { high: 5 }, deviation: { high: 8 } } })] },
      undefined,
    ],
  ])('%s', (_, parts, expected) => {
    const flags = flagsOf(oneGoal(parts), 'incomplete-kpi');
    expect(flags.map((f) => [f.message, f.detail])).toEqual(expected === undefined ? [] : [expected]);
    expect(flags.every((f) => f.severity === 'warning' && f.goalId === 'grow' && f.kpiId !== undefined)).toBe(true);
    expect(flags.map((f) => f.message).filter((m) => TECHNICAL.test(m))).toEqual([]);
  });
});

describe('stale-data flags data older than its cadence or maxAge allows', () => {
  const fix = 'Fix the feed that delivers it, or, if it is meant to update less often, say how often in its document.';
  it.each<[string, Record<string, unknown>, string | undefined, HygieneOptions?]>([
    [
      'the stale sign-ups fixture (2 days allowed, 82 days old)',
      { leading: [{ ...staleSignups, leads: ['o'] }] },
      `Leading indicator “New workspace sign-ups” is stale: its data is from Sep 2, 2026, older than its maximum age of 2 days allows. ${fix}`,
    ],
    [
      'a weekly outcome whose last week is 2 November (covers to 9 November)',
      { outcomes: [complete('o', { label: 'Trials started', value: undefined, cadence: 'weekly', series: [{ t: '2026-11-02', v: 41 }] })] },
      `Outcome “Trials started” is stale: its data is from Nov 2, 2026, older than its weekly cadence allows. ${fix}`,
    ],
    [
      'a guardrail KPI allowed 36 hours, 3 days old',
      { guardrails: [completeGuardrail('g', { label: 'Error rate', asOf: '2026-11-20T12:00:00Z', maxAge: 'PT36H' })] },
      `Guardrail “Error rate” is stale: its data is from Nov 20, 2026, older than its maximum age of 36 hours allows. ${fix}`,
    ],
    [
      'a weekly outcome whose last week is 16 November (covers to 23 November)',
      { outcomes: [complete('o', { cadence: 'weekly', series: [{ t: '2026-11-16', v: 41 }] })] },
      undefined,
    ],
    ['a KPI with neither cadence nor maxAge', { outcomes: [complete('o', { asOf: '2020-01-01' })] }, undefined],
  ])('%s', (_, parts, message, options = OPTIONS) => {
    const flags = flagsOf(oneGoal(parts), 'stale-data', options);
    expect(flags.map((f) => f.message)).toEqual(message === undefined ? [] : [message]);
    expect(flags.every((f) => f.severity === 'warning')).toBe(true);
    // The field to set is for the page's author, under the disclosure.
    for (const flag of flags) {
      expect(flag.detail).toBe(
        `If its data is meant to update less often, set "maxAge" in its KPI document ("id": "${flag.kpiId}") to an ISO 8601 duration ` +
          `such as "P7D" (7 days) or "PT36H" (36 hours); otherwise check the feed behind it. ${off('stale-data')}`,
      );
    }
  });
});

describe('stale-data in German', () => {
  it('words the flag in German, with a German date and duration, once the catalogue is loaded', async () => {
    await ensureMessages('de');
    const flags = flagsOf(oneGoal({ leading: [{ ...staleSignups, leads: ['o'] }] }), 'stale-data', { now: NOW, locale: 'de-DE' });
    expect(flags.map((f) => f.message)).toEqual([
      'Der Frühindikator „New workspace sign-ups“ ist veraltet: Die Daten stammen vom 02.09.2026 und sind älter, als das Höchstalter (2 Tage) erlaubt. ' +
        'Beheben Sie den Feed, der sie liefert, oder geben Sie im Dokument an, wie oft sie sich ändern sollen, falls das seltener ist.',
    ]);
  });
});

describe('nextStaleAt says when the clock alone next makes a KPI stale', () => {
  it('is the first moment past the tightest allowance, and at that moment the flag is raised', () => {
    const input = oneGoal({
      outcomes: [complete('o', { label: 'Trials started', cadence: 'weekly', series: [{ t: '2026-11-16', v: 41 }] })],
      guardrails: [completeGuardrail('g', { label: 'Error rate', asOf: '2026-11-23T06:00:00Z', maxAge: 'PT36H' })],
    });
    const board = boardOf(input);
    // The error rate, as of 06:00 with 36 hours allowed, goes stale first: 1 ms after 18:00 the next day.
    const at = nextStaleAt(board, NOW);
    expect(at).toBe(Date.UTC(2026, 10, 24, 18) + 1);
    expect(flagsOf(input, 'stale-data', { now: (at as number) - 1, locale: 'en-US' })).toEqual([]);
    expect(flagsOf(input, 'stale-data', { now: at as number, locale: 'en-US' }).map((f) => f.kpiId)).toEqual(['g']);
    // Then the weekly outcome: its week of 16 November is fresh for a week after it ends on the 23rd.
    expect(nextStaleAt(board, at as number)).toBe(Date.UTC(2026, 10, 30) + 1);
  });

  it('is undefined when nothing can go stale any more', () => {
    expect(nextStaleAt(boardOf(oneGoal({ leading: [{ ...staleSignups, leads: ['o'] }], outcomes: [complete('o')] })), NOW)).toBeUndefined();
  });
});

describe('missing-guardrail flags a goal that nothing guards', () => {
  const inside = { guardrails: [{ label: 'Refunds', direction: 'decrease' as const, limit: 10, value: 4 }] };
  it.each<[string, Record<string, unknown>, HygieneFlag[]]>([
    [
      'no guardrail KPI and none inside its KPIs',
      { guardrails: [] },
      [
        {
          rule: 'missing-guardrail',
          severity: 'warning',
          goalId: 'grow',
          message:
            'Goal “Grow revenue” has no guardrail, so it could be reached at a cost nobody watches. Add a guardrail ' +
            'for what must not get worse while its outcomes are pushed, such as support tickets, churn or error rate.',
          detail:
            'In the board document, list a KPI under "guardrails" in this goal, or give one of its KPIs a "guardrails" entry; ' +
            `on a board of child cards, add a card with kpi-role="guardrail". ${off('missing-guardrail')}`,
        },
      ],
    ],
    [
      'no "guardrails" at all',
      { guardrails: undefined },
      [{ rule: 'missing-guardrail', severity: 'warning', goalId: 'grow', message: expect.any(String) as string, detail: expect.any(String) as string }],
    ],
    ['a guardrail inside an outcome', { guardrails: undefined, outcomes: [complete('o', inside)] }, []],
    ['a guardrail inside a leading indicator', { guardrails: [], leading: [completeLeading('l', ['o'], inside)] }, []],
    ['a guardrail KPI', {}, []],
  ])('%s', (_, parts, expected) => {
    expect(flagsOf(oneGoal(parts), 'missing-guardrail')).toEqual(expected);
  });
});

describe('unrelated-leading-indicator reads the injected lead-lag verdicts', () => {
  const parts = {
    outcomes: [complete('nrr', { label: 'Net revenue retention' }), complete('churn', { label: 'Logo churn' })],
    leading: [completeLeading('ttfv', ['nrr', 'churn'], { label: 'Time to first value' })],
  };
  const reason = 'The strongest correlation, r = 0.12 in the same week, is inside the ±0.32 noise line (2/√n for n = 40), so no lead can be told from chance.';
  const verdicts = (byPair: Record<string, LeadLagVerdict>): HygieneOptions => ({ ...OPTIONS, leadLag: (leading, lagging) => byPair[`${leading}→${lagging}`] });

  it.each<[string, HygieneOptions, HygieneFlag[]]>([
    [
      'no relationship, with the estimate’s reason',
      verdicts({ 'ttfv→nrr': { kind: 'no-relationship', reason }, 'ttfv→churn': { kind: 'lead' } }),
      [
        {
          rule: 'unrelated-leading-indicator',
          severity: 'warning',
          goalId: 'grow',
          kpiId: 'ttfv',
          outcomeId: 'nrr',
          message:
            'Leading indicator “Time to first value” shows no detectable relationship with “Net revenue retention”: in their history, ' +
            'the outcome does not follow its moves more than chance would. Check that it really drives the outcome and the lag you expect, ' +
            'or replace it with an indicator whose moves the outcome follows.',
          // The statistics are for the page's author.
          detail: `${reason} ${off('unrelated-leading-indicator')}`,
        },
      ],
    ],
    [
      'not enough history, as information, one flag per pair',
      verdicts({ 'ttfv→nrr': { kind: 'not-enough-history' }, 'ttfv→churn': { kind: 'not-enough-history' } }),
      ['nrr', 'churn'].map((outcomeId) => ({
        rule: 'unrelated-leading-indicator' as const,
        severity: 'info' as const,
        goalId: 'grow',
        kpiId: 'ttfv',
        outcomeId,
        message:
          `There is not enough history yet to tell whether “Time to first value” leads “${outcomeId === 'nrr' ? 'Net revenue retention' : 'Logo churn'}”. ` +
          'Keep both series collecting; the check can tell once they overlap for longer.',
        detail: off('unrelated-leading-indicator'),
      })),
    ],
    ['a lead found', verdicts({ 'ttfv→nrr': { kind: 'lead' }, 'ttfv→churn': { kind: 'estimated' } }), []],
    ['no verdict for a pair', verdicts({}), []],
    ['no lead-lag estimates at all', OPTIONS, []],
  ])('%s', (_, options, expected) => {
    const flags = flagsOf(oneGoal(parts), 'unrelated-leading-indicator', options);
    expect(flags).toEqual(expected);
    expect(flags.map((f) => f.message).filter((m) => TECHNICAL.test(m))).toEqual([]);
  });
});

describe('suspicious-times warns of times in 1970 and of points sharing a time, without blocking', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    [
      // 1 763 596 800 is 20 November 2025 in epoch seconds; as milliseconds it is 21 January 1970.
      'an outcome whose times are epoch seconds',
      {
        outcomes: [
          complete('o', {
            label: 'Trials',
            series: [
              { t: 1_763_596_800, v: 40 },
              { t: 1_763_683_200, v: 41 },
            ],
          }),
        ],
      },
      ['Outcome “Trials” has 2 points dated Jan 21, 1970, which is almost always a mistake in how its dates are sent. Check the feed behind it.'],
    ],
    [
      'a leading indicator with one time sent twice',
      {
        leading: [
          completeLeading('l', ['o'], {
            label: 'Sign-ups',
            series: [
              { t: '2026-11-20', v: 1 },
              { t: '2026-11-21', v: 2 },
              { t: '2026-11-20', v: 3 },
            ],
          }),
        ],
      },
      ['Leading indicator “Sign-ups” has 1 point at a time another point already has, such as Nov 20, 2026. Check that its feed sends each period once.'],
    ],
    [
      'a series of ordinary, distinct dates',
      {
        outcomes: [
          complete('o', {
            series: [
              { t: '2026-11-20', v: 1 },
              { t: '2026-11-21', v: 2 },
            ],
          }),
        ],
      },
      [],
    ],
  ])('%s', (_, parts, messages) => {
    const flags = flagsOf(oneGoal(parts), 'suspicious-times');
    expect(flags.map((f) => f.message)).toEqual(messages);
    expect(flags.every((f) => f.severity === 'warning' && f.detail.endsWith(off('suspicious-times')))).toBe(true);
    expect(flags.filter((f) => TECHNICAL.test(f.message))).toEqual([]);
  });
});

describe('messages speak plain language first', () => {
  it('keeps JSON, field names, pointers and statistics out of every message, and puts them in the detail', () => {
    const input = {
      goals: [
        {
          id: 'messy',
          label: 'Messy',
          outcomes: [{ id: 'o1', label: 'Bare outcome', value: 1 }, complete('o2')],
          leading: [
            completeLeading('l1', ['o2'], { asOf: '2026-11-01', maxAge: 'P7D' }),
            completeLeading('l2', ['o2']),
            completeLeading('l3', ['o2']),
            completeLeading('l4', ['o2']),
            completeLeading('l5', ['o2']),
          ],
          guardrails: [{ id: 'g', label: 'Bare guardrail', value: 1 }],
        },
      ],
    };
    const reason =
      'The strongest correlation, r = 0.12 in the same week, is inside the ±0.32 noise line (2/√n for n = 40), so no lead can be told from chance.';
    const flags = checkHygiene(boardOf(input), {
      ...OPTIONS,
      leadLag: (leading) => (leading === 'l2' ? { kind: 'no-relationship', reason } : { kind: 'lead' }),
    });
    expect(new Set(flags.map((f) => f.rule))).toEqual(new Set(['too-many-kpis', 'incomplete-kpi', 'stale-data', 'unrelated-leading-indicator']));
    expect(flags.filter((f) => TECHNICAL.test(f.message)).map((f) => f.message)).toEqual([]);
    expect(flags.every((f) => f.detail.length > 0)).toBe(true);
    expect(flags.find((f) => f.rule === 'unrelated-leading-indicator')?.detail).toContain('r = 0.12');
  });
});

describe('each rule can be switched off board-wide or per goal', () => {
  /** "messy" breaks every rule once; "tidy" breaks none. */
  const goals = (messyOff: HygieneRule[] = [], tidyOff: HygieneRule[] = []) => [
    {
      id: 'messy',
      label: 'Messy',
      outcomes: [{ id: 'o1', label: 'Bare outcome', value: 1 }, complete('o2')],
      leading: [
        completeLeading('l1', ['o2'], { asOf: '2026-11-01', maxAge: 'P7D' }),
        completeLeading('l2', ['o2']),
        completeLeading('l3', ['o2']),
        completeLeading('l4', ['o2']),
      ],
      hygiene: { off: messyOff },
    },
    {
      id: 'tidy',
      label: 'Tidy',
      outcomes: [complete('o3')],
      leading: [completeLeading('l5', ['o3'])],
      guardrails: [completeGuardrail('g')],
      hygiene: { off: tidyOff },
    },
  ];
  const options: HygieneOptions = { ...OPTIONS, leadLag: (leading) => ({ kind: leading === 'l2' || leading === 'l5' ? 'no-relationship' : 'lead' }) };
  const found = (input: unknown): string[] => checkHygiene(boardOf(input), options).map((f) => `${f.goalId}/${f.kpiId ?? '-'}: ${f.rule}`);
  const all = [
    'messy/-: too-many-kpis',
    'messy/-: missing-guardrail',
    'messy/o1: incomplete-kpi',
    'messy/l1: stale-data',
    'messy/l2: unrelated-leading-indicator',
    'tidy/l5: unrelated-leading-indicator',
  ];
  const without = (rule: HygieneRule, goal?: string): string[] =>
    all.filter((line) => !(line.endsWith(`: ${rule}`) && (goal === undefined || line.startsWith(`${goal}/`))));

  it('flags goal by goal: the goal’s own, then each KPI in document order', () => {
    expect(found({ goals: goals() })).toEqual(all);
  });

  it.each(HYGIENE_RULES)('switches %s off', (rule) => {
    expect(found({ goals: goals(), hygiene: { off: [rule] } })).toEqual(without(rule));
    expect(found({ goals: goals([rule]) })).toEqual(without(rule, 'messy'));
    expect(found({ goals: goals([], [rule]) })).toEqual(without(rule, 'tidy'));
  });
});
