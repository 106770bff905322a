import { expect, test } from 'vitest';
import { watchExitIntent } from './watch-exit-intent';

const withPointer = (desktop: boolean) =>
  Object.assign(Object.create(window), {
    document,
    matchMedia: (query: string) => ({ matches: desktop && query.includes('hover') }),
  }) as Window;

const leave = (clientY: number, relatedTarget: EventTarget | null = null) =>
  document.dispatchEvent(new MouseEvent('mouseout', { clientY, relatedTarget, bubbles: true }));

test('fires once when the pointer leaves through the top edge on a desktop', () => {
  let exits = 0;
  const stop = watchExitIntent(() => (exits += 1), withPointer(true));
  leave(300); // leaving through the side or bottom is not an exit
  leave(0, document.body); // moving onto an element is not leaving
  expect(exits).toBe(0);
  leave(-2);
  leave(-2);
  expect(exits).toBe(1);
  stop();
});

test('touch devices are not watched', () => {
  let exits = 0;
  const stop = watchExitIntent(() => (exits += 1), withPointer(false));
  leave(-2);
  expect(exits).toBe(0);
  stop();
});
