/**
 * The README's framework snippets, read from README.md itself, so that the lines a user
 * copies are the lines the tests run. Pure functions of the README's text: the interop
 * config reads the file in Node, the browser tests import it with `?raw`.
 */

/** The source of the README's Vue `isCustomElement` function: `(tag) => …`. Every copy in the README must agree. */
export function vueIsCustomElementSource(readme: string): string {
  const found = [...readme.matchAll(/^\s*isCustomElement: (\(tag\) => .+?),?$/gm)].map((m) => m[1]!);
  if (found.length === 0) throw new Error('README.md has no `isCustomElement: (tag) => …` line');
  const distinct = [...new Set(found)];
  if (distinct.length > 1) throw new Error(`README.md gives isCustomElement ${distinct.length} ways: ${distinct.join(' | ')}`);
  return distinct[0]!;
}

/** The README's `isCustomElement`, as a function. */
export function compileVueIsCustomElement(readme: string): (tag: string) => boolean {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the README's snippet is compiled as the reader would paste it
  return new Function(`return ${vueIsCustomElementSource(readme)};`)() as (tag: string) => boolean;
}
