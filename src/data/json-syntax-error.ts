/**
 * Where JSON text stops being JSON. `JSON.parse` says so differently in each
 * engine, often without a position ("Unexpected token '}', ..."), so failing
 * text is scanned again here by the JSON grammar (RFC 8259) to find the
 * offset of the first character that cannot be read. Only run after
 * `JSON.parse` failed; the text is never evaluated.
 */

export interface JsonSyntaxError {
  /** Offset of the first character that cannot be read (the text's length when it ends too early). */
  readonly offset: number;
  /** 1-based line and column of `offset`. */
  readonly line: number;
  readonly column: number;
  /** The text ended in the middle of a value: cut off, not malformed. */
  readonly truncated: boolean;
  /** The character at `offset`; `undefined` when truncated. */
  readonly found?: string;
}

/** Scanning stopped at `offset`. Thrown inside the scanner only. */
/** Thrown to stop reading at `offset` (an Error, so a stray one still reads as one). */
class Stop extends Error {
  constructor(readonly offset: number) {
    super(`stopped at ${offset}`);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * The first syntax error in `text` (or in its part from `start` to `end`,
 * e.g. without surrounding whitespace that JSON does not allow, such as a
 * BOM), or `undefined` when it is valid JSON (or too deeply nested to scan,
 * which `JSON.parse` reports well enough). Lines and columns count from the
 * start of `text`.
 */
export function findJsonSyntaxError(text: string, start = 0, end = text.length): JsonSyntaxError | undefined {
  let i = start;
  /** The character being read; `undefined` past the end. */
  const peek = (): string | undefined => (i < end ? text[i] : undefined);

  const stop = (): never => {
    throw new Stop(i);
  };
  const skipWhitespace = (): void => {
    while (i < end && WHITESPACE.has(peek() as string)) i++;
  };
  const expect = (c: string): void => {
    if (peek() !== c) stop();
    i++;
  };
  const digits = (): void => {
    if (!isDigit(peek())) stop();
    while (isDigit(peek())) i++;
  };

  const string = (): void => {
    i++; // the opening quote
    for (;;) {
      if (i >= end) stop();
      const c = peek() as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') stop();
      if (c !== '\\') {
        i++;
        continue;
      }
      i++;
      const escape = peek();
      if (escape !== undefined && SIMPLE_ESCAPES.has(escape)) {
        i++;
      } else if (escape === 'u') {
        i++;
        for (let k = 0; k < 4; k++) {
          if (!isHex(peek())) stop();
          i++;
        }
      } else {
        stop();
      }
    }
  };

  const number = (): void => {
    if (peek() === '-') i++;
    if (peek() === '0') i++;
    else digits();
    if (peek() === '.') {
      i++;
      digits();
    }
    if (peek() === 'e' || peek() === 'E') {
      i++;
      if (peek() === '+' || peek() === '-') i++;
      digits();
    }
  };

  const literal = (word: string): void => {
    for (const c of word) expect(c);
  };

  const members = (close: '}' | ']', member: () => void): void => {
    i++; // the opening bracket
    skipWhitespace();
    if (peek() === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      skipWhitespace();
      if (peek() === ',') {
        i++;
        continue;
      }
      expect(close);
      return;
    }
  };

  const value = (): void => {
    skipWhitespace();
    const c = peek();
    if (c === '{') {
      members('}', () => {
        skipWhitespace();
        if (peek() !== '"') stop();
        string();
        skipWhitespace();
        expect(':');
        value();
      });
    } else if (c === '[') members(']', value);
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || isDigit(c)) number();
    else stop();
  };

  try {
    value();
    skipWhitespace();
    if (i < end) stop();
    return undefined;
  } catch (thrown) {
    if (!(thrown instanceof Stop)) return undefined; // e.g. too deeply nested for the stack
    return locate(text, thrown.offset, end);
  }
}

function locate(text: string, offset: number, end: number): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  const truncated = offset >= end;
  return {
    offset,
    line,
    column: offset - lineStart + 1,
    truncated,
    ...(!truncated && { found: String.fromCodePoint(text.codePointAt(offset) as number) }),
  };
}
