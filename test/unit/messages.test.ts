import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/i18n/ar.js';
import de from '../../src/i18n/de.js';
import en from '../../src/i18n/en.js';
import analysis from '../../src/i18n/en-analysis.js';
import author from '../../src/i18n/en-author.js';
import diagnostics from '../../src/i18n/en-diagnostics.js';
import board from '../../src/i18n/en-board.js';
import core from '../../src/i18n/en-core.js';
import view from '../../src/i18n/en-view.js';
import viewKeys from '../../src/i18n/en-view-keys.js';
import trend from '../../src/i18n/en-trend.js';
import es from '../../src/i18n/es.js';
import fr from '../../src/i18n/fr.js';
import ja from '../../src/i18n/ja.js';
import {
  addEnglish,
  ensureMessages,
  formatDuration,
  formatMessage,
  formatMessageToParts,
  hasMessages,
  joinClauses,
  joinSentences,
  messagesFor,
  onMessagesChange,
  resetKpiMessages,
  resolveMessageLocale,
  setKpiMessages,
} from '../../src/i18n/index.js';
import { parseMessage, placeholdersOf, pluralBranchesOf, type MessageNode, type ParsedMessage } from '../../src/i18n/message-format.js';

const CATALOGUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en,
  de,
  fr,
  es,
  ja,
  ar,
};
const TRANSLATIONS = Object.entries(CATALOGUES).filter(([locale]) => locale !== 'en');
const KEYS = Object.keys(en);

/** Each select argument's selectors, one entry per use. */
function selectsOf(message: ParsedMessage): { name: string; selectors: string[] }[] {
  const found: { name: string; selectors: string[] }[] = [];
  const walk = (nodes: readonly MessageNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string' || node.type === 'pound' || node.type === 'arg' || node.type === 'list') continue;
      if (node.type === 'select') found.push({ name: node.name, selectors: Object.keys(node.options) });
      Object.values(node.options).forEach(walk);
    }
  };
  walk(message);
  return found;
}

