/**
 * Checks for the theme files in src/themes/ (used by scripts/write-framework-types.ts,
 * which refuses to ship a theme that fails, and by the framework type tests):
 *
 * - every property a theme sets is a public token: documented with `@cssproperty` in
 *   custom-elements.json and read with `var(--kpi-…)` somewhere in src/. The one other
 *   property allowed is `color-scheme`, which the class themes set so that the kit's
 *   light-dark() defaults and the browser's own controls follow;
 * - light.css, dark.css and high-contrast.css each set every colour token (`--kpi-color-*`
 *   and `--kpi-focus-ring`), so a theme never mixes with another one set higher up;
 * - text, secondary text, status and data-state colours keep their contrast against the
 *   theme's surface: 4.5:1 (WCAG AA) in light, dark and the brand example, 7:1 (AAA) in
 *   high contrast, for both halves of a light-dark() value;
 * - the band fills keep the kit's one scheme (Few): the worse the range, the more ink (further
 *   from the surface in lightness), adjacent bands at least 8 apart in CIE L*, as
 *   test/unit/tokens.test.ts asks of the defaults.
 */
import { readdir, readFile } from 'node:fs/promises';

const COMPLETE = ['light.css', 'dark.css', 'high-contrast.css'];
const CONTRAST: Record<string, number> = { 'high-contrast.css': 7 };
const TEXT_TOKENS = [
  '--kpi-color-text',
  '--kpi-color-muted',
  '--kpi-color-good',
  '--kpi-color-warning',
  '--kpi-color-critical',
  '--kpi-color-neutral',
  '--kpi-color-data-state',
];
const BANDS = ['--kpi-color-band-good', '--kpi-color-band-warning', '--kpi-color-band-critical'];
/** The kit's own defaults (src/styles/tokens.styles.ts), for tokens a theme leaves alone. */
const DEFAULTS: Record<string, [string, string]> = {
  '--kpi-color-text': ['#1c2024', '#e8eaed'],
  '--kpi-color-muted': ['#5b636b', '#a4acb4'],
  '--kpi-color-surface': ['#ffffff', '#1d2125'],
  '--kpi-color-good': ['#1b7a3d', '#6dd58c'],
  '--kpi-color-warning': ['#9a5b00', '#f3b55a'],
  '--kpi-color-critical': ['#b3261e', '#ff8a80'],
  '--kpi-color-neutral': ['#5b636b', '#a4acb4'],
  '--kpi-color-data-state': ['#3f5573', '#a9bdd6'],
};

/** The public tokens: documented in the manifest and read in src/. */
export async function publicTokens(root: string): Promise<{ documented: Set<string>; read: Set<string> }> {
  const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8')) as {
    modules: { declarations?: { cssProperties?: { name: string }[] }[] }[];
  };
  const documented = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name))));
  const read = new Set<string>();
  const files = (await readdir(`${root}src`, { recursive: true })).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const text = await readFile(`${root}src/${file}`, 'utf8');
    for (const match of text.matchAll(/var\(\s*(--kpi-[\w-]+)/g)) read.add(match[1]!);
  }
  return { documented, read };
}

/** `[selector, [property, value][]]` for each rule of a flat stylesheet (no nesting, no at-rules). */
export function parseRules(css: string): { selector: string; declarations: [string, string][] }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: { selector: string; declarations: [string, string][] }[] = [];
  for (const match of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = match[2]!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d): [string, string] => {
        const colon = d.indexOf(':');
        return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
      });
    rules.push({ selector: match[1]!.trim().replace(/\s+/g, ' '), declarations });
  }
  if (text.replace(/([^{}]+)\{([^{}]*)\}/g, '').trim() !== '') throw new Error('a theme file holds something other than flat rules');
  return rules;
}

/** The light and dark halves of `light-dark(a, b)`, or the value twice. */
function halves(value: string): [string, string] {
  const match = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  return match ? [match[1]!, match[2]!] : [value, value];
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`${hex} is not a #rrggbb colour`);
  const channel = (i: number): number => {
    const c = parseInt(match[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** CIE L* (0 black to 100 white) of a #rrggbb colour. */
export function lightness(hex: string): number {
  const y = luminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Problems in the named files of src/themes/, in words; none when they may ship. */
export async function checkThemes(root: string, files: string[]): Promise<string[]> {
  const tokens = await publicTokens(root);
  const problems: string[] = [];
  for (const file of files) problems.push(...checkTheme(file, await readFile(`${root}src/themes/${file}`, 'utf8'), tokens));
  return problems;
}

/** Problems in one theme file `file` whose text is `css`, against the public tokens. */
export function checkTheme(file: string, css: string, { documented, read }: { documented: Set<string>; read: Set<string> }): string[] {
  const colourTokens = [...documented].filter((t) => read.has(t) && (t.startsWith('--kpi-color-') || t === '--kpi-focus-ring'));
  const problems: string[] = [];
  const rules = parseRules(css);
  const set = new Map<string, string>();
  for (const { selector, declarations } of rules) {
    for (const [property, value] of declarations) {
      if (property === 'color-scheme') continue;
      if (!property.startsWith('--kpi-')) problems.push(`${file}: ${selector} sets ${property}, which is not a --kpi-* token`);
      else if (!documented.has(property)) problems.push(`${file}: ${property} is not documented (@cssproperty) on any element`);
      else if (!read.has(property)) problems.push(`${file}: ${property} is documented but nothing in src/ reads it`);
      set.set(property, value);
    }
  }
  if (COMPLETE.includes(file)) {
    const left = colourTokens.filter((t) => !set.has(t));
    if (left.length > 0) problems.push(`${file}: leaves ${left.join(', ')} to the page's defaults`);
  }
  const minimum = CONTRAST[file] ?? 4.5;
  const scheme = (i: 0 | 1, token: string): string | undefined => {
    const value = set.get(token);
    return value === undefined ? DEFAULTS[token]?.[i] : halves(value)[i];
  };
  // A theme that pins one scheme (light.css; dark.css sets color-scheme: dark) is judged in it.
  const schemes: (0 | 1)[] = file === 'dark.css' ? [1] : file === 'light.css' || file === 'brand-example.css' ? [0] : [0, 1];
  for (const i of schemes) {
    const surface = scheme(i, '--kpi-color-surface')!;
    const bands = BANDS.map((token) => set.get(token) && halves(set.get(token)!)[i]);
    if (bands.every(Boolean)) {
      // Distance from the surface: the ink each band puts down, good < warning < critical.
      const ink = bands.map((colour) => Math.abs(lightness(colour!) - lightness(surface)));
      for (let k = 1; k < ink.length; k++) {
        if (ink[k]! - ink[k - 1]! < 8) {
          problems.push(
            `${file}: ${BANDS[k]} is only ${(ink[k]! - ink[k - 1]!).toFixed(1)} L* further from the surface than ${BANDS[k - 1]} (${i ? 'dark' : 'light'}); keep 8`,
          );
        }
      }
    }
    for (const token of TEXT_TOKENS) {
      const colour = scheme(i, token);
      if (!colour) continue;
      const ratio = contrast(colour, surface);
      if (ratio < minimum) {
        problems.push(`${file}: ${token} ${colour} on ${surface} is ${ratio.toFixed(2)}:1, under ${minimum}:1 (${i ? 'dark' : 'light'})`);
      }
    }
  }
  return problems;
}
