/*
 * The bundle's CSS minifier (scripts/rollup-minify-css.mjs): whitespace goes only where CSS
 * ignores it, so the styles mean the same once minified.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss } from '../../scripts/rollup-minify-css.mjs';

/** The CSS of one `/* css *\/` literal in a styles file, minified. */
function minify(css) {
  const { code } = minifyCss().transform(`export const base = /* css */ \`${css}\`;`, '/x/a.styles.ts');
  return /`([^`]*)`/.exec(code)[1];
}

test('drops the spaces around a + combinator, and keeps those around + in calc()', () => {
  assert.equal(minify('li + li { margin: calc(1em + 2px); }'), 'li+li{margin:calc(1em + 2px)}');
  assert.equal(
    minify('p:not([hidden]) + p { inset: calc(-1 * (var(--a) * 0.5 + 1px)); }'),
    'p:not([hidden])+p{inset:calc(-1*(var(--a)*.5 + 1px))}',
  );
});

test('drops the quotes around a name in an attribute selector, and keeps them around other values', () => {
  assert.equal(minify("[aria-expanded='true'] > .a { color: red; }"), '[aria-expanded=true]>.a{color:red}');
  assert.equal(
    minify(`[data-x="two words"], [href^='http:'] { color: red; }`),
    `[data-x="two words"],[href^='http:']{color:red}`,
  );
});

test('keeps the space before a colon that starts a pseudo-class', () => {
  assert.equal(minify('.a :hover { color: red; }'), '.a :hover{color:red}');
});
