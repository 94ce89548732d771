import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { BoardDocumentSchema } from '../../src/core/board-document.js';
import { assembleBoard, buildBoardView, type Board, type DeclaredKpi } from '../../src/core/board.js';
import { validateBoardDocument } from '../../src/core/board-validate.js';
import { KpiDocumentSchema, type KpiCadence, type KpiDocument } from '../../src/core/document.js';
import { estimateLeadLag, leadLabel, type LeadLag } from '../../src/core/lead-lag.js';
import { formatDiagnostic, validateKpiDocument } from '../../src/core/validate.js';
import type { Kpi } from '../../src/core/model.js';
import { activationRate, invalidDocument, netRevenueRetention, timeToFirstValue } from '../../stories/fixtures/index.js';
import { ensureMessages } from '../../src/i18n/index.js';

/** Monday of week 48 of 2026, noon UTC: every SaaS fixture below is fresh. */
const NOW = Date.UTC(2026, 10, 23, 12);

/** A guardrail KPI: a ceiling of 450 tickets a week, at 412. */
const supportTickets: KpiDocument = {
  id: 'support-tickets',
  label: 'Support tickets',
  owner: 'Support · Kim Lee',
  direction: 'decrease',
  unit: 'tickets a week',
  cadence: 'weekly',
  asOf: '2026-11-23T04:00:00Z',
  value: 412,
  target: { value: 450 },
};

/** Activation rate and time to first value lead net revenue retention; support tickets guard it. */
const saasBoard = {
  id: 'acme-growth',
  label: 'Acme growth',
  goals: [
    {
      id: 'grow-existing-revenue',
      label: 'Grow revenue from existing customers',
      owner: 'Marta Okafor',
      outcomes: [netRevenueRetention],
      leading: [
        { ...activationRate, leads: ['net-revenue-retention'] },
        { ...timeToFirstValue, leads: ['net-revenue-retention'] },
      ],
      guardrails: [supportTickets],
    },
  ],
};

function diagnosticsOf(input: unknown): string[] {
  const result = validateBoardDocument(input);
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
}

function boardOf(input: unknown): Board {
  const result = validateBoardDocument(input);
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.board;
}

/** A one-value KPI on the retention scale: baseline 38, target 45 (46 good, 41 warning, 37 critical). */
const kpi = (id: string, value: number | null, extra: Partial<KpiDocument> = {}): KpiDocument => ({
  id,
  label: id,
  ...(value === null ? { series: [] } : { value }),
  baseline: { value: 38 },
  target: { value: 45 },
  ...extra,
});
const led = (id: string, leads: string[], extra: Partial<KpiDocument> = {}) => ({ ...kpi(id, 46, extra), leads });
/** A ceiling of 450 with a baseline of 480: 400 good, 460 warning, 500 critical. */
const guard = (id: string, value: number | null): KpiDocument => ({
  id,
  label: id,
  direction: 'decrease',
  ...(value === null ? { series: [] } : { value }),
  target: { value: 450 },
  baseline: { value: 480 },
});
const breachedInside = { guardrails: [{ label: 'Refunds', direction: 'decrease' as const, limit: 10, value: 12 }] };
const holdingInside = { guardrails: [{ label: 'Refunds', direction: 'decrease' as const, limit: 10, value: 4 }] };

