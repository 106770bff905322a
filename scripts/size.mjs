// Prints minified, gzip and brotli sizes of every browser entry in size-budget.json.
// Each entry has a `budget` (a ceiling: `--check` exits non-zero when an entry is missing or
// over it, so `npm test` fails on a size regression) and may have a `target` (the size the
// issue asks for; printed as met or not, so a missed target is visible in every run).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const check = process.argv.includes('--check');
const { entries } = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

let failures = 0;
const missedTargets = [];
console.log('bundle sizes (ceilings and targets per entry in size-budget.json)');
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
    return `${kind} ceiling ${kb(limit)} ${ok ? 'ok' : 'OVER BUDGET'}`;
  });
  for (const [kind, goal] of Object.entries(entry.target ?? {})) {
    const met = sizes[kind] <= goal;
    verdicts.push(`${kind} target ${kb(goal)} ${met ? 'met' : `NOT MET (${kb(sizes[kind] - goal)} over)`}`);
    if (!met) missedTargets.push(`${entry.file} ${kind} ${kb(sizes[kind])} > target ${kb(goal)}`);
  }
  console.log(`  ${entry.file} (${entry.label})`);
  console.log(`    min ${kb(sizes.min)}, gzip ${kb(sizes.gzip)}, brotli ${kb(sizes.brotli)} — ${verdicts.join('; ')}`);
}
if (missedTargets.length > 0) {
  console.log(`size targets not met (${missedTargets.length}):\n  ${missedTargets.join('\n  ')}`);
}
if (check && failures > 0) {
  console.error(`pulso: ${failures} bundle-size check(s) failed`);
  process.exit(1);
}
