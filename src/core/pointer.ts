/** JSON Pointer (RFC 6901): the addresses used both to map arbitrary JSON and to name bad fields. */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Builds a pointer from path segments: `['series', 3, 'v']` → `/series/3/v`. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escapeToken(segment)}`).join('');
}

/** Splits a pointer into unescaped tokens, or returns `undefined` when it is not a valid pointer. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A JSON object (not an array, not null): what a pointer's tokens step into by name. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export type PointerResult = { found: true; value: unknown } | { found: false; missingAt: string };

/**
 * Resolves a pointer against a JSON value. Reports the deepest pointer that
 * did not resolve, so an error can say exactly where the mapping broke.
 */
export function resolvePointer(document: unknown, pointer: string): PointerResult {
  const tokens = parsePointer(pointer);
  if (!tokens) return { found: false, missingAt: pointer };
  let current: unknown = document;
  for (let depth = 0; depth < tokens.length; depth++) {
    const token = tokens[depth] as string;
    const container = current;
    const isIndex = Array.isArray(container) && /^(0|[1-9]\d*)$/.test(token);
    const has =
      container !== null &&
      typeof container === 'object' &&
      (Array.isArray(container) ? isIndex && Number(token) < container.length : Object.hasOwn(container, token));
    if (!has) return { found: false, missingAt: toPointer(tokens.slice(0, depth + 1)) };
    current = (container as Record<string, unknown>)[token];
  }
  return { found: true, value: current };
}
