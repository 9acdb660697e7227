import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { typescript } from './scripts/rollup-esbuild-ts.mjs';
import { contentChunks } from './scripts/rollup-content-chunks.mjs';
import { minifyCss } from './scripts/rollup-minify-css.mjs';
import { minifyHtml } from './scripts/rollup-minify-html.mjs';

/*
 * The one bundle: dist/img-pathway.js, a classic script (IIFE, no exports, no globals) with Lit
 * inside, for `<script src>` embeds. npm users get lib/, tsc's unbundled output of the same src/.
 */
export default {
  input: 'src/embed.ts',
  output: {
    file: 'dist/img-pathway.js',
    format: 'iife',
    sourcemap: true,
  },
  plugins: [
    // Lit's "production" build is the default export condition; dev mode warnings stay out.
    nodeResolve({ exportConditions: ['production'] }),
    contentChunks(),
    typescript(),
    minifyCss(),
    minifyHtml(),
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
