import { loadChunk } from './chunks.js';
import type { Language } from './spanish.js';

/** The bundle's Spanish guide: dist/img-pathway.es.js (see spanish.ts). */
export const loadSpanish = (): Promise<Language | undefined> => loadChunk<Language>('es') ?? Promise.resolve(undefined);
