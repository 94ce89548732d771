/**
 * A small ICU-like message syntax, parsed once per string and formatted with the platform's
 * grammar (Intl.PluralRules, Intl.NumberFormat, Intl.ListFormat). Pure: no DOM, no Lit.
 *
 * The syntax, all of it:
 *
 * - `{name}`: a value. A string is inserted as it is; a number is formatted by
 *   `Intl.NumberFormat(locale)`; an array of strings is joined by `Intl.ListFormat(locale)` (and).
 * - `{name, list}` / `{name, list, or}`: an array of strings joined as a conjunction or a
 *   disjunction by `Intl.ListFormat(locale)`.
 * - `{name, plural, =0 {…} one {…} other {…}}`: picks a branch by an exact `=N` match, else by
 *   `Intl.PluralRules(locale).select(n)` (`zero one two few many other`), else `other`. Inside a
 *   branch, `#` is `n` formatted by `Intl.NumberFormat(locale)`. When the text must show the number
 *   formatted otherwise (signed, with a unit), pass that text as another value and write it
 *   instead of `#`: `{count, plural, one {{value} pt} other {{value} pts}}`.
 * - `{name, select, a {…} b {…} other {…}}`: picks the branch named by a string value, else `other`.
 *
 * Branches nest. There is no quoting: a message cannot contain a literal `{` or `}`, so code
 * (JSON, attribute syntax) is passed in as a value. Japanese needs only `other`; Arabic needs all
 * six categories, which is why plurals are branches inside one message rather than one key per
 * category: each locale writes the categories its language has, and a test checks them
 * against `Intl.PluralRules(locale).resolvedOptions().pluralCategories`.
 */

export type MessageNode =
  | string
  | { readonly type: 'arg'; readonly name: string }
  | { readonly type: 'pound' }
  | {
      readonly type: 'list';
      readonly name: string;
      readonly style: 'and' | 'or';
    }
  | {
      readonly type: 'plural' | 'select';
      readonly name: string;
      readonly options: Readonly<Record<string, readonly MessageNode[]>>;
    };

export type ParsedMessage = readonly MessageNode[];

export class MessageSyntaxError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly offset: number,
  ) {
    super(`${message} at ${offset} in ${JSON.stringify(source)}`);
    this.name = 'MessageSyntaxError';
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses a message; throws `MessageSyntaxError` on a malformed one (the catalogue tests parse every message). */
export function parseMessage(source: string): ParsedMessage {
  let i = 0;
  const fail = (what: string): never => {
    throw new MessageSyntaxError(what, source, i);
  };
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i] as string)) i++;
  };
  const word = (): string => {
    skipSpace();
    const start = i;
    while (i < source.length && !/[\s,{}]/.test(source[i] as string)) i++;
    return source.slice(start, i);
  };

  // Text up to the end (top level) or the `}` that closes a branch.
  const text = (inPlural: boolean, nested: boolean): MessageNode[] => {
    const nodes: MessageNode[] = [];
    let literal = '';
    const flush = () => {
      if (literal) nodes.push(literal);
      literal = '';
    };
    while (i < source.length) {
      const c = source[i] as string;
      if (c === '}') {
        if (!nested) fail('Unexpected "}"');
        flush();
        return nodes;
      }
      if (c === '{') {
        flush();
        i++;
        nodes.push(argument(inPlural));
        continue;
      }
      if (c === '#' && inPlural) {
        flush();
        nodes.push({ type: 'pound' });
        i++;
        continue;
      }
      literal += c;
      i++;
    }
    if (nested) fail('Unclosed branch');
    flush();
    return nodes;
  };

  const argument = (inPlural: boolean): MessageNode => {
    const name = word();
    if (!NAME.test(name)) fail(`Bad placeholder name "${name}"`);
    skipSpace();
    if (source[i] === '}') {
      i++;
      return { type: 'arg', name };
    }
    if (source[i] !== ',') fail('Expected "," or "}"');
    i++;
    const kind = word();
    skipSpace();
    if (kind === 'list') {
      let style: 'and' | 'or' = 'and';
      if (source[i] === ',') {
        i++;
        const given = word();
        if (given !== 'or' && given !== 'and') fail(`Unknown list style "${given}"`);
        style = given as 'and' | 'or';
        skipSpace();
      }
      if (source[i] !== '}') fail('Expected "}"');
      i++;
      return { type: 'list', name, style };
    }
    if (kind !== 'plural' && kind !== 'select') return fail(`Unknown argument type "${kind}"`);
    if (source[i] !== ',') fail('Expected ","');
    i++;
    const options: Record<string, MessageNode[]> = {};
    for (;;) {
      skipSpace();
      if (source[i] === '}') {
        i++;
        break;
      }
      const selector = word();
      if (!selector) fail('Expected a selector');
      skipSpace();
      if (source[i] !== '{') fail(`Expected "{" after "${selector}"`);
      i++;
      if (selector in options) fail(`Repeated selector "${selector}"`);
      options[selector] = text(kind === 'plural' || inPlural, true);
      i++; // the branch's "}"
    }
    if (!('other' in options)) fail(`"${name}" has no "other" branch`);
    return { type: kind, name, options };
  };

  return text(false, false);
}

