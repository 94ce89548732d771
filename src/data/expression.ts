/**
 * The `expression` attribute: a JSONata expression (https://jsonata.org) that reshapes the JSON
 * before the pointers apply, so a page can filter, group and sum records without a script (which
 * a strict Content Security Policy would not allow inline). JSONata is an interpreter, with no
 * `eval` or `new Function`, so it runs under `script-src 'self'` and Trusted Types. This module,
 * and JSONata with it, load the first time a page uses the attribute.
 */
import type jsonataFunction from 'jsonata';
import { authorWords } from '../i18n/author.js';
import { withWords, type Words } from '../i18n/words.js';

type Jsonata = typeof jsonataFunction;
type Compiled = ReturnType<Jsonata>;

export type ExpressionResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string; readonly words: Words };

let loading: Promise<Jsonata> | undefined;

/** JSONata ships as UMD: bundlers hand its export over as the default; a browser loading the file itself gets a global. */
const load = (): Promise<Jsonata> =>
  (loading ??= import('jsonata').then(
    (module) => (module as { default?: Jsonata }).default ?? (globalThis as { jsonata?: Jsonata }).jsonata ?? Promise.reject(new Error('JSONata did not load')),
  ));

/** Compiled once per expression text: every card on a page with the same expression shares it. */
const compiled = new Map<string, Compiled | ExpressionResult>();

/** JSONata's errors carry where in the expression they are (`position`, a character count). */
function describe(cause: unknown, expression: string): Words {
  const error = cause as { message?: unknown; position?: unknown } | null;
  const message = typeof error?.message === 'string' ? error.message : String(cause);
  const quoted = `"${expression}"`;
  return typeof error?.position === 'number'
    ? authorWords('expression.at', { message, position: String(error.position), expression: quoted })
    : authorWords('expression.in', { message, expression: quoted });
}

/** Evaluates `expression` on `json`; never throws. */
export async function evaluateExpression(expression: string, json: unknown): Promise<ExpressionResult> {
  let jsonata: Jsonata;
  try {
    jsonata = await load();
  } catch (cause) {
    loading = undefined;
    return { ok: false, ...withWords(authorWords('expression.runFailed', { reason: cause instanceof Error ? cause.message : String(cause) })) };
  }
  let entry = compiled.get(expression);
  if (!entry) {
    try {
      entry = jsonata(expression);
    } catch (cause) {
      entry = { ok: false, ...withWords(authorWords('expression.invalid', { detail: describe(cause, expression) })) };
    }
    compiled.set(expression, entry);
  }
  if ('ok' in entry) return entry;
  try {
    const value: unknown = await entry.evaluate(json);
    if (value === undefined) return { ok: false, ...withWords(authorWords('expression.noMatch', { expression: `"${expression}"` })) };
    return { ok: true, value };
  } catch (cause) {
    return { ok: false, ...withWords(authorWords('expression.failed', { detail: describe(cause, expression) })) };
  }
}
