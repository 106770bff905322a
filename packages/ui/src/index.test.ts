// @vitest-environment node
// `import { Pulso } from '@pulso/ui'` must do nothing by itself: no DOM access, no global, no
// listener (only embed.ts, the script-tag entry, touches `window` at load).
import { expect, test } from 'vitest';
// Imported here, under Node (no DOM): an import that touched `window` or `document` fails the file.
// Not a dynamic import inside the test: on a loaded machine the cold transform of the whole package
// took up to 5 s, the test's own time limit.
import * as ui from './index';

test('importing @pulso/ui needs no DOM and creates nothing until Pulso is used', () => {
  expect(typeof ui.Pulso.init).toBe('function');
  expect(typeof ui.createPulso).toBe('function');
  expect(typeof globalThis.window).toBe('undefined');
  expect(typeof globalThis.document).toBe('undefined');
  expect('Pulso' in globalThis).toBe(false);
});
