/**
 * `npm run size`: the size budgets of the one-tag bundle and its text files, measured on built
 * bytes (deterministic, unlike timings). Code and text have budgets of their own:
 *
 * - CODE: dist/img-pathway.js without the built-in text it carries, i.e. every byte its source
 *   map does not trace to src/content/en.ts (Lit, the element, its styles), gzipped as one piece.
 *   Fails above CODE_BUDGET; CODE_TARGET is where we want to be.
 * - TEXT: the built-in English text inside dist/img-pathway.js (heading, intro, note, step
 *   titles, summaries, links and interface words: what the guide needs for its first paint),
 *   and the two text files the bundle fetches, dist/img-pathway.en.js (the English step bodies)
 *   and dist/img-pathway.es.js (the Spanish guide). Each has a TEXT_BUDGETS entry.
 *
 * Text budgets are raised when the guide's text needs it; they are never met by cutting the
 * guide's text. (Until issue 13 one budget covered code and text together, and facts were cut
 * from the English text to meet it.) Every budget fails the check when exceeded.
 *
 * The README states the bundle's total size ("15.4 kB gzip") and the English step text's
 * ("1.5 kB of step text"): both must be the built files', to the tenth of a kB.
 *
 * History of the code budget: 12,000 B (code and text together) until the reader features of
 * issue 4 (interface words table, src= and inline JSON loading, checklist, remember, copy link,
 * open/close animation) added about 2,500 B. Raised to 15,000 B on purpose, with those features;
 * the 10,000 B target is not met. Raised to 15,500 B with issue 12, which split the element into
 * one controller per feature (src/features/): the split cost about 390 B gzip (seven small
 * classes, and their public member names, which the minifier keeps). Since issue 13 the same
 * 15,500 B is the budget of the code alone, without the built-in text.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isBuiltInText, readBundle, splitBySource } from './bundle-sources.mjs';

const BUNDLE = 'dist/img-pathway.js';
const CODE_BUDGET = 15500;
const CODE_TARGET = 10000;
/** Gzip bytes allowed for each piece of text, with generous headroom (see above). */
const TEXT_BUDGETS = {
  [`${BUNDLE} (built-in text)`]: 2500,
  'dist/img-pathway.en.js': 3000,
  'dist/img-pathway.es.js': 5000,
};

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (bytes) => (bytes / 1000).toFixed(1);

function read(file) {
  try {
    return readFileSync(file);
  } catch {
    console.error(`size: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const bundle = read(BUNDLE);
read(`${BUNDLE}.map`);
const { code, map } = await readBundle(BUNDLE);
const parts = splitBySource(code, map, (source) => (source !== null && isBuiltInText(source) ? 'text' : 'code'));
const codeBytes = Buffer.from(parts.get('code') ?? '');
const textBytes = Buffer.from(parts.get('text') ?? '');
if (codeBytes.length + textBytes.length !== bundle.length || textBytes.length === 0) {
  console.error(`size: could not trace ${BUNDLE}'s built-in text through its source map.`);
  process.exit(1);
}

const total = gzip(bundle);
const codeGzip = gzip(codeBytes);
const text = {
  [`${BUNDLE} (built-in text)`]: textBytes,
  'dist/img-pathway.en.js': read('dist/img-pathway.en.js'),
  'dist/img-pathway.es.js': read('dist/img-pathway.es.js'),
};

const problems = [];
console.log(
  `${BUNDLE}: ${bundle.length} B raw, ${total} B gzip, ${brotli(bundle)} B brotli in all; ` +
    `its code and its text compressed apart:`,
);
console.log(`  code: ${codeBytes.length} B raw, ${codeGzip} B gzip (budget ${CODE_BUDGET} B, target ${CODE_TARGET} B)`);
if (codeGzip > CODE_BUDGET) problems.push(`the code is over its budget by ${codeGzip - CODE_BUDGET} B gzip`);
for (const [name, bytes] of Object.entries(text)) {
  const size = gzip(bytes);
  const budget = TEXT_BUDGETS[name];
  console.log(`  text, ${name}: ${bytes.length} B raw, ${size} B gzip (budget ${budget} B)`);
  if (size > budget)
    problems.push(`${name} is over its text budget by ${size - budget} B gzip: raise the budget, do not cut the text`);
}

// The README states sizes where readers decide whether to embed the guide: each figure must be
// the built file's, to the tenth of a kB.
const readme = readFileSync('README.md', 'utf8');
for (const [pattern, actual, what] of [
  [/([\d.]+) kB gzip/g, kB(total), 'the bundle'],
  [/([\d.]+) kB of step text/g, kB(gzip(text['dist/img-pathway.en.js'])), 'dist/img-pathway.en.js'],
]) {
  const stated = [...readme.matchAll(pattern)].map((match) => match[1]);
  const phrase = (figure) => `"${pattern.source.replace('([\\d.]+)', figure)}"`;
  if (stated.length === 0 || stated.some((figure) => figure !== actual))
    problems.push(
      `README.md must say ${phrase(actual)} for ${what}; it says ${stated.map(phrase).join(', ') || 'nothing'}`,
    );
}

for (const problem of problems) console.error(`size: ${problem}.`);
if (problems.length > 0) process.exit(1);