describe('validateBoardDocument accepts a board', () => {
  it('accepts the SaaS board and normalises every KPI through toKpi', () => {
    const result = validateBoardDocument(saasBoard);
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    const [goal] = result.board.goals;
    expect([result.board.id, result.board.label, goal?.id, goal?.owner]).toEqual(['acme-growth', 'Acme growth', 'grow-existing-revenue', 'Marta Okafor']);
    expect(goal?.outcomes.map((k) => [k.id, k.kind])).toEqual([['net-revenue-retention', 'lagging']]);
    expect(goal?.leading.map((k) => [k.id, k.kind, k.leads])).toEqual([
      ['activation-rate', 'leading', ['net-revenue-retention']],
      ['time-to-first-value', 'leading', ['net-revenue-retention']],
    ]);
    expect(goal?.guardrails.map((k) => k.id)).toEqual(['support-tickets']);
    // toKpi's work: ISO times in epoch ms, series in columns.
    expect(goal?.outcomes[0]?.asOf).toBe(Date.UTC(2026, 10, 3, 9));
    expect(goal?.leading[1]?.series?.t).toBeInstanceOf(Float64Array);
    expect(result.document.goals[0]?.leading[0]?.leads).toEqual(['net-revenue-retention']);
  });

  it.each<[string, unknown, { board: string[]; goal: string[] }]>([
    ['none', { goals: [{ id: 'g', label: 'G', outcomes: [], leading: [] }] }, { board: [], goal: [] }],
    [
      'board-wide rules, in rule order',
      { hygiene: { off: ['stale-data', 'too-many-kpis'] }, goals: [{ id: 'g', label: 'G', outcomes: [], leading: [] }] },
      { board: ['too-many-kpis', 'stale-data'], goal: ['too-many-kpis', 'stale-data'] },
    ],
    [
      'the board’s and the goal’s own, once each',
      {
        hygiene: { off: ['stale-data'] },
        goals: [{ id: 'g', label: 'G', outcomes: [], leading: [], hygiene: { off: ['missing-guardrail', 'stale-data'] } }],
      },
      { board: ['stale-data'], goal: ['stale-data', 'missing-guardrail'] },
    ],
  ])('switches hygiene rules off: %s', (_, input, expected) => {
    const board = boardOf(input);
    expect({ board: board.hygieneOff, goal: board.goals[0]?.hygieneOff }).toEqual(expected);
  });

  it('accepts an empty board, and a goal without outcomes yet', () => {
    expect(diagnosticsOf({ goals: [] })).toEqual([]);
    expect(diagnosticsOf({ goals: [{ id: 'g', label: 'G', outcomes: [], leading: [] }] })).toEqual([]);
  });
});

/** The SaaS board with one goal's fields replaced. */
const withGoal = (changes: Record<string, unknown>) => ({ ...saasBoard, goals: [{ ...saasBoard.goals[0], ...changes }] });
const retentionGoal = {
  id: 'keep-customers',
  label: 'Keep customers',
  outcomes: [kpi('logo-churn', 46)],
  leading: [led('weekly-engaged-teams', ['logo-churn'])],
};

