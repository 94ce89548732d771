/**
 * The only judge of what a valid KPI document is. Never throws: it returns
 * either the normalised KPI or diagnostics, each with the JSON Pointer of the
 * bad field, what was expected and what was found.
 */
import * as v from 'valibot';
import { diagnosticAt } from './diagnostic.js';
import { diagnosticWords, schemaWords } from '../i18n/diagnostic-words.js';
import type { Words } from '../i18n/words.js';
import { crossFieldDiagnostics } from './cross-field-diagnostics.js';
import { KpiDocumentSchema } from './document.js';
import { setAsideBulkSeries, validated, withBulkSeries, type BulkSeries, type Diagnostic, type ValidationResult } from './normalise-document.js';
import { toPointer } from './pointer.js';

export type { Diagnostic, ValidationResult };

/** `/target/value: expected a number, got "45%"`; the root reads as "document". */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.path || 'document'}: ${diagnostic.message}`;
}

export function validateKpiDocument(input: unknown): ValidationResult {
  // valibot's object() accepts arrays; a list of KPIs is a common mistake worth naming.
  if (Array.isArray(input)) {
    return { ok: false, diagnostics: [diagnosticAt('', diagnosticWords('diagnostic.kpiArray'))] };
  }
  let parsed: v.SafeParseResult<typeof KpiDocumentSchema>;
  let bulk: BulkSeries | undefined;
  try {
    bulk = setAsideBulkSeries(input);
    parsed = v.safeParse(KpiDocumentSchema, bulk?.rest ?? input, { abortPipeEarly: true });
  } catch (cause) {
    // Getters that throw or exotic objects must still end in a diagnostic, never an exception.
    return { ok: false, diagnostics: [unreadable(cause)] };
  }
  if (!parsed.success) return { ok: false, diagnostics: dedupe(parsed.issues.flatMap((issue) => toDiagnostics(issue))) };
  const document = withBulkSeries(parsed.output, bulk);
  const diagnostics = crossFieldDiagnostics(document);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return validated(document, bulk);
}

/** A document whose reading threw (a getter, an exotic object): a diagnostic still, never an exception. */
export const unreadable = (cause: unknown): Diagnostic => diagnosticAt('', diagnosticWords('diagnostic.unreadable', { cause: String(cause) }));

/** valibot's bare type names, as a sentence says them. */
const EXPECTED_WORDS = {
  Object: 'diagnostic.expected.object',
  Array: 'diagnostic.expected.array',
  number: 'diagnostic.expected.number',
  string: 'diagnostic.expected.string',
  boolean: 'diagnostic.expected.boolean',
  integer: 'diagnostic.expected.integer',
} as const;

/** What the issue expected: the schema's own message, or valibot's notation for a check that has none. */
function expectedWords(issue: v.BaseIssue<unknown>): Words {
  const own = schemaWords(issue.message);
  if (own) return own;
  const expected = issue.expected ?? issue.type;
  return Object.hasOwn(EXPECTED_WORDS, expected)
    ? diagnosticWords(EXPECTED_WORDS[expected as keyof typeof EXPECTED_WORDS])
    : diagnosticWords('diagnostic.expected.other', { expected });
}

type PathKey = string | number;

function keysOf(issue: v.BaseIssue<unknown>): PathKey[] {
  return (issue.path ?? []).map((item) => item.key as PathKey);
}

/**
 * A valibot issue as diagnostics, with `prefix` before its path. Union issues
 * carry the issues of each branch, with paths relative to the union's input;
 * the deepest ones point at the real culprit. The board's validator uses it too.
 */
export function toDiagnostics(issue: v.BaseIssue<unknown>, prefix: readonly PathKey[] = []): Diagnostic[] {
  const path = [...prefix, ...keysOf(issue)];
  // Keep the branch that matches the input's shape: array indices for an array, keys for an object.
  const wantsIndex = Array.isArray(issue.input);
  const nested = (issue.issues ?? []).filter((sub) => (sub.path?.length ?? 0) > 0 && typeof sub.path?.[0]?.key === (wantsIndex ? 'number' : 'string'));
  if (issue.type === 'union' && nested.length > 0) {
    const deepest = Math.max(...nested.map((sub) => sub.path?.length ?? 0));
    return nested.filter((sub) => (sub.path?.length ?? 0) === deepest).flatMap((sub) => toDiagnostics(sub, path));
  }
  // For string checks valibot reports the measured length; people want to see the string itself.
  const received = issue.kind === 'validation' && typeof issue.input === 'string' ? JSON.stringify(issue.input) : issue.received;
  // A missing key: valibot's "expected" is the key's name, which says nothing new.
  if (issue.input === undefined && issue.expected?.startsWith('"')) return [diagnosticAt(toPointer(path), diagnosticWords('diagnostic.required'))];
  const expected = expectedWords(issue);
  const words =
    issue.input === undefined
      ? diagnosticWords('diagnostic.missing', { expected })
      : diagnosticWords('diagnostic.got', { expected, received: String(received) });
  return [diagnosticAt(toPointer(path), words)];
}

/** The diagnostics with repeats dropped, in order. */
export function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = formatDiagnostic(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
