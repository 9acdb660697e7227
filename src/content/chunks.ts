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
// A query on the bundle's URL (WordPress adds `?ver=0.1.0` to bust caches) goes on each chunk's
// URL too: after an upgrade the new bundle then never meets a stale cached chunk, whose hash it
// would refuse.
const query = /\?[^#]*/.exec(base)?.[0] ?? '';

const loading = new Map<string, Promise<unknown>>();

/** A chunk's script element, once it has run: the chunk puts its data there. */
type ChunkScript = HTMLScriptElement & { imgPathwayChunk?: unknown };

/**
 * Loads a chunk once: a classic script beside the bundle that hands its data to the script
 * element that loaded it (`imgPathwayChunk`), so nothing is put on `window`. A page may load a
 * chunk itself, with its own tag before the bundle (say `img-pathway.es.js` on a Spanish page):
 * its data is then there for the first render. Resolves with the data, or with `undefined` (and
 * one warning) when it cannot be had.
 */
export function loadChunk<T>(name: string): Promise<T | undefined> | undefined {
  const chunk = CHUNKS?.[name];
  if (!chunk) return undefined;
  let promise = loading.get(name);
  if (!promise) {
    promise = new Promise((resolve) => {
      const url = base ? new URL(chunk.file, base).href + query : '';
      const fail = () => {
        warn(
          `could not load ${url || chunk.file}: missing, blocked by a Content-Security-Policy, or changed since it was built.`,
        );
        resolve(undefined);
      };
      const scripts: ChunkScript[] = [...document.scripts];
      const loaded = scripts.find(
        (script) => script.imgPathwayChunk !== undefined && script.src.replace(/[?#].*/, '').endsWith(`/${chunk.file}`),
      );
      if (loaded) {
        resolve(loaded.imgPathwayChunk);
        return;
      }
      if (!url) {
        fail();
        return;
      }
      const script: ChunkScript = document.createElement('script');
      script.src = url;
      script.integrity = chunk.integrity;
      script.crossOrigin = 'anonymous';
      script.addEventListener('load', () => {
        if (script.imgPathwayChunk === undefined) fail();
        else resolve(script.imgPathwayChunk);
      });
      script.addEventListener('error', fail);
      document.head.append(script);
    });
    loading.set(name, promise);
  }
  return promise as Promise<T | undefined>;
}
