/**
 * Keeps the one-tag bundle small by moving what most pages do not need at first paint into
 * second files beside it, each loaded by src/content/chunks.ts and checked against a SHA-384
 * hash written into the bundle:
 * - dist/img-pathway.en.js: the built-in guide's step bodies (its longest text). The headings,
 *   summaries and official links stay in the bundle, so the guide is complete at first paint;
 *   bodies arrive a moment later (closed steps are filled in after the first paint anyway).
 * - dist/img-pathway.es.js: the built-in Spanish guide and interface words, needed only on
 *   Spanish pages. In the bundle, src/content/spanish.ts is swapped for spanish.bundle.ts.
 * - dist/img-pathway.validate.js (built just before, by the first rollup config): the content
 *   checker, needed only for custom content. In the bundle, src/content/check.ts is swapped for
 *   check.bundle.ts, which loads it.
 * The npm modules (lib/) are not affected: there, everything is in place.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from './load-content.mjs';
import { sri } from './sri.mjs';

const CONTENT = resolve('src/content/en.ts');
const LOADER = resolve('src/content/chunks.ts');
const SPANISH = resolve('src/content/es.ts');
/** Modules the bundle replaces with their `.bundle.ts` twin, which loads a chunk instead. */
const SWAPPED = ['check', 'spanish'].map((name) => resolve(`src/content/${name}.ts`));
const FILE = 'img-pathway.en.js';
const SPANISH_FILE = 'img-pathway.es.js';
const VALIDATOR = 'img-pathway.validate.js';

/** A chunk: a classic script that hands `data` to the script element that loaded it. */
const chunkScript = (data) => `document.currentScript.imgPathwayChunk=${JSON.stringify(data)};\n`;

export function contentChunks() {
  let core = '';
  let chunk = '';
  let spanishChunk = '';
  let chunks = '';
  return {
    name: 'content-chunks',
    async buildStart() {
      this.addWatchFile(CONTENT);
      const { en, enStrings } = await loadContent(CONTENT);
      const bodies = en.steps.map((step) => step.body);
      const withoutBodies = { ...en, steps: en.steps.map((step) => ({ ...step, body: undefined })) };
      core = `export const en = ${JSON.stringify(withoutBodies)};\nexport const enStrings = ${JSON.stringify(enStrings)};\n`;
      chunk = chunkScript(bodies);
      this.addWatchFile(SPANISH);
      const { es, esStrings } = await loadContent(SPANISH);
      spanishChunk = chunkScript({ content: es, strings: esStrings });
      this.addWatchFile(resolve('dist', VALIDATOR));
      const validator = readFileSync(resolve('dist', VALIDATOR));
      chunks = JSON.stringify({
        en: { file: FILE, integrity: sri(chunk) },
        es: { file: SPANISH_FILE, integrity: sri(spanishChunk) },
        validate: { file: VALIDATOR, integrity: sri(validator) },
      });
    },
    resolveId(source, importer) {
      if (!importer || !source.endsWith('.js')) return null;
      const file = resolve(importer, '..', source.replace(/\.js$/, '.ts'));
      return SWAPPED.includes(file) ? file.replace(/\.ts$/, '.bundle.ts') : null;
    },
    load(id) {
      return id === CONTENT ? core : null;
    },
    transform(code, id) {
      if (id !== LOADER) return null;
      const filled = code.replace(/const CHUNKS = [^;]+;/, `const CHUNKS = ${chunks};`);
      if (filled === code) this.error('src/content/chunks.ts no longer declares `const CHUNKS = …;`');
      return { code: filled, map: null };
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: chunk });
      this.emitFile({ type: 'asset', fileName: SPANISH_FILE, source: spanishChunk });
    },
  };
}
