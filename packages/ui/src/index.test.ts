// @vitest-environment node
// `import { Pulso } from '@pulso/ui'` must do nothing by itself: no DOM access, no global, no
// listener (only embed.ts, the script-tag entry, touches `window` at load).
import { expect, test } from 'vitest';

test('importing @pulso/ui needs no DOM and creates nothing until Pulso is used', async () => {
  expect(typeof globalThis.window).toBe('undefined');
  const ui = await import('./index');
  expect(typeof ui.Pulso.init).toBe('function');
  expect(typeof ui.createPulso).toBe('function');
  expect(typeof globalThis.window).toBe('undefined');
  expect('Pulso' in globalThis).toBe(false);
});
