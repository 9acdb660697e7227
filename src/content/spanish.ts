import type { CompleteContent, PathwayStrings } from './types.js';

/** A built-in language: its guide and its interface text. */
export interface Language {
  content: CompleteContent;
  strings: PathwayStrings;
}

/**
 * Loads the built-in Spanish guide, on first use only. The one-tag bundle swaps this module for
 * spanish.bundle.ts, which loads it from a hash-checked file beside the bundle.
 */
export const loadSpanish = async (): Promise<Language | undefined> => {
  const { es, esStrings } = await import('./es.js');
  return { content: es, strings: esStrings };
};
