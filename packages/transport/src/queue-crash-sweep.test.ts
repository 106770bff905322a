import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { runScenario } from './testing/scenario';

// One scenario (two tabs, ten items, seeded faults), crashed once after every single storage or
// network step in turn: wherever the crash lands, nothing is lost and nothing is delivered twice
// under different ids.
const SEED = 20_26;
const fixed = { tabs: 2, items: 10 };

it('survives a crash after any single storage or network step', async () => {
  const { problems, steps } = await runScenario(SEED, fixed);
  expect(problems).toEqual([]);
  expect(steps).toBeGreaterThan(50);
  for (let step = 1; step <= steps; step++) {
    const result = await runScenario(SEED, { ...fixed, crashAtStep: step });
    expect(result.problems, `seed ${SEED}, crash after step ${step} of ${steps}`).toEqual([]);
    expect(result.crashes, `crash after step ${step}`).toBe(1);
  }
}, 120_000);
