import { expect, test } from 'vitest';
import { watchUrl } from './watch-url';

test('pushState, replaceState and popstate report the new URL once per change', () => {
  const seen: string[] = [];
  const stop = watchUrl((href) => seen.push(new URL(href).pathname));
  history.pushState({}, '', '/checkout');
  history.replaceState({}, '', '/checkout'); // same URL: not a change
  history.replaceState({}, '', '/thanks');
  history.pushState({}, '', '/back-here');
  history.replaceState({}, '', '/popped');
  window.dispatchEvent(new PopStateEvent('popstate'));
  stop();
  expect(seen).toEqual(['/checkout', '/thanks', '/back-here', '/popped']);
});

test('stopping restores the original history methods', () => {
  const { pushState, replaceState } = history;
  const stop = watchUrl(() => {});
  expect(history.pushState).not.toBe(pushState);
  stop();
  expect(history.pushState).toBe(pushState);
  expect(history.replaceState).toBe(replaceState);
});

test('a wrapper added after ours keeps working when we stop, and ours goes quiet', () => {
  const seen: string[] = [];
  const stop = watchUrl((href) => seen.push(href));
  const ours = history.pushState;
  let theirs = 0;
  history.pushState = function (...args: Parameters<History['pushState']>) {
    theirs += 1;
    return ours.apply(this, args);
  };
  stop();
  history.pushState({}, '', '/after-stop');
  expect(theirs).toBe(1);
  expect(seen).toEqual([]);
});
