/**
 * Just enough HTML reading for the server-rendering tests, without a DOM:
 * the declarative shadow roots of a page, an element by its `part`, and text
 * as a reader sees it (Lit's comment markers and tags removed).
 */

const SHADOW_ROOT = /<template\b[^>]*\bshadowrootmode="open"[^>]*>([\s\S]*?)<\/template>/g;

/** The markup inside each `<template shadowrootmode="open">`, in document order. */
export function shadowRoots(html: string): string[] {
  return [...html.matchAll(SHADOW_ROOT)].map((match) => match[1] ?? '');
}

/** The first element whose `part` list has `name`, as markup (start tag to matching end tag); '' if none. */
export function partMarkup(html: string, name: string): string {
  for (const match of html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*\bpart="([^"]*)"[^>]*>/g)) {
    const [startTag, tag = '', parts = ''] = match;
    if (!parts.split(/\s+/).includes(name)) continue;
    const start = match.index;
    // Balance same-named tags from here; the kit's markup has no unclosed <p> or <li>.
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    tags.lastIndex = start + startTag.length;
    let depth = 1;
    for (let next = tags.exec(html); next; next = tags.exec(html)) {
      depth += next[1] === '/' ? -1 : 1;
      if (depth === 0) return html.slice(start, next.index + next[0].length);
    }
    return html.slice(start);
  }
  return '';
}

/** Text content as one line: comments (Lit's markers) and tags removed, entities decoded, whitespace collapsed. */
export function textOf(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of the first element with that part. */
export function partText(html: string, name: string): string {
  return textOf(partMarkup(html, name));
}

/** An attribute of the first start tag in `markup`; `undefined` when absent. */
export function attribute(markup: string, name: string): string | undefined {
  const startTag = /^<[^>]*>/.exec(markup)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(startTag)?.[1];
}
