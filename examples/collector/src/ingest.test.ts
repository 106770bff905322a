import { expect, it } from 'vitest';
import { ingest } from './ingest';
import { openSqliteStorage } from './storage/sqlite-storage';
import { testSurveys } from './testing/collector-suite';

it('refuses an item nested too deep to store, and stores the rest of its batch', async () => {
  const storage = await openSqliteStorage(':memory:');
  // About 800 KB as JSON, under the default 1 MiB limit, and deeper than JSON.stringify recurses.
  const deep = JSON.parse(`{"id":"deep","createdAt":1000,"payload":{"type":"chat.message","conversationId":"c","extra":${'['.repeat(400_000)}${']'.repeat(400_000)}}}`);
  const plain = { id: 'plain', createdAt: 1000, payload: { type: 'chat.message', conversationId: 'c', extra: [[1]] } };
  const result = await ingest([deep, plain], { storage, surveys: testSurveys });
  expect(result.accepted).toEqual(['plain']);
  expect(result.rejected).toEqual([{ id: 'deep', reason: `payload.extra${'.0'.repeat(30)}: nested deeper than 32 levels` }]);
  expect((await storage.events(['chat.message'])).map((event) => event.id)).toEqual(['plain']);
  await storage.close();
});
