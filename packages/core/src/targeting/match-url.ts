import { memo } from './memo';
import { regexProblem } from './regex-problem';
import type { UrlMatch } from './targeting-schema';

/**
 * Turns a glob into an anchored RegExp: `*` is any run of characters except `/`, `**` any run
 * including `/` (`/a/**\/b` also matches `/a/b`); everything else is literal, `?` included,
 * because it is the query separator in URLs.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else {
      source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

// Whether a regex source names a literal `?` — escaped (`\?`) or in a class (`[^?]`, `[?&]`) — and
// so is about the query; a `?` quantifier or `(?:` is not. Escaped pairs go first, so `\\?` (an
// optional backslash) and `\[` are not read as either.
const namesQuery = (source: string) => /\\\?|\[[^\]]*\?/.test(source.replace(/\\[^?]/g, ''));

const compiledGlob = memo(globToRegExp);
// A string is the reason the source is not a valid regular expression.
const compiledRegex = memo((source): RegExp | string => regexProblem(source) ?? new RegExp(source));

/**
 * Whether `url` matches. A pattern starting with `/` is compared with the path only, or with the
 * path and query when the pattern has a `?` before any `#`; a pattern starting with `#` with the
 * fragment only; any other pattern with the whole URL. A regex is searched (not anchored) in the
 * whole URL, in the path and query, and in the path alone: it matches if any of them does, so
 * `^/pedido/\d+$` or `^\/pedido` match `https://shop.example/pedido/12?utm=mail`. A regex that
 * names a literal `?` (`\?`, or in a class: `[^?]`, `[?&]`) is about the query and is not tried on
 * the path alone, so `^[^?]*$` matches only pages without a query. The fragment
 * is compared only when the pattern contains `#`, so hash-routed apps
 * (`/#/checkout/done`) can be targeted and in-page anchors (`#reviews`) change nothing otherwise.
 * Throws when a regex pattern is invalid (`decideSurvey` turns that into a reason).
 */
export function matchUrl(url: string, pattern: { match?: UrlMatch['match']; value: string }): boolean {
  const { value } = pattern;
  const kind = pattern.match ?? 'exact';
  const full = url.split('#')[0]!;
  // The fragment with its `#` ('' when there is none), compared only when the pattern has one.
  const hash = value.includes('#') ? url.slice(full.length) : '';
  const base = value.split('#')[0]!;
  // The path (plus query) without scheme and host.
  let subject = full.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i, '');
  if (!subject || subject[0] === '?') subject = `/${subject}`;
  if (kind === 'regex') {
    const compiled = compiledRegex(value);
    if (typeof compiled === 'string') throw new SyntaxError(compiled);
    // A browser URL starts with its scheme, so a regex written for a path (`^/pedido`, `^\/pedido`,
    // `^(/a|/b)`) could never match it; and one ending in `$` would miss pages with a query, unless
    // it names a `?` itself (`^[^?]*$`, "no query"), which the path alone would always satisfy.
    const parts = namesQuery(value) ? [full, subject] : [full, subject, subject.split('?')[0]];
    return parts.some((part) => compiled.test(part + hash));
  }
  if (!base.includes('?')) subject = subject.split('?')[0]!;
  subject = (base === '' ? '' : base.startsWith('/') ? subject : full) + hash;
  if (kind === 'exact') return subject === value;
  if (kind === 'prefix') return subject.startsWith(value);
  return compiledGlob(value).test(subject);
}
