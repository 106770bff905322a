import { expect, test } from 'vitest';
import { collectDelays } from './collect-delays';

test('collects each distinct delay, nested ones included, in order', () => {
  expect(
    collectDelays([
      { trigger: { type: 'delay', ms: 5_000 } },
      { trigger: { type: 'all', of: [{ type: 'pageView' }, { type: 'delay', ms: 1_000 }] } },
      { trigger: { type: 'any', of: [{ type: 'delay', ms: 5_000 }, { type: 'exitIntent' }] } },
      { trigger: { type: 'event', event: 'purchase' } },
      {},
    ]),
  ).toEqual([1_000, 5_000]);
});