describe('validateBoardDocument reports a bad board with the pointer of the bad field', () => {
  it.each<[string, unknown, string[]]>([
    [
      'a leads id that names no outcome',
      withGoal({ leading: [{ ...activationRate, leads: ['nrr'] }] }),
      ['/goals/0/leading/0/leads/0: expected the id of an outcome of this goal ("net-revenue-retention"), got "nrr"'],
    ],
    [
      'a leads id that names an outcome of another goal',
      { goals: [retentionGoal, { ...saasBoard.goals[0], leading: [{ ...activationRate, leads: ['net-revenue-retention', 'logo-churn'] }] }] },
      [
        '/goals/1/leading/0/leads/1: expected the id of an outcome of this goal ("net-revenue-retention"), got "logo-churn", which is an outcome of goal "keep-customers"',
      ],
    ],
    [
      'a leads id that names a leading indicator',
      withGoal({
        leading: [
          { ...activationRate, leads: ['time-to-first-value'] },
          { ...timeToFirstValue, leads: ['net-revenue-retention'] },
        ],
      }),
      [
        '/goals/0/leading/0/leads/0: expected the id of an outcome of this goal ("net-revenue-retention"), got "time-to-first-value", which is a leading indicator of goal "grow-existing-revenue"',
      ],
    ],
    [
      'a leading indicator in a goal without outcomes',
      withGoal({ outcomes: [], leading: [{ ...activationRate, leads: ['net-revenue-retention'] }] }),
      ['/goals/0/leading/0/leads/0: expected the id of an outcome of this goal, which has none yet, got "net-revenue-retention"'],
    ],
    [
      'the same outcome led twice',
      withGoal({ leading: [{ ...activationRate, leads: ['net-revenue-retention', 'net-revenue-retention'] }] }),
      ['/goals/0/leading/0/leads/1: expected each outcome once, got "net-revenue-retention" again'],
    ],
    ['a leading indicator without leads', withGoal({ leading: [activationRate] }), ['/goals/0/leading/0/leads: is required, but it is missing']],
    ['empty leads', withGoal({ leading: [{ ...activationRate, leads: [] }] }), ['/goals/0/leading/0/leads: expected at least 1 outcome id, got 0']],
    [
      'leads that are not strings',
      withGoal({ leading: [{ ...activationRate, leads: [7, ''] }] }),
      ['/goals/0/leading/0/leads/0: expected a string, got 7', '/goals/0/leading/0/leads/1: expected a non-empty string, got ""'],
    ],
    [
      'leads on an outcome',
      withGoal({ outcomes: [{ ...netRevenueRetention, leads: ['x'] }] }),
      ['/goals/0/outcomes/0/leads: expected no "leads" on an outcome (only KPIs under "leading" lead outcomes), got ["x"]'],
    ],
    [
      'a KPI id used twice in two goals',
      { goals: [saasBoard.goals[0], { ...retentionGoal, guardrails: [supportTickets] }] },
      ['/goals/1/guardrails/0/id: expected an id unique within the board, got "support-tickets" (already used at /goals/0/guardrails/0/id)'],
    ],
    [
      'a goal id used twice',
      { goals: [saasBoard.goals[0], { ...retentionGoal, id: 'grow-existing-revenue' }] },
      ['/goals/1/id: expected an id unique within the board, got "grow-existing-revenue" (already used at /goals/0/id)'],
    ],
    [
      'a KPI whose id is a goal’s',
      withGoal({ guardrails: [{ ...supportTickets, id: 'grow-existing-revenue' }] }),
      ['/goals/0/guardrails/0/id: expected an id unique within the board, got "grow-existing-revenue" (already used at /goals/0/id)'],
    ],
    [
      'a bad KPI deep inside, with its own pointer prefixed',
      { goals: [saasBoard.goals[0], { ...retentionGoal, guardrails: [{ ...supportTickets, id: 'tickets-2', target: { value: '45%' } }] }] },
      ['/goals/1/guardrails/0/target/value: expected a number, got "45%"'],
    ],
    [
      'the invalid fixture as an outcome, with both its diagnostics',
      withGoal({ outcomes: [netRevenueRetention, invalidDocument] }),
      ['/goals/0/outcomes/1/series/2/v: expected a number, got "n/a"', '/goals/0/outcomes/1/target/value: expected a number, got "45%"'],
    ],
    [
      'a KPI’s cross-field rule, at the KPI itself',
      withGoal({ guardrails: [{ id: 'tickets', label: 'Tickets' }] }),
      ['/goals/0/guardrails/0: expected a "value" or a "series", got neither'],
    ],
    [
      'a list where a KPI belongs',
      withGoal({ outcomes: [[netRevenueRetention]] }),
      ['/goals/0/outcomes/0: expected an object (one KPI document), got an array'],
    ],
    [
      'an outcome that says it is leading',
      withGoal({ outcomes: [{ ...netRevenueRetention, kind: 'leading' }] }),
      ['/goals/0/outcomes/0/kind: expected "lagging" or none (it is listed under "outcomes"), got "leading"'],
    ],
    [
      'a leading indicator that says it is lagging',
      withGoal({ leading: [{ ...activationRate, kind: 'lagging', leads: ['net-revenue-retention'] }] }),
      ['/goals/0/leading/0/kind: expected "leading" or none (it is listed under "leading"), got "lagging"'],
    ],
    [
      'a goal without label and leading',
      { goals: [{ id: 'g', outcomes: [] }] },
      ['/goals/0/label: is required, but it is missing', '/goals/0/leading: is required, but it is missing'],
    ],
    ['an empty goal id', { goals: [{ ...retentionGoal, id: '' }] }, ['/goals/0/id: expected a non-empty string, got ""']],
    ['outcomes that are not a list', withGoal({ outcomes: 'nrr' }), ['/goals/0/outcomes: expected an array of KPI documents, got "nrr"']],
    [
      'an unknown hygiene rule',
      { goals: [], hygiene: { off: ['stale'] } },
      [
        '/hygiene/off/0: expected a hygiene rule ("too-many-kpis", "incomplete-kpi", "stale-data", "missing-guardrail", "unrelated-leading-indicator", or "suspicious-times"), got "stale"',
      ],
    ],
    [
      'an unknown hygiene rule in a goal',
      { goals: [{ ...retentionGoal, hygiene: { off: 'stale-data' } }] },
      ['/goals/0/hygiene/off: expected an array of hygiene rule names, got "stale-data"'],
    ],
    ['a board without goals', { id: 'b' }, ['/goals: is required, but it is missing']],
    ['a board that is a list of goals', [retentionGoal], ['document: expected an object (one board document), got an array']],
    ['a board that is null', null, ['document: expected an object, got null']],
  ])('reports %s', (_, input, expected) => {
    expect(diagnosticsOf(input)).toEqual(expected);
  });

  it('reports the board’s fields, then each KPI, then ids, then leads, all at once', () => {
    const input = {
      label: 5,
      goals: [
        saasBoard.goals[0],
        {
          ...retentionGoal,
          outcomes: [kpi('logo-churn', 46, { direction: 'sideways' as never })],
          leading: [led('activation-rate', ['churn'])],
        },
      ],
    };
    expect(diagnosticsOf(input)).toEqual([
      '/label: expected a string, got 5',
      '/goals/1/outcomes/0/direction: expected "increase", "decrease", or "target", got "sideways"',
      '/goals/1/leading/0/id: expected an id unique within the board, got "activation-rate" (already used at /goals/0/leading/0/id)',
      '/goals/1/leading/0/leads/0: expected the id of an outcome of this goal ("logo-churn"), got "churn"',
    ]);
  });

  it('ends in a diagnostic, never an exception, when reading the input throws', () => {
    const hostile = {
      get goals(): unknown {
        throw new Error('nope');
      },
    };
    expect(diagnosticsOf(hostile)).toEqual(['document: could not be read (Error: nope)']);
  });
});

