// `pnpm bench`: bundle sizes against budgets, then every benchmark in scripts/bench/ in turn.
// Benchmarks print their figures and budgets; they are not tests and do not gate `npm test`.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run('pnpm', ['run', '-s', 'build']);
run('node', ['scripts/size.mjs']);
const benches = readdirSync('scripts/bench')
  .filter((file) => file.endsWith('.bench.ts') || file.endsWith('.bench.mjs'))
  .sort();
for (const file of benches) {
  console.log(`\n== ${file}`);
  run('pnpm', ['exec', 'tsx', `scripts/bench/${file}`]);
}
