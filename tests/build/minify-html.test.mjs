/*
 * The bundle's template minifier (scripts/rollup-minify-html.mjs): line breaks in a template
 * are source layout and go, but no text may run together and no space written on a line may
 * be lost.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyQuasi } from '../../scripts/rollup-minify-html.mjs';

/** A template given as its literal pieces, minified, joined with `${}` where the bindings were. */
const minify = (...pieces) => pieces.map((raw, i) => minifyQuasi(raw, i === 0, i === pieces.length - 1)).join('${}');

test('drops a line break and its indentation between two tags', () => {
  assert.equal(minify('<ol>\n    <li>a</li>\n  </ol>'), '<ol><li>a</li></ol>');
});

test('drops a line break at the start and the end of a template', () => {
  assert.equal(minify('\n  <p>a</p>\n'), '<p>a</p>');
  assert.equal(minify('\n  ', '\n'), '${}');
});

test('drops a line break between a tag and a binding, on either side', () => {
  assert.equal(minify('<button>\n  ', '\n</button>'), '<button>${}</button>');
  assert.equal(minify('<ol>\n  ', '\n  </ol>\n  ', '\n  <slot></slot>'), '<ol>${}</ol>${}<slot></slot>');
});

test('keeps one space where a line break separates a binding from text', () => {
  assert.equal(minify('<p>', '\n  more text</p>'), '<p>${} more text</p>');
  assert.equal(minify('<p>some text\n  ', '</p>'), '<p>some text ${}</p>');
  assert.equal(minify('<p>one\n  two</p>'), '<p>one two</p>');
});

test('keeps one space between two bindings on separate lines', () => {
  assert.equal(minify('<div>', '\n  ', '</div>'), '<div>${} ${}</div>');
});

test('keeps a space between attributes, and spaces written on one line', () => {
  assert.equal(minify('<li class=', '\n    part="step">'), '<li class=${} part="step">');
  assert.equal(minify('<p>', ' <time>', '</time></p>'), '<p>${} <time>${}</time></p>');
});

test('drops a line break before the end of a tag written on its own line', () => {
  assert.equal(
    minify('<button\n  type="button"\n  aria-expanded=', '\n>', '</button>'),
    '<button type="button" aria-expanded=${}>${}</button>',
  );
  assert.equal(minify('<div\n  id="a"\n>text</div>'), '<div id="a">text</div>');
  assert.equal(minify('<input\n  type="checkbox"\n/>'), '<input type="checkbox"/>');
});
