// Prints minified, gzip and brotli sizes of every browser entry in size-budget.json and compares
// them with their budgets. `--check` exits non-zero when an entry is missing or over budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const check = process.argv.includes('--check');
const { entries } = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

let failures = 0;
console.log('bundle sizes (budget per entry in size-budget.json)');
for (const entry of entries) {
  if (!existsSync(entry.file)) {
    console.log(`  ${entry.file}: missing (run pnpm build)`);
    failures += 1;
    continue;
  }
  const code = readFileSync(entry.file);
  const sizes = {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  const verdicts = Object.entries(entry.budget).map(([kind, limit]) => {
    const ok = sizes[kind] <= limit;
    if (!ok) failures += 1;
    return `${kind} ${kb(sizes[kind])} / ${kb(limit)} ${ok ? 'ok' : 'OVER BUDGET'}`;
  });
  console.log(
    `  ${entry.file} (${entry.label}): min ${kb(sizes.min)}, gzip ${kb(sizes.gzip)}, brotli ${kb(sizes.brotli)} — ${verdicts.join('; ')}`,
  );
}
if (check && failures > 0) {
  console.error(`pulso: ${failures} bundle-size check(s) failed`);
  process.exit(1);
}
