/**
 * Minifies the CSS inside Lit `css`...`` tagged templates at build time.
 *
 * esbuild and oxc minify JavaScript but treat template text as opaque, so the
 * kit's styles would ship with every space, newline and comment. This module
 * finds each `css` literal (the tag imported from 'lit'), turns its text into
 * plain CSS with a placeholder per `${…}` expression, minifies that with
 * esbuild's CSS minifier, puts the expressions back and rewrites the literal.
 *
 * Used by the vite build (npm and CDN, see vite.config.ts) and by
 * `npm run size` (scripts/size.js), so the size table measures what ships.
 *
 * Placeholders (N is the expression's index, the prefix is unique in the file):
 * - statement position (after `{`, `}`, `;` or at the start, with nothing but
 *   `;`, `}`, a newline or the end after it on its line), e.g. `${otherStyles}`
 *   or `${unsafeCSS('color: red')};` alone on a line: the at-rule `@__kpiph_N_;`,
 *   which esbuild keeps where it is in a stylesheet, an at-rule block or a rule;
 * - anywhere else (a value, part of a selector, a media query, a unit): the
 *   identifier `__kpiph_N_`. Each expression has its own, so the minifier never
 *   sees two equal values it could merge.
 * An expression inside a CSS string or comment, an esbuild warning, or a
 * placeholder that did not come out exactly once and in order leaves the
 * literal as written (the caller is told why, once per literal).
 *
 * Lit joins the *cooked* template strings, so the CSS is the cooked text
 * (`\\2022` in the source is the CSS escape `\2022`); the minified CSS is
 * escaped back into template-literal source. A literal with an invalid escape
 * (cooked text undefined) is left alone.
 *
 * Plain ESM with JSDoc, importable from vite.config.ts and node scripts alike.
 */
import { transform } from 'esbuild';
import { parseSync } from 'vite';

/** Modules whose `css` export is Lit's tag. */
const LIT_MODULES = new Set(['lit', 'lit-element', 'lit-element/lit-element.js', '@lit/reactive-element', '@lit/reactive-element/css-tag.js']);

/** Grouping at-rules whose blocks hold rules, not declarations (a statement placeholder there needs no `;`). */
const RULE_LIST_AT_RULES = /^@(?:media|supports|container|layer|scope|starting-style|document|(?:-[a-z]+-)?keyframes)\b/i;

/**
 * @typedef {object} MinifyResult
 * @property {string} code The source with every minifiable `css` literal rewritten (the input itself when none was).
 * @property {SourceMap | null} map A v3 source map from `code` back to the input; null when nothing changed.
 * @property {string[]} warnings One line per literal left as written, with the reason.
 */

/**
 * @typedef {{ version: 3, file: string, sources: string[], sourcesContent: string[], names: string[], mappings: string }} SourceMap
 */

/**
 * @param {string} code JavaScript or TypeScript source.
 * @param {string} id Its path; the extension picks the parser, and it names the file in warnings and the source map.
 * @returns {Promise<MinifyResult>}
 */
