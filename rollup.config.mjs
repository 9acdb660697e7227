import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyCss } from './scripts/rollup-minify-css.mjs';

/*
 * The one bundle: dist/img-pathway.js, a classic script (IIFE, no exports, no globals) with Lit
 * inside, for `<script src>` embeds. It is built from tsc's output in lib/, so the npm modules
 * and the bundle come from the same compiled code. npm users get lib/ unbundled.
 */
export default {
  input: 'lib/embed.js',
  output: {
    file: 'dist/img-pathway.js',
    format: 'iife',
    sourcemap: true,
  },
  plugins: [
    // Lit's "production" build is the default export condition; dev mode warnings stay out.
    nodeResolve({ exportConditions: ['production'] }),
    minifyCss(),
    terser({
      ecma: 2021,
      module: false,
      compress: { passes: 2, unsafe_arrows: true },
      format: { comments: false },
      // Our private members start with `_` and a letter; Lit's internals start with `_$`. Both
      // are private to the bundle, so their names can be shortened.
      mangle: { properties: { regex: /^_[a-z_]/ } },
    }),
  ],
  onwarn(warning, warn) {
    // Lit's decorators emit `this` at module level in some helpers; harmless in an IIFE.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
