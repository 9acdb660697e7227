import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { typescript } from './scripts/rollup-esbuild-ts.mjs';
import { contentChunks } from './scripts/rollup-content-chunks.mjs';
import { minifyCss } from './scripts/rollup-minify-css.mjs';
import { minifyHtml } from './scripts/rollup-minify-html.mjs';

/*
 * The one-tag embed, built for `<script src>` pages: classic scripts (IIFE, no exports, no
 * globals). npm users get lib/ instead, tsc's unbundled output of the same src/.
 * - dist/img-pathway.validate.js: the content checker, loaded only when a page sets custom
 *   content. Built first: the main bundle carries its hash.
 * - dist/img-pathway.js: the element with Lit inside. It also writes dist/img-pathway.en.js, the
 *   built-in step bodies (see scripts/rollup-content-chunks.mjs).
 */
/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of the
 * file is compiled while the script streams in, off the main thread, instead of on its first
 * call. Nearly all of the element's code runs on load or on the first click, and compiling it
 * lazily cost about 40 ms of main-thread time at 4× CPU slowdown (issue 12's trace). With it, a
 * side-by-side run (20 loads each) measured ready 354 → 284 ms and the first click's Event
 * Timing 72 → 56 ms, against 232 and 48 for plain `<details>`. That run slowed only the main
 * thread, not the worker that compiles (docs/benchmarks.md, "What the throttle slows"), so it
 * counted the moved compile as free: on a phone whose every core is slow the gain is smaller,
 * unless a slow download hides the compile. With no slowdown at all (40 loads each), the median
 * ready still went 65 → 62 ms, and the first click's mean Event Timing 26.6 → 24.4 ms. It must
 * open the file.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Members that our files share but that are not the element's public API: the view the features
 * read (src/features/guide-view.ts), what the templates are drawn from, and the controllers'
 * members that other files call. Shortened in the bundle like the `_` ones (about 60 B gzip).
 * A name here must never be a public member or attribute, an event detail, a key of the content
 * JSON (interface words included), a browser's property or Lit's: tests/build/internal-names.test.mjs
 * checks each of these. (What the guide stores is lists of step ids, with no keys.)
 */
export const INTERNAL_NAMES = [
  'allOpen',
  'builtIn',
  'checking',
  'copyMessage',
  'follow',
  'named',
  'onChange',
  'onClick',
  'onCopyLink',
  'onDoneChange',
  'onReset',
  'openIds',
  'overrides',
  'settled',
  'showBuiltIn',
  'shown',
  'slots',
  'stepIds',
  'toggleAll',
  'words',
];

/**
 * The minifier of every bundle file (also used by bench/composition.mjs for its Lit baseline);
 * `preamble` is written first, as the only comment kept.
 */
export const minify = (preamble) =>
  terser({
    ecma: 2021,
    module: false,
    // keep_fargs: false drops a function's unused last parameters (about 11 B gzip). That
    // changes only its `length`, which nothing in the bundle reads.
    compress: { passes: 2, unsafe_arrows: true, keep_fargs: false },
    format: { comments: false, preamble },
    // Our private members start with `_` and a letter; Lit's internals start with `_$`. Both
    // are private to the bundle, so their names can be shortened, and so can INTERNAL_NAMES.
    mangle: { properties: { regex: new RegExp(`^(?:_[a-z_]|(?:${INTERNAL_NAMES.join('|')})$)`) } },
  });

const onwarn = (warning, warn) => {
  // Lit's decorators emit `this` at module level in some helpers; harmless in an IIFE.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: 'src/content/validate.chunk.ts',
    output: { file: 'dist/img-pathway.validate.js', format: 'iife' },
    plugins: [typescript(), minify()],
    onwarn,
  },
  {
    input: 'src/embed.ts',
    output: { file: 'dist/img-pathway.js', format: 'iife', sourcemap: true },
    plugins: [
      // Lit's "production" build is the default export condition; dev mode warnings stay out.
      nodeResolve({ exportConditions: ['production'] }),
      contentChunks(),
      typescript(),
      minifyCss(),
      minifyHtml(),
      minify(COMPILE_HINT),
    ],
    onwarn,
  },
];