/** A value a message may take. Anything else (a Lit template, a DOM node) passes through `formatMessageToParts` untouched. */
export type MessageValue = string | number | readonly string[];

const cache = new Map<string, unknown>();
/** An Intl object (or anything costly to build) made once per `key`. */
export function cached<T>(key: string, make: () => T): T {
  let hit = cache.get(key) as T | undefined;
  if (hit === undefined) {
    if (cache.size > 256) cache.clear();
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

/** Intl constructors reject a malformed tag: fall back to the host default rather than throw. */
export function safe<T>(make: (locale: string | undefined) => T, locale: string | undefined): T {
  try {
    return make(locale);
  } catch {
    return make(undefined);
  }
}

export const pluralRules = (locale: string | undefined): Intl.PluralRules => cached(`plural|${locale}`, () => safe((l) => new Intl.PluralRules(l), locale));
const numbers = (locale: string | undefined): Intl.NumberFormat => cached(`number|${locale}`, () => safe((l) => new Intl.NumberFormat(l), locale));
const lists = (locale: string | undefined, style: 'and' | 'or'): Intl.ListFormat =>
  cached(`list|${style}|${locale}`, () =>
    safe(
      (l) =>
        new Intl.ListFormat(l, {
          type: style === 'or' ? 'disjunction' : 'conjunction',
        }),
      locale,
    ),
  );

/**
 * The parts of a formatted message: strings, and any value that is not a string, number or
 * string array passed through as it is, so a Lit template can place a `<time>` or `<code>` where its
 * placeholder stands. A missing value shows as `{name}`, so the gap is visible and nothing throws.
 */
export function formatParsed(locale: string | undefined, message: ParsedMessage, values: Readonly<Record<string, unknown>>): unknown[] {
  const out: unknown[] = [];
  const push = (part: unknown) => {
    const last = out[out.length - 1];
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else if (part !== '') out.push(part);
  };
  const walk = (nodes: readonly MessageNode[], count: number | undefined) => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        push(node);
        continue;
      }
      if (node.type === 'pound') {
        push(count === undefined ? '#' : numbers(locale).format(count));
        continue;
      }
      const value = values[node.name];
      if (value === undefined) {
        push(`{${node.name}}`);
        continue;
      }
      if (node.type === 'arg') {
        if (typeof value === 'number') push(numbers(locale).format(value));
        else if (Array.isArray(value)) push(lists(locale, 'and').format(value.map(String)));
        else push(value);
      } else if (node.type === 'list') {
        push(lists(locale, node.style).format(Array.isArray(value) ? value.map(asText) : [asText(value)]));
      } else if (node.type === 'plural') {
        const n = typeof value === 'number' ? value : Number(value);
        const branch = node.options[`=${n}`] ?? node.options[pluralRules(locale).select(n)] ?? node.options.other ?? [];
        walk(branch, n);
      } else {
        walk(node.options[asText(value)] ?? node.options.other ?? [], count);
      }
    }
  };
  walk(message, undefined);
  return out;
}

/** A formatted message as one string: any value passed through is written as its string. */
export function formatToString(locale: string | undefined, message: ParsedMessage, values: Readonly<Record<string, unknown>>): string {
  return formatParsed(locale, message, values)
    .map((part) => (typeof part === 'string' ? part : String(part)))
    .join('');
}

/** Every placeholder a parsed message uses, with its kind: what the catalogue tests compare across locales. */
export function placeholdersOf(message: ParsedMessage): Map<string, 'arg' | 'list' | 'plural' | 'select'> {
  const found = new Map<string, 'arg' | 'list' | 'plural' | 'select'>();
  const walk = (nodes: readonly MessageNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string' || node.type === 'pound') continue;
      if (!found.has(node.name) || node.type !== 'arg') found.set(node.name, node.type);
      if (node.type === 'plural' || node.type === 'select') Object.values(node.options).forEach(walk);
    }
  };
  walk(message);
  return found;
}

/** Every plural argument of a message, one entry per use, with the categories (and `=N` matches) its branches name. */
export function pluralBranchesOf(message: ParsedMessage): { readonly name: string; readonly branches: readonly string[] }[] {
  const found: { name: string; branches: string[] }[] = [];
  const walk = (nodes: readonly MessageNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string' || node.type === 'pound' || node.type === 'arg' || node.type === 'list') continue;
      if (node.type === 'plural') found.push({ name: node.name, branches: Object.keys(node.options) });
      Object.values(node.options).forEach(walk);
    }
  };
  walk(message);
  return found;
}

/** A placeholder's value as text: strings as they are, numbers and the like by String(), anything else as JSON. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}
