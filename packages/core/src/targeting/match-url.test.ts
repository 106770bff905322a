import { expect, test } from 'vitest';
import { globToRegExp, matchUrl } from './match-url';

const url = 'https://shop.example/checkout/step-2?coupon=X#top';

test('an exact pattern starting with / compares the path only', () => {
  expect(matchUrl(url, { match: 'exact', value: '/checkout/step-2' })).toBe(true);
  expect(matchUrl(url, { match: 'exact', value: '/checkout' })).toBe(false);
  expect(matchUrl(url, { value: '/checkout/step-2' })).toBe(true);
});

test('a path pattern with a query compares path and query', () => {
  expect(matchUrl(url, { match: 'exact', value: '/checkout/step-2?coupon=X' })).toBe(true);
  expect(matchUrl(url, { match: 'exact', value: '/checkout/step-2?coupon=Y' })).toBe(false);
});

test('a full-URL pattern compares the whole URL without the fragment', () => {
  expect(matchUrl(url, { match: 'exact', value: 'https://shop.example/checkout/step-2?coupon=X' })).toBe(true);
  expect(matchUrl(url, { match: 'prefix', value: 'https://shop.example/check' })).toBe(true);
  expect(matchUrl(url, { match: 'prefix', value: 'https://other.example/' })).toBe(false);
});

test('the root of a site is the path /', () => {
  expect(matchUrl('https://shop.example', { value: '/' })).toBe(true);
  expect(matchUrl('https://shop.example?x=1', { value: '/' })).toBe(true);
});

test('a prefix pattern matches the start of the path', () => {
  expect(matchUrl(url, { match: 'prefix', value: '/checkout/' })).toBe(true);
  expect(matchUrl(url, { match: 'prefix', value: '/cart' })).toBe(false);
});

test('a glob star stays inside one path segment', () => {
  expect(matchUrl(url, { match: 'glob', value: '/checkout/*' })).toBe(true);
  expect(matchUrl(url, { match: 'glob', value: '/*' })).toBe(false);
  expect(matchUrl('/products/shoes/red', { match: 'glob', value: '/products/*/red' })).toBe(true);
  expect(matchUrl('/products/shoes/men/red', { match: 'glob', value: '/products/*/red' })).toBe(false);
});

test('a glob double star crosses segments and may match none', () => {
  expect(matchUrl('/products/shoes/men/red', { match: 'glob', value: '/products/**/red' })).toBe(true);
  expect(matchUrl('/products/red', { match: 'glob', value: '/products/**/red' })).toBe(true);
  expect(matchUrl('/products/a/b', { match: 'glob', value: '/products/**' })).toBe(true);
  expect(matchUrl('/blog/a', { match: 'glob', value: '/products/**' })).toBe(false);
});

test('glob treats regex characters and ? literally', () => {
  expect(globToRegExp('/a.b').test('/axb')).toBe(false);
  expect(globToRegExp('/a.b').test('/a.b')).toBe(true);
  expect(matchUrl('/search?q=1', { match: 'glob', value: '/search?q=*' })).toBe(true);
  expect(matchUrl('/searchXq=1', { match: 'glob', value: '/search?q=*' })).toBe(false);
});

test('a regex is searched in the whole URL', () => {
  expect(matchUrl(url, { match: 'regex', value: '/checkout/step-\\d+' })).toBe(true);
  expect(matchUrl(url, { match: 'regex', value: '^https://shop\\.example/cart' })).toBe(false);
});

test('an invalid regex throws an error naming the pattern', () => {
  expect(() => matchUrl(url, { match: 'regex', value: '/checkout/(' })).toThrow(/"\/checkout\/\(" is not a valid regular expression/);
});

const hashRouted = 'https://shop.example/?utm=mail#/checkout/done?order=42';

test('a pattern with # compares the fragment too, so hash-routed apps can be targeted', () => {
  expect(matchUrl(hashRouted, { match: 'exact', value: '/#/checkout/done?order=42' })).toBe(true);
  expect(matchUrl(hashRouted, { match: 'exact', value: '/#/checkout/done' })).toBe(false);
  expect(matchUrl(hashRouted, { match: 'prefix', value: '/#/checkout/' })).toBe(true);
  expect(matchUrl(hashRouted, { match: 'prefix', value: '/#/cart' })).toBe(false);
  expect(matchUrl(hashRouted, { match: 'glob', value: '/#/checkout/*' })).toBe(true);
  expect(matchUrl(hashRouted, { match: 'glob', value: '/#/*' })).toBe(false);
  expect(matchUrl(hashRouted, { match: 'prefix', value: 'https://shop.example/?utm=mail#/checkout' })).toBe(true);
  expect(matchUrl(hashRouted, { match: 'regex', value: '#/checkout/done\\b' })).toBe(true);
  expect(matchUrl(hashRouted, { match: 'regex', value: 'order=42$' })).toBe(false);
});

