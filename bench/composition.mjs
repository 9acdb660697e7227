/**
 * Where the bundle's bytes go: each byte of dist/img-pathway.js is traced through its source map
 * to the file it came from (scripts/bundle-sources.mjs, shared with the size check), and the
 * files are grouped (Lit, our styles, the built-in English text,
 * the element's code). Also builds the smallest possible Lit element the same way, to show how
 * much of the bundle any Lit element pays before it does anything.
 */
import { writeFile } from 'node:fs/promises';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify } from '../rollup.config.mjs';
import { isBuiltInText, readBundle, splitBySource } from '../scripts/bundle-sources.mjs';
import { sizes } from './bytes.mjs';

/** The group a source file belongs to (null: a byte the map traces to no source). */
function groupOf(source) {
  if (source === null) return 'Other';
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)) return 'Lit';
  if (source.endsWith('.styles.ts')) return 'Styles';
  if (isBuiltInText(source)) return 'Built-in English text';
  if (source.includes('/src/')) return 'Element code';
  return 'Other';
}

/** Sizes of `code` per group (raw, and each group's bytes compressed alone), largest first. */
export function composition(code, map) {
  return [...splitBySource(code, map, groupOf)]
    .map(([group, text]) => ({ group, ...sizes([text]) }))
    .sort((a, b) => b.raw - a.raw);
}

/** The bundle's composition, from dist/img-pathway.js and its source map. */
export async function bundleComposition(file) {
  const { code, map } = await readBundle(file);
  return composition(code, map);
}

/**
 * The floor for any Lit element in one classic script: an element that renders four buttons,
 * built with the same rollup and terser settings as ours. Written to `file`; returns its sizes.
 */
export async function minimalLitElement(file) {
  const entry = `${file}.entry.js`;
  await writeFile(
    entry,
    `import { LitElement, html } from 'lit';
customElements.define('min-guide', class extends LitElement {
  render() { return html\`<ol>\${[1, 2, 3, 4].map((n) => html\`<li><button>\${n}</button></li>\`)}</ol>\`; }
});
`,
  );
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({ exportConditions: ['production'], rootDir: process.cwd() }), minify()],
    onwarn: () => {},
  });
  try {
    const { output } = await bundle.generate({ format: 'iife' });
    const code = output[0].code;
    await writeFile(file, code);
    return sizes([code]);
  } finally {
    await bundle.close();
  }
}
