/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours, the commonest
 * typing slip: "recieve"), given up as soon as it must exceed `max`, so most vocabulary words cost
 * a row or two.
 */
export const editDistance = (a: string, b: string, max: number): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
};

/** Edits allowed for a word of this length: none under 5 letters (too many short words are one edit apart), two from 8. */
export const allowedEdits = (length: number): number => (length < 5 ? 0 : length < 8 ? 1 : 2);

/**
 * The closest known word within the allowed edits that starts with the same letter (people rarely
 * mistype the first letter, and allowing it turns "cover" into "over"), or undefined. Ties go to
 * the word met first. The first-letter and length checks skip most words before any work.
 */
export const closestWord = (word: string, vocabulary: readonly string[]): string | undefined => {
  const max = allowedEdits(word.length);
  let found: string | undefined;
  let distance = max + 1;
  for (const candidate of vocabulary) {
    if (candidate[0] !== word[0]) continue;
    const d = editDistance(word, candidate, Math.min(max, distance - 1));
    if (d < distance) {
      distance = d;
      found = candidate;
    }
  }
  return found;
};
