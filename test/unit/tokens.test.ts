/**
 * The band scheme read from the default tokens: adjacent bands must stay apart in lightness
 * (CIE L*), in the light and the dark theme, in greyscale and under simulated protanopia and
 * deuteranopia, so good and critical never become the same grey.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const tokens = readFileSync(new URL('../../src/styles/tokens.styles.ts', import.meta.url), 'utf8');

type Rgb = readonly [number, number, number];

/** `--_band-good: var(--kpi-color-band-good, light-dark(#edf2ee, #2a312c))` → the two colours. */
function bandColours(status: string): { light: Rgb; dark: Rgb } {
  const match = new RegExp(`--_band-${status}: var\\(--kpi-color-band-${status}, light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)\\)`).exec(tokens);
  if (!match) throw new Error(`no default for --_band-${status}`);
  return { light: hex(match[1] as string), dark: hex(match[2] as string) };
}

const hex = (text: string): Rgb => [1, 3, 5].map((i) => parseInt(text.slice(i, i + 2), 16) / 255) as unknown as Rgb;
const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** CIE L* of a colour given in linear sRGB. */
function lightness([r, g, b]: Rgb): number {
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

type Matrix = readonly [Rgb, Rgb, Rgb];
/** Machado, Oliveira and Fernandes (2009), severity 1, applied to linear sRGB. */
const PROTANOPIA: Matrix = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: Matrix = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));
const simulate = (m: Matrix, c: Rgb): Rgb => m.map((row) => clamp01(row[0] * c[0] + row[1] * c[1] + row[2] * c[2])) as unknown as Rgb;

const VISION: readonly [string, (c: Rgb) => Rgb][] = [
  ['normal vision (and greyscale)', (c) => c],
  ['protanopia', (c) => simulate(PROTANOPIA, c)],
  ['deuteranopia', (c) => simulate(DEUTERANOPIA, c)],
];

const ORDER = ['good', 'warning', 'critical'] as const;

describe('the band scheme', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [vision, see] of VISION) {
      it(`keeps adjacent bands at least 8 L* apart, worse with more ink, in the ${theme} theme for ${vision}`, () => {
        const l = ORDER.map((status) => lightness(see(bandColours(status)[theme].map(toLinear) as unknown as Rgb)));
        // More ink for a worse range: darker on a light surface, lighter on a dark one.
        const ink = theme === 'light' ? l.map((v) => -v) : l;
        for (let i = 1; i < ORDER.length; i++) {
          expect(ink[i]! - ink[i - 1]!, `${ORDER[i - 1]} → ${ORDER[i]}`).toBeGreaterThanOrEqual(8);
        }
      });
    }
  }

  it('computes L* as CIE does: white 100, black 0, mid grey #777777 about 50', () => {
    expect(lightness([1, 1, 1])).toBeCloseTo(100, 5);
    expect(lightness([0, 0, 0])).toBe(0);
    expect(lightness(hex('#777777').map(toLinear) as unknown as Rgb)).toBeCloseTo(50.0, 0);
  });

  it('reads every private token from a public one, and never assigns a public token', () => {
    const privates = [...tokens.matchAll(/(--_[a-z0-9-]+): (.+);/g)];
    expect(privates.length).toBeGreaterThan(10);
    for (const [, name, value] of privates) {
      if (name === '--_status') continue; // derived per status, from the private status colours
      expect(value, name).toMatch(/^var\(--kpi-[a-z0-9-]+, /);
    }
    expect(tokens).not.toMatch(/^\s*--kpi-[a-z0-9-]+:/m);
  });
});
