import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeParseConfig } from '@pulso/core';
import { startDemoServer } from './demo-server';
import { demoFiles } from './pages';
import { contentSecurityPolicy } from './server';

let dir: string;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pulso-demo-'));
  demo = await startDemoServer({ sqliteFile: join(dir, 'demo.db') });
});
afterAll(async () => {
  await demo.close();
  await rm(dir, { recursive: true, force: true });
});

const pages = ['/', '/post-purchase/', '/theming/', '/theming/frame.html', '/report'];

describe('demo server', () => {
  it('serves every page with the strict Content-Security-Policy', async () => {
    for (const path of pages) {
      const response = await fetch(`${demo.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe(contentSecurityPolicy);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
    }
  });

  it('redirects a folder page without its slash, so relative links resolve inside it', async () => {
    const response = await fetch(`${demo.url}/post-purchase?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/post-purchase/?x=1');
  });

  it('serves every script, stylesheet and config the pages refer to, and nothing inline', async () => {
    for (const path of pages.filter((page) => page !== '/report')) {
      const html = await (await fetch(`${demo.url}${path}`)).text();
      // Inline scripts and style attributes would break under default-src 'self'.
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).not.toMatch(/\sstyle="/);
      const refs = [...html.matchAll(/\b(?:src|href|data-config)="([^"#]+)"/g)].map((match) => match[1]!);
      for (const ref of refs) {
        const url = new URL(ref, `${demo.url}${path}`);
        if (url.origin !== demo.url) continue;
        const response = await fetch(url, { redirect: 'manual' });
        expect([200, 301], `${path} → ${ref}`).toContain(response.status);
      }
    }
  });

  it('serves configuration files that Pulso accepts', () => {
    const configs = Object.entries(demoFiles).filter(([path]) => path.endsWith('.json') && !path.startsWith('/locales/'));
    expect(configs.length).toBe(4);
    for (const [path, file] of configs) {
      const result = safeParseConfig(JSON.parse(readFileSync(file, 'utf8')));
      expect(result.success ? [] : result.issues, path).toEqual([]);
    }
  });

  it('has the demo survey loaded and every demo file on disk', async () => {
    const { surveys } = await (await fetch(`${demo.url}/v1/surveys`)).json();
    expect(surveys.map((survey: { id: string }) => survey.id)).toEqual(['post-purchase-nps']);
    // Built files (the script tag, its locales) exist once `pnpm build` ran; the rest is in git.
    for (const [path, file] of Object.entries(demoFiles).filter(([, file]) => !file.includes('/dist/'))) {
      expect((await fetch(`${demo.url}${path}`)).status, `${path} (${file})`).toBe(200);
    }
  });
});
