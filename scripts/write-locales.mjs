// Writes packages/ui/dist/locales/<tag>.json, one file per built-in language, from the built
// @pulso/core (run after `rollup -c`). The script tag loads the visitor's file from next to
// itself instead of bundling all twelve dictionaries (see docs/languages.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtInStrings, supportedLocales } from '../packages/core/dist/index.js';

const dir = fileURLToPath(new URL('../packages/ui/dist/locales/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const tag of supportedLocales) {
  const strings = builtInStrings[tag];
  if (!strings) throw new Error(`write-locales: supportedLocales lists "${tag}" but builtInStrings has no dictionary for it`);
  writeFileSync(`${dir}${tag}.json`, JSON.stringify(strings));
}
console.log(`wrote packages/ui/dist/locales/*.json (${supportedLocales.length} locales)`);
