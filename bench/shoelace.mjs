/**
 * Builds page C's script: Shoelace's `<sl-details>` alone (with what it imports: Lit, sl-icon and
 * its inline "system" icon library), bundled and minified the way our own bundle is, so the two
 * are compared as equals: one classic script, Lit's production build, terser.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const require = createRequire(import.meta.url);

/** Shoelace's package directory (its `exports` do not expose package.json, so resolve a theme file). */
const shoelaceDir = join(dirname(require.resolve('@shoelace-style/shoelace/dist/themes/light.css')), '../..');

/** The details component's entry (it defines `sl-details` as a side effect) and the theme it needs. */
export const SHOELACE_DETAILS = join(shoelaceDir, 'dist/components/details/details.js');
export const SHOELACE_THEME = join(shoelaceDir, 'dist/themes/light.css');

const IGNORED_WARNINGS = new Set(['THIS_IS_UNDEFINED', 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT']);

/** Bundles `<sl-details>` into `file` as a minified classic script. */
export async function buildShoelaceDetails(file) {
  const bundle = await rollup({
    input: SHOELACE_DETAILS,
    plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ format: { comments: false } })],
    onwarn(warning, warn) {
      // Shoelace's compiled decorators use `this` at module level (harmless in an IIFE), and
      // the entry's default export (the class) is not needed: defining the element is the point.
      if (!IGNORED_WARNINGS.has(warning.code)) warn(warning);
    },
  });
  try {
    await bundle.write({ file, format: 'iife' });
  } finally {
    await bundle.close();
  }
}
