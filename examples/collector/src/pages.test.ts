import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { folderFiles } from './pages';
import { startCollector } from './server';
import { openSqliteStorage } from './storage/sqlite-storage';
import { testSurveys } from './testing/collector-suite';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pulso-static-'));
  await mkdir(join(dir, 'locales'));
  await mkdir(join(dir, 'thanks'));
  await writeFile(join(dir, 'pulso.min.js'), 'window.Pulso = {};');
  await writeFile(join(dir, 'pulso.json'), '{"surveys": []}');
  await writeFile(join(dir, 'locales', 'pt-BR.json'), '{}');
  await writeFile(join(dir, 'thanks', 'index.html'), '<!doctype html><title>Obrigado</title>');
  await mkdir(join(dir, 'promoção'));
  await writeFile(join(dir, 'promoção', 'index.html'), '<!doctype html><title>Promoção</title>');
  await writeFile(join(dir, 'black friday.json'), '{"off": 30}');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('serves a static folder: the script tag, its locales and config (readable cross-origin), pages', async () => {
  const files = folderFiles(dir);
  expect(Object.keys(files).sort()).toEqual(['/black friday.json', '/locales/pt-BR.json', '/promoção/', '/pulso.json', '/pulso.min.js', '/thanks/']);
  const storage = await openSqliteStorage(':memory:');
  const server = await startCollector({ storage, surveys: testSurveys, files });
  try {
    const config = await fetch(`${server.url}/pulso.json`, { headers: { origin: 'https://shop.example' } });
    expect(config.headers.get('access-control-allow-origin')).toBe('*');
    expect(await config.json()).toEqual({ surveys: [] });
    expect((await fetch(`${server.url}/pulso.min.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${server.url}/locales/pt-BR.json`)).status).toBe(200);
    expect((await fetch(`${server.url}/thanks`, { redirect: 'manual' })).headers.get('location')).toBe('/thanks/');
    expect(await (await fetch(`${server.url}/thanks/`)).text()).toContain('Obrigado');
    expect((await fetch(`${server.url}/../etc/passwd`)).status).toBe(404);
  } finally {
    await server.close();
    await storage.close();
  }
});

it('serves files whose names have spaces or accents, which browsers ask for percent-encoded', async () => {
  const storage = await openSqliteStorage(':memory:');
  const server = await startCollector({ storage, surveys: testSurveys, files: folderFiles(dir) });
  try {
    // fetch sends /promo%C3%A7%C3%A3o/, as a browser does.
    expect(await (await fetch(`${server.url}/promoção/`)).text()).toContain('Promoção');
    expect((await fetch(`${server.url}/promoção`, { redirect: 'manual' })).headers.get('location')).toBe('/promo%C3%A7%C3%A3o/');
    expect(await (await fetch(`${server.url}/black friday.json`)).json()).toEqual({ off: 30 });
    // Encoded slashes or broken escapes name no file.
    expect((await fetch(`${server.url}/locales%2Fpt-BR.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/%E0%A4%A`)).status).toBe(404);
  } finally {
    await server.close();
    await storage.close();
  }
});