describe('BoardDocumentSchema', () => {
  // The options of scripts/write-json-schema.ts, so the board can be published the same way.
  const convert = (definitions?: Record<string, typeof KpiDocumentSchema>): JsonSchema =>
    toJsonSchema(BoardDocumentSchema, {
      target: 'draft-07',
      typeMode: 'input',
      errorMode: 'throw',
      ignoreActions: ['finite'],
      overrideAction: ({ valibotAction, jsonSchema }) => (valibotAction.type === 'check' ? { ...jsonSchema, description: 'a real date' } : null),
      ...(definitions && { definitions }),
    });

  it('converts to JSON Schema with the KPI document in every KPI slot and leads required on leading indicators', () => {
    const schema = convert() as { properties: { goals: { items: { required: string[]; properties: Record<string, { items: JsonSchema }> } } } };
    const goal = schema.properties.goals.items;
    expect(goal.required).toEqual(['id', 'label', 'outcomes', 'leading']);
    expect((goal.properties.leading?.items as { required: string[] }).required).toEqual(['id', 'label', 'leads']);
    expect((goal.properties.outcomes?.items as { required: string[] }).required).toEqual(['id', 'label']);
  });

  it('can refer to one shared KPI definition', () => {
    const schema = convert({ KpiDocument: KpiDocumentSchema }) as {
      $defs: Record<string, unknown>;
      properties: { goals: { items: { properties: Record<string, { items: unknown }> } } };
    };
    expect(Object.keys(schema.$defs)).toEqual(['KpiDocument']);
    expect(schema.properties.goals.items.properties.outcomes?.items).toEqual({ $ref: '#/$defs/KpiDocument' });
    expect(schema.properties.goals.items.properties.guardrails?.items).toEqual({ $ref: '#/$defs/KpiDocument' });
  });
});

