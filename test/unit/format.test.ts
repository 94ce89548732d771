/**
 * Expected strings are what Node 20's ICU (78.2, CLDR 48) prints, checked by
 * hand. Invisible characters are escaped: \u00a0 no-break space, \u202f
 * narrow no-break space. German puts a no-break space before "%" and "€";
 * French also groups thousands with a narrow no-break space.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NumberFormatInput } from '../../src/core/document.js';
import { createFormatters, resolveLocale } from '../../src/core/format.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../../src/core/time.js';

describe('createFormatters().value', () => {
  it.each<[string, string, NumberFormatInput | undefined, string | undefined, number, string]>([
    ['groups thousands in en-US and appends the unit word', 'en-US', undefined, 'tickets', 1204, '1,204 tickets'],
    ['uses a decimal comma in de-DE', 'de-DE', undefined, 'tickets', 1234.5, '1.234,5 tickets'],
    ['groups with a narrow no-break space in fr-FR', 'fr-FR', undefined, undefined, 1234.5, '1\u202f234,5'],
    ['groups with commas in ja-JP', 'ja-JP', undefined, 'tickets', 1204, '1,204 tickets'],
    ['prints a percent in en-US', 'en-US', { style: 'percent' }, undefined, 0.45, '45%'],
    ['puts a no-break space before % in de-DE', 'de-DE', { style: 'percent' }, undefined, 0.45, '45\u00a0%'],
    ['prints a percent in ja-JP', 'ja-JP', { style: 'percent' }, undefined, 0.45, '45%'],
    ['does not append the unit word to a percent', 'en-US', { style: 'percent' }, 'tickets', 0.45, '45%'],
    ['prints euros in en-US', 'en-US', { style: 'currency', currency: 'EUR' }, 'revenue', 1234.5, '€1,234.50'],
    ['prints euros after the number in de-DE', 'de-DE', { style: 'currency', currency: 'EUR' }, undefined, 1234.5, '1.234,50\u00a0€'],
    ['prints yen without fraction digits in ja-JP', 'ja-JP', { style: 'currency', currency: 'JPY' }, undefined, 1234.5, '￥1,235'],
    ['abbreviates in compact notation in en-US', 'en-US', { notation: 'compact' }, undefined, 1234567, '1.2M'],
    ['abbreviates in compact notation in de-DE', 'de-DE', { notation: 'compact' }, undefined, 1234567, '1,2\u00a0Mio.'],
    ['abbreviates by 万 in ja-JP', 'ja-JP', { notation: 'compact' }, undefined, 1234567, '123万'],
    ['appends the unit word to compact numbers', 'en-US', { notation: 'compact' }, 'visits', 1204, '1.2K visits'],
    ['prints a unit in en-US', 'en-US', { style: 'unit', unit: 'hour', unitDisplay: 'long' }, 'tickets', 3.5, '3.5 hours'],
    ['prints a unit in de-DE', 'de-DE', { style: 'unit', unit: 'hour', unitDisplay: 'long' }, undefined, 3.5, '3,5 Stunden'],
    ['prints a compound unit narrowly', 'en-US', { style: 'unit', unit: 'kilometer-per-hour' }, undefined, 50, '50 km/h'],
    ['honours maximum fraction digits', 'en-US', { maximumFractionDigits: 1 }, undefined, 1.25, '1.3'],
    ['honours minimum fraction digits', 'en-US', { minimumFractionDigits: 2 }, undefined, 3, '3.00'],
  ])('%s', (_, locale, format, unit, value, expected) => {
    expect(createFormatters(locale, format, unit).value(value)).toBe(expected);
  });
});

describe('createFormatters().tick (scale labels)', () => {
  it.each<[string, string, NumberFormatInput | undefined, string | undefined, number, string]>([
    ['drops the fraction digits a percent format forces', 'en-US', { style: 'percent', minimumFractionDigits: 1 }, undefined, 0.4, '40%'],
    ['keeps the digits a round tick needs', 'en-US', { style: 'percent' }, undefined, 0.995, '99.5%'],
    ['shortens a large currency', 'en-US', { style: 'currency', currency: 'EUR' }, undefined, 120000, '€120K'],
    ['leaves the unit word to the value line', 'en-US', undefined, 'tickets', 1500, '1.5K'],
    ['prints a decimal comma in de-DE', 'de-DE', undefined, undefined, 2.5, '2,5'],
  ])('%s', (_, locale, format, unit, value, expected) => {
    expect(createFormatters(locale, format, unit).tick(value)).toBe(expected);
  });
});

describe('createFormatters().delta', () => {
  it.each<[string, string, NumberFormatInput | undefined, string | undefined, number, string]>([
    ['signs a rise', 'en-US', undefined, 'tickets', 12, '+12 tickets'],
    ['signs a fall', 'en-US', undefined, 'tickets', -3.5, '-3.5 tickets'],
    ['leaves zero unsigned', 'en-US', undefined, 'tickets', 0, '0 tickets'],
    ['leaves negative zero unsigned', 'en-US', undefined, undefined, -0, '0'],
    ['signs a fall with a decimal comma in de-DE', 'de-DE', undefined, undefined, -12.5, '-12,5'],
    ['signs a percent change in the KPI format', 'en-US', { style: 'percent' }, undefined, 0.02, '+2%'],
    ['signs a percent change in de-DE', 'de-DE', { style: 'percent' }, undefined, 0.02, '+2\u00a0%'],
    ['signs a currency fall before the symbol in en-US', 'en-US', { style: 'currency', currency: 'USD' }, undefined, -1500, '-$1,500.00'],
    ['signs a currency rise in de-DE', 'de-DE', { style: 'currency', currency: 'EUR' }, undefined, 1500, '+1.500,00\u00a0€'],
    ['signs a compact fall', 'en-US', { notation: 'compact' }, undefined, -1500, '-1.5K'],
  ])('%s', (_, locale, format, unit, change, expected) => {
    expect(createFormatters(locale, format, unit).delta(change)).toBe(expected);
  });
});

describe('createFormatters().percentChange', () => {
  it.each([
    ['en-US', 0.0525, '+5.3%'],
    ['en-US', -0.0525, '-5.3%'],
    ['en-US', 0, '0.0%'],
    ['en-US', 0.00001, '0.0%'],
    ['en-US', 1.5, '+150.0%'],
    ['de-DE', -0.0525, '-5,3\u00a0%'],
    ['fr-FR', 0.0525, '+5,3\u00a0%'],
    ['ja-JP', 0.0525, '+5.3%'],
  ])('prints %s %d as %s, signed with one fraction digit', (locale, fraction, expected) => {
    // The KPI's own format does not leak into relative changes.
    expect(createFormatters(locale, { style: 'currency', currency: 'EUR' }, 'tickets').percentChange(fraction)).toBe(expected);
  });
});

describe('createFormatters().date', () => {
  it.each([
    ['en-US', 'Sep 30, 2026'],
    ['de-DE', '30.09.2026'],
    ['fr-FR', '30 sept. 2026'],
    ['ja-JP', '2026/09/30'],
  ])('prints a medium %s date', (locale, expected) => {
    expect(createFormatters(locale).date(Date.UTC(2026, 8, 30))).toBe(expected);
  });

  it('reads times as UTC dates whatever the local zone (23:30 UTC is still the 30th)', () => {
    expect(createFormatters('en-US').date(Date.UTC(2026, 8, 30, 23, 30))).toBe('Sep 30, 2026');
  });

  it('reads midnight UTC as that date although it is the evening before in New York', () => {
    expect(createFormatters('en-US').date(Date.UTC(2026, 0, 1))).toBe('Jan 1, 2026');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('prints nothing for %d rather than throwing', (time) => {
    expect(createFormatters('en-US').date(time)).toBe('');
  });
});

describe('createFormatters().relativeAge', () => {
  const now = Date.UTC(2026, 8, 30, 12);

  it.each<[string, string, number, string]>([
    ['rounds hours to the nearest', 'en-US', -(3 * MS_PER_HOUR + 59 * MS_PER_MINUTE), '4 hours ago'],
    ['rounds hours down under the half', 'en-US', -(3 * MS_PER_HOUR + 29 * MS_PER_MINUTE), '3 hours ago'],
    // 6.59 × 365.25 days: the stale CO₂ series, shown as "6 years ago" when ages truncated.
    ['rounds 6.59 years to 7 years', 'en-US', -6.59 * 365.25 * MS_PER_DAY, '7 years ago'],
    ['rounds 6.4 years to 6 years', 'en-US', -6.4 * 365.25 * MS_PER_DAY, '6 years ago'],
    ['says yesterday for 23.6 hours, which round up to a day', 'en-US', -23.6 * MS_PER_HOUR, 'yesterday'],
    ['says last week for 6.6 days, which round up to a week', 'en-US', -6.6 * MS_PER_DAY, 'last week'],
    ['says 1 minute ago for 59.7 seconds', 'en-US', -59_700, '1 minute ago'],
    ['says one hour', 'en-US', -MS_PER_HOUR, '1 hour ago'],
    ['counts minutes under an hour', 'en-US', -5 * MS_PER_MINUTE, '5 minutes ago'],
    ['counts seconds under a minute', 'en-US', -5000, '5 seconds ago'],
    ['says now for no difference', 'en-US', 0, 'now'],
    ['says now under a second', 'en-US', -400, 'now'],
    ['says yesterday for 30 hours', 'en-US', -30 * MS_PER_HOUR, 'yesterday'],
    ['says yesterday for 35 hours', 'en-US', -35 * MS_PER_HOUR, 'yesterday'],
    ['says 2 days ago for 47 hours', 'en-US', -47 * MS_PER_HOUR, '2 days ago'],
    ['counts days under a week', 'en-US', -3 * MS_PER_DAY, '3 days ago'],
    ['says last week for 10 days', 'en-US', -10 * MS_PER_DAY, 'last week'],
    ['says last month for 45 days', 'en-US', -45 * MS_PER_DAY, 'last month'],
    ['counts months', 'en-US', -100 * MS_PER_DAY, '3 months ago'],
    ['says last year for 400 days', 'en-US', -400 * MS_PER_DAY, 'last year'],
    ['looks ahead for a future time', 'en-US', 2 * MS_PER_DAY, 'in 2 days'],
    ['speaks German', 'de-DE', -3 * MS_PER_HOUR, 'vor 3 Stunden'],
    ['says gestern', 'de-DE', -30 * MS_PER_HOUR, 'gestern'],
    ['speaks Japanese', 'ja-JP', -3 * MS_PER_HOUR, '3 時間前'],
    ['says 昨日', 'ja-JP', -30 * MS_PER_HOUR, '昨日'],
  ])('%s (%s)', (_, locale, offset, expected) => {
    expect(createFormatters(locale).relativeAge(now + offset, now)).toBe(expected);
  });

  it.each([
    [Number.NaN, now],
    [now, Number.NaN],
  ])('prints nothing for an invalid time (%d, %d)', (time, at) => {
    expect(createFormatters('en-US').relativeAge(time, at)).toBe('');
  });
});

describe('createFormatters().list', () => {
  it.each([
    ['en-US', 'Revenue, Churn, and NPS'],
    ['de-DE', 'Revenue, Churn und NPS'],
    ['ja-JP', 'Revenue、Churn、NPS'],
  ])('joins items in %s', (locale, expected) => {
    expect(createFormatters(locale).list(['Revenue', 'Churn', 'NPS'])).toBe(expected);
  });

  it.each([
    [[], ''],
    [['Revenue'], 'Revenue'],
    [['Revenue', 'Churn'], 'Revenue and Churn'],
  ])('joins %j as %j', (items, expected) => {
    expect(createFormatters('en-US').list(items)).toBe(expected);
  });
});

describe('createFormatters with bad input', () => {
  it.each(['not a locale', '', 'en_US', '12345'])('falls back to the default locale for %j', (locale) => {
    const fallback = createFormatters(locale, undefined, 'tickets');
    const host = createFormatters(undefined, undefined, 'tickets');
    expect(fallback.locale).toBeUndefined();
    expect(fallback.value(1234.5)).toBe(host.value(1234.5));
    expect(fallback.date(Date.UTC(2026, 8, 30))).toBe(host.date(Date.UTC(2026, 8, 30)));
  });

  it.each<[string, NumberFormatInput, string]>([
    ['a currency style without a currency', { style: 'currency' }, '1,234.5 tickets'],
    ['a unit Intl does not know', { style: 'unit', unit: 'tickets' }, '1,234.5 tickets'],
    ['minimum fraction digits above the maximum', { minimumFractionDigits: 3, maximumFractionDigits: 1 }, '1,234.5 tickets'],
  ])('falls back to plain decimals with the unit word for %s', (_, format, expected) => {
    expect(createFormatters('en-US', format, 'tickets').value(1234.5)).toBe(expected);
  });

  it('keeps the sign of a delta after falling back', () => {
    expect(createFormatters('en-US', { style: 'currency' }).delta(3)).toBe('+3');
  });
});

describe('resolveLocale', () => {
  it.each<[string | undefined, string | undefined]>([
    ['en-US', 'en-US'],
    ['EN-us', 'en-US'],
    ['de', 'de'],
    ['en_US', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('canonicalises %j to %j', (locale, expected) => {
    expect(resolveLocale(locale)).toBe(expected);
  });
});

describe('createFormatters caching', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reuses the Intl objects for a locale and format it has seen', () => {
    // A locale no other test uses, so the first call is a cache miss.
    const format = { maximumFractionDigits: 3 } as const;
    createFormatters('es-MX', format).value(1);
    const spy = vi.spyOn(Intl, 'NumberFormat');
    const again = createFormatters('es-MX', format);
    expect(again.value(1234.5)).toBe('1,234.5');
    expect(spy).not.toHaveBeenCalled();
  });

  it('creates new Intl objects for a new locale', () => {
    const spy = vi.spyOn(Intl, 'NumberFormat');
    createFormatters('pt-BR', { maximumFractionDigits: 4 });
    expect(spy).toHaveBeenCalled();
  });
});

describe('percentage points for rates', () => {
  it.each([
    ['en-US', 0.013, true, '+1.3 pts'],
    ['en-US', -0.0134, true, '-1.3 pts'],
    ['en-US', 0.035, false, '3.5 pts'],
    ['de-DE', 0.035, false, '3,5 pts'],
    ['en-US', 0, true, '0 pts'],
    // One point is singular, also when it rounds to one: 0.0104 → 1.04 → "1".
    ['en-US', 0.01, true, '+1 pt'],
    ['en-US', -0.0104, true, '-1 pt'],
    ['en-US', 0.0115, false, '1.2 pts'],
    // Issue 14: a hundredfold beyond the range of numbers printed "∞ pts"; the digits come from Intl's decimal scaling.
    ['en-US', 1.7e308, false, `17${',000'.repeat(103)} pts`],
    ['en-US', -1.7e308, true, `-17${',000'.repeat(103)} pts`],
    ['de-DE', Number.MAX_VALUE, true, `+17.976.931.348.623.157${'.000'.repeat(98)} pts`],
  ])('in %s says a %d change (signed: %s) as %s', (locale, change, signed, expected) => {
    expect(createFormatters(locale, { style: 'percent' }).points(change, signed)).toBe(expected);
  });

  it('treats a percent-format KPI as a rate, and others not', () => {
    expect(createFormatters('en-US', { style: 'percent' }).isRate).toBe(true);
    expect(createFormatters('en-US', { style: 'currency', currency: 'EUR' }).isRate).toBe(false);
    expect(createFormatters('en-US').isRate).toBe(false);
  });
});

describe('valueParts', () => {
  it.each<[string, NumberFormatInput | undefined, string | undefined, number, { number: string; separator: string; unit: string }]>([
    ['a document unit word', undefined, 'sign-ups', 235, { number: '235', separator: ' ', unit: 'sign-ups' }],
    ['an Intl unit after the number', { style: 'unit', unit: 'hour', unitDisplay: 'short' }, undefined, 33.5, { number: '33.5', separator: ' ', unit: 'hr' }],
    // The card showed "27.1 %": the unit split off and a space was put back where Intl has none.
    [
      'the percent unit, with no space before it',
      { style: 'unit', unit: 'percent', maximumFractionDigits: 1 },
      undefined,
      27.1,
      { number: '27.1', separator: '', unit: '%' },
    ],
    ['a percent, which stays whole', { style: 'percent' }, undefined, 0.41, { number: '41%', separator: '', unit: '' }],
    ['a currency before the number, which stays whole', { style: 'currency', currency: 'USD' }, undefined, 12, { number: '$12.00', separator: '', unit: '' }],
    ['no unit at all', undefined, undefined, 1862, { number: '1,862', separator: '', unit: '' }],
  ])('splits %s', (_name, format, unit, value, expected) => {
    expect(createFormatters('en-US', format, unit).valueParts(value)).toEqual(expected);
  });

  it('splits a currency printed after the number, keeping its no-break space (de-DE)', () => {
    expect(createFormatters('de-DE', { style: 'currency', currency: 'EUR' }).valueParts(12)).toEqual({ number: '12,00', separator: '\u00a0', unit: '€' });
  });

  it.each([
    ['en-US', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }],
    ['fr-FR', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }],
    ['de-DE', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }],
    ['ar-EG', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }],
    ['ja-JP', { style: 'unit', unit: 'hour', unitDisplay: 'long' }],
    ['de-DE', { style: 'currency', currency: 'EUR' }],
    ['sv-SE', { style: 'unit', unit: 'kilometer-per-hour' }],
  ] as [string, NumberFormatInput][])('joins to exactly what Intl prints (%s, %j)', (locale, format) => {
    const { number, separator, unit } = createFormatters(locale, format).valueParts(27.1);
    expect(number + separator + unit).toBe(new Intl.NumberFormat(locale, format as Intl.NumberFormatOptions).format(27.1));
  });
});
