// Prints the one closing line CI reads, `N passed, N failed`, from vitest's JSON report.
// The size-budget check counts as one more test so a budget breach shows in the total.
import { readFileSync } from 'node:fs';

const [reportPath, sizeStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0);
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load reports no tests at all; count it, or it would vanish.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
} catch (error) {
  console.error(`pulso: could not read the test report at ${reportPath}: ${error.message}`);
  failed += 1;
}
if (sizeStatus === '0') passed += 1;
else failed += 1;

const total = passed + failed;
if (total <= 1) {
  console.error('pulso: no tests ran');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
