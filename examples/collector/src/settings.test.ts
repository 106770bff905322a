import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllowedOrigins } from './cors';
import { demoSurveyFiles } from './pages';
import { loadSurveys, readSettings } from './settings';
import { openStorage } from './storage/open-storage';
import { surveyCatalog } from './survey-catalog';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pulso-settings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const survey = {
  id: 'nps',
  version: 2,
  name: 'NPS',
  questions: [
    { id: 'score', kind: 'nps', title: 'Recomendaria?', followUp: { title: 'Porquê?', maxLength: 20 } },
    { id: 'where', kind: 'single', title: 'Onde?', choices: [{ id: 'site', label: 'Site' }], other: { label: 'Outro' } },
    { id: 'effort', kind: 'ces', title: 'Fácil?', scale: 5 },
  ],
};

describe('collector settings', () => {
  it('uses the defaults when nothing is set', () => {
    const settings = readSettings({});
    expect(settings).toMatchObject({ port: 8787, host: '127.0.0.1', sqliteFile: 'pulso.db', allowedOrigins: [], maxBodyBytes: 1048576 });
    expect(settings.databaseUrl).toBeUndefined();
    expect(settings.retentionDays).toBeUndefined();
    expect(readSettings({ PULSO_RETENTION_DAYS: '365' }).retentionDays).toBe(365);
    expect(settings.surveys.size).toBe(0);
  });

  it('names the variable that is wrong', () => {
    expect(() => readSettings({ PORT: 'eighty' })).toThrow('PORT must be a whole number from 0 to 65535, got "eighty"');
    expect(() => readSettings({ PULSO_REPORT_PASSWORD: 'short' })).toThrow('PULSO_REPORT_PASSWORD must be at least 12 characters long');
    expect(readSettings({ PULSO_REPORT_PASSWORD: 'correct horse battery' }).reportPassword).toBe('correct horse battery');
    expect(() => readSettings({ PULSO_RETENTION_DAYS: '0' })).toThrow(/PULSO_RETENTION_DAYS must be a whole number from 1 to 36500/);
    expect(() => readSettings({ PULSO_MAX_BODY_BYTES: '10' })).toThrow(/PULSO_MAX_BODY_BYTES must be a whole number from 1024/);
    expect(() => readSettings({ PULSO_ALLOWED_ORIGINS: 'https://shop.example/checkout' })).toThrow(
      'PULSO_ALLOWED_ORIGINS: "https://shop.example/checkout" is not an origin (like https://shop.example)',
    );
    // A host without its scheme is the usual slip; `new URL` alone said only "Invalid URL".
    expect(() => readSettings({ PULSO_ALLOWED_ORIGINS: 'https://a.example, shop.example' })).toThrow(
      'PULSO_ALLOWED_ORIGINS: "shop.example" is not an origin (like https://shop.example)',
    );
    expect(() => readSettings({ PULSO_SURVEYS: join(dir, 'missing.json') })).toThrow(/PULSO_SURVEYS: cannot read .*missing\.json \(ENOENT\)/);
  });

  it('reads survey files holding one survey, a list, or a whole configuration', async () => {
    await writeFile(join(dir, 'one.json'), JSON.stringify(survey));
    await writeFile(join(dir, 'config.json'), JSON.stringify({ endpoint: '/v1/events', surveys: [{ ...survey, id: 'other' }] }));
    const settings = readSettings({ PULSO_SURVEYS: `${join(dir, 'one.json')}, ${join(dir, 'config.json')}` });
    expect([...settings.surveys.keys()]).toEqual(['nps', 'other']);
    expect(loadSurveys(demoSurveyFiles).has('post-purchase-nps')).toBe(true);
  });

  it('stops on a survey definition that is not valid, naming the file and the path', async () => {
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ surveys: [{ ...survey, questions: [{ id: 'score', kind: 'stars', title: 'x' }] }] }));
    expect(() => readSettings({ PULSO_SURVEYS: join(dir, 'bad.json') })).toThrow(/bad\.json: surveys\[0\] is not a valid survey definition: questions\[0\]\.kind/);
    await writeFile(join(dir, 'broken.json'), '{ "id": ');
    expect(() => readSettings({ PULSO_SURVEYS: join(dir, 'broken.json') })).toThrow(/broken\.json is not JSON/);
    expect(() => surveyCatalog([{ name: 'twice', content: [survey, survey] }])).toThrow('twice: survey "nps" is defined twice');
  });

  it('parses allowed origins', () => {
    expect(parseAllowedOrigins(' * ')).toBe('*');
    expect(parseAllowedOrigins('https://shop.example, https://www.shop.example/')).toEqual(['https://shop.example', 'https://www.shop.example']);
    expect(parseAllowedOrigins('')).toEqual([]);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => openStorage({ databaseUrl: 'mysql://db/pulso', sqliteFile: 'x.db' })).toThrow(
      'DATABASE_URL must start with postgres:// or postgresql:// (got "mysql:…")',
    );
  });
});

describe('survey catalogue answer checks (@pulso/core checkAnswer)', () => {
  const questions = surveyCatalog([{ name: 'test', content: survey }]).get('nps')!.questions;
  const check = (id: string, value: unknown) => questions.get(id)!.check(value);

  it('knows follow-up questions as text with their length limit', () => {
    expect(check('score-followup', 'Rápido')).toBeNull();
    expect(check('score-followup', 'x'.repeat(21))).toMatch(/^payload\.value: question "score-followup": .*20 characters.*21/);
  });

  it('accepts a choice id or the "Other" text, and nothing else', () => {
    expect(check('where', 'site')).toBeNull();
    expect(check('where', { other: 'Na feira' })).toBeNull();
    expect(check('where', 'loja')).toMatch(/^payload\.value: question "where": "loja" is not one of the choices \(site, or \{ other: text \}\)/);
  });

  it('checks scores against the question scale', () => {
    expect(check('score', 10)).toBeNull();
    expect(check('score', 9.5)).toMatch(/^payload\.value: question "score": .*9\.5/);
    expect(check('score', '9')).toMatch(/^payload\.value: question "score": /);
    expect(check('effort', 5)).toBeNull();
    expect(check('effort', 6)).toMatch(/^payload\.value: question "effort": .*1 to 5.*6/);
  });
});
