import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runScenario } from './testing/scenario';

// Seeded fault scenarios, split in blocks so a failure names its seed and the blocks spread over
// the test workers.
const BLOCKS = 10;
const PER_BLOCK = 100;

describe('the queue delivers every answer exactly once as far as the server can tell', () => {
  for (let block = 0; block < BLOCKS; block++) {
    it(`under seeded faults, crashes and several tabs (seeds ${block * PER_BLOCK}–${(block + 1) * PER_BLOCK - 1})`, async () => {
      for (let seed = block * PER_BLOCK; seed < (block + 1) * PER_BLOCK; seed++) {
        const { problems } = await runScenario(seed);
        expect(problems, `seed ${seed}`).toEqual([]);
      }
    }, 120_000);
  }
});
