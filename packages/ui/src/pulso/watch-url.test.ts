import { expect, test } from 'vitest';
import { watchUrl } from './watch-url';

test('pushState, replaceState, popstate and hashchange report the new URL once per change', () => {
  const seen: string[] = [];
  const stop = watchUrl((href) => seen.push(new URL(href).pathname));
  history.pushState({}, '', '/checkout');
  history.replaceState({}, '', '/checkout'); // same URL: not a change
  history.replaceState({}, '', '/thanks');
  history.pushState({}, '', '/back-here');
  // The back button and hash links change the URL without our wrappers (the prototype's method
  // stands in for the browser here), so only their events can tell.
  const behindOurBack = (url: string) => History.prototype.replaceState.call(history, {}, '', url);
  behindOurBack('/popped');
  expect(seen).toEqual(['/checkout', '/thanks', '/back-here']);
  window.dispatchEvent(new PopStateEvent('popstate'));
  behindOurBack('/popped#reviews');
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(seen.concat(location.hash)).toEqual(['/checkout', '/thanks', '/back-here', '/popped', '/popped', '#reviews']);
  window.dispatchEvent(new PopStateEvent('popstate')); // no change since: nothing reported
  stop();
  expect(seen).toHaveLength(5);
});

test('after stopping, no event reports a URL', () => {
  const seen: string[] = [];
  watchUrl((href) => seen.push(href))();
  History.prototype.replaceState.call(history, {}, '', '/elsewhere');
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  history.pushState({}, '', '/and-again');
  expect(seen).toEqual([]);
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

test('a hash router moving by location.hash reports each route once, fragment included', async () => {
  const seen: string[] = [];
  const start = location.href;
  const stop = watchUrl((href) => seen.push(new URL(href).hash));
  try {
    location.hash = '#/checkout';
    // Browsers fire popstate and then hashchange for one hash navigation: one report, not two.
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((done) => setTimeout(done, 0));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    location.hash = '#/checkout/done';
    await new Promise((done) => setTimeout(done, 0));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(seen).toEqual(['#/checkout', '#/checkout/done']);
  } finally {
    stop();
    History.prototype.replaceState.call(history, {}, '', start);
  }
});