export async function minifyCssLiterals(code, id) {
  /** @type {MinifyResult} */
  const unchanged = { code, map: null, warnings: [] };
  if (!code.includes('`') || !/\blit\b|@lit\//.test(code)) return unchanged;

  const lang = /\.[cm]?tsx?$/.test(id) ? (id.endsWith('x') ? 'tsx' : 'ts') : /\.jsx$/.test(id) ? 'jsx' : 'js';
  let program;
  try {
    const parsed = parseSync(id, code, { lang, sourceType: 'module' });
    if (parsed.errors.length > 0) throw new Error(parsed.errors[0]?.message ?? 'parse error');
    program = parsed.program;
  } catch (error) {
    return { ...unchanged, warnings: [`${id}: css literals left unminified, the file did not parse: ${String(error)}`] };
  }

  const tags = cssTagNames(program);
  if (tags.size === 0) return unchanged;
  /** @type {any[]} */
  const literals = [];
  walk(program, (node) => {
    if (node.type === 'TaggedTemplateExpression' && node.tag?.type === 'Identifier' && tags.has(node.tag.name)) literals.push(node.quasi);
  });
  if (literals.length === 0) return unchanged;

  const warnings = [];
  /** @type {{ start: number, end: number, pieces: Piece[] }[]} */
  const edits = [];
  await Promise.all(
    literals.map(async (quasi) => {
      const where = `${id}:${lineOf(code, quasi.start)}`;
      try {
        const pieces = await minifyLiteral(code, quasi);
        if (pieces) edits.push({ start: quasi.start, end: quasi.end, pieces });
      } catch (error) {
        warnings.push(`${where}: css literal left unminified: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  if (edits.length === 0) return { ...unchanged, warnings };

  // Nested css literals (one inside another's `${}`) are not rewritten twice: the outer one wins.
  edits.sort((a, b) => a.start - b.start);
  /** @type {Piece[]} */
  const pieces = [];
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    pieces.push({ text: code.slice(cursor, edit.start), from: cursor, verbatim: true }, ...edit.pieces);
    cursor = edit.end;
  }
  pieces.push({ text: code.slice(cursor), from: cursor, verbatim: true });
  const output = pieces.map((piece) => piece.text).join('');
  return { code: output, map: sourceMap(code, id, pieces), warnings };
}

/**
 * A run of output text and where it came from: verbatim pieces are a copy of
 * the input starting at `from`; the others (minified CSS) map to `from` as a whole.
 * @typedef {{ text: string, from: number, verbatim: boolean }} Piece
 */

/**
 * Minifies one template literal.
 * @param {string} code
 * @param {any} quasi The TemplateLiteral node (oxc spans: each TemplateElement includes its delimiters).
 * @returns {Promise<Piece[] | null>} The replacement for `code.slice(quasi.start, quasi.end)`, or null when it would not be smaller.
 */
async function minifyLiteral(code, quasi) {
  /** @type {{ value: { raw: string, cooked: string | null | undefined }, start: number, end: number }[]} */
  const elements = quasi.quasis;
  const cooked = elements.map((element) => element.value.cooked);
  if (cooked.some((text) => typeof text !== 'string')) throw new Error('a template string has an invalid escape, so Lit would get undefined');

  // The source text of each `${…}`, kept byte for byte (it may hold TypeScript, comments, nested templates).
  const expressions = [];
  for (let i = 0; i < elements.length - 1; i++) {
    const open = elements[i].end - 2;
    const close = elements[i + 1].start + 1;
    if (code.slice(open, open + 2) !== '${' || code[close - 1] !== '}') throw new Error('unexpected template spans from the parser');
    expressions.push({ text: code.slice(open, close), from: open });
  }
  if (code[quasi.start] !== '`' || code[quasi.end - 1] !== '`') throw new Error('unexpected template spans from the parser');

  // Unique placeholder prefix: one that appears nowhere in the literal's text.
  let prefix = '__kpiph_';
  while (cooked.some((text) => text.toLowerCase().includes(prefix))) prefix = `_${prefix}`;

  const scanner = new CssScanner();
  /** @type {{ block: boolean, ruleList: boolean }[]} */
  const kinds = [];
  let css = '';
  for (let i = 0; i < cooked.length; i++) {
    const text = /** @type {string} */ (cooked[i]);
    scanner.feed(text);
    css += text;
    if (i === cooked.length - 1) break;
    if (scanner.quote) throw new Error(`\${} number ${i + 1} is inside a CSS string, which the minifier may re-quote or unquote`);
    if (scanner.comment) throw new Error(`\${} number ${i + 1} is inside a CSS comment`);
    const block = scanner.atStatementStart() && endsStatement(/** @type {string} */ (cooked[i + 1]), i + 1 === cooked.length - 1);
    kinds.push({ block, ruleList: scanner.inRuleList() });
    const placeholder = block ? `@${prefix}${i}_;` : `${prefix}${i}_`;
    css += placeholder;
    scanner.feed(block ? ';' : 'a');
  }

  const result = await transform(css, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
  if (result.warnings.length > 0) throw new Error(`esbuild: ${result.warnings[0]?.text}`);
  const minified = result.code.trim();

  // Every placeholder exactly once, in order, in the form it went in.
  const found = [...minified.matchAll(new RegExp(`(@?)${escapeRegExp(prefix)}(\\d+)_(;?)`, 'g'))];
  if (found.length !== expressions.length || found.some((match, i) => Number(match[2]) !== i)) {
    throw new Error('a ${} placeholder was dropped, duplicated or moved by the minifier');
  }
  /** @type {Piece[]} */
  const pieces = [{ text: '`', from: quasi.start, verbatim: true }];
  let cursor = 0;
  let addSemicolon = false;
  for (const [i, match] of found.entries()) {
    const kind = /** @type {{ block: boolean, ruleList: boolean }} */ (kinds[i]);
    if (Boolean(match[1]) !== kind.block || (kind.block && !match[3] && /** @type {number} */ (match.index) + match[0].length < minified.length && minified[/** @type {number} */ (match.index) + match[0].length] !== '}')) {
      throw new Error('a ${} placeholder came out of the minifier in another form');
    }
    const before = (addSemicolon ? ';' : '') + minified.slice(cursor, match.index);
    pieces.push({ text: escapeTemplate(before), from: /** @type {any} */ (elements[i]).start + 1, verbatim: false });
    const expression = /** @type {{ text: string, from: number }} */ (expressions[i]);
    pieces.push({ text: expression.text, from: expression.from, verbatim: true });
    // An identifier placeholder's match may have taken the `;` that follows it in the CSS: leave that in place.
    cursor = /** @type {number} */ (match.index) + match[0].length - (kind.block ? 0 : (match[3] ?? '').length);
    // A statement expression in a declaration block (e.g. `${unsafeCSS('color: red')}`) keeps a `;` after
    // it unless the block ends there; in a stylesheet or at-rule block it stands alone, as in the source.
    addSemicolon = kind.block && !kind.ruleList && cursor < minified.length && minified[cursor] !== '}';
  }
  pieces.push({
    text: escapeTemplate((addSemicolon ? ';' : '') + minified.slice(cursor)),
    from: /** @type {any} */ (elements.at(-1)).start + 1,
    verbatim: false,
  });
  pieces.push({ text: '`', from: quasi.end - 1, verbatim: true });

  const before = quasi.end - quasi.start;
  const after = pieces.reduce((sum, piece) => sum + piece.text.length, 0);
  return after < before ? pieces : null;
}

/**
 * Follows CSS text far enough to know, at a `${}`, whether it sits in a string,
 * a comment, a stylesheet/at-rule block or a declaration block, and what came last.
 */
class CssScanner {
  /** The open string's quote character, or ''. */
  quote = '';
  comment = false;
  /** Last significant (not whitespace, not comment) character, '' at the start. */
  last = '';
  /** Prelude of the rule being read (text since the last `{`, `}` or `;`). */
  prelude = '';
  /** @type {boolean[]} For each open `{`: does its block hold rules (true) or declarations? */
  blocks = [];
  escaped = false;
  star = false;
  slash = false;
  /** `last` as it was before a `/` that may open a comment. */
  beforeSlash = '';

  /** @param {string} text */
  feed(text) {
    for (const char of text) {
      if (this.comment) {
        if (this.star && char === '/') this.comment = false;
        this.star = char === '*';
        continue;
      }
      if (this.escaped) {
        this.escaped = false;
        this.slash = false;
        this.keep(char);
        continue;
      }
      if (char === '\\') {
        this.escaped = true;
        this.slash = false;
        this.keep(char);
        continue;
      }
      if (this.quote) {
        if (char === this.quote || char === '\n') this.quote = '';
        this.keep(char);
        continue;
      }
      if (this.slash && char === '*') {
        this.slash = false;
        this.comment = true;
        this.star = false;
        this.prelude = this.prelude.slice(0, -1);
        this.last = this.beforeSlash;
        continue;
      }
      this.slash = char === '/';
      if (this.slash) this.beforeSlash = this.last;
      if (char === '"' || char === "'") {
        this.quote = char;
        this.keep(char);
      } else if (char === '{') {
        this.blocks.push(RULE_LIST_AT_RULES.test(this.prelude.trim()));
        this.prelude = '';
        this.last = char;
      } else if (char === '}' || char === ';') {
        if (char === '}') this.blocks.pop();
        this.prelude = '';
        this.last = char;
      } else {
        this.keep(char);
      }
    }
  }

  /** @param {string} char */
  keep(char) {
    this.prelude += char;
    if (!/\s/.test(char)) this.last = char;
  }

  /** Nothing but whitespace and comments since the start, a `{`, a `}` or a `;`. */
  atStatementStart() {
    return this.last === '' || this.last === '{' || this.last === '}' || this.last === ';';
  }

  inRuleList() {
    return this.blocks.length === 0 || this.blocks.at(-1) === true;
  }
}

/**
 * Does the text after a `${}` end its statement on the same line: only spaces
 * and comments before a newline, `;`, `}` or the end of the literal?
 * @param {string} next The template text after the expression.
 * @param {boolean} isLast Whether it is the literal's last text (so its end is the literal's end).
 */
function endsStatement(next, isLast) {
  const rest = next.replace(/^(?:[ \t]|\/\*[\s\S]*?\*\/)*/, '');
  if (rest === '') return isLast;
  return /^[\r\n;}]/.test(rest);
}

/** @param {string} css Minified CSS text, back into template-literal source form. */
function escapeTemplate(css) {
  return css.replace(/\\|`|\$\{|\r/g, (match) => (match === '\r' ? '\\r' : `\\${match}`));
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Local names bound to Lit's `css` by `import { css } from 'lit'` (or `{ css as x }`).
 * @param {any} program
 */
function cssTagNames(program) {
  const names = new Set();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type' || !LIT_MODULES.has(statement.source.value)) continue;
    for (const specifier of statement.specifiers ?? []) {
      if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
      const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (imported === 'css') names.add(specifier.local.name);
    }
  }
  return names;
}

/**
 * Depth-first visit of every AST node.
 * @param {any} node
 * @param {(node: any) => void} visit
 */
function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (node === null || typeof node !== 'object' || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    if (key === 'parent') continue;
    const value = node[key];
    if (value !== null && typeof value === 'object') walk(value, visit);
  }
}

/** @param {string} code @param {number} offset 1-based line of `offset`. */
function lineOf(code, offset) {
  let line = 1;
  for (let i = code.indexOf('\n'); i !== -1 && i < offset; i = code.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * A v3 source map for the output assembled from `pieces`. Verbatim pieces get a
 * segment at every line start and word boundary (like magic-string's
 * `hires: 'boundary'`); a minified piece maps as a whole to its literal text.
 * @param {string} code The input.
 * @param {string} id
 * @param {Piece[]} pieces
 */
function sourceMap(code, id, pieces) {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  /** @param {number} offset @returns {[number, number]} */
  const locate = (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (/** @type {number} */ (lineStarts[mid]) <= offset) low = mid;
      else high = mid - 1;
    }
    return [low, offset - /** @type {number} */ (lineStarts[low])];
  };

  const lines = [];
  let segments = [];
  let column = 0;
  let previousColumn = 0;
  let previousLine = 0;
  let previousOriginalColumn = 0;
  /** @param {number} from */
  const mark = (from) => {
    const [line, originalColumn] = locate(from);
    segments.push(vlq(column - previousColumn) + vlq(0) + vlq(line - previousLine) + vlq(originalColumn - previousOriginalColumn));
    previousColumn = column;
    previousLine = line;
    previousOriginalColumn = originalColumn;
  };
  for (const piece of pieces) {
    const { text } = piece;
    for (let i = 0; i < text.length; i++) {
      const lineStart = i === 0 || text[i - 1] === '\n';
      if (i === 0 || (piece.verbatim && (lineStart || (/\w/.test(text[i] ?? '') && !/\w/.test(text[i - 1] ?? ''))))) {
        if (text[i] !== '\n') mark(piece.verbatim ? piece.from + i : piece.from);
      }
      if (text[i] === '\n') {
        lines.push(segments.join(','));
        segments = [];
        column = 0;
        previousColumn = 0;
      } else {
        column++;
      }
    }
  }
  lines.push(segments.join(','));
  return { version: 3, file: id.split('/').pop() ?? id, sources: [id], sourcesContent: [code], names: [], mappings: lines.join(';') };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** @param {number} value */
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}
