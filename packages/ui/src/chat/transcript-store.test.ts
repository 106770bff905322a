import { expect, test } from 'vitest';
import { set } from 'idb-keyval';
import { applyRetention, loadTranscript, mergeTranscripts, saveTranscript, type ChatLine, type Transcript } from './transcript-store';
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

const line = (id: string, at: number, extra: Partial<ChatLine> = {}): ChatLine => ({ id, from: 'shopper', text: id, at, ...extra });

test('two tabs saving one after the other keep both tabs’ lines, in time order, once each', async () => {
  const store = freshStore();
  const start = { ...transcript(0, 1000), lines: [line('hi', 1)] };
  // Both tabs loaded `start`; each then adds its own lines without seeing the other's.
  await saveTranscript({ ...start, lines: [...start.lines, line('a1', 10), line('a2', 30)], updatedAt: 30 }, undefined, store);
  await saveTranscript({ ...start, lines: [...start.lines, line('b1', 20)], replyIds: ['r1'], updatedAt: 40 }, undefined, store);
  const kept = await loadTranscript(50, undefined, store);
  expect(kept?.lines.map((item) => item.id)).toEqual(['hi', 'a1', 'b1', 'a2']);
  expect(kept?.replyIds).toEqual(['r1']);
  expect(kept?.updatedAt).toBe(40);
});

test('a line both tabs have keeps what either added to it, and replies shown in either stay shown', () => {
  const stored = { ...transcript(0, 10), lines: [line('q', 1), line('answer', 2, { from: 'bot', faqId: 'f', helpful: true })], replyIds: ['r1'] };
  const mine = { ...transcript(0, 20), lines: [line('q', 1), line('answer', 2, { from: 'bot', faqId: 'f' }), line('more', 3)], replyIds: ['r2'] };
  const merged = mergeTranscripts(stored, mine);
  expect(merged.lines.map((item) => [item.id, item.helpful])).toEqual([
    ['q', undefined],
    ['answer', true],
    ['more', undefined],
  ]);
  expect(merged.replyIds).toEqual(['r1', 'r2']);
  expect(mergeTranscripts(undefined, mine)).toBe(mine);
});

test('the retention limit keeps the most recent lines of both tabs', async () => {
  const store = freshStore();
  await saveTranscript({ ...transcript(0, 10), lines: [line('a1', 1), line('a2', 3)] }, { days: 30, messages: 2 }, store);
  await saveTranscript({ ...transcript(0, 20), lines: [line('b1', 2), line('b2', 4)] }, { days: 30, messages: 2 }, store);
  expect((await loadTranscript(20, undefined, store))?.lines.map((item) => item.id)).toEqual(['a2', 'b2']);
});

test('unsent text is kept under its own key, with the transcript, and forgotten with it', async () => {
  const store = freshStore();
  await saveTranscript({ ...transcript(1, 0), drafts: { question: 'and the ret' } }, { days: 30, messages: 200 }, store);
  expect((await loadTranscript(day, undefined, store))?.drafts).toEqual({ question: 'and the ret' });
  expect(await loadTranscript(31 * day, undefined, store)).toBeNull();
  // The unsent text went with the expired transcript: a later one does not bring it back.
  await set('current', transcript(1, 40 * day), store);
  expect((await loadTranscript(40 * day, undefined, store))?.drafts).toBeUndefined();
});
