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

/** The URL without its fragment, and its path (plus query) without scheme and host. */
function splitUrl(url: string): { full: string; path: string; pathAndQuery: string } {
  const full = url.split('#')[0]!;
  const rest = full.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i, '');
  const pathAndQuery = rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
  return { full, path: pathAndQuery.split('?')[0]!, pathAndQuery };
}

/**
 * Whether `url` matches. A pattern starting with `/` is compared with the path only, or with the
 * path and query when the pattern itself has a `?`; any other pattern with the whole URL. A regex
 * is searched (not anchored) in the whole URL. The fragment is never compared.
 * Throws when a regex pattern is invalid (`decideSurvey` turns that into a reason).
 */
export function matchUrl(url: string, pattern: { match?: UrlMatch['match']; value: string }): boolean {
  const { full, path, pathAndQuery } = splitUrl(url);
  const kind = pattern.match ?? 'exact';
  if (kind === 'regex') {
    const compiled = compiledRegex(pattern.value);
    if (typeof compiled === 'string') throw new SyntaxError(compiled);
    return compiled.test(full);
  }
  const subject = !pattern.value.startsWith('/') ? full : pattern.value.includes('?') ? pathAndQuery : path;
  if (kind === 'exact') return subject === pattern.value;
  if (kind === 'prefix') return subject.startsWith(pattern.value);
  return compiledGlob(pattern.value).test(subject);
}
