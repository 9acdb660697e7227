/**
 * Keeps the one-tag bundle small by moving what most pages do not need at first paint into
 * second files beside it, each loaded by src/content/chunks.ts and checked against a SHA-384
 * hash written into the bundle:
 * - dist/img-pathway.en.js: the built-in guide's step bodies (its longest text). The headings,
 *   summaries and official links stay in the bundle, so the guide is complete at first paint;
 *   bodies arrive a moment later (closed steps are filled in after the first paint anyway).
 * - dist/img-pathway.validate.js (built just before, by the first rollup config): the content
 *   checker, needed only for custom content. In the bundle, src/content/check.ts is swapped for
 *   check.bundle.ts, which loads it.
 * The npm modules (lib/) are not affected: there, everything is in place.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from './load-content.mjs';

const CONTENT = resolve('src/content/en.ts');
const LOADER = resolve('src/content/chunks.ts');
const CHECK = resolve('src/content/check.ts');
const CHECK_IN_BUNDLE = resolve('src/content/check.bundle.ts');
const FILE = 'img-pathway.en.js';
const VALIDATOR = 'img-pathway.validate.js';

const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

export function contentChunks() {
  let core = '';
  let chunk = '';
  let chunks = '';
  return {
    name: 'content-chunks',
    async buildStart() {
      this.addWatchFile(CONTENT);
      const { en, enStrings } = await loadContent(CONTENT);
      const bodies = en.steps.map((step) => step.body);
      const withoutBodies = { ...en, steps: en.steps.map((step) => ({ ...step, body: undefined })) };
      core = `export const en = ${JSON.stringify(withoutBodies)};\nexport const enStrings = ${JSON.stringify(enStrings)};\n`;
      chunk = `document.currentScript.dispatchEvent(new CustomEvent("img-pathway-chunk",{detail:${JSON.stringify(bodies)}}));\n`;
      this.addWatchFile(resolve('dist', VALIDATOR));
      const validator = readFileSync(resolve('dist', VALIDATOR));
      chunks = JSON.stringify({
        en: { file: FILE, integrity: sri(chunk) },
        validate: { file: VALIDATOR, integrity: sri(validator) },
      });
    },
    resolveId(source, importer) {
      if (!importer || !source.endsWith('/check.js')) return null;
      return resolve(importer, '..', source.replace(/\.js$/, '.ts')) === CHECK ? CHECK_IN_BUNDLE : null;
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
    },
  };
}
