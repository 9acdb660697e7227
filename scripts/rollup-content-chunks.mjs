/**
 * Keeps the one-tag bundle small: the built-in guide's step bodies (its longest text) leave
 * dist/img-pathway.js for dist/img-pathway.en.js, a classic script the bundle loads right after
 * itself, checked against a SHA-384 hash written into the bundle. The headings, summaries and
 * official links stay in the bundle, so the guide is complete at first paint; a step's body
 * arrives a moment later (closed steps are filled in after the first paint anyway).
 * The npm modules (lib/) are not affected: there, the content module is whole.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { loadContent } from './load-content.mjs';

const CONTENT = resolve('src/content/en.ts');
const LOADER = resolve('src/content/chunks.ts');
const FILE = 'img-pathway.en.js';

export function contentChunks() {
  let core = '';
  let chunk = '';
  let integrity = '';
  return {
    name: 'content-chunks',
    async buildStart() {
      this.addWatchFile(CONTENT);
      const { en, enStrings } = await loadContent(CONTENT);
      const bodies = en.steps.map((step) => step.body);
      const withoutBodies = { ...en, steps: en.steps.map((step) => ({ ...step, body: undefined })) };
      core = `export const en = ${JSON.stringify(withoutBodies)};\nexport const enStrings = ${JSON.stringify(enStrings)};\n`;
      chunk = `document.currentScript.dispatchEvent(new CustomEvent("img-pathway-chunk",{detail:${JSON.stringify(bodies)}}));\n`;
      integrity = `sha384-${createHash('sha384').update(chunk).digest('base64')}`;
    },
    load(id) {
      return id === CONTENT ? core : null;
    },
    transform(code, id) {
      if (id !== LOADER) return null;
      const chunks = JSON.stringify({ en: { file: FILE, integrity } });
      const filled = code.replace(/const CHUNKS = [^;]+;/, `const CHUNKS = ${chunks};`);
      if (filled === code) this.error('src/content/chunks.ts no longer declares `const CHUNKS = …;`');
      return { code: filled, map: null };
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: chunk });
    },
  };
}
