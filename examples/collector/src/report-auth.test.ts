import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCollector } from './server';
import { openSqliteStorage } from './storage/sqlite-storage';
import type { Storage } from './storage/storage';
import { reportFiles } from './pages';
import { testSurveys, answered } from './testing/collector-suite';

let storage: Storage;
let server: Awaited<ReturnType<typeof startCollector>>;
beforeAll(async () => {
  storage = await openSqliteStorage(':memory:');
  server = await startCollector({ storage, surveys: testSurveys, reportPassword: 'correct horse battery', files: reportFiles });
});
afterAll(async () => {
  await server.close();
  await storage.close();
});

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

it('asks for the password on the report page and API, and nowhere else', async () => {
  for (const path of ['/report', '/report.js', '/v1/report?survey=other', '/v1/surveys']) {
    const refused = await fetch(`${server.url}${path}`);
    expect(refused.status, path).toBe(401);
    expect(refused.headers.get('www-authenticate'), path).toBe('Basic realm="Pulso report", charset="UTF-8"');
    expect((await fetch(`${server.url}${path}`, { headers: { authorization: basic('x', 'wrong password!') } })).status, path).toBe(401);
    expect((await fetch(`${server.url}${path}`, { headers: { authorization: basic('ana', 'correct horse battery') } })).status, path).toBe(200);
  }
  // Percent-encoded letters name the same file, so they need the password too.
  for (const path of ['/%72eport', '/report%2Ejs', '/%72eport.css']) {
    expect((await fetch(`${server.url}${path}`)).status, path).toBe(401);
  }
  // Shoppers' browsers still deliver events and the health check still answers.
  const posted = await fetch(`${server.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items: [answered({ responseId: 'r', value: 9 })] }) });
  expect(posted.status).toBe(200);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
});

it('reads the Basic scheme in any case and with extra spaces, as HTTP allows (RFC 9110 §11.1)', async () => {
  const token = Buffer.from('ana:correct horse battery').toString('base64');
  for (const header of [`basic ${token}`, `BASIC ${token}`, `Basic   ${token}`]) {
    expect((await fetch(`${server.url}/v1/surveys`, { headers: { authorization: header } })).status, header).toBe(200);
  }
  for (const header of [`Bearer ${token}`, `Basicx ${token}`, token]) {
    expect((await fetch(`${server.url}/v1/surveys`, { headers: { authorization: header } })).status, header).toBe(401);
  }
});

it('refuses a prefix, an extension or a same-length variant of the password, and takes one with a colon', async () => {
  for (const wrong of ['correct horse', 'correct horse battery staple', 'correct horse batterx', '']) {
    expect((await fetch(`${server.url}/v1/surveys`, { headers: { authorization: basic('ana', wrong) } })).status, wrong).toBe(401);
  }
  // Basic splits user and password at the first colon: the rest belongs to the password.
  expect((await fetch(`${server.url}/v1/surveys`, { headers: { authorization: basic('ana:x', 'correct horse battery') } })).status).toBe(401);
});
