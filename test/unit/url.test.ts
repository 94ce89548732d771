import { describe, expect, it } from 'vitest';
import { refusedUrl } from '../../src/core/url.js';
import { englishText, type Words } from '../../src/i18n/words.js';

const english = (words: Words | undefined): string | undefined => words && englishText(words);

const PAGE = 'https://intranet.example/dashboards/q4.html';

describe('refusedUrl: only http(s) is fetched', () => {
  it.each([
    ['a path on the site', '/api/retention.json'],
    ['a relative path', 'data/retention.json'],
    ['an https URL', 'https://api.example/kpi.json'],
    ['an http URL', 'http://localhost:8080/kpi.json'],
    ['upper-case scheme', 'HTTPS://api.example/kpi.json'],
  ])('fetches %s', (_, url) => {
    expect(refusedUrl(url, PAGE)).toBeUndefined();
  });

  it.each([
    ['javascript:', 'javascript:alert(1)', '"javascript:"'],
    ['javascript: behind white space and case', '  JavaScript:alert(1)', '"javascript:"'],
    ['data:', 'data:application/json,{"value":1}', '"data:"'],
    ['vbscript:', 'vbscript:msgbox', '"vbscript:"'],
    ['file:', 'file:///etc/passwd', '"file:"'],
  ])('refuses %s, naming the scheme', (_, url, scheme) => {
    expect(english(refusedUrl(url, PAGE))).toBe(`${url} was not fetched: only http and https URLs, or paths on this site, are loaded (not ${scheme})`);
  });

  it('says plainly when the text is no URL at all', () => {
    expect(english(refusedUrl('http://', PAGE))).toBe('http:// is not a URL the kit can read (expected an http(s) address or a path on this site)');
  });
});
