// One headless Chromium and one static server per browser-test file: started before its first
// test, closed after its last.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { startStaticServer, type StaticServer } from './static-server';

export interface ChromiumAndServer {
  /** Available from the file's first test (or a later `beforeAll`) on. */
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** Registers the `beforeAll`/`afterAll` pair; call it at the top level of a test file. */
export function useChromiumAndServer(): ChromiumAndServer {
  const env = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launchChromium(), startStaticServer()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
