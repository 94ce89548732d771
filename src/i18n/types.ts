/**
 * The placeholders of a message, read from its English text by the type checker, so
 * `formatMessage(locale, 'pace.line.onTrack', { projected })` is checked: a missing or
 * misspelt value is a type error. The walk mirrors `parseMessage` (message-format.ts):
 * text, `{name}`, `{name, list…}`, and `{name, plural|select, sel {branch} …}` whose
 * branches are text again. It only reads the English catalogue; the translations are
 * checked against it by the catalogue tests, with the real parser.
 */
import type en from './en.js';

type TrimStart<S extends string> = S extends ` ${infer R}` ? TrimStart<R> : S;
type Trim<S extends string> = TrimStart<S> extends `${infer R} ` ? Trim<R> : TrimStart<S>;

interface Found<N extends string, K extends string> {
  readonly name: N;
  readonly kind: K;
}

/** Message text up to its end or the `}` closing a branch: [what was found, the rest after that `}`]. */
type Text<S extends string, F> = S extends `${infer Before}{${infer After}`
  ? Before extends `${string}}${infer Rest}`
    ? [F, `${Rest}{${After}`]
    : Arg<After, F>
  : S extends `${string}}${infer Rest}`
    ? [F, Rest]
    : [F, ''];

type Arg<A extends string, F> = A extends `${infer Head}}${infer Rest}`
  ? Head extends `${infer Name},${infer Tail}`
    ? Tail extends `${infer Kind},${infer Options}`
      ? Trim<Kind> extends 'plural' | 'select'
        ? Branches<`${Options}}${Rest}`, F | Found<Trim<Name>, Trim<Kind>>>
        : Text<Rest, F | Found<Trim<Name>, Trim<Kind>>>
      : Text<Rest, F | Found<Trim<Name>, Trim<Tail>>>
    : Text<Rest, F | Found<Trim<Head>, 'arg'>>
  : [F, ''];

type Branches<S extends string, F> =
  TrimStart<S> extends `}${infer Rest}`
    ? Text<Rest, F>
    : S extends `${string}{${infer Body}`
      ? Text<Body, F> extends [infer F2, infer R extends string]
        ? Branches<R, F2>
        : never
      : [F, ''];

type ValueOfKind<K> = K extends 'plural' ? number : K extends 'select' ? string : K extends 'list' ? readonly string[] : string | number;

/** The values a message takes, by placeholder name. */
export type PlaceholderValues<S extends string> = {
  [F in Text<S, never>[0] as F extends Found<infer N, string> ? N : never]: F extends Found<string, infer K> ? ValueOfKind<K> : never;
};

export type EnglishCatalogue = typeof en;
export type MessageKey = keyof EnglishCatalogue;

/** The values of message `K`. */
export type MessageValues<K extends MessageKey> = PlaceholderValues<EnglishCatalogue[K]>;

/** A complete catalogue: every English key, each a message string. A missing or unknown key is a type error. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** Any subset of the messages: what a page override gives. */
export type MessageOverrides = { readonly [K in MessageKey]?: string };

/** The rest parameter of `formatMessage`: values are optional only for a message without placeholders. */
export type ValuesArgument<K extends MessageKey> = keyof MessageValues<K> extends never ? [values?: Record<string, never>] : [values: MessageValues<K>];
