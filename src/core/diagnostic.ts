/** One problem found in a document, and how it reads. Valibot-free, so every element can word a failure without loading the validator. */
export interface Diagnostic {
  /** JSON Pointer of the offending field; `""` is the document itself. */
  readonly path: string;
  /** What was expected and found, e.g. `expected a number, got "45%"`. */
  readonly message: string;
}

/** `/target/value: expected a number, got "45%"`; the root reads as "document". */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.path || 'document'}: ${diagnostic.message}`;
}
