// Shared launcher for real-browser tests: Debian's chromium driven by playwright-core.
// Never use a tool's own browser download: it cannot be fetched on these machines.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

/** Flags that keep Chromium from calling out to a network this machine does not have. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Path of the Chromium binary: `PULSO_CHROMIUM`, else Debian's. */
export function chromiumPath(): string {
  const candidates = [process.env.PULSO_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
  if (!found) {
    throw new Error('Chromium not found: run `npm test` (installs Debian chromium) or set PULSO_CHROMIUM');
  }
  return found;
}

/** Launches headless Chromium. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    ...options,
    args: [...chromiumArgs, ...(options.args ?? [])],
  });
}

/** Launches a persistent context (a profile on disk), for reload / crash / restart tests. */
export function launchPersistentChromium(
  userDataDir: string,
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    ...options,
    args: [...chromiumArgs, ...(options?.args ?? [])],
  });
}
