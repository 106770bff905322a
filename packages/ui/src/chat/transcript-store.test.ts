import { expect, test } from 'vitest';
import { applyRetention, loadTranscript, saveTranscript, type Transcript } from './transcript-store';
import { freshStore } from './chat-test-kit';

const day = 86_400_000;
const transcript = (lines: number, updatedAt: number): Transcript => ({
  conversationId: 'c1',
  lines: Array.from({ length: lines }, (_, i) => ({ id: `l${i}`, from: 'shopper', text: `line ${i}`, at: i })),
  abstentions: 0,
  handoff: null,
  csat: null,
  replyIds: [],
  updatedAt,
});

test('a saved transcript loads back from IndexedDB', async () => {
  const store = freshStore();
  await saveTranscript(transcript(3, 1000), undefined, store);
  expect((await loadTranscript(2000, undefined, store))?.lines.map((line) => line.text)).toEqual([
    'line 0',
    'line 1',
    'line 2',
  ]);
});

test('only the most recent lines are kept', async () => {
  const store = freshStore();
  await saveTranscript(transcript(250, 1000), { days: 30, messages: 200 }, store);
  const kept = await loadTranscript(1000, { days: 30, messages: 200 }, store);
  expect(kept?.lines).toHaveLength(200);
  expect(kept?.lines[0]!.text).toBe('line 50');
});

test('a transcript older than the retention period is forgotten and deleted', async () => {
  const store = freshStore();
  await saveTranscript(transcript(3, 0), { days: 30, messages: 200 }, store);
  expect(await loadTranscript(31 * day, { days: 30, messages: 200 }, store)).toBeNull();
  // Deleted, not just hidden: a later, longer retention does not bring it back.
  expect(await loadTranscript(31 * day, { days: 365, messages: 200 }, store)).toBeNull();
  expect(applyRetention(transcript(3, 0), 29 * day, { days: 30, messages: 200 })).not.toBeNull();
});

test('without IndexedDB the chat simply forgets', async () => {
  const broken = () => Promise.reject(new Error('blocked'));
  const store = (() => broken()) as unknown as Parameters<typeof loadTranscript>[2];
  await expect(saveTranscript(transcript(1, 0), undefined, store)).resolves.toBeUndefined();
  await expect(loadTranscript(0, undefined, store)).resolves.toBeNull();
});
