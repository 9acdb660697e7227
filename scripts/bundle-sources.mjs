/**
 * Which source file each byte of a built bundle came from, read off its source map. Shared by
 * the size check (scripts/check-size.mjs), which weighs the built-in text apart from the code,
 * and the benchmark (bench/composition.mjs), which reports where the bundle's bytes go.
 */
import { readFile } from 'node:fs/promises';

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

/**
 * The built-in English guide as the bundle carries it: src/content/en.ts, which the build turns
 * into its heading, intro, note, titles, summaries, links and interface words (the step bodies
 * go to dist/img-pathway.en.js instead; see scripts/rollup-content-chunks.mjs).
 */
export const isBuiltInText = (source) => source.endsWith('content/en.ts');

/**
 * Splits `code` by where each byte came from: `classify(source)` names the part of a byte
 * traced to `source`, and `classify(null)` that of a byte the map traces to no source. Returns
 * a Map from part to that part's bytes, concatenated in the order they stand in `code`: every
 * character of `code` is in exactly one part.
 * @param {string} code
 * @param {{ mappings: string, sources: string[] }} map
 * @param {(source: string | null) => string} classify
 */
export function splitBySource(code, map, classify) {
  const parts = new Map();
  const append = (part, text) => parts.set(part, (parts.get(part) ?? '') + text);
  const lines = code.split('\n');
  let sourceIndex = 0;
  const mappings = map.mappings.split(';');
  lines.forEach((line, lineNumber) => {
    if (lineNumber > 0) append(classify(null), '\n');
    let column = 0;
    const segments = (mappings[lineNumber] ?? '')
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const [columnDelta, sourceDelta] = decodeSegment(segment);
        column += columnDelta;
        if (sourceDelta !== undefined) sourceIndex += sourceDelta;
        return { column, part: classify(sourceDelta === undefined ? null : map.sources[sourceIndex]) };
      });
    // Bytes before a line's first segment are traced to no source.
    const first = segments[0]?.column ?? line.length;
    if (first > 0) append(classify(null), line.slice(0, first));
    segments.forEach(({ column: start, part }, i) => {
      const end = segments[i + 1]?.column ?? line.length;
      append(part, line.slice(start, end));
    });
  });
  return parts;
}

/** A built file and its source map (`file` + `.map`), as `{ code, map }`. */
export async function readBundle(file) {
  const [code, map] = await Promise.all([readFile(file, 'utf8'), readFile(`${file}.map`, 'utf8')]);
  return { code, map: JSON.parse(map) };
}
