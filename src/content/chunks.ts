import { warn } from '../warn.js';

/**
 * Files that the one-tag bundle loads after itself, from the same place, each checked against
 * its SHA-384 hash (Subresource Integrity). The bundle build fills this in; in the npm modules it
 * stays undefined and everything is already there.
 */
declare const IMG_PATHWAY_CHUNKS: Record<string, { file: string; integrity: string }> | undefined;
const CHUNKS = typeof IMG_PATHWAY_CHUNKS === 'undefined' ? undefined : IMG_PATHWAY_CHUNKS;

// Read while the classic script runs: later, document.currentScript is someone else's or null.
const base = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

const loading = new Map<string, Promise<unknown>>();

/**
 * Loads a chunk once: a classic script beside the bundle that hands its data to the script
 * element that loaded it (an `img-pathway-chunk` event), so nothing is put on `window`.
 * Resolves with the data, or with `undefined` (and one warning) when it cannot be had.
 */
export function loadChunk<T>(name: string): Promise<T | undefined> | undefined {
  const chunk = CHUNKS?.[name];
  if (!chunk) return undefined;
  let promise = loading.get(name);
  if (!promise) {
    promise = new Promise((resolve) => {
      const url = base ? new URL(chunk.file, base).href : '';
      const fail = () => {
        warn(
          `could not load ${url || chunk.file}: missing, blocked by a Content-Security-Policy, or changed since it was built.`,
        );
        resolve(undefined);
      };
      if (!url) {
        fail();
        return;
      }
      const script = document.createElement('script');
      script.src = url;
      script.integrity = chunk.integrity;
      script.crossOrigin = 'anonymous';
      script.addEventListener('img-pathway-chunk', (event) => {
        resolve((event as CustomEvent<unknown>).detail);
      });
      script.addEventListener('error', fail);
      document.head.append(script);
    });
    loading.set(name, promise);
  }
  return promise as Promise<T | undefined>;
}