describe('catalogues', () => {
  it.each(TRANSLATIONS)('%s has every key English has, and no other', (_, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual([...KEYS].sort());
  });

  it.each(Object.entries(CATALOGUES))('%s: every message parses', (_, catalogue) => {
    const broken = Object.entries(catalogue).flatMap(([key, text]) => {
      try {
        parseMessage(text);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s uses exactly the placeholders English uses, of the same kind', (_, catalogue) => {
    const mismatches = KEYS.flatMap((key) => {
      const want = Object.fromEntries(placeholdersOf(parseMessage(en[key as keyof typeof en])));
      const got = Object.fromEntries(placeholdersOf(parseMessage(catalogue[key] as string)));
      return JSON.stringify(Object.entries(want).sort()) === JSON.stringify(Object.entries(got).sort())
        ? []
        : [`${key}: English ${JSON.stringify(want)}, here ${JSON.stringify(got)}`];
    });
    expect(mismatches).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s names every selector English names in each select', (_, catalogue) => {
    const missing = KEYS.flatMap((key) => {
      const wanted = new Map<string, Set<string>>();
      for (const { name, selectors } of selectsOf(parseMessage(en[key as keyof typeof en]))) {
        selectors.forEach((s) => wanted.set(name, (wanted.get(name) ?? new Set()).add(s)));
      }
      return selectsOf(parseMessage(catalogue[key] as string)).flatMap(({ name, selectors }) =>
        [...(wanted.get(name) ?? [])].filter((s) => !selectors.includes(s)).map((s) => `${key}: ${name} lacks "${s}"`),
      );
    });
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(CATALOGUES))('%s: every plural names each category Intl.PluralRules has for the language', (locale, catalogue) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing = Object.entries(catalogue).flatMap(([key, text]) =>
      pluralBranchesOf(parseMessage(text)).flatMap(({ name, branches }) =>
        categories.filter((c) => !branches.includes(c)).map((c) => `${key}: ${name} lacks "${c}"`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('gives Arabic all six plural categories and Japanese only "other"', () => {
    expect([...new Intl.PluralRules('ar').resolvedOptions().pluralCategories].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(new Intl.PluralRules('ja').resolvedOptions().pluralCategories).toEqual(['other']);
    expect([...(pluralBranchesOf(parseMessage(ar['table.caption']))[0]?.branches ?? [])].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  it.each(TRANSLATIONS)('%s translates every message with English words in it', (_, catalogue) => {
    // Placeholders and code-like words (KPI, Live, Status) aside, no English sentence is left as it is.
    const words = (text: string) => text.replace(/\{[A-Za-z_]\w*\}/g, '').replace(/\{\w+, (plural|select|list)[^]*$/, '');
    const untranslated = KEYS.filter((key) => {
      const english = en[key as keyof typeof en];
      return catalogue[key] === english && /[a-z]{3,} [a-z]{2,}/i.test(words(english));
    });
    expect(untranslated).toEqual([]);
  });
});

describe('locale resolution', () => {
  it.each([
    ['de-AT', 'de'],
    ['de', 'de'],
    ['DE-ch', 'de'],
    ['pt-BR', 'en'],
    ['ar-EG', 'ar'],
    ['zh', 'en'],
    ['ja-JP', 'ja'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['sr-Latn-RS', 'en'],
    ['not a tag!', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%s speaks %s', (locale, expected) => {
    expect(resolveMessageLocale(locale)).toBe(expected);
  });
});

describe('loading', () => {
  it('answers in English until a catalogue arrives, then in its language, and says so', async () => {
    expect(hasMessages('es-MX')).toBe(false);
    expect(formatMessage('es-MX', 'state.loading')).toBe('Loading');
    let changes = 0;
    const stop = onMessagesChange(() => changes++);
    await ensureMessages('es-MX');
    stop();
    expect(changes).toBe(1);
    expect(hasMessages('es')).toBe(true);
    expect(formatMessage('es-MX', 'state.loading')).toBe('Cargando');
  });

  it('loads each catalogue once and resolves an unknown locale to English without an error', async () => {
    const [a, b] = await Promise.all([ensureMessages('fr'), ensureMessages('fr-BE')]);
    expect(a).toBe(b);
    // English is the words at hand: every element's; a view's, a trend's and a board's join when their code loads.
    await expect(ensureMessages('pt-BR')).resolves.toMatchObject(core);
    expect(formatMessage('pt-BR', 'status.noData')).toBe('no data');
  });
});

describe('the English parts', () => {
  it('make the whole catalogue, each key in one part only', () => {
    const parts = [core, view, trend, board, analysis, author, diagnostics].map((part) => Object.keys(part));
    expect(parts.flat().sort()).toEqual(Object.keys(en).sort());
    expect(new Set(parts.flat()).size).toBe(parts.flat().length);
  });

  it('list the keys of a view’s words, which load later, exactly', () => {
    expect([...viewKeys].sort()).toEqual(Object.keys(view).sort());
  });

  it('take the page’s words for a board before a board’s code has loaded', () => {
    expect(setKpiMessages({ 'tally.outcomes': 'Results', 'trend.showTable': 'Table', 'fetch.http': '{url}: {status}' }).ignored).toEqual([]);
    resetKpiMessages();
  });

  it('take the page’s words for every key of the parts that load later, before their code has loaded', () => {
    // A KPI view's, the trend's, the board's, the analysis's, the author's and validation's words are known by their key's
    // prefix until they load; a key whose prefix the list misses would be ignored.
    const later = { ...view, ...trend, ...board, ...analysis, ...author, ...diagnostics };
    expect(setKpiMessages(later).ignored).toEqual([]);
    resetKpiMessages();
  });
});

describe('formatMessage', () => {
  // What core/format.ts, core/trend.ts and core/board.ts do when a view's, a trend's or a board's code loads.
  beforeAll(() => {
    addEnglish(view);
    addEnglish(trend);
    addEnglish(board);
    addEnglish(analysis);
  });

  it('formats English with values, plurals and lists', () => {
    expect(
      formatMessage('en', 'status.withBreaches', {
        word: 'on target',
        count: 1,
      }),
    ).toBe('on target — guardrail breached');
    expect(
      formatMessage('en', 'status.withBreaches', {
        word: 'on target',
        count: 2,
      }),
    ).toBe('on target — 2 guardrails breached');
    expect(formatMessage('en', 'format.points', { count: 1, value: '+1' })).toBe('+1 pt');
    expect(formatMessage('en', 'format.points', { count: 1.3, value: '+1.3' })).toBe('+1.3 pts');
    expect(
      formatMessage('en', 'delta.describe', {
        movement: 'up',
        size: '3.1%',
        against: 'vs last week',
        judgement: 'better',
      }),
    ).toBe('up 3.1% vs last week, better');
    expect(
      formatMessage('en', 'delta.describe', {
        movement: 'down',
        size: '2',
        against: 'vs previous',
        judgement: 'neutral',
      }),
    ).toBe('down 2 vs previous');
    expect(formatMessage('en', 'goal.outcomes', { onTrack: 2, total: 3 })).toBe('2 of 3 outcomes on track');
    expect(
      formatMessage('en', 'lane.detail', {
        value: '3.1%',
        limit: 'ceiling 4%',
        breaches: 0,
      }),
    ).toBe('3.1% (ceiling 4%), never breached in view');
    expect(
      formatMessage('en', 'lane.detail', {
        value: '3.1%',
        limit: 'ceiling 4%',
        breaches: 1,
      }),
    ).toBe('3.1% (ceiling 4%), breached once in view');
    expect(
      formatMessage('en', 'table.captionLatest', {
        label: 'Churn',
        shown: '500',
        count: 1234,
      }),
    ).toBe('Churn: the latest 500 of 1,234 points');
    expect(
      formatMessage('en', 'hygiene.incomplete', {
        role: 'leading',
        name: 'Trials',
        missing: ['target', 'starting value', 'owner'],
        fixes: ['a target with its deadline', 'who answers for it'],
      }),
    ).toBe('Leading indicator “Trials” has no target, starting value, or owner. Add a target with its deadline and who answers for it.');
  });

  it('formats German with its plural forms and lists', async () => {
    await ensureMessages('de');
    expect(formatMessage('de-DE', 'status.level.good')).toBe('positiv');
    expect(formatMessage('de-DE', 'pace.line.offTrack', { projected: '42,5 %' })).toBe('Hinter dem Plan, Prognose 42,5 %');
    expect(formatMessage('de-DE', 'goal.outcomes', { onTrack: 2, total: 3 })).toBe('2 von 3 Ergebnissen im Plan');
    expect(formatMessage('de-DE', 'goal.outcomes', { onTrack: 1, total: 1 })).toBe('1 von 1 Ergebnis im Plan');
    expect(
      formatMessage('de-DE', 'table.captionLatest', {
        label: 'Abwanderung',
        shown: '500',
        count: 1234,
      }),
    ).toBe('Abwanderung: die letzten 500 von 1.234 Punkten');
    expect(
      formatMessage('de-AT', 'hygiene.incomplete', {
        role: 'outcome',
        name: 'Umsatz',
        missing: ['ein Ziel', 'eine Frist'],
        fixes: ['ein Ziel mit Frist'],
      }),
    ).toBe('Für das Ergebnis „Umsatz“ fehlt ein Ziel oder eine Frist. Ergänzen Sie ein Ziel mit Frist.');
    expect(
      formatMessage('de', 'lane.detail', {
        value: '3,1 %',
        limit: 'Obergrenze 4 %',
        breaches: 3,
      }),
    ).toBe('3,1 % (Obergrenze 4 %), im sichtbaren Zeitraum 3-mal verletzt');
  });

  it('formats Japanese: one plural form, no spaces between sentences', async () => {
    await ensureMessages('ja');
    expect(
      formatMessage('ja-JP', 'trend.point', {
        date: '2026/09/30',
        value: '41%',
        status: '注意',
        index: 3,
        total: 12,
      }),
    ).toBe('2026/09/30：41%、注意。12件中3件目。');
    expect(formatMessage('ja-JP', 'table.caption', { label: '解約率', count: 1 })).toBe('解約率：1件');
    expect(formatMessage('ja-JP', 'table.caption', { label: '解約率', count: 1200 })).toBe('解約率：1,200件');
    expect(joinSentences('ja', ['値がありません。', '目標がありません。'])).toBe('値がありません。目標がありません。');
    expect(joinClauses('ja', ['売上 41%', '目標 45%', '遅れ'])).toBe('売上 41%、目標 45%、遅れ');
  });

  it('formats Arabic with all six plural categories, and Arabic-Indic digits for ar-EG', async () => {
    await ensureMessages('ar');
    const caption = (count: number, locale = 'ar') => formatMessage(locale, 'table.caption', { label: 'المبيعات', count });
    expect(caption(0)).toBe('المبيعات: لا توجد نقاط');
    expect(caption(1)).toBe('المبيعات: نقطة واحدة');
    expect(caption(2)).toBe('المبيعات: نقطتان');
    expect(caption(3)).toBe('المبيعات: 3 نقاط');
    expect(caption(11)).toBe('المبيعات: 11 نقطةً');
    expect(caption(100)).toBe('المبيعات: 100 نقطة');
    expect(caption(3, 'ar-EG')).toBe('المبيعات: ٣ نقاط');
    expect(formatMessage('ar', 'status.level.critical')).toBe('سلبي');
    expect(formatMessage('ar', 'goal.outcomes', { onTrack: 2, total: 3 })).toBe('2 من أصل 3 نتائج على المسار الصحيح');
    expect(joinClauses('ar', ['المبيعات 41%', 'الهدف 45%'])).toBe('المبيعات 41%، الهدف 45%');
  });

  it('passes non-text values through as parts, for templates', () => {
    const time = { tag: 'time' };
    expect(formatMessageToParts('en', 'card.asOf', { date: time })).toEqual(['As of ', time]);
  });

  it('never throws: a missing value shows its placeholder, a bad locale falls back', () => {
    expect(formatMessage('en', 'pace.line.onTrack', {} as never)).toBe('On track, projected {projected}');
    expect(formatMessage('xx-!!', 'status.level.good')).toBe('good');
  });

  it('binds a locale with messagesFor', async () => {
    await ensureMessages('de');
    const de = messagesFor('de-CH');
    expect(de.locale).toBe('de');
    expect(de.ready).toBe(true);
    expect(de.format('status.level.warning')).toBe('kritisch');
  });
});

describe('page overrides', () => {
  afterEach(() => resetKpiMessages());

  it('replaces a message in every locale', async () => {
    await ensureMessages('de');
    setKpiMessages({
      'status.level.good': 'green',
      'status.level.warning': 'amber',
      'status.level.critical': 'red',
    });
    expect(formatMessage('en', 'status.level.good')).toBe('green');
    expect(formatMessage('de', 'status.level.critical')).toBe('red');
    expect(formatMessage('de', 'status.level.neutral')).toBe('ohne Status');
  });

  it('replaces a message in one locale and its regions, ahead of an all-locale override', async () => {
    await ensureMessages('de');
    setKpiMessages({ 'status.level.good': 'green' });
    setKpiMessages({ 'status.level.good': 'grün' }, { locale: 'de' });
    setKpiMessages({ 'status.level.good': 'passt' }, { locale: 'de-AT' });
    expect(formatMessage('de-DE', 'status.level.good')).toBe('grün');
    expect(formatMessage('de-AT', 'status.level.good')).toBe('passt');
    expect(formatMessage('fr', 'status.level.good')).toBe('green');
  });

  it('takes placeholders in an override, and ignores unknown keys and messages that do not parse', () => {
    const { ignored } = setKpiMessages({
      'pace.line.onTrack': 'Green, heading for {projected}',
      'pace.line.atRisk': 'Amber {projected',
      'no.such.key': 'x',
    } as never);
    expect(ignored).toEqual(['pace.line.atRisk', 'no.such.key']);
    expect(formatMessage('en', 'pace.line.onTrack', { projected: '42%' })).toBe('Green, heading for 42%');
    expect(formatMessage('en', 'pace.line.atRisk', { projected: '42%' })).toBe('At risk, projected 42%');
  });

  it('resets one locale, or all, and tells listeners', () => {
    let changes = 0;
    const stop = onMessagesChange(() => changes++);
    setKpiMessages({ 'status.level.good': 'green' });
    setKpiMessages({ 'status.level.good': 'grün' }, { locale: 'de' });
    resetKpiMessages({ locale: 'de' });
    expect(formatMessage('de', 'status.level.good')).toBe('green');
    resetKpiMessages();
    expect(formatMessage('en', 'status.level.good')).toBe('good');
    setKpiMessages({ 'status.level.good': 'green' });
    setKpiMessages({ 'status.level.good': undefined });
    expect(formatMessage('en', 'status.level.good')).toBe('good');
    stop();
    expect(changes).toBe(6);
  });
});

describe('message syntax', () => {
  it.each([
    '{',
    '}',
    '{a b}',
    '{n, plural, one {x}}',
    '{n, plural, other {x}',
    '{n, choice, other {x}}',
    '{x, list, xor}',
    '{n, select, a {x} a {y} other {z}}',
  ])('rejects %j', (text) => {
    expect(() => parseMessage(text)).toThrow();
  });

  it('reads # only inside a plural, and exact matches before categories', () => {
    expect(placeholdersOf(parseMessage('#{n, plural, =0 {none} one {# one} other {#}}'))).toEqual(new Map([['n', 'plural']]));
  });
});

describe('formatDuration', () => {
  it('says a count of one unit in the locale, with its plural form', () => {
    expect(formatDuration('en', 3, 'week')).toBe('3 weeks');
    expect(formatDuration('en', 1, 'day')).toBe('1 day');
    expect(formatDuration('de', 4, 'week')).toBe('4 Wochen');
    expect(formatDuration('ja', 3, 'month')).toMatch(/^3\s?か月$/);
    expect(formatDuration('ar-EG', 3, 'week')).toBe('٣ أسابيع');
    expect(formatDuration('en', 2, 'quarter')).toBe('2 quarters');
  });
});

describe('types', () => {
  it('checks keys and placeholders against English at compile time (tsc --noEmit reads these lines)', () => {
    const typed = (): void => {
      formatMessage('de', 'status.level.good');
      formatMessage('de', 'pace.line.onTrack', { projected: '42 %' });
      formatMessage('ar', 'table.caption', { label: 'x', count: 3 });
      // @ts-expect-error an unknown key
      formatMessage('de', 'status.level.green');
      // @ts-expect-error a missing placeholder
      formatMessage('de', 'pace.line.onTrack', {});
      // @ts-expect-error a misspelt placeholder
      formatMessage('de', 'pace.line.onTrack', { projection: '42 %' });
      // @ts-expect-error a plural takes a number
      formatMessage('de', 'table.caption', { label: 'x', count: '3' });
      const bands = 'a, b';
      // @ts-expect-error a list takes an array
      formatMessage('de', 'card.bullet', { value: '1', bands, from: '0', to: '2' });
      // @ts-expect-error an override names only known keys
      setKpiMessages({ 'status.level.green': 'x' });
    };
    expect(typeof typed).toBe('function');
  });
});