describe('buildBoardView summarises each goal and the board', () => {
  it('reads the SaaS board as on track with its guardrails holding', () => {
    const view = buildBoardView(boardOf(saasBoard), { now: NOW, locale: 'en-US' });
    const [goal] = view.goals;
    // NRR 108.1 % is in its "healthy" band; the support-tickets KPI (412 ≤ 450) and activation's
    // "support tickets per 1k users" guardrail (8.4 ≤ 12) both hold.
    expect(goal?.summary).toEqual({
      outcomes: { total: 1, onTrack: 1, warning: 0, critical: 0, noStatus: 0 },
      leading: { total: 2, good: 1, warning: 1, critical: 0, noStatus: 0 },
      guardrails: { total: 2, breached: 0 },
      sentence: '1 of 1 outcome on track, no guardrail breached',
      tally: [
        { name: 'Outcomes', entries: [{ level: 'good', count: 1, text: '1 good' }], text: 'Outcomes: 1 good' },
        {
          name: 'Leading',
          entries: [
            { level: 'good', count: 1, text: '1 good' },
            { level: 'warning', count: 1, text: '1 warning' },
          ],
          text: 'Leading: 1 good, 1 warning',
        },
      ],
      tallySentence: 'Outcomes: 1 good · Leading: 1 good, 1 warning',
    });
    expect(view.summary.sentence).toBe('1 goal: 1 of 1 outcome on track, no guardrail breached');
    expect(goal?.leading.map((k) => k.status.level)).toEqual(['good', 'warning']);
  });

  it.each<[string, Record<string, unknown>, string, { outcomes: number[]; guardrails: number[] }]>([
    [
      'two good outcomes, one warning, a guardrail KPI in warning',
      { outcomes: [kpi('a', 46), kpi('b', 50), kpi('c', 41)], leading: [], guardrails: [guard('g', 460)] },
      '2 of 3 outcomes on track, 1 guardrail breached',
      { outcomes: [3, 2, 1, 0, 0], guardrails: [1, 1] },
    ],
    ['nothing yet', { outcomes: [], leading: [] }, 'no outcomes yet, no guardrails', { outcomes: [0, 0, 0, 0, 0], guardrails: [0, 0] }],
    [
      'a good outcome whose own guardrail is breached: on track, and one breach',
      { outcomes: [kpi('a', 46, breachedInside)], leading: [] },
      '1 of 1 outcome on track, 1 guardrail breached',
      { outcomes: [1, 1, 0, 0, 0], guardrails: [1, 1] },
    ],
    [
      'breaches inside a leading indicator and in two guardrail KPIs, one guardrail KPI good',
      {
        outcomes: [kpi('a', 37), kpi('b', null)],
        leading: [led('l', ['a'], breachedInside)],
        guardrails: [guard('g1', 460), guard('g2', 500), guard('g3', 400)],
      },
      '0 of 2 outcomes on track, 3 guardrails breached',
      { outcomes: [2, 0, 0, 1, 1], guardrails: [4, 3] },
    ],
    [
      'guardrails that hold, or have no data',
      { outcomes: [kpi('a', 41, holdingInside)], leading: [], guardrails: [guard('g1', 400), guard('g2', null)] },
      '0 of 1 outcome on track, no guardrail breached',
      { outcomes: [1, 0, 1, 0, 0], guardrails: [3, 0] },
    ],
  ])('%s', (_, goal, sentence, counts) => {
    const view = buildBoardView(boardOf({ goals: [{ id: 'goal', label: 'Goal', ...goal }] }), { now: NOW, locale: 'en-US' });
    const summary = view.goals[0]?.summary;
    const { total, onTrack, warning, critical, noStatus } = summary?.outcomes ?? {};
    expect({
      sentence: summary?.sentence,
      outcomes: [total, onTrack, warning, critical, noStatus],
      guardrails: [summary?.guardrails.total, summary?.guardrails.breached],
    }).toEqual({ sentence, ...counts });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'every status on both sides, good first, "without status" last',
      {
        outcomes: [kpi('a', 46), kpi('b', 41), kpi('c', 37), kpi('d', null)],
        leading: [led('l1', ['a']), led('l2', ['a']), { ...led('l3', ['a']), value: 37 }],
      },
      'Outcomes: 1 good, 1 warning, 1 critical, 1 without status · Leading: 2 good, 1 critical',
    ],
    ['a goal with neither', { outcomes: [], leading: [] }, 'Outcomes: none · Leading: none'],
    ['outcomes only', { outcomes: [kpi('a', 46), kpi('b', 50)], leading: [] }, 'Outcomes: 2 good · Leading: none'],
  ])('counts outcomes and leading indicators by their own status in the tally: %s', (_, goal, tally) => {
    const view = buildBoardView(boardOf({ goals: [{ id: 'goal', label: 'Goal', ...goal }] }), { now: NOW, locale: 'en-US' });
    expect(view.goals[0]?.summary.tallySentence).toBe(tally);
    // The sentence still speaks of results only.
    expect(view.goals[0]?.summary.sentence).not.toMatch(/leading/i);
  });

  it('sums the tally over the goals for the board, with the digits of the locale', () => {
    const goals = [
      { id: 'one', label: 'One', outcomes: [kpi('a', 46), kpi('b', 41)], leading: [led('l1', ['a'])] },
      { id: 'two', label: 'Two', outcomes: [kpi('c', 37)], leading: [led('l2', ['c']), { ...led('l3', ['c']), value: 41 }] },
    ];
    expect(buildBoardView(boardOf({ goals }), { now: NOW, locale: 'en-US' }).summary.tallySentence).toBe(
      'Outcomes: 1 good, 1 warning, 1 critical · Leading: 2 good, 1 warning',
    );
    expect(buildBoardView(boardOf({ goals }), { now: NOW, locale: 'ar-EG' }).summary.tallySentence).toBe(
      'Outcomes: ١ good, ١ warning, ١ critical · Leading: ٢ good, ١ warning',
    );
  });

  const twoOfThree = { id: 'one', label: 'One', outcomes: [kpi('a', 46), kpi('b', 50), kpi('c', 41)], leading: [], guardrails: [guard('g', 460)] };
  const insideBreach = { id: 'two', label: 'Two', outcomes: [kpi('d', 46, breachedInside)], leading: [] };
  it.each<[string, unknown[], string | undefined, string]>([
    ['no goals', [], 'en-US', 'no goals yet'],
    ['one empty goal', [{ id: 'g', label: 'G', outcomes: [], leading: [] }], 'en-US', '1 goal: no outcomes yet, no guardrails'],
    ['two goals, summed', [twoOfThree, insideBreach], 'en-US', '2 goals: 3 of 4 outcomes on track, 2 guardrails breached'],
    ['digits of the locale, words in English', [twoOfThree], 'ar-EG', '١ goal: ٢ of ٣ outcomes on track, ١ guardrail breached'],
  ])('sums the goals for the board: %s', (_, goals, locale, sentence) => {
    expect(buildBoardView(boardOf({ goals }), { now: NOW, locale }).summary.sentence).toBe(sentence);
  });
});

