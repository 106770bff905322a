import { expect, test } from 'vitest';
import { fetchConfig } from './fetch-config';

const answer = (status: number, body: string) => (() => Promise.resolve(new Response(body, { status }))) as typeof fetch;

test('returns the parsed JSON', async () => {
  await expect(fetchConfig('/pulso.json', answer(200, '{"surveys":[]}'))).resolves.toEqual({ surveys: [] });
});

test('each failure names the URL and what went wrong', async () => {
  await expect(fetchConfig('/missing.json', answer(404, 'nope'))).rejects.toThrow(
    'could not load the configuration from /missing.json: the server answered 404',
  );
  await expect(fetchConfig('/broken.json', answer(200, '{"surveys":'))).rejects.toThrow(
    'the configuration at /broken.json is not valid JSON',
  );
  const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
  await expect(fetchConfig('/pulso.json', offline)).rejects.toThrow(
    'could not load the configuration from /pulso.json (Failed to fetch)',
  );
});
