/**
 * Transfer sizes as a server would send them: each file compressed on its own (gzip level 9,
 * brotli quality 11), then summed, since a page fetches its files separately.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {(Buffer | string)[]} parts @returns {{ raw: number, gzip: number, brotli: number }} */
export function sizes(parts) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const part of parts) {
    const bytes = Buffer.from(part);
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}
