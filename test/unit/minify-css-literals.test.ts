import { describe, expect, it } from 'vitest';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.js';

const id = '/kit/src/example.styles.ts';
const lit = "import { css, unsafeCSS } from 'lit';\n";

/** The rewritten text of the file's first `css` literal, between its backticks. */
async function literal(body: string): Promise<{ text: string; warnings: string[] }> {
  const { code, warnings } = await minifyCssLiterals(`${lit}export const styles = css\`${body}\`;\n`, id);
  const match = /css`([\s\S]*)`;\n$/.exec(code);
  if (!match?.[1] && match?.[1] !== '') throw new Error(`no css literal in:\n${code}`);
  return { text: match[1], warnings };
}

/** For each generated line with a mapping, the [source line, source column] (0-based) of its first segment. */
function firstSegments(mappings: string): [number, number][] {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  const firsts: [number, number][] = [];
  for (const line of mappings.split(';')) {
    state[0] = 0;
    line.split(',').filter(Boolean).forEach((segment, index) => {
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if ((digit & 32) === 0) {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      values.forEach((delta, field) => (state[field] = (state[field] ?? 0) + delta));
      if (index === 0) firsts.push([state[2] ?? 0, state[3] ?? 0]);
    });
  }
  return firsts;
}

describe('minifyCssLiterals', () => {
  it('removes whitespace and comments and keeps the shadow-DOM and modern syntax', async () => {
    const { text, warnings } = await literal(`
      /* Tokens. */
      :host {
        --_gap: var(--kpi-gap, 0.5rem);
        display: block;
        container-type: inline-size;
      }
      :host(:state(open)) ::part(label) {
        color: light-dark(#000000, #ffffff);
      }
      @layer base {
        .a { margin: 0px 0px 0px 0px; }
      }
      @container (max-width: 16rem) {
        .b { display: none; }
      }
      @media (forced-colors: active) {
        .c { color: CanvasText; }
      }
    `);
    expect(warnings).toEqual([]);
    expect(text).toBe(
      ':host{--_gap: var(--kpi-gap, .5rem);display:block;container-type:inline-size}' +
        ':host(:state(open)) ::part(label){color:light-dark(#000000,#ffffff)}' +
        '@layer base{.a{margin:0}}' +
        '@container (max-width: 16rem){.b{display:none}}' +
        '@media(forced-colors:active){.c{color:CanvasText}}',
    );
  });

  it('keeps the CSS escapes Lit sees (the cooked text) and escapes the result back into the template', async () => {
    const { text } = await literal(String.raw`.a { content: '\\2022'; } .b { font-family: 'a\`b'; }`);
    // `\\2022` in the source is the CSS escape \2022, i.e. the bullet; a backtick stays escaped.
    expect(text).toBe('.a{content:"•"}.b{font-family:"a\\`b"}');
  });

  it('puts expressions back, byte for byte, in value, selector, query and block positions', async () => {
    const { text, warnings } = await literal(`
      \${base}
      :host { color: \${unsafeCSS(color)}; margin: \${size}px -\${size}; }
      .a {
        \${unsafeCSS('color: red')};
        padding: 0;
      }
      .b { \${decls} }
      @media (min-width: \${breakpoint}) {
        \${rules}
      }
      .c-\${variant}:hover { opacity: 0.5; }
    `);
    expect(warnings).toEqual([]);
    expect(text).toBe(
      '${base}:host{color:${unsafeCSS(color)};margin:${size}px -${size}}' +
        ".a{${unsafeCSS('color: red')};padding:0}.b{${decls}}" +
        '@media(min-width:${breakpoint}){${rules}}.c-${variant}:hover{opacity:.5}',
    );
  });

  it('leaves a literal as written, with a warning, when an expression has no safe placeholder', async () => {
    for (const body of [
      // Inside a CSS string the minifier may re-quote or unquote it.
      ".a { font-family: '${family}', sans-serif; }",
      // Inside a comment the placeholder is dropped.
      '.a { color: red; } /* ${note} */',
      // Unbalanced: esbuild cannot parse the block around the placeholder.
      '.a { color: red; } .b ${selector} {',
    ]) {
      const { text, warnings } = await literal(body);
      expect(text).toBe(body);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/example\.styles\.ts:2: css literal left unminified/);
    }
  });

  it('leaves other templates, and css tags not imported from lit, alone', async () => {
    const source = [
      "import { html } from 'lit';",
      "import { css } from './not-lit.js';",
      'export const a = html`<p>  spaced  </p>`;',
      'export const b = `.a {  color: red;  }`;',
      'export const c = css`.a {  color: red;  }`;',
      '',
    ].join('\n');
    const result = await minifyCssLiterals(source, id);
    expect(result).toEqual({ code: source, map: null, warnings: [] });
  });

  it('follows a renamed import and returns a source map that keeps the code after the literal in place', async () => {
    const source = `import { css as style } from 'lit';\nexport const a = style\`\n  .a {\n    color: red;\n  }\n\`;\nexport const after = 1;\n`;
    const { code, map } = await minifyCssLiterals(source, id);
    expect(code).toBe("import { css as style } from 'lit';\nexport const a = style`.a{color:red}`;\nexport const after = 1;\n");
    expect(map?.sources).toEqual([id]);
    // Generated line 3 (`export const after`) starts at source line 7 (0-based 6), column 0.
    expect(firstSegments(map?.mappings ?? '')).toEqual([
      [0, 0],
      [1, 0],
      [6, 0],
    ]);
  });
});