test('a pattern starting with # compares the fragment only', () => {
  expect(matchUrl(hashRouted, { match: 'exact', value: '#/checkout/done?order=42' })).toBe(true);
  expect(matchUrl(hashRouted, { match: 'glob', value: '#/checkout/**' })).toBe(true);
  expect(matchUrl('https://shop.example/any/path#/checkout/done', { match: 'prefix', value: '#/checkout' })).toBe(true);
  expect(matchUrl('https://shop.example/checkout/done', { match: 'prefix', value: '#/checkout' })).toBe(false);
});

test('a path pattern with # ignores the page query; a ? after the # is part of the fragment', () => {
  expect(matchUrl(hashRouted, { match: 'glob', value: '/#/checkout/done?order=*' })).toBe(true);
  expect(matchUrl('https://shop.example/#/checkout/done', { match: 'exact', value: '/#/checkout/done' })).toBe(true);
  expect(matchUrl('https://shop.example/', { match: 'exact', value: '/#/checkout/done' })).toBe(false);
});

test('a regex is also tested on the path and query and on the path alone, as a browser URL always starts with its scheme', () => {
  expect(matchUrl(url, { match: 'regex', value: '^/checkout/step-\\d+\\?' })).toBe(true);
  // The page query is incidental, as for path patterns without a ?.
  expect(matchUrl(url, { match: 'regex', value: '^/checkout/step-\\d+$' })).toBe(true);
  expect(matchUrl(url, { match: 'regex', value: '^/checkout/step-1$' })).toBe(false);
  // Other spellings of a path regex.
  expect(matchUrl('https://shop.com/pedido/12', { match: 'regex', value: '^\\/pedido\\/\\d+$' })).toBe(true);
  expect(matchUrl('https://shop.com/order/12', { match: 'regex', value: '^(/pedido|/order)/\\d+$' })).toBe(true);
  expect(matchUrl('https://shop.com/pedido/12?utm=1', { match: 'regex', value: '^/pedido/\\d+$' })).toBe(true);
  expect(matchUrl('https://shop.com/pedido/12/edit', { match: 'regex', value: '^/pedido/\\d+$' })).toBe(false);
  expect(matchUrl('/checkout/step-2', { match: 'regex', value: '^/checkout/step-\\d+$' })).toBe(true);
  expect(matchUrl('https://shop.example/#/checkout/done', { match: 'regex', value: '^/#/checkout/' })).toBe(true);
  expect(matchUrl('https://shop.example/cart', { match: 'regex', value: '^/checkout' })).toBe(false);
});

test('a regex that names a literal ? (\\? or in a [class]) sees the query: it is not tried on the path alone', () => {
  const withQuery = 'https://shop.com/pedido/12?utm=1';
  const without = 'https://shop.com/pedido/12';
  // "Pages without a query".
  expect(matchUrl(withQuery, { match: 'regex', value: '^[^?]*$' })).toBe(false);
  expect(matchUrl(without, { match: 'regex', value: '^[^?]*$' })).toBe(true);
  expect(matchUrl(withQuery, { match: 'regex', value: '^/pedido/\\d+(?!\\?)$' })).toBe(false);
  expect(matchUrl(withQuery, { match: 'regex', value: '^/pedido/\\d+[?]?$' })).toBe(false);
  expect(matchUrl(withQuery, { match: 'regex', value: '[?&]utm=' })).toBe(true);
  expect(matchUrl(without, { match: 'regex', value: '^/pedido/\\d+\\??$' })).toBe(true);
  // A ? used as a quantifier or in (?:…), or after an escaped backslash, is not about the query:
  // such a path regex still matches pages with a query string.
  expect(matchUrl(withQuery, { match: 'regex', value: '^/pedidos?/\\d+/?$' })).toBe(true);
  expect(matchUrl(withQuery, { match: 'regex', value: '^/(?:pedido|order)/\\d+$' })).toBe(true);
  expect(matchUrl(withQuery, { match: 'regex', value: '^/pedido\\\\?/\\d+$' })).toBe(true);
  expect(matchUrl('https://shop.com/a[b]/12?x=1', { match: 'regex', value: '^/a\\[b\\]?/\\d+$' })).toBe(true);
});
