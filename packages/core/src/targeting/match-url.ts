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

const compiledGlob = memo(globToRegExp);
// A string is the reason the source is not a valid regular expression.
const compiledRegex = memo((source): RegExp | string => regexProblem(source) ?? new RegExp(source));

/** The URL without its fragment, its path (plus query) without scheme and host, and the fragment (with its `#`). */
function splitUrl(url: string): { full: string; path: string; pathAndQuery: string; fragment: string } {
  const hashAt = url.indexOf('#');
  const full = hashAt < 0 ? url : url.slice(0, hashAt);
  const rest = full.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i, '');
  const pathAndQuery = rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
  return { full, path: pathAndQuery.split('?')[0]!, pathAndQuery, fragment: hashAt < 0 ? '' : url.slice(hashAt) };
}

/**
 * Whether `url` matches. A pattern starting with `/` is compared with the path only, or with the
 * path and query when the pattern has a `?` before any `#`; a pattern starting with `#` with the
 * fragment only; any other pattern with the whole URL. A regex is searched (not anchored) in the
 * whole URL. The fragment is compared only when the pattern contains `#`, so hash-routed apps
 * (`/#/checkout/done`) can be targeted and in-page anchors (`#reviews`) change nothing otherwise.
 * Throws when a regex pattern is invalid (`decideSurvey` turns that into a reason).
 */
export function matchUrl(url: string, pattern: { match?: UrlMatch['match']; value: string }): boolean {
  const { full, path, pathAndQuery, fragment } = splitUrl(url);
  const { value } = pattern;
  const kind = pattern.match ?? 'exact';
  const hash = value.includes('#') ? fragment : '';
  if (kind === 'regex') {
    const compiled = compiledRegex(value);
    if (typeof compiled === 'string') throw new SyntaxError(compiled);
    return compiled.test(full + hash);
  }
  const base = value.split('#')[0]!;
  const subject = (base === '' ? '' : !base.startsWith('/') ? full : base.includes('?') ? pathAndQuery : path) + hash;
  if (kind === 'exact') return subject === value;
  if (kind === 'prefix') return subject.startsWith(value);
  return compiledGlob(value).test(subject);
}