describe('assembleBoard builds a board from declared KPIs', () => {
  const toKpi = (doc: KpiDocument): Kpi => {
    const result = validateKpiDocument(doc);
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    return result.kpi;
  };
  const declare = (goal: string | null, role: string | null, doc?: KpiDocument, leads?: string): DeclaredKpi => ({
    goal,
    role,
    ...(leads !== undefined && { leads }),
    ...(doc && { kpi: toKpi(doc) }),
  });
  const messages = (declared: readonly DeclaredKpi[], hygieneOff?: string[]) =>
    assembleBoard(declared, hygieneOff ? { hygieneOff } : {}).problems.map((p) => `${p.index ?? 'board'}: ${p.message}`);

  it('makes one goal per name, in order of first use, with the same view as the document it mirrors', () => {
    const declared = [
      declare('Grow revenue from existing customers', 'leading', { ...activationRate, kind: 'leading' }, 'net-revenue-retention'),
      declare('Grow revenue from existing customers', 'outcome', netRevenueRetention),
      declare('Grow revenue from existing customers', 'leading', timeToFirstValue, ' net-revenue-retention  net-revenue-retention '),
      declare('Grow revenue from existing customers', 'guardrail', supportTickets),
    ];
    const { board, placements, problems } = assembleBoard(declared, { label: 'Acme growth' });
    expect(problems).toEqual([]);
    expect(placements.map((p) => p?.role)).toEqual(['leading', 'outcome', 'leading', 'guardrail']);
    const fromDocument = boardOf({ ...saasBoard, goals: [{ ...saasBoard.goals[0], id: 'Grow revenue from existing customers', owner: undefined }] });
    const view = (b: Board) => buildBoardView(b, { now: NOW, locale: 'en-US' }).summary.sentence;
    expect(view(board)).toBe(view(fromDocument));
    expect(board.goals[0]?.leading.map((k) => [k.id, k.kind, k.leads])).toEqual([
      ['activation-rate', 'leading', ['net-revenue-retention']],
      ['time-to-first-value', 'leading', ['net-revenue-retention']],
    ]);
    expect(board.goals[0]?.outcomes.map((k) => k.kind)).toEqual(['lagging']);
  });

  it('keeps a place for a KPI still loading but leaves it out of the numbers, and waits for outcomes before judging leads', () => {
    const declared = [declare('G', 'outcome'), declare('G', 'leading', kpi('lead', 46), 'nrr')];
    const { board, placements, problems } = assembleBoard(declared);
    expect(placements).toEqual([
      { goalId: 'G', role: 'outcome', counted: false },
      { goalId: 'G', role: 'leading', counted: true },
    ]);
    expect(board.goals[0]?.outcomes).toEqual([]);
    // "nrr" may be the outcome still loading: no complaint yet, and no pair.
    expect(problems).toEqual([]);
    expect(board.goals[0]?.leading[0]?.leads).toEqual([]);
  });

  it.each<[string, DeclaredKpi[], string[] | undefined, string[]]>([
    ['no goal', [declare(' ', 'outcome', kpi('a', 46))], undefined, ['0: names no goal: add goal="…" with the goal it serves']],
    [
      'a role that is none of the three',
      [declare('G', 'lagging', kpi('a', 46))],
      undefined,
      ['0: expected kpi-role "outcome", "leading" or "guardrail", got "lagging"'],
    ],
    ['no role', [declare('G', null, kpi('a', 46))], undefined, ['0: expected kpi-role "outcome", "leading" or "guardrail", got none']],
    [
      'a lead naming no outcome of its goal',
      [declare('G', 'outcome', kpi('a', 46)), declare('G', 'leading', kpi('b', 46), 'a c'), declare('H', 'outcome', kpi('c', 46))],
      undefined,
      ['1: leads "c", expected the id of an outcome of this goal ("a")'],
    ],
    [
      'a leading indicator that leads nothing',
      [declare('G', 'leading', kpi('b', 46))],
      undefined,
      ['0: leads no outcome: add leads="…" with the ids of the outcomes it predicts'],
    ],
    [
      'an id used twice',
      [declare('G', 'outcome', kpi('a', 46)), declare('H', 'outcome', kpi('a', 41))],
      undefined,
      ['1: has the id "a" of an earlier KPI on the board, so its numbers are left out: give it an id of its own'],
    ],
    [
      'an unknown hygiene rule',
      [declare('G', 'outcome', kpi('a', 46))],
      ['stale-data', 'stale'],
      [
        'board: hygiene-off names "stale", expected a hygiene rule ("too-many-kpis", "incomplete-kpi", "stale-data", "missing-guardrail", "unrelated-leading-indicator" or "suspicious-times")',
      ],
    ],
  ])('reports %s in words, and places what it can', (_, declared, hygieneOff, expected) => {
    expect(messages(declared, hygieneOff)).toEqual(expected);
  });

  it('switches off the hygiene rules it is given, in rule order', () => {
    const { board } = assembleBoard([declare('G', 'outcome', kpi('a', 46))], { hygieneOff: ['stale-data', 'too-many-kpis'] });
    expect(board.hygieneOff).toEqual(['too-many-kpis', 'stale-data']);
    expect(board.goals[0]?.hygieneOff).toEqual(['too-many-kpis', 'stale-data']);
  });

  it('makes an empty board of nothing declared', () => {
    expect(assembleBoard([])).toEqual({ board: { goals: [], hygieneOff: [] }, placements: [], problems: [] });
  });
});

