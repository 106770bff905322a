// The least any build of the script tag can weigh with the stack and parts the issues require:
// Preact + @preact/signals (the UI), zod/mini validating a two-field object (the config is
// validated in the browser), the FAQ-bot engine and the transport, each used and nothing else.
// Each probe is bundled and minified with the script tag's own rollup config, so the figures are
// comparable with `pulso.min.js`. If the floor is over a target, no trimming can meet it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../../rollup.config.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const scriptTag = configs.find((config) => config.output.file === 'packages/ui/dist/pulso.min.js');
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')).entries;
const targetOf = (file) => budget.find((entry) => entry.file === file)?.target?.gzip;

// Bare imports resolve from the importing file's folder: the probe "lives" in packages/ui/src,
// whose node_modules hold preact and signals, and its zod part in packages/core/src.
const PROBE = resolve('packages/ui/src/size-floor-probe.ts');
const ZOD_PROBE = resolve('packages/core/src/size-floor-zod.ts');
const zodProbe = [
  `import * as z from 'zod/mini';`,
  `const smallest = z.object({ id: z.string(), version: z.number() });`,
  `export const safeParseSmallest = (value: unknown) => smallest.safeParse(value);`,
].join('\n');
const parts = {
  framework: [
    `import { h, render } from 'preact';`,
    `import { useEffect, useState } from 'preact/hooks';`,
    `import { signal, computed, effect } from '@preact/signals';`,
    `use(h, render, useEffect, useState, signal, computed, effect);`,
  ],
  validation: [
    `import { safeParseSmallest } from '../../core/src/size-floor-zod';`,
    `use(safeParseSmallest);`,
  ],
  faqBot: [`import { createFaqBot } from '../../core/src/faq/index';`, `use(createFaqBot);`],
  transport: [`import { createQueue } from '../../transport/src/index';`, `use(createQueue);`],
};

const gzipOf = async (names) => {
  const code = [
    ...names.flatMap((name) => parts[name].filter((line) => line.startsWith('import'))),
    // Assigned to a global so that nothing is tree-shaken away.
    `const use = (...used: unknown[]) => { (globalThis as Record<string, unknown>).probe = used; };`,
    ...names.flatMap((name) => parts[name].filter((line) => !line.startsWith('import'))),
  ].join('\n');
  const sources = { [PROBE]: code, [ZOD_PROBE]: zodProbe };
  const probe = {
    name: 'size-floor-probe',
    resolveId: (id, importer) => (id === PROBE ? id : importer === PROBE && id.endsWith('size-floor-zod') ? ZOD_PROBE : null),
    load: (id) => sources[id] ?? null,
  };
  const bundle = await rollup({ ...scriptTag, input: PROBE, plugins: [probe, ...scriptTag.plugins], onwarn() {} });
  const { output } = await bundle.generate({ ...scriptTag.output, file: undefined });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
};

console.log('size floor: the required stack and parts alone, bundled like pulso.min.js (gzip)');
for (const name of Object.keys(parts)) console.log(`  ${name.padEnd(11)} ${kb(await gzipOf([name]))}`);
const floors = [
  ['surveys only (framework + validation)', ['framework', 'validation'], 'packages/ui/dist/surveys-only.min.js'],
  ['script tag (framework + validation + FAQ bot + transport)', ['framework', 'validation', 'faqBot', 'transport'], 'packages/ui/dist/pulso.min.js'],
];
for (const [label, names, file] of floors) {
  const floor = await gzipOf(names);
  const target = targetOf(file);
  const verdict = target === undefined ? '' : floor > target ? ` — over the ${kb(target)} target before any survey, chat or controller code` : ` — under the ${kb(target)} target`;
  console.log(`  floor, ${label}: ${kb(floor)}${verdict}`);
}
