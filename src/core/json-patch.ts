/**
 * JSON Patch (RFC 6902), the subset a live stream sends: `add` and `replace`.
 *
 *   [{ "op": "add", "path": "/series/-", "value": { "t": "2026-11-22T10:00:00Z", "v": 42 } },
 *    { "op": "replace", "path": "/value", "value": 42 }]
 *
 * - `add` at `…/-` appends to the array; at an array index (0 … length) inserts there;
 *   on an object sets the member (replacing it if present).
 * - `replace` sets a member or element that must already exist.
 * - Paths are JSON Pointers (RFC 6901). `""` (the whole document) is refused: a stream sends a
 *   new snapshot for that. `remove`, `move`, `copy` and `test` are refused too.
 *
 * Like validation, nothing here throws: problems come back as diagnostics whose path points
 * into the patch, e.g. `/2/path: expected a JSON Pointer string such as "/series/-", got 42`.
 */
import { authorWords } from '../i18n/author.js';
import type { Words } from '../i18n/words.js';
import { diagnosticAt, type Diagnostic } from './diagnostic.js';
import { parsePointer, resolvePointer, toPointer } from './pointer.js';

export interface PatchOperation {
  readonly op: 'add' | 'replace';
  /** A JSON Pointer, never `""`. */
  readonly path: string;
  readonly value: unknown;
}

export type ParsedPatch =
  { readonly ok: true; readonly operations: readonly PatchOperation[] } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Items appended to the end of one array by a patch. */
export interface ArrayAppend {
  /** The array's pointer, e.g. `/series` (or `/series/v` for columns). */
  readonly pointer: string;
  /** How many items the patch appended. */
  readonly count: number;
  /**
   * How many of the oldest items were then dropped to stay within `maxArrayLength`. When one
   * patch appends more than the cap, new items are among them: the array's last
   * `Math.min(count, array.length)` items are the new ones.
   */
  readonly dropped: number;
}

