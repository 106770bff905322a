// Which file the collector serves at which path. The report page belongs to the collector; the
// demo adds the store pages, which are the copyable examples in examples/ served as they are.
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { supportedLocales } from '@pulso/core';

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const at = (path: string) => resolve(repoRoot, path);

/** The report page: HTML, its script (a file, so `default-src 'self'` holds) and its styles. */
export const reportFiles: Record<string, string> = {
  '/report': at('examples/collector/pages/report.html'),
  '/report.js': at('examples/collector/pages/report.js'),
  '/report.css': at('examples/collector/pages/report.css'),
};

/**
 * The built script tag, served by every collector so a shop can load it from there: the script
 * loads its visitor's language from `locales/` next to itself.
 */
export const scriptTagFiles: Record<string, string> = {
  '/pulso.min.js': at('packages/ui/dist/pulso.min.js'),
  ...Object.fromEntries(supportedLocales.map((tag) => [`/locales/${tag}.json`, at(`packages/ui/dist/locales/${tag}.json`)])),
};

/** Every file under `dir` (recursively), served at its path relative to `dir`. */
export function folderFiles(dir: string): Record<string, string> {
  const root = resolve(dir);
  const entries = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    entries.map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = `/${relative(root, file).split(sep).join('/')}`;
      // A folder's index.html answers for the folder itself.
      return [path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path, file];
    }),
  );
}

/** The demo store: `/`, `/post-purchase/`, `/theming/` (plus the script tag and the report). */
export const demoFiles: Record<string, string> = {
  ...scriptTagFiles,
  '/': at('examples/script-tag/index.html'),
  '/pulso.json': at('examples/script-tag/pulso.json'),
  '/store.css': at('examples/script-tag/store.css'),
  '/store.js': at('examples/script-tag/store.js'),
  '/pulso.en.json': at('examples/script-tag/pulso.en.json'),
  '/post-purchase/': at('examples/post-purchase/index.html'),
  '/post-purchase/pulso.json': at('examples/post-purchase/pulso.json'),
  '/post-purchase/order.js': at('examples/post-purchase/order.js'),
  '/theming/': at('examples/theming/index.html'),
  '/theming/frame.html': at('examples/theming/frame.html'),
  '/theming/frame.css': at('examples/theming/frame.css'),
  '/theming/frame.js': at('examples/theming/frame.js'),
  '/theming/pulso.json': at('examples/theming/pulso.json'),
};

/** Survey definitions the demo collector accepts answers for. */
export const demoSurveyFiles = [at('examples/post-purchase/pulso.json')];
