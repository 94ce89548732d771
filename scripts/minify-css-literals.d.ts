// Types for minify-css-literals.js (tsconfig has no allowJs), for vite.config.ts and the unit test.

export interface SourceMap {
  version: 3;
  file: string;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

export interface MinifyResult {
  /** The source with every minifiable `css` literal rewritten (the input itself when none was). */
  code: string;
  /** A v3 source map from `code` back to the input; null when nothing changed. */
  map: SourceMap | null;
  /** One line per literal left as written, with the reason. */
  warnings: string[];
}

/** Minifies the CSS in Lit `css` tagged templates of one JS/TS module; see the .js file for the rules. */
export function minifyCssLiterals(code: string, id: string): Promise<MinifyResult>;
