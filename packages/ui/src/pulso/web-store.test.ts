import { expect, test } from 'vitest';
import { webStore } from './web-store';

test('values round-trip as JSON through the chosen storage', () => {
  const store = webStore('localStorage');
  store.write('pulso:test', { a: [1, 2] });
  expect(store.read('pulso:test')).toEqual({ a: [1, 2] });
  expect(JSON.parse(localStorage.getItem('pulso:test')!)).toEqual({ a: [1, 2] });
  store.remove('pulso:test');
  expect(store.read('pulso:test')).toBeUndefined();
});

test('storage that throws on access (private mode, sandboxed iframes) falls back to memory', () => {
  const scope = {
    get localStorage(): Storage {
      throw new DOMException('denied', 'SecurityError');
    },
  };
  const store = webStore('localStorage', scope);
  expect(store.read('k')).toBeUndefined();
  store.write('k', 42);
  expect(store.read('k')).toBe(42);
  store.remove('k');
  expect(store.read('k')).toBeUndefined();
});

test('a full quota keeps the value in memory instead of throwing', () => {
  const full = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => {},
  };
  const store = webStore('sessionStorage', { sessionStorage: full });
  store.write('k', { shown: ['nps'] });
  expect(store.read('k')).toEqual({ shown: ['nps'] });
});

test('a value that is not JSON reads as absent', () => {
  localStorage.setItem('pulso:bad', '{not json');
  expect(webStore('localStorage').read('pulso:bad')).toBeUndefined();
  localStorage.removeItem('pulso:bad');
});
