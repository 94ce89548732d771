/**
 * A board's own rules as worded diagnostics: ids unique within the board, and each `leads` entry
 * naming an outcome of its goal once. The rules themselves are `repeatedIds` and `wrongLeads`
 * (normalise-document.ts), which the fast path asks without loading these words.
 */
import { diagnosticWords } from '../i18n/diagnostic-words.js';
import type { Words } from '../i18n/words.js';
import { diagnosticAt, type Diagnostic } from './diagnostic.js';
import { repeatedIds, wrongLeads, type IdOwner, type RawGoal } from './normalise-document.js';

/** Each later use of an id, worded. */
export function idDiagnostics(goals: readonly RawGoal[], owners: ReadonlyMap<string, IdOwner>): Diagnostic[] {
  return repeatedIds(goals, owners).map(({ id, pointer, first }) =>
    diagnosticAt(pointer, diagnosticWords('diagnostic.duplicateId', { id: `"${id}"`, pointer: first })),
  );
}

/** Each `leads` entry that names no outcome of its goal, or one named again, worded. */
export function leadsDiagnostics(goals: readonly RawGoal[], owners: ReadonlyMap<string, IdOwner>): Diagnostic[] {
  return wrongLeads(goals, owners).map(({ path, lead, again, outcomeIds, owner }) => {
    const received = `"${lead}"`;
    if (again) return diagnosticAt(path, diagnosticWords('diagnostic.leadTwice', { lead: received }));
    const expected =
      outcomeIds.length === 0
        ? diagnosticWords('diagnostic.expected.outcomeOfNoGoal')
        : diagnosticWords('diagnostic.expected.outcomeOfGoal', { ids: outcomeIds.map((id) => `"${id}"`) });
    const words = owner
      ? diagnosticWords('diagnostic.gotOwned', { expected, received, owner: ownerWords(owner) })
      : diagnosticWords('diagnostic.got', { expected, received });
    return diagnosticAt(path, words);
  });
}

/** What an id names, after "which is": "a goal", "an outcome of goal "x"". */
function ownerWords({ role, goal }: IdOwner): Words {
  return goal === undefined || role === 'goal'
    ? diagnosticWords('diagnostic.owner', { role })
    : diagnosticWords('diagnostic.ownerInGoal', { role, goal: `"${goal}"` });
}
