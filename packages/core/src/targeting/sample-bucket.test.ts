import { expect, test } from 'vitest';
import { sampleBucket } from './sample-bucket';

test('a visitor always lands in the same bucket for a survey', () => {
  expect(sampleBucket('visitor-1', 'nps')).toBe(sampleBucket('visitor-1', 'nps'));
  const bucket = sampleBucket('visitor-1', 'nps');
  expect(bucket).toBeGreaterThanOrEqual(0);
  expect(bucket).toBeLessThan(100);
});

test('buckets spread evenly over many visitors', () => {
  const n = 20000;
  let under25 = 0;
  for (let i = 0; i < n; i++) if (sampleBucket(`v${i}`, 'csat-checkout') < 25) under25++;
  // 25% ± 1.5 points is more than 7 standard errors at this n.
  expect(under25 / n).toBeGreaterThan(0.235);
  expect(under25 / n).toBeLessThan(0.265);
});

test('sampling for one survey is independent of another', () => {
  const n = 20000;
  let both = 0;
  for (let i = 0; i < n; i++) if (sampleBucket(`v${i}`, 'a') < 50 && sampleBucket(`v${i}`, 'b') < 50) both++;
  expect(both / n).toBeGreaterThan(0.23);
  expect(both / n).toBeLessThan(0.27);
});
