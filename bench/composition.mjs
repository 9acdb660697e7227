/**
 * Where the bundle's bytes go: each byte of dist/img-pathway.js is traced through its source map
 * to the file it came from, and the files are grouped (Lit, our styles, the built-in English text,
 * the element's code). Also builds the smallest possible Lit element the same way, to show how
 * much of the bundle any Lit element pays before it does anything.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify } from '../rollup.config.mjs';
import { sizes } from './bytes.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return numbers;
}

/** The group a source file belongs to. */
function groupOf(source) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)) return 'Lit';
  if (source.endsWith('.styles.ts')) return 'Styles';
  if (source.endsWith('content/en.ts')) return 'Built-in English text';
  if (source.includes('/src/')) return 'Element code';
  return 'Other';
}

/**
 * Splits `code` by the group each byte came from. Returns, per group, its bytes concatenated in
 * order, so their sizes (raw, and compressed alone) can be taken.
 */
export function composition(code, map) {
  const parts = new Map();
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    const segments = lineMappings
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const [columnDelta, sourceDelta] = decodeSegment(segment);
        column += columnDelta;
        if (sourceDelta !== undefined) sourceIndex += sourceDelta;
        return { column, group: sourceDelta === undefined ? 'Other' : groupOf(map.sources[sourceIndex]) };
      });
    segments.forEach(({ column: start, group }, i) => {
      const end = segments[i + 1]?.column ?? line.length;
      parts.set(group, (parts.get(group) ?? '') + line.slice(start, end));
    });
  });
  return [...parts].map(([group, text]) => ({ group, ...sizes([text]) })).sort((a, b) => b.raw - a.raw);
}

/** The bundle's composition, from dist/img-pathway.js and its source map. */
export async function bundleComposition(file) {
  const [code, map] = await Promise.all([readFile(file, 'utf8'), readFile(`${file}.map`, 'utf8')]);
  return composition(code, JSON.parse(map));
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
