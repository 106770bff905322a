import { expect, test, vi } from 'vitest';
import { watchScrollDepth } from './watch-scroll-depth';

function fakeWindow(height: number, viewport: number) {
  const target = new EventTarget();
  const win = Object.assign(target, {
    scrollY: 0,
    innerHeight: viewport,
    document: { documentElement: { scrollHeight: height }, body: { scrollHeight: height } },
  });
  return win;
}

test('reports the deepest percentage seen, throttled, and only when it grows', () => {
  vi.useFakeTimers();
  const win = fakeWindow(2_000, 500);
  const depths: number[] = [];
  const stop = watchScrollDepth((percent) => depths.push(percent), win as unknown as Window, 200);
  vi.advanceTimersByTime(200);
  expect(depths).toEqual([25]); // the first screen, seen without scrolling
  win.scrollY = 500;
  win.dispatchEvent(new Event('scroll'));
  win.scrollY = 700;
  win.dispatchEvent(new Event('scroll')); // inside the same throttle window
  vi.advanceTimersByTime(200);
  expect(depths).toEqual([25, 60]); // the trailing measurement sees 700 + 500 of 2000
  win.scrollY = 100;
  win.dispatchEvent(new Event('scroll'));
  vi.advanceTimersByTime(200);
  expect(depths).toEqual([25, 60]); // scrolling back up is not deeper
  win.scrollY = 1_500;
  win.dispatchEvent(new Event('scroll'));
  vi.advanceTimersByTime(200);
  expect(depths).toEqual([25, 60, 100]);
  stop();
  win.dispatchEvent(new Event('scroll'));
  vi.advanceTimersByTime(200);
  expect(depths).toEqual([25, 60, 100]);
  vi.useRealTimers();
});

test('a page shorter than the window counts as fully seen without any scrolling', () => {
  vi.useFakeTimers();
  const depths: number[] = [];
  const stop = watchScrollDepth((percent) => depths.push(percent), fakeWindow(400, 800) as unknown as Window, 200);
  vi.advanceTimersByTime(200);
  expect(depths).toEqual([100]);
  stop();
  vi.useRealTimers();
});
