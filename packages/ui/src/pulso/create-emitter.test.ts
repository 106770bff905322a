import { expect, test } from 'vitest';
import { createEmitter } from './create-emitter';

test('handlers get the detail, unsubscribe works, and a throwing handler does not stop the others', () => {
  const failures: unknown[] = [];
  const emitter = createEmitter<{ shown: { id: string } }>((error) => failures.push(error));
  const seen: string[] = [];
  emitter.on('shown', () => {
    throw new Error('host page bug');
  });
  const off = emitter.on('shown', ({ id }) => seen.push(id));
  emitter.emit('shown', { id: 'a' });
  off();
  emitter.emit('shown', { id: 'b' });
  expect(seen).toEqual(['a']);
  expect(failures).toHaveLength(2);
});