export type PatchResult =
  | {
      readonly ok: true;
      /** Every array appended to, in the order first touched. */
      readonly appends: readonly ArrayAppend[];
      /**
       * True when every operation appended to the end of an array (including none at all), so
       * `appends` describes the whole change and a view may take its append path; false after
       * any other change (a replaced value, an inserted element, a new member).
       */
      readonly onlyAppends: boolean;
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export interface ApplyPatchOptions {
  /**
   * The most items an array a patch added to may hold; beyond it the oldest are dropped.
   * Infinity (the default) keeps everything; a non-number or NaN counts as no cap.
   */
  readonly maxArrayLength?: number;
}

const SUPPORTED = new Set(['add', 'replace']);
/** Tokens that would reach or replace an object's prototype. */
const FORBIDDEN_TOKENS = new Set(['__proto__', 'prototype', 'constructor']);
const INDEX = /^(0|[1-9]\d*)$/;

/** Checks the shape of a patch (an array of operations), not whether it fits a document. */
export function parsePatch(json: unknown): ParsedPatch {
  if (!Array.isArray(json)) {
    return { ok: false, diagnostics: [diagnosticAt('', authorWords('stream.patch.notArray', { found: describe(json) }))] };
  }
  const diagnostics: Diagnostic[] = [];
  const operations: PatchOperation[] = [];
  json.forEach((item: unknown, index) => {
    const at = `/${index}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      diagnostics.push(diagnosticAt(at, authorWords('stream.patch.notOperation', { example: OPERATION_EXAMPLE, found: describe(item) })));
      return;
    }
    const { op, path, value } = item as Record<string, unknown>;
    const before = diagnostics.length;
    if (typeof op !== 'string' || !SUPPORTED.has(op)) {
      const refused = typeof op === 'string' && ['remove', 'move', 'copy', 'test'].includes(op);
      const words = refused
        ? authorWords('stream.patch.unsupported', { op: `"${op}"` })
        : op === undefined
          ? authorWords('stream.patch.required')
          : authorWords('stream.patch.op', { found: describe(op) });
      diagnostics.push(diagnosticAt(`${at}/op`, words));
    }
    const pathProblem = checkPath(path);
    if (pathProblem) diagnostics.push(diagnosticAt(`${at}/path`, pathProblem));
    if (value === undefined) diagnostics.push(diagnosticAt(`${at}/value`, authorWords('stream.patch.required')));
    if (diagnostics.length === before) operations.push({ op: op as PatchOperation['op'], path: path as string, value });
  });
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, operations };
}

/**
 * Applies the operations to `target` in order, all or none: if one fails, those before it are
 * undone and the target is as it was.
 *
 * It mutates `target` in place. The stream owns its copy of the document, and copying a
 * series of a million points for every message of a few points would defeat streaming.
 *
 * Afterwards each array the patch added items to is cut back to `maxArrayLength`, dropping the
 * oldest items, so a long-running stream stays within a bounded memory.
 */
export function applyPatch(target: unknown, operations: readonly PatchOperation[], options: ApplyPatchOptions = {}): PatchResult {
  if (!Array.isArray(operations)) return { ok: false, diagnostics: [diagnosticAt('', authorWords('stream.patch.notArray', { found: describe(operations) }))] };
  const undo: (() => void)[] = [];
  /** Arrays that grew, with the pointer and count of their appends (0 if only inserted into). */
  const grown = new Map<unknown[], { pointer: string; count: number }>();
  let onlyAppends = true;

  for (let index = 0; index < operations.length; index++) {
    const operation = operations[index] as PatchOperation;
    let outcome: Outcome;
    try {
      outcome = applyOne(target, operation, undo);
    } catch (cause) {
      // A frozen or otherwise unwritable part of the document.
      outcome = { problem: authorWords('stream.patch.unwritable', { cause: cause instanceof Error ? cause.message : String(cause) }) };
    }
    if ('problem' in outcome) {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
      return { ok: false, diagnostics: [diagnosticAt(`/${index}${outcome.field ?? ''}`, outcome.problem)] };
    }
    if (outcome.grew) {
      const entry = grown.get(outcome.grew.array) ?? { pointer: outcome.grew.pointer, count: 0 };
      if (outcome.appended) entry.count += 1;
      grown.set(outcome.grew.array, entry);
    }
    if (!outcome.appended) onlyAppends = false;
  }

  const max = capOf(options.maxArrayLength);
  const appends: ArrayAppend[] = [];
  for (const [array, { pointer, count }] of grown) {
    const dropped = Math.max(0, array.length - max);
    // splice shifts the rest down: O(length) per patch, not per point, which is fine at
    // dashboard message rates and keeps the document a plain JSON array.
    if (dropped > 0) array.splice(0, dropped);
    if (count > 0) appends.push({ pointer, count, dropped });
  }
  return { ok: true, appends, onlyAppends };
}

type Outcome =
  | { readonly problem: Words; readonly field?: string }
  | { readonly appended: boolean; readonly grew?: { readonly array: unknown[]; readonly pointer: string } };

function applyOne(target: unknown, operation: PatchOperation, undo: (() => void)[]): Outcome {
  if (operation === null || typeof operation !== 'object') return { problem: authorWords('stream.patch.notObject', { found: describe(operation) }) };
  const { op, path, value } = operation;
  if (!SUPPORTED.has(op)) return { problem: authorWords('stream.patch.op', { found: describe(op) }), field: '/op' };
  const pathProblem = checkPath(path);
  if (pathProblem) return { problem: pathProblem, field: '/path' };
  const tokens = parsePointer(path)!;
  const key = tokens.pop()!;
  const parentPointer = toPointer(tokens);
  const found = resolvePointer(target, parentPointer);
  const fail = (problem: Words): Outcome => ({ problem, field: '/path' });
  if (!found.found) return fail(authorWords('stream.patch.missing', { pointer: `"${found.missingAt}"` }));
  const parent = found.value;
  if (parent === null || typeof parent !== 'object') {
    return fail(
      parentPointer
        ? authorWords('stream.patch.notContainer', { pointer: `"${parentPointer}"`, found: describe(parent) })
        : authorWords('stream.patch.documentNotContainer', { found: describe(parent) }),
    );
  }

  if (Array.isArray(parent)) {
    const length = String(parent.length);
    const array = parentPointer
      ? authorWords('stream.patch.array', { pointer: `"${parentPointer}"`, length })
      : authorWords('stream.patch.documentArray', { length });
    if (op === 'add' && (key === '-' || key === String(parent.length))) {
      parent.push(value);
      undo.push(() => void parent.pop());
      return { appended: true, grew: { array: parent, pointer: parentPointer } };
    }
    if (!INDEX.test(key)) return fail(authorWords(op === 'add' ? 'stream.patch.indexOrEnd' : 'stream.patch.index', { array, key: `"${key}"` }));
    const index = Number(key);
    if (op === 'add') {
      if (index > parent.length) return fail(authorWords('stream.patch.pastEnd', { index: String(index), array }));
      parent.splice(index, 0, value);
      undo.push(() => void parent.splice(index, 1));
      return { appended: false, grew: { array: parent, pointer: parentPointer } };
    }
    if (index >= parent.length) return fail(authorWords('stream.patch.pastEndReplace', { index: String(index), array }));
    const old: unknown = parent[index];
    parent[index] = value;
    undo.push(() => (parent[index] = old));
    return { appended: false };
  }

  const object = parent as Record<string, unknown>;
  const had = Object.hasOwn(object, key);
  if (op === 'replace' && !had) return fail(authorWords('stream.patch.noMember', { pointer: `"${path}"` }));
  const old = object[key];
  object[key] = value;
  undo.push(() => {
    if (had) object[key] = old;
    else delete object[key];
  });
  return { appended: false };
}

/** Why a path is not one a patch may use, or undefined. */
function checkPath(path: unknown): Words | undefined {
  if (path === undefined) return authorWords('stream.patch.required');
  const tokens = typeof path === 'string' ? parsePointer(path) : undefined;
  if (!tokens) return authorWords('stream.patch.pointer', { example: '"/series/-"', found: describe(path) });
  if (tokens.length === 0) return authorWords('stream.patch.wholeDocument');
  const forbidden = tokens.find((token) => FORBIDDEN_TOKENS.has(token));
  if (forbidden !== undefined) return authorWords('stream.patch.forbidden', { token: `"${forbidden}"` });
  return undefined;
}

const OPERATION_EXAMPLE = '{"op": "add", "path": "/series/-", "value": …}';

function capOf(max: unknown): number {
  return typeof max === 'number' && !Number.isNaN(max) ? Math.max(0, Math.floor(max)) : Infinity;
}

/** A value as a message names it: strings, numbers and null as JSON, others by their kind. */
function describe(value: unknown): string | Words {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const kind = value === undefined ? 'nothing' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : 'other';
  return authorWords('stream.patch.value', { kind, type: typeof value });
}