describe('the lead label a board prints beside a connector', () => {
  // The words of a locale come from its catalogue, loaded on first use; the digits from Intl.
  beforeAll(() => Promise.all([ensureMessages('ar'), ensureMessages('de')]));
  const lead = (lag: number, period: KpiCadence, relation: 'same' | 'inverse' = 'same') => ({ kind: 'lead', lag, period, relation }) as unknown as LeadLag;
  it.each<[string, LeadLag, string | undefined, string]>([
    ['weeks, by Intl’s long unit', lead(3, 'weekly'), 'en-US', 'leads by ~3 weeks'],
    ['one month, singular', lead(1, 'monthly'), 'en-GB', 'leads by ~1 month'],
    ['days', lead(12, 'daily'), undefined, 'leads by ~12 days'],
    ['quarters, by plural rules (Intl has no quarter unit)', lead(2, 'quarterly'), 'en-US', 'leads by ~2 quarters'],
    ['one quarter', lead(1, 'quarterly'), 'en-US', 'leads by ~1 quarter'],
    ['an inverse lead', lead(2, 'weekly', 'inverse'), 'en-US', 'leads by ~2 weeks, inverse'],
    ['no lag', lead(0, 'weekly'), 'en-US', 'moves together, in the same week'],
    ['no lag, inverse', lead(0, 'monthly', 'inverse'), 'en-US', 'moves opposite, in the same month'],
    ['Arabic words, with the digits of the locale', lead(3, 'weekly'), 'ar-EG', 'يسبق بنحو ٣ أسابيع'],
    ['German words', lead(6, 'weekly'), 'de-DE', 'läuft ca. 6 Wochen voraus'],
    ['no relationship', { kind: 'no-relationship' } as unknown as LeadLag, 'en-US', 'no lead found'],
    ['too little history', { kind: 'not-enough-history' } as unknown as LeadLag, 'en-US', 'too little history'],
  ])('%s', (_, estimate, locale, label) => {
    expect(leadLabel(estimate, locale)).toBe(label);
  });

  it('keeps the statistics out of the label: they are in the estimate’s phrase, for the detail view', () => {
    const weekly = (v: (i: number) => number) =>
      Array.from({ length: 60 }, (_, i) => ({ t: new Date(Date.UTC(2025, 0, 6) + i * 7 * 86_400_000).toISOString().slice(0, 10), v: v(i) }));
    const wave = (i: number) => Math.sin(i / 3) + Math.sin(i / 1.7) * 0.5;
    const leading = validateKpiDocument({ id: 'l', label: 'L', cadence: 'weekly', series: weekly(wave) });
    const lagging = validateKpiDocument({ id: 'o', label: 'O', cadence: 'weekly', series: weekly((i) => 10 + wave(i - 2)) });
    if (!leading.ok || !lagging.ok) throw new Error('fixtures');
    const estimate = estimateLeadLag(leading.kpi, lagging.kpi, { locale: 'en-US' });
    expect(estimate.kind).toBe('lead');
    expect(leadLabel(estimate, 'en-US')).toBe('leads by ~2 weeks');
    expect(estimate.kind === 'lead' && estimate.phrase).toMatch(/^leads by ~2 weeks \(r = [\d.]+, n = \d+\)$/);
  });
});
