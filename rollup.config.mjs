// One build for the whole workspace:
// - every package to dist/index.js (ESM, dependencies external) and dist/index.d.ts;
// - browser entries (script tag, size probes) to minified, fully bundled files whose sizes
//   are checked against size-budget.json.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';

const packages = ['core', 'transport', 'ui'];

const externalOf = (name) => {
  const pkg = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return (id) => deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
};

// Without its resolveId: it answered relative imports before node-resolve (inside zod too) with
// bare ids, which dropped every package's `"sideEffects"` flag, so modules nothing used stayed in
// (zod's global registry: 0.1-0.2 KB gzip per bundle). node-resolve finds our `.ts` files itself.
const esbuildPlugin = (minify = false) => ({
  ...esbuild({
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: 'tsconfig.json',
    minify: false,
    sourceMap: false,
    ...(minify ? { legalComments: 'none' } : {}),
  }),
  resolveId: undefined,
});

const libraryBuilds = packages.flatMap((name) => [
  {
    input: `packages/${name}/src/index.ts`,
    output: { file: `packages/${name}/dist/index.js`, format: 'es' },
    external: externalOf(name),
    plugins: [nodeResolve({ extensions: ['.ts', '.tsx', '.js'] }), esbuildPlugin()],
  },
  {
    input: `packages/${name}/src/index.ts`,
    output: { file: `packages/${name}/dist/index.d.ts`, format: 'es' },
    external: externalOf(name),
    plugins: [dts({ tsconfig: 'tsconfig.json', compilerOptions: { paths: {}, baseUrl: '.' } })],
  },
]);

// Fully bundled, minified browser files. `browserEntries` in size-budget.json lists them too.
const browserEntries = JSON.parse(readFileSync('size-budget.json', 'utf8')).entries;

const minified = (entry) => ({
  input: entry.input,
  output: {
    file: entry.file,
    format: entry.format ?? 'iife',
    ...(entry.name ? { name: entry.name } : {}),
  },
  plugins: [
    nodeResolve({ extensions: ['.ts', '.tsx', '.js'], browser: true }),
    esbuildPlugin(true),
    // Measured on the script tag (58.9 KB gzip, Nov 2026): `toplevel` (no effect in an IIFE; ES
    // outputs get it from `module`), 5 passes, unsafe_arrows/methods/comps, esbuild target es2022
    // or minifySyntax first each changed it by under 0.2% (-110..+15 bytes), so only the safe
    // options stay. terser leaves non-ASCII as is (`ascii_only` is off by default).
    terser({
      ecma: 2020,
      module: entry.format === 'es',
      compress: { passes: 3, pure_getters: true },
      // Private fields start with `_` and are mangled, as in @preact/signals.
      mangle: { properties: { regex: /^_[a-z]/ } },
      format: { comments: false },
    }),
  ],
});

export default [...libraryBuilds, ...browserEntries.map(minified)];
