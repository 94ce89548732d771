import { describe, expect, it } from 'vitest';
import { chooseSource, pollPeriodMs, positiveOr, sameRequest, sameSource } from '../../src/data/source-choice.js';
import type { UrlSource } from '../../src/data/source-types.js';

describe('chooseSource', () => {
  const data = { id: 'a' };
  it.each([
    { name: 'data wins over everything', host: { data, source: 's', src: '/a.json' }, inline: '{}', expected: { origin: 'data', data } },
    { name: 'source wins over src, trimmed', host: { source: ' s ', src: '/a.json' }, inline: '{}', expected: { origin: 'source', id: 's' } },
    {
      name: 'src with defaults',
      host: { src: '/a.json' },
      inline: '{}',
      expected: { origin: 'src', url: '/a.json', stream: false, credentials: 'same-origin', request: undefined },
    },
    {
      name: 'an unknown credentials mode falls back to same-origin; sse streams',
      host: { src: '/a', credentials: 'everyone', stream: 'sse' },
      inline: undefined,
      expected: { origin: 'src', url: '/a', stream: true, credentials: 'same-origin', request: undefined },
    },
    {
      name: 'blank src and source fall through to inline JSON',
      host: { src: '  ', source: '' },
      inline: '{"a":1}',
      expected: { origin: 'inline', text: '{"a":1}' },
    },
    { name: 'nothing at all', host: {}, inline: undefined, expected: undefined },
  ])('$name', ({ host, inline, expected }) => {
    expect(chooseSource(host, inline)).toEqual(expected);
  });
});

describe('sameSource and sameRequest', () => {
  const url = (over: Partial<UrlSource> = {}): UrlSource => ({
    origin: 'src',
    url: '/a',
    stream: false,
    credentials: 'same-origin',
    request: undefined,
    ...over,
  });
  it('a changed credentials mode is the same source, asked for differently', () => {
    expect(sameSource(url(), url({ credentials: 'include' }))).toBe(true);
    expect(sameRequest(url(), url({ credentials: 'include' }))).toBe(false);
  });
  it('another URL or a stream is another source', () => {
    expect(sameSource(url(), url({ url: '/b' }))).toBe(false);
    expect(sameSource(url(), url({ stream: true }))).toBe(false);
  });
  it('a new data object is another source, even with the same contents', () => {
    expect(sameSource({ origin: 'data', data: { v: 1 } }, { origin: 'data', data: { v: 1 } })).toBe(false);
  });
});

describe('pollPeriodMs and positiveOr', () => {
  it.each([
    { refresh: 2, expected: 2_000 },
    { refresh: 0.05, expected: 50 },
    { refresh: 0, expected: 0 },
    { refresh: -1, expected: 0 },
    { refresh: Number.NaN, expected: 0 },
    { refresh: '3', expected: 3_000 },
  ])('refresh $refresh → $expected ms', ({ refresh, expected }) => {
    expect(pollPeriodMs({ origin: 'src', url: '/a', stream: false, credentials: 'omit', request: undefined }, refresh)).toBe(expected);
  });
  it('a stream or .data never polls', () => {
    expect(pollPeriodMs({ origin: 'src', url: '/a', stream: true, credentials: 'omit', request: undefined }, 5)).toBe(0);
    expect(pollPeriodMs({ origin: 'data', data: {} }, 5)).toBe(0);
  });
  it.each([
    [undefined, 30],
    [null, 30],
    ['', 30],
    [0, 30],
    [-2, 30],
    [Number.POSITIVE_INFINITY, 30],
    [2.5, 2.5],
  ])('positiveOr(%s, 30) → %s', (value, expected) => {
    expect(positiveOr(value, 30)).toBe(expected);
  });
});
