// The CLI as `npm run demo` starts it, in a child process.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoProcess } from './testing/start-demo-process';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pulso-main-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('starts the demo with seeded history, prints the URLs and stops on SIGTERM', async () => {
  const demo = await startDemoProcess({ sqliteFile: join(dir, 'seeded.db'), env: { PULSO_DEMO_SEED: '1' } });
  try {
    const report = await (await fetch(`${demo.url}/v1/report?survey=post-purchase-nps&by=week`)).json();
    expect(report.responses).toBe(160);
    expect(report.chat.conversations).toBe(60);
    await expect.poll(() => demo.output()).toContain(`Report:                      ${demo.url}/report`);
    expect(demo.output()).toMatch(/demo data: \d+ events/);
  } finally {
    await demo.close();
  }
});

it('deletes one response from the command line', async () => {
  const file = join(dir, 'forget.db');
  const demo = await startDemoProcess({ sqliteFile: file, env: { PULSO_DEMO_SEED: '1' } });
  await demo.close();
  const { execFile } = await import('node:child_process');
  const output = await new Promise<string>((done, fail) =>
    execFile(
      join('node_modules', '.bin', 'tsx'),
      ['examples/collector/src/main.ts', '--delete-response', 'seed-3'],
      { cwd: join(import.meta.dirname, '../../..'), env: { ...process.env, PULSO_SQLITE_FILE: file } },
      (error, stdout, stderr) => (error ? fail(new Error(stderr || error.message)) : done(stdout)),
    ),
  );
  expect(output).toMatch(/deleted response seed-3 \(\d+ answers, \d+ events\)/);
  const again = await startDemoProcess({ sqliteFile: file, env: { PULSO_DEMO_SEED: '1' } });
  try {
    // Not seeded twice (the file already had answers), and seed-3 is gone.
    const report = await (await fetch(`${again.url}/v1/report?survey=post-purchase-nps`)).json();
    expect(report.responses).toBe(159);
  } finally {
    await again.close();
  }
});
