/**
 * A stable number in [0, 100) for a visitor and a survey: the same visitor always lands in the
 * same bucket for a survey (so sampling does not flicker between page views), while buckets for
 * different surveys are independent. FNV-1a (32 bit) is tiny, fast and spreads short ids well.
 * See http://www.isthe.com/chongo/tech/comp/fnv/
 */
export function sampleBucket(visitorId: string, surveyId: string): number {
  let hash = 0x811c9dc5;
  const key = `${visitorId}\u0000${surveyId}`;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // A final avalanche step (from murmur3's fmix32): FNV alone keeps low bits correlated for ids that differ only at the end.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return ((hash >>> 0) % 10000) / 100;
}
